/**
 * The operating cadence of an account (CAD): meeting {@link
 * org.accountgovernance.core.cadence.MeetingTier}s as data, {@link
 * org.accountgovernance.core.cadence.ScheduleRule}s that place them on the account's local
 * calendar, the generated {@link org.accountgovernance.core.cadence.MeetingSchedule}, and the
 * {@link org.accountgovernance.core.cadence.MeetingRecord}s of meetings held, with their KPIs.
 */
@GovernanceStyle
@NullMarked
package org.accountgovernance.core.cadence;

import org.accountgovernance.core.internal.GovernanceStyle;
import org.jspecify.annotations.NullMarked;
