/**
 * Service levels: {@link org.accountgovernance.core.sla.CoverageCalendar}s (when the clock runs),
 * working-time arithmetic that is correct in every zone and across daylight-saving changes, and the
 * {@link org.accountgovernance.core.sla.ResponseClock} that measures a response against its target
 * with pauses, pre-breach warnings and breaches.
 */
@GovernanceStyle
@NullMarked
package org.accountgovernance.core.sla;

import org.accountgovernance.core.internal.GovernanceStyle;
import org.jspecify.annotations.NullMarked;
