/**
 * The whole playbook for one account in one call: {@link
 * org.accountgovernance.rules.account.Playbook}.
 */
@GovernanceStyle
@NullMarked
package org.accountgovernance.rules.account;

import org.accountgovernance.core.internal.GovernanceStyle;
import org.jspecify.annotations.NullMarked;
