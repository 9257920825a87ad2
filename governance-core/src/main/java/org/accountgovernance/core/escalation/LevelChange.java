package org.accountgovernance.core.escalation;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.accountgovernance.core.Reason;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One entry of an issue's level history: from which level to which, when, why, and by what kind of
 * cause. The first entry of every history is the opening ({@code from} empty).
 *
 * <p>Example: {@code L1 -> L2 at 2026-03-04T08:00:00.000000001Z, TIMER, ESC-AUTO "unresolved at L1
 * for more than 48h"}.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class LevelChange {
  LevelChange() {}

  /** What moved the level. */
  public enum Cause {
    /** The issue was opened at this level. */
    OPENED,
    /** A new fact was classified at a higher level. */
    TRIGGER,
    /** A bypass rule sent the issue straight up. */
    BYPASS,
    /** A time-at-level timer expired: always exactly one level up. */
    TIMER,
    /** A person escalated the issue. */
    MANUAL,
    /** A person lowered the level, with a reason. */
    DOWNGRADE
  }

  /**
   * When the level changed.
   *
   * @return the instant the issue entered {@link #to()}; that level's response clock starts here
   */
  public abstract Instant at();

  /**
   * The previous level; empty for the opening.
   *
   * @return the id of the level left; empty for the opening entry
   */
  // The name reads best in the domain; Immutables then leaves out its own from(instance) copier.
  @SuppressWarnings("immutables:from")
  public abstract Optional<String> from();

  /**
   * The new level.
   *
   * @return the id of the level entered
   */
  public abstract String to();

  /**
   * What moved it.
   *
   * @return what moved the level: the opening, a trigger, a bypass, a timer or a person
   */
  public abstract Cause cause();

  /**
   * The rules and values behind the change.
   *
   * @return the rules, observed values and thresholds behind the change, e.g. {@code ESC-AUTO} with
   *     {@code "unresolved at L1 for more than 48h"} for a timer
   */
  public abstract List<Reason> reasons();

  /**
   * A builder.
   *
   * @return a new builder with nothing set; at, to and cause are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LevelChange}. */
  public static final class Builder extends ImmutableLevelChange.Builder {}

  @Override
  public String toString() {
    return from().map(f -> f + " -> ").orElse("opened at ")
        + to()
        + " at "
        + at()
        + " ("
        + cause()
        + ")";
  }
}
