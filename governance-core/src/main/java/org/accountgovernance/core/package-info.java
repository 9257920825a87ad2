/**
 * The shared vocabulary of account governance: identifiers ({@link
 * org.accountgovernance.core.AccountId}, {@link org.accountgovernance.core.IssueId}, {@link
 * org.accountgovernance.core.PartyRole}), rule ids, and the {@link
 * org.accountgovernance.core.Reason}s and {@link org.accountgovernance.core.Finding}s with which
 * every decision explains itself.
 *
 * <p>All types are immutable and thread-safe; no method accepts or returns {@code null}.
 */
@GovernanceStyle
@NullMarked
package org.accountgovernance.core;

import org.accountgovernance.core.internal.GovernanceStyle;
import org.jspecify.annotations.NullMarked;
