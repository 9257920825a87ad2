package org.accountgovernance.core.cadence;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.LocalDate;
import java.time.LocalTime;
import org.apiguardian.api.API;

/**
 * SPI: on which local days, at which local time, a meeting tier meets — "every Tuesday at 10:00",
 * "the first Thursday of the month at 14:00". Dates and times are the account's wall clock; the
 * {@link MeetingSchedule} turns them into instants in the account's zone.
 *
 * <p>Example: {@code ScheduleRule.weekly(DayOfWeek.TUESDAY, LocalTime.of(10, 0))}; see {@link
 * MonthlyRule} for monthly and quarterly rules. Implementations are pure and give at most one
 * occurrence per day.
 */
@API(status = MAINTAINED, since = "0.1.0")
public interface ScheduleRule {

  /**
   * The first meeting day on or after {@code date}.
   *
   * @param date the first local day to consider, in the account's calendar
   * @return the first local day, {@code date} or later, on which the tier meets
   */
  LocalDate nextOnOrAfter(LocalDate date);

  /**
   * The local time at which the meeting starts.
   *
   * @return the wall-clock time, in the account's zone, at which each meeting starts
   */
  LocalTime time();

  /**
   * Every week on {@code day} at {@code time}.
   *
   * @param day the weekday on which the tier meets
   * @param time the local time at which the meeting starts
   * @return a rule that meets every week on {@code day}
   */
  static ScheduleRule weekly(java.time.DayOfWeek day, LocalTime time) {
    return WeeklyRule.of(day, time);
  }
}
