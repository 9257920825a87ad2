/**
 * The readiness checklist (CHK): the {@link org.accountgovernance.core.readiness.ReadinessFacts}
 * about an account's governance set-up and the {@link
 * org.accountgovernance.core.readiness.ReadinessReport} of control points, each passed or failed
 * with its evidence.
 */
@GovernanceStyle
@NullMarked
package org.accountgovernance.core.readiness;

import org.accountgovernance.core.internal.GovernanceStyle;
import org.jspecify.annotations.NullMarked;
