package org.accountgovernance.core.sla;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A response target that was missed: the deadline passed with no response. A breach is a fact of
 * history: it has one instant ({@link #at()}, the first nanosecond after the deadline) and stays on
 * record when the issue later changes level or is resolved.
 *
 * <p>Example: an L2 issue due at 14:00 and answered at 17:00 has a breach at 14:00:00.000000001
 * with {@code lateness()} of 3 h.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class Breach {
  Breach() {}

  /**
   * The level whose target was missed.
   *
   * @return the id of the level whose response target was missed
   */
  public abstract String levelId();

  /**
   * The deadline that passed.
   *
   * @return the last on-time instant for the response, which passed without one
   */
  public abstract Instant deadline();

  /**
   * The late response, if one came.
   *
   * @return the instant the late response came; empty while none has
   */
  public abstract Optional<Instant> respondedAt();

  /**
   * A builder.
   *
   * @return a new builder with nothing set; levelId and deadline are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Breach}. */
  public static final class Builder extends ImmutableBreach.Builder {}

  /**
   * The instant the breach happened: one nanosecond after the deadline.
   *
   * @return {@link #deadline()} plus one nanosecond: the first instant at which the response is
   *     late
   */
  public Instant at() {
    return deadline().plusNanos(1);
  }

  /**
   * How late the response came; empty while none has come (see {@link #latenessAt(Instant)}).
   *
   * @return the time from the deadline to the late response; empty while no response has come
   */
  public Optional<Duration> lateness() {
    return respondedAt().map(responded -> Duration.between(deadline(), responded));
  }

  /**
   * How late the response is at {@code now}: the actual lateness once responded.
   *
   * @param now the instant at which to measure, e.g. a report's evaluation instant
   * @return the time from the deadline to the response once one came, otherwise to {@code now}
   */
  public Duration latenessAt(Instant now) {
    return lateness().orElseGet(() -> Duration.between(deadline(), now));
  }
}
