/**
 * The playbook's account team rules (TEAM): {@link org.accountgovernance.rules.team.TeamSettings}
 * and {@link org.accountgovernance.rules.team.PlaybookTeamPolicy} (TEAM-GAP, TEAM-OVERLAP,
 * TEAM-SUMMARY, TEAM-STANDIN, TEAM-24x7).
 */
@GovernanceStyle
@NullMarked
package org.accountgovernance.rules.team;

import org.accountgovernance.core.internal.GovernanceStyle;
import org.jspecify.annotations.NullMarked;
