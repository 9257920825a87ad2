package org.accountgovernance.core.sla;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Duration;
import java.time.LocalTime;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A stretch of local time within a day during which a calendar is covered, half-open: {@code
 * [start, end)}. An {@code end} of {@code 00:00} means midnight at the end of the day (24:00).
 *
 * <p>Example: a split day is two periods, {@code WorkingPeriod.of(LocalTime.of(8, 0),
 * LocalTime.of(12, 0))} and {@code WorkingPeriod.of(LocalTime.of(14, 0), LocalTime.of(17, 0))}.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class WorkingPeriod implements Comparable<WorkingPeriod> {
  WorkingPeriod() {}

  /**
   * The first covered local time.
   *
   * @return the first covered local time
   */
  @Value.Parameter
  public abstract LocalTime start();

  /**
   * The first uncovered local time after {@code start}; {@code 00:00} stands for 24:00.
   *
   * @return the first uncovered local time after {@link #start()}, or {@code 00:00} for midnight at
   *     the end of the day
   */
  @Value.Parameter
  public abstract LocalTime end();

  /**
   * A period from {@code start} until {@code end}.
   *
   * @param start the first covered local time
   * @param end the first uncovered local time: after {@code start}, or {@code 00:00} for the end of
   *     the day
   * @return the period
   * @throws IllegalArgumentException unless {@code end} is after {@code start} (or is 00:00)
   */
  public static WorkingPeriod of(LocalTime start, LocalTime end) {
    return ImmutableWorkingPeriod.of(start, end);
  }

  /**
   * The whole day, 00:00 to 24:00.
   *
   * @return the period covering every local time of the day
   */
  public static WorkingPeriod allDay() {
    return of(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
  }

  /**
   * Whether the period runs until midnight at the end of the day.
   *
   * @return {@code true} when {@link #end()} is {@code 00:00}, which stands for the end of the day
   */
  public boolean endsAtMidnight() {
    return end().equals(LocalTime.MIDNIGHT);
  }

  /**
   * Whether {@code time} lies in {@code [start, end)}.
   *
   * @param time a local time of day
   * @return {@code true} when {@code time} is at or after {@link #start()} and before {@link
   *     #end()}
   */
  public boolean contains(LocalTime time) {
    return !time.isBefore(start()) && (endsAtMidnight() || time.isBefore(end()));
  }

  /**
   * The nominal length, ignoring daylight-saving changes.
   *
   * @return the time from start to end as on a day without a clock change
   */
  public Duration length() {
    return endsAtMidnight()
        ? Duration.ofDays(1).minus(Duration.ofNanos(start().toNanoOfDay()))
        : Duration.between(start(), end());
  }

  /**
   * Whether the two periods share any local time.
   *
   * @param other another period of the same day
   * @return {@code true} when some local time lies in both periods; periods that merely touch do
   *     not overlap
   */
  public boolean overlaps(WorkingPeriod other) {
    boolean thisEndsBeforeOther = !endsAtMidnight() && !end().isAfter(other.start());
    boolean otherEndsBeforeThis = !other.endsAtMidnight() && !other.end().isAfter(start());
    return !(thisEndsBeforeOther || otherEndsBeforeThis);
  }

  @Value.Check
  void check() {
    if (!(endsAtMidnight() || end().isAfter(start()))) {
      throw Checks.failure(
          "WorkingPeriod.end", "after start (" + start() + ") or 00:00 for midnight", end());
    }
  }

  @Override
  public int compareTo(WorkingPeriod other) {
    return start().compareTo(other.start());
  }

  @Override
  public String toString() {
    return start() + "-" + (endsAtMidnight() ? "24:00" : end().toString());
  }
}
