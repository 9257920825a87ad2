/** Generators for RACI matrices and approvals. */
@NullMarked
package org.accountgovernance.testkit.authority;

import org.jspecify.annotations.NullMarked;
