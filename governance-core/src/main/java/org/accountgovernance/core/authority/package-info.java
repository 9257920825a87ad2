/**
 * Decision rights (RACI): {@link org.accountgovernance.core.authority.RaciMatrix} per process,
 * routing a decision by its {@link org.accountgovernance.core.authority.DecisionDomain}s, and
 * {@link org.accountgovernance.core.authority.Approval}s that let an action proceed only on the
 * accountable party's written word.
 */
@GovernanceStyle
@NullMarked
package org.accountgovernance.core.authority;

import org.accountgovernance.core.internal.GovernanceStyle;
import org.jspecify.annotations.NullMarked;
