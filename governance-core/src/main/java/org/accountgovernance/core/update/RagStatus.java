package org.accountgovernance.core.update;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * The health of an account-level escalation, which sets how often updates are owed: RED (daily),
 * YELLOW (every other day, and on Fridays), GREEN (every three days, and on Fridays) by default.
 *
 * <p>Example: {@code RagStatus.RED.isStricterThan(RagStatus.GREEN)} is {@code true}.
 */
@API(status = MAINTAINED, since = "0.1.0")
public enum RagStatus {
  /** Critical: the tightest cadence. */
  RED,
  /** At risk. */
  YELLOW,
  /** Recovering: the loosest cadence. */
  GREEN;

  /**
   * Whether updates are owed more often under this status than under {@code other}.
   *
   * @param other the status to compare with
   * @return {@code true} for RED against YELLOW or GREEN, and for YELLOW against GREEN; {@code
   *     false} for the same status or a looser one
   */
  public boolean isStricterThan(RagStatus other) {
    return compareTo(other) < 0;
  }
}
