/**
 * Generators for triggers, ladders and issue timelines, AssertJ assertions for escalation
 * decisions, and the {@link org.accountgovernance.testkit.escalation.EscalationPolicyContract}
 * every escalation policy must satisfy.
 */
@NullMarked
package org.accountgovernance.testkit.escalation;

import org.jspecify.annotations.NullMarked;
