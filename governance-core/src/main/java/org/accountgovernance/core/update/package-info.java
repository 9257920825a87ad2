/**
 * Status updates of an account-level escalation: the RED/YELLOW/GREEN {@link
 * org.accountgovernance.core.update.RagStatus}, timestamped {@link
 * org.accountgovernance.core.update.StatusUpdate}s, and the {@link
 * org.accountgovernance.core.update.UpdateCadence} SPI that says when the next update is due.
 *
 * <p>The playbook's cadence (UPD, UPD-FRIDAY) is {@code
 * org.accountgovernance.rules.update.PlaybookUpdateCadence}.
 */
@GovernanceStyle
@NullMarked
package org.accountgovernance.core.update;

import org.accountgovernance.core.internal.GovernanceStyle;
import org.jspecify.annotations.NullMarked;
