/**
 * The playbook's executive involvement (EXE): {@link
 * org.accountgovernance.rules.engagement.EngagementSettings}, the {@link
 * org.accountgovernance.rules.engagement.PlaybookExecutiveFrequency} and the {@link
 * org.accountgovernance.rules.engagement.PlaybookEngagementPolicy} (EXE-LAPSE, EXE-ROTATION,
 * EXE-LEVELS, EXE-EXPECTATION, EXE-IDEAS).
 */
@GovernanceStyle
@NullMarked
package org.accountgovernance.rules.engagement;

import org.accountgovernance.core.internal.GovernanceStyle;
import org.jspecify.annotations.NullMarked;
