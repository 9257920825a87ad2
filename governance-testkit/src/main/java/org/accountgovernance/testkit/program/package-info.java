/**
 * Generators for account-level escalation histories and the {@link
 * org.accountgovernance.testkit.program.ProgramPolicyContract} every programme policy must satisfy.
 */
@NullMarked
package org.accountgovernance.testkit.program;

import org.jspecify.annotations.NullMarked;
