package org.accountgovernance.core.sla;

import static org.apiguardian.api.API.Status.MAINTAINED;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The state of one response target at an instant: who must respond by when, whether the clock is
 * paused, which pre-breach warnings were given, and whether the target was met or breached. Each
 * level an issue enters gets its own clock, started the moment the level was entered; the clocks of
 * earlier levels keep their history (time spent, breaches).
 *
 * <p>Example: {@code ResponseClock.evaluate("L2", Duration.ofHours(4),
 * List.of(percentOfTarget(75)), PausableClock.of(alwaysOn(), t0), Optional.empty(),
 * Optional.empty(), t0.plusSeconds(3600))} is {@code RUNNING} with a deadline at {@code t0 + 4h}
 * and {@code nextChangeAt} at {@code t0 + 3h}.
 *
 * <p>Every field is constant between two consecutive changes, so two evaluations of the same
 * history at instants with no change in between are equal.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class ResponseClock {
  ResponseClock() {}

  /** Where a response clock stands. */
  public enum Status {
    /** Counting toward the deadline. */
    RUNNING,
    /** Stopped by a pause; the remaining time is kept. */
    PAUSED,
    /** Responded at or before the deadline. */
    MET,
    /** The deadline passed without a response (one may have come late). */
    BREACHED,
    /** The level changed or the issue was resolved before the deadline, with no response. */
    ENDED
  }

  /**
   * The level whose target this clock measures.
   *
   * @return the id of the level whose response target this clock measures
   */
  public abstract String levelId();

  /**
   * When the level was entered.
   *
   * @return the instant the level was entered; the clock counts working time from here
   */
  public abstract Instant startedAt();

  /**
   * The response target, in working time on the level's calendar.
   *
   * @return the working time allowed for the response; zero means immediately
   */
  public abstract Duration target();

  /**
   * The status at the evaluation instant.
   *
   * @return where the clock stands at the evaluation instant
   */
  public abstract Status status();

  /**
   * The deadline; empty while paused (the remaining time is then {@link #remainingWhilePaused()}).
   *
   * @return the last on-time instant for a response
   */
  public abstract Optional<Instant> deadline();

  /**
   * The working time left when the clock was paused.
   *
   * @return the working time still left on the target while the clock is {@link Status#PAUSED};
   *     empty otherwise
   */
  public abstract Optional<Duration> remainingWhilePaused();

  /**
   * When the response came.
   *
   * @return the instant of the first response at this level, on time or late; empty while none has
   *     come
   */
  public abstract Optional<Instant> respondedAt();

  /**
   * When the level was left or the issue resolved.
   *
   * @return the instant the issue left the level or was resolved; empty while it is still at the
   *     level
   */
  public abstract Optional<Instant> endedAt();

  /**
   * The pre-breach warnings given so far, in order, at most one per instant.
   *
   * @return the pre-breach warnings given up to the evaluation instant, oldest first; empty when
   *     none was
   */
  public abstract List<PreBreachWarning> warnings();

  /**
   * The instants of {@link #warnings()}.
   *
   * @return the instants at which warnings were given, oldest first
   */
  public List<Instant> warningsGiven() {
    return warnings().stream().map(PreBreachWarning::at).collect(ImmutableList.toImmutableList());
  }

  /**
   * The breach, once the deadline passed without a response.
   *
   * @return the missed deadline, with the late response if one came; empty while the deadline has
   *     not passed, or was met
   */
  public abstract Optional<Breach> breach();

  /**
   * When this clock will change by time alone (a warning or a breach), if it will.
   *
   * @return the instant of the next warning or of the breach, whichever is first; empty once a
   *     response came or the level ended, and while paused
   */
  public abstract Optional<Instant> nextChangeAt();

  /**
   * A builder, for hosts and tests that construct expected clocks.
   *
   * @return a new builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ResponseClock}. */
  public static final class Builder extends ImmutableResponseClock.Builder {}

  /**
   * Evaluates a response target at {@code now}.
   *
   * @param levelId the level whose target is measured
   * @param target the response target in working time (zero = immediate)
   * @param warnings the pre-breach warning points
   * @param clock the working time since the level was entered, with pauses
   * @param respondedAt the first response at this level, if any (at or before {@code now})
   * @param endedAt when the level was left or the issue resolved, if it was (at or before {@code
   *     now})
   * @param now the evaluation instant, at or after the clock's start
   * @return the clock's status, deadline, warnings and breach at {@code now}, and when they next
   *     change by time alone
   * @throws IllegalArgumentException when an instant lies outside {@code [clock start, now]}
   */
  public static ResponseClock evaluate(
      String levelId,
      Duration target,
      List<WarningPoint> warnings,
      PausableClock clock,
      Optional<Instant> respondedAt,
      Optional<Instant> endedAt,
      Instant now) {
    Checks.nonNegative("target", target);
    Instant start = clock.start();
    if (now.isBefore(start)) {
      throw Checks.failure("now", "at or after the clock start " + start, now);
    }
    respondedAt.ifPresent(r -> requireWithin("respondedAt", r, start, now));
    endedAt.ifPresent(e -> requireWithin("endedAt", e, start, now));
    for (Pause pause : clock.pauses()) {
      // A pause that has not begun by now is not known yet: it must not stop the clock.
      requireWithin("clock.pauses.start", pause.start(), start, now);
      pause.end().ifPresent(end -> requireWithin("clock.pauses.end", end, start, now));
    }

    // The clock stops at the first of the response and the end of the level.
    Optional<Instant> stop = earliest(respondedAt, endedAt);
    Optional<Instant> deadline = clock.instantAt(target);

    Builder state =
        builder()
            .levelId(levelId)
            .startedAt(start)
            .target(target)
            .respondedAt(respondedAt)
            .endedAt(endedAt)
            .deadline(deadline);
    List<Instant> pendingWarnings = new ArrayList<>();
    // Two warning points may fall on the same instant (75 % of 4 h and 1 h before it): warn once.
    Map<Instant, PreBreachWarning> given = new TreeMap<>();
    // In a fixed order, so that which of two coinciding points is named never depends on the list.
    List<WarningPoint> points = warnings;
    if (warnings.size() > 1) {
      points = new ArrayList<>(warnings);
      points.sort(BY_TEXT);
    }
    for (WarningPoint point : points) {
      Optional<Duration> into = point.workingTimeInto(target);
      Optional<Instant> at = into.flatMap(clock::instantAt);
      if (at.isEmpty() || stop.map(s -> !at.get().isBefore(s)).orElse(false)) {
        continue;
      }
      if (at.get().isAfter(now)) {
        pendingWarnings.add(at.get());
      } else {
        // The clock runs at a warning, so the deadline it announces is the rest of the target from
        // there; a pause that starts later does not rewrite what was said.
        Instant projected = clock.calendar().add(at.get(), target.minus(into.get()));
        given.putIfAbsent(at.get(), PreBreachWarning.of(at.get(), point, projected));
      }
    }
    state.warnings(given.values());

    Optional<Instant> breachAt =
        deadline.map(d -> d.plusNanos(1)).filter(b -> stop.map(s -> !b.isAfter(s)).orElse(true));
    Optional<Instant> nextChange = Optional.empty();
    if (breachAt.isPresent() && !breachAt.get().isAfter(now)) {
      state.status(Status.BREACHED);
      state.breach(
          Breach.builder()
              .levelId(levelId)
              .deadline(deadline.orElseThrow())
              .respondedAt(respondedAt)
              .build());
    } else if (respondedAt.isPresent() && !respondedAt.get().isAfter(endedAt.orElse(Instant.MAX))) {
      state.status(Status.MET);
    } else if (endedAt.isPresent()) {
      state.status(Status.ENDED);
    } else if (deadline.isEmpty()) {
      state.status(Status.PAUSED);
      state.remainingWhilePaused(target.minus(clock.elapsed(now)));
    } else {
      state.status(Status.RUNNING);
      nextChange = breachAt;
    }
    for (Instant warning : pendingWarnings) {
      if (nextChange.isEmpty() || warning.isBefore(nextChange.get())) {
        nextChange = Optional.of(warning);
      }
    }
    return state.nextChangeAt(stop.isPresent() ? Optional.empty() : nextChange).build();
  }

  private static final Comparator<WarningPoint> BY_TEXT =
      Comparator.comparing(WarningPoint::toString);

  private static void requireWithin(String field, Instant value, Instant start, Instant now) {
    if (value.isBefore(start) || value.isAfter(now)) {
      throw Checks.failure(field, "within [" + start + ", " + now + "]", value);
    }
  }

  private static Optional<Instant> earliest(Optional<Instant> a, Optional<Instant> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return a.get().isBefore(b.get()) ? a : b;
  }
}
