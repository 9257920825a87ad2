package org.accountgovernance.core.sla;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Working time on a {@link CoverageCalendar} from a start instant, stopped during {@link Pause}s:
 * the measure behind response targets and time-at-level timers. Paused time does not count, and the
 * time that does count is measured on the calendar, not 24×7.
 *
 * <p>Example: on a 24×7 calendar, a clock started at 09:00 and paused 10:00–12:00 has counted 2 h
 * at 13:00, and {@code instantAt(Duration.ofHours(4))} is 15:00.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class PausableClock {
  PausableClock() {}

  /**
   * The calendar on which working time is counted.
   *
   * @return the coverage calendar on which working time is counted
   */
  public abstract CoverageCalendar calendar();

  /**
   * When the clock started.
   *
   * @return the instant the clock started, e.g. when an issue entered a level
   */
  public abstract Instant start();

  /**
   * The pauses, in order, none overlapping, none before {@link #start()}; at most the last open.
   *
   * @return the pauses, oldest first; empty when the clock has never stopped
   */
  public abstract List<Pause> pauses();

  /**
   * A clock without pauses.
   *
   * @param calendar the calendar on which to count working time
   * @param start when the clock started
   * @return a running clock with no pauses
   */
  public static PausableClock of(CoverageCalendar calendar, Instant start) {
    return builder().calendar(calendar).start(start).build();
  }

  /**
   * A builder.
   *
   * @return a new builder with nothing set; calendar and start are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PausableClock}. */
  public static final class Builder extends ImmutablePausableClock.Builder {}

  @Value.Check
  void check() {
    Instant previousEnd = start();
    for (int i = 0; i < pauses().size(); i++) {
      Pause pause = pauses().get(i);
      String field = "PausableClock.pauses[" + i + "].start";
      if (pause.start().isBefore(previousEnd)) {
        throw Checks.failure(field, "at or after " + previousEnd, pause.start());
      }
      if (pause.end().isEmpty()) {
        if (i != pauses().size() - 1) {
          throw Checks.failure(
              "PausableClock.pauses[" + i + "].end",
              "present (only the last pause may be open)",
              "empty");
        }
        break;
      }
      previousEnd = pause.end().get();
    }
  }

  /**
   * Whether the clock is stopped at {@code instant}.
   *
   * @param instant the instant to test
   * @return {@code true} when {@code instant} lies in a pause: at or after its start, and before
   *     its end if it has one
   */
  public boolean isPausedAt(Instant instant) {
    for (Pause pause : pauses()) {
      if (!instant.isBefore(pause.start()) && pause.end().map(instant::isBefore).orElse(true)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The working time counted in {@code [start, to)}; zero when {@code to} is before the start.
   *
   * @param to the end of the range, excluded
   * @return the covered time outside pauses from {@link #start()} to {@code to}
   */
  public Duration elapsed(Instant to) {
    Duration total = Duration.ZERO;
    Instant runFrom = start();
    for (Pause pause : pauses()) {
      if (!runFrom.isBefore(to)) {
        return total;
      }
      Instant runUntil = pause.start().isBefore(to) ? pause.start() : to;
      total = total.plus(calendar().between(runFrom, runUntil));
      if (pause.end().isEmpty()) {
        return total;
      }
      runFrom = pause.end().get();
    }
    return runFrom.isBefore(to) ? total.plus(calendar().between(runFrom, to)) : total;
  }

  /**
   * The earliest instant at which {@code workingTime} has been counted, or empty when an open pause
   * stops the clock before that.
   *
   * @param workingTime how much working time must have been counted, e.g. a response target; zero
   *     or positive
   * @return that instant; empty when an open pause stops the clock first
   * @throws IllegalArgumentException when {@code workingTime} is negative
   */
  public Optional<Instant> instantAt(Duration workingTime) {
    Checks.nonNegative("workingTime", workingTime);
    Duration remaining = workingTime;
    Instant runFrom = start();
    for (Pause pause : pauses()) {
      Duration available = calendar().between(runFrom, pause.start());
      if (available.compareTo(remaining) >= 0) {
        return Optional.of(calendar().add(runFrom, remaining));
      }
      remaining = remaining.minus(available);
      if (pause.end().isEmpty()) {
        return Optional.empty();
      }
      runFrom = pause.end().get();
    }
    return Optional.of(calendar().add(runFrom, remaining));
  }
}
