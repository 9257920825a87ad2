/**
 * The playbook's operating cadence (CAD): {@link
 * org.accountgovernance.rules.cadence.CadenceSettings} with the three tiers of the playbook's table
 * and their default schedule, and the {@link
 * org.accountgovernance.rules.cadence.PlaybookCadencePolicy} (CAD-CALENDAR, CAD-SKIP, CAD-SEPARATE,
 * CAD-ATTENDANCE, CAD-CAPA).
 */
@GovernanceStyle
@NullMarked
package org.accountgovernance.rules.cadence;

import org.accountgovernance.core.internal.GovernanceStyle;
import org.jspecify.annotations.NullMarked;
