package org.accountgovernance.core.sla;

import java.time.Duration;
import java.time.Instant;

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
public interface CoverageCalendar {

  /**
   * The earliest instant {@code u >= start} such that {@code between(start, u)} equals {@code
   * workingTime}. Adding zero returns {@code start}.
   *
   * @throws IllegalArgumentException when {@code workingTime} is negative
   */
  Instant add(Instant start, Duration workingTime);

  /**
   * The covered time in {@code [from, to)}.
   *
   * @throws IllegalArgumentException when {@code to} is before {@code from}
   */
  Duration between(Instant from, Instant to);

  /** Whether the clock runs at {@code instant}. */
  boolean isCovered(Instant instant);

  /** The round-the-clock calendar: every instant is covered. */
  static CoverageCalendar alwaysOn() {
    return AlwaysOnCalendar.INSTANCE;
  }
}
