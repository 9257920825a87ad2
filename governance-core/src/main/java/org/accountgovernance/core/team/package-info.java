/**
 * The account team (TEAM): the {@link org.accountgovernance.core.team.AccountTeam} roster of {@link
 * org.accountgovernance.core.team.TeamMember}s — role, what they do for this client, contacts,
 * stand-in, hours of availability, the escalation levels they answer for — and the client-facing
 * approach.
 */
@GovernanceStyle
@NullMarked
package org.accountgovernance.core.team;

import org.accountgovernance.core.internal.GovernanceStyle;
import org.jspecify.annotations.NullMarked;
