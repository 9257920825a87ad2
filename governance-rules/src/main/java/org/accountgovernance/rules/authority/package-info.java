/**
 * The playbook's decision rights (RACI): the critical decision table as {@link
 * org.accountgovernance.rules.authority.RaciSettings}, and {@link
 * org.accountgovernance.rules.authority.PlaybookDecisionRights} (RACI-ONE-A, RACI-ROUTE,
 * RACI-WRITTEN).
 */
@GovernanceStyle
@NullMarked
package org.accountgovernance.rules.authority;

import org.accountgovernance.core.internal.GovernanceStyle;
import org.jspecify.annotations.NullMarked;
