package org.accountgovernance.core.sla;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Duration;
import java.time.Instant;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A stretch of time {@code [start, end)}: a covered window of a calendar, or a gap in coverage.
 *
 * <p>Example: {@code CoverageWindow.of(Instant.parse("2026-03-02T17:00:00Z"),
 * Instant.parse("2026-03-03T08:00:00Z"))} lasts 15 hours.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class CoverageWindow implements Comparable<CoverageWindow> {
  CoverageWindow() {}

  /**
   * The first instant inside.
   *
   * @return the first instant of the window, included
   */
  @Value.Parameter
  public abstract Instant start();

  /**
   * The first instant after.
   *
   * @return the first instant after the window, excluded; always after {@link #start()}
   */
  @Value.Parameter
  public abstract Instant end();

  /**
   * A window.
   *
   * @param start the first instant inside
   * @param end the first instant after; must be after {@code start}
   * @return the window {@code [start, end)}
   * @throws IllegalArgumentException unless {@code end} is after {@code start}
   */
  public static CoverageWindow of(Instant start, Instant end) {
    return ImmutableCoverageWindow.of(start, end);
  }

  @Value.Check
  void check() {
    if (!end().isAfter(start())) {
      throw Checks.failure("CoverageWindow.end", "after start " + start(), end());
    }
  }

  /**
   * How long it lasts.
   *
   * @return the time from {@link #start()} to {@link #end()}; always positive
   */
  public Duration length() {
    return Duration.between(start(), end());
  }

  /**
   * Whether {@code instant} lies inside.
   *
   * @param instant the instant to test
   * @return {@code true} when {@code instant} is at or after {@link #start()} and before {@link
   *     #end()}
   */
  public boolean contains(Instant instant) {
    return !instant.isBefore(start()) && instant.isBefore(end());
  }

  @Override
  public int compareTo(CoverageWindow other) {
    int byStart = start().compareTo(other.start());
    return byStart != 0 ? byStart : end().compareTo(other.end());
  }

  @Override
  public String toString() {
    return "[" + start() + ", " + end() + ")";
  }
}
