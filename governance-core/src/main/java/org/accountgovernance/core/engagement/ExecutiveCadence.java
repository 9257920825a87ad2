package org.accountgovernance.core.engagement;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Period;
import org.accountgovernance.core.Reason;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * How often an account's executives should meet, and why: the segment, the interval, the reason.
 *
 * <p>Example: a strategic account meets every {@code P3M}, reason {@code EXE-TIER: strategic
 * importance HIGH}.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class ExecutiveCadence {
  ExecutiveCadence() {}

  /** The segment. */
  @Value.Parameter
  public abstract AccountSegment segment();

  /** The longest time between two executive exchanges. */
  @Value.Parameter
  public abstract Period interval();

  /** Why. */
  @Value.Parameter
  public abstract Reason reason();

  /** A cadence. */
  public static ExecutiveCadence of(AccountSegment segment, Period interval, Reason reason) {
    return ImmutableExecutiveCadence.of(segment, interval, reason);
  }

  @Value.Check
  void check() {
    Checks.check(
        !interval().isNegative() && !interval().isZero(),
        "ExecutiveCadence.interval",
        "positive",
        interval());
  }
}
