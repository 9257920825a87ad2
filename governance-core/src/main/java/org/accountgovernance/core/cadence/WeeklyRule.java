package org.accountgovernance.core.cadence;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Every week on one weekday at one local time, e.g. {@code WeeklyRule.of(DayOfWeek.TUESDAY,
 * LocalTime.of(10, 0))}.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class WeeklyRule implements ScheduleRule {
  WeeklyRule() {}

  /**
   * The weekday.
   *
   * @return the weekday on which the tier meets every week
   */
  @Value.Parameter
  public abstract DayOfWeek day();

  @Override
  @Value.Parameter
  public abstract LocalTime time();

  /**
   * Every {@code day} at {@code time}.
   *
   * @param day the weekday of the meeting
   * @param time the local time at which it starts
   * @return the rule
   */
  public static WeeklyRule of(DayOfWeek day, LocalTime time) {
    return ImmutableWeeklyRule.of(day, time);
  }

  @Override
  public LocalDate nextOnOrAfter(LocalDate date) {
    return date.with(TemporalAdjusters.nextOrSame(day()));
  }

  @Override
  public String toString() {
    return "every " + day() + " at " + time();
  }
}
