package org.accountgovernance.core.update;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Instant;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One update sent on an account-level escalation: when, and what it said. The source's format is a
 * date and a description; both are required.
 *
 * <p>Example: {@code StatusUpdate.of(Instant.parse("2026-03-02T16:00:00Z"), "Patch 2 deployed to
 * staging; latency back under 200 ms")}.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class StatusUpdate {
  StatusUpdate() {}

  /**
   * When the update was sent.
   *
   * @return the instant the update was sent, against which its timeliness is judged
   */
  @Value.Parameter
  public abstract Instant at();

  /**
   * What it said; never blank.
   *
   * @return the update's text as it was sent
   */
  @Value.Parameter
  public abstract String description();

  /**
   * An update.
   *
   * @param at when the update was sent
   * @param description what it said; must not be blank
   * @return the update
   * @throws IllegalArgumentException when {@code description} is blank
   * @throws NullPointerException when {@code at} or {@code description} is missing
   */
  public static StatusUpdate of(Instant at, String description) {
    return ImmutableStatusUpdate.of(at, description);
  }

  @Value.Check
  void check() {
    Checks.notBlank("StatusUpdate.description", description());
  }
}
