package org.accountgovernance.core.sla;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Instant;
import java.util.Optional;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An interval during which a clock is stopped, e.g. while the customer is asked for information;
 * {@code [start, end)}, open-ended until it is resumed.
 *
 * <p>Example: {@code Pause.between(t1, t2)} or {@code Pause.since(t1)}.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class Pause {
  Pause() {}

  /**
   * When the clock stopped.
   *
   * @return the instant the clock stopped
   */
  @Value.Parameter
  public abstract Instant start();

  /**
   * When the clock resumed; empty while still paused.
   *
   * @return the instant the clock ran again, never before {@link #start()}; empty while it is still
   *     stopped
   */
  @Value.Parameter
  public abstract Optional<Instant> end();

  /**
   * A pause that has ended.
   *
   * @param start when the clock stopped
   * @param end when it ran again; at or after {@code start}
   * @return the ended pause {@code [start, end)}
   */
  public static Pause between(Instant start, Instant end) {
    return ImmutablePause.of(start, Optional.of(end));
  }

  /**
   * A pause still in force.
   *
   * @param start when the clock stopped
   * @return an open pause, which stops the clock from {@code start} on
   */
  public static Pause since(Instant start) {
    return ImmutablePause.of(start, Optional.empty());
  }

  @Value.Check
  void check() {
    if (end().isPresent() && end().get().isBefore(start())) {
      throw Checks.failure("Pause.end", "at or after start " + start(), end().get());
    }
  }
}
