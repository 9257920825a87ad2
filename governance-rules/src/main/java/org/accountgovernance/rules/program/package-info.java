/**
 * The playbook's account-level escalation programme (AEM): the {@link
 * org.accountgovernance.rules.program.PlaybookProgramPolicy} (lifecycle, update cadence, AEM-CLOSE,
 * AEM-ACTION, AEM-POST) and the {@link
 * org.accountgovernance.rules.program.AccountEscalationCriteria} (AEM-CRITERIA).
 */
@GovernanceStyle
@NullMarked
package org.accountgovernance.rules.program;

import org.accountgovernance.core.internal.GovernanceStyle;
import org.jspecify.annotations.NullMarked;
