/**
 * Test support shared by every rule family: a settable {@link
 * org.accountgovernance.testkit.TestClock} and the QuickTheories set-up ({@link
 * org.accountgovernance.testkit.Theories}) the contracts run with.
 */
@NullMarked
package org.accountgovernance.testkit;

import org.jspecify.annotations.NullMarked;
