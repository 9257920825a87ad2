package org.accountgovernance.core.sla;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * SPI: the hours during which a response clock runs, with working-time arithmetic. A level's
 * response target is measured on its coverage calendar: "4 h" on a 24×7 calendar is four wall-clock
 * hours; on a Monday–Friday 08:00–17:00 calendar, four working hours.
 *
 * <p>Example: {@code CoverageCalendar.alwaysOn().add(t, Duration.ofHours(24))} is {@code
 * t.plus(24h)}; see {@link WeeklyHoursCalendar} for business hours with holidays.
 *
 * <p>Contract, which {@code governance-testkit} checks against a brute-force oracle: {@link
 * #between} counts covered time in {@code [from, to)}; {@link #add} returns the earliest instant
 * {@code u >= start} with {@code between(start, u) >= workingTime}; both agree with {@link
 * #isCovered}. Implementations are immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.1.0")
public interface CoverageCalendar {

  /**
   * The earliest instant {@code u >= start} such that {@code between(start, u)} equals {@code
   * workingTime}. Adding zero returns {@code start}.
   *
   * @param start the instant from which to count, e.g. when an issue entered a level
   * @param workingTime how much covered time to count; zero or positive
   * @return the first instant by which {@code workingTime} of covered time has passed since {@code
   *     start}
   * @throws IllegalArgumentException when {@code workingTime} is negative
   */
  Instant add(Instant start, Duration workingTime);

  /**
   * The covered time in {@code [from, to)}.
   *
   * @param from the start of the range, included
   * @param to the end of the range, excluded; at or after {@code from}
   * @return how much of {@code [from, to)} is covered; zero when none of it is
   * @throws IllegalArgumentException when {@code to} is before {@code from}
   */
  Duration between(Instant from, Instant to);

  /**
   * Whether the clock runs at {@code instant}.
   *
   * @param instant the instant to test
   * @return {@code true} when the clock runs at {@code instant}
   */
  boolean isCovered(Instant instant);

  /**
   * The covered windows within {@code [from, to)}, in order, maximal (two windows never touch),
   * clipped to the range. The default finds them through {@link #add} and {@link #between};
   * implementations that know their windows override it.
   *
   * @param from the start of the range, included
   * @param to the end of the range, excluded; at or after {@code from}
   * @return the covered windows, in order; empty when none of the range is covered
   * @throws IllegalArgumentException when {@code to} is before {@code from}
   */
  default List<CoverageWindow> windows(Instant from, Instant to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "to must be at or after from (" + from + ") but was " + to);
    }
    List<CoverageWindow> windows = new ArrayList<>();
    Instant cursor = from;
    while (cursor.isBefore(to) && between(cursor, to).compareTo(Duration.ZERO) > 0) {
      // The first covered instant: where one nanosecond of working time starts.
      Instant start = add(cursor, Duration.ofNanos(1)).minusNanos(1);
      // Grow the window while it stays fully covered: doubling, then halving back.
      long covered = 1;
      long step = 1;
      // Searched a century at a time: nanoseconds overflow a long after 292 years.
      Duration left = Duration.between(start, to);
      Duration century = Duration.ofDays(36_525);
      long limit = left.compareTo(century) > 0 ? century.toNanos() : left.toNanos();
      while (covered < limit) {
        long next = Math.min(limit, covered + step);
        if (between(start, start.plusNanos(next)).toNanos() == next) {
          covered = next;
          step = Math.min(step * 2, Long.MAX_VALUE / 4);
        } else if (step == 1) {
          break;
        } else {
          step = Math.max(1, step / 2);
        }
      }
      Instant end = start.plusNanos(covered);
      CoverageWindow last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
      if (last != null && last.end().equals(start)) {
        windows.set(windows.size() - 1, CoverageWindow.of(last.start(), end));
      } else {
        windows.add(CoverageWindow.of(start, end));
      }
      cursor = end;
    }
    return windows;
  }

  /**
   * The round-the-clock calendar: every instant is covered.
   *
   * @return the calendar on which working time is wall-clock time
   */
  static CoverageCalendar alwaysOn() {
    return AlwaysOnCalendar.INSTANCE;
  }
}
