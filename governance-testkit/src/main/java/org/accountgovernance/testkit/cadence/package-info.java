/**
 * Generators for schedule rules, meeting histories and account profiles, and the {@link
 * org.accountgovernance.testkit.cadence.CadenceScheduleContract} every governance calendar must
 * satisfy.
 */
@NullMarked
package org.accountgovernance.testkit.cadence;

import org.jspecify.annotations.NullMarked;
