/**
 * The playbook's issue escalation matrix (ESC): {@link
 * org.accountgovernance.rules.escalation.EscalationSettings} with every threshold, the {@link
 * org.accountgovernance.rules.escalation.PlaybookSeverityClassifier} (ESC-TRIGGER, ESC-DELAY,
 * ESC-BYPASS) and the {@link org.accountgovernance.rules.escalation.PlaybookEscalationPolicy}
 * (ESC-AUTO, response clocks, ESC-SLA).
 */
@GovernanceStyle
@NullMarked
package org.accountgovernance.rules.escalation;

import org.accountgovernance.core.internal.GovernanceStyle;
import org.jspecify.annotations.NullMarked;
