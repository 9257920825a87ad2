package org.accountgovernance.core.sla;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Instant;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A warning that a response deadline approaches, given when a {@link WarningPoint} was reached:
 * when, for which point, and the deadline as it stood at that moment (a later pause may move the
 * clock's deadline; the warning keeps what it said).
 *
 * <p>Example: on a 4 h L2 target started at 10:00, the 75 % warning is at 13:00 with deadline
 * 14:00.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class PreBreachWarning {
  PreBreachWarning() {}

  /**
   * When the warning was given.
   *
   * @return the instant the warning was given: when the point's share of the target or lead time
   *     was reached
   */
  @Value.Parameter
  public abstract Instant at();

  /**
   * The warning point that was reached.
   *
   * @return the warning point reached, e.g. 75 % of the target
   */
  @Value.Parameter
  public abstract WarningPoint point();

  /**
   * The deadline as it stood when the warning was given.
   *
   * @return the response deadline the warning announced; a later pause may move the clock's
   *     deadline, not this one
   */
  @Value.Parameter
  public abstract Instant deadline();

  /**
   * A warning.
   *
   * @param at when the warning was given
   * @param point the warning point reached
   * @param deadline the response deadline as it stood at {@code at}
   * @return the warning
   */
  public static PreBreachWarning of(Instant at, WarningPoint point, Instant deadline) {
    return ImmutablePreBreachWarning.of(at, point, deadline);
  }
}
