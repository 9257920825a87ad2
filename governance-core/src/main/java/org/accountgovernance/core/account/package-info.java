/**
 * One account as a whole: the {@link org.accountgovernance.core.account.AccountSnapshot} of every
 * fact the playbook looks at, and the {@link org.accountgovernance.core.account.GovernanceReport} a
 * playbook makes of it — every finding and deadline ordered by urgency, the readiness checklist,
 * the overall status and the account's {@code nextChangeAt}.
 */
@GovernanceStyle
@NullMarked
package org.accountgovernance.core.account;

import org.accountgovernance.core.internal.GovernanceStyle;
import org.jspecify.annotations.NullMarked;
