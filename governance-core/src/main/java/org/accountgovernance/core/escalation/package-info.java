/**
 * Issue escalation: the ordered {@link org.accountgovernance.core.escalation.EscalationLadder} of
 * levels (each with a response target, a coverage calendar and an escalation path), the {@link
 * org.accountgovernance.core.escalation.Trigger}s that classify an issue, the timeline of
 * {@link org.accountgovernance.core.escalation.IssueEvent}s, and the SPI — {@link
 * org.accountgovernance.core.escalation.SeverityClassifier} and {@link
 * org.accountgovernance.core.escalation.EscalationPolicy} — whose result is an {@link
 * org.accountgovernance.core.escalation.EscalationDecision}.
 *
 * <p>The default playbook policies live in {@code org.accountgovernance.rules.escalation}.
 */
@GovernanceStyle
@NullMarked
package org.accountgovernance.core.escalation;

import org.accountgovernance.core.internal.GovernanceStyle;
import org.jspecify.annotations.NullMarked;
