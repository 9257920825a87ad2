/**
 * The playbook's update cadence (UPD, UPD-FRIDAY, UPD-OVERDUE): {@link
 * org.accountgovernance.rules.update.UpdateSettings} and {@link
 * org.accountgovernance.rules.update.PlaybookUpdateCadence}.
 */
@GovernanceStyle
@NullMarked
package org.accountgovernance.rules.update;

import org.accountgovernance.core.internal.GovernanceStyle;
import org.jspecify.annotations.NullMarked;
