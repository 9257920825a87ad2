/**
 * The playbook's readiness checklist (CHK): {@link
 * org.accountgovernance.rules.readiness.PlaybookReadinessChecklist}.
 */
@GovernanceStyle
@NullMarked
package org.accountgovernance.rules.readiness;

import org.accountgovernance.core.internal.GovernanceStyle;
import org.jspecify.annotations.NullMarked;
