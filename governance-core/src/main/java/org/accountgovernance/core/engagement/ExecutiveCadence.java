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

  /**
   * The segment.
   *
   * @return the segment the account's profile puts it in
   */
  @Value.Parameter
  public abstract AccountSegment segment();

  /**
   * The longest time between two executive exchanges.
   *
   * @return the longest time allowed between two executive exchanges, in months and days of the
   *     account's calendar (e.g. {@code P3M}); always positive
   */
  @Value.Parameter
  public abstract Period interval();

  /**
   * Why.
   *
   * @return the rule and ratings that decided the segment, e.g. {@code EXE-TIER: strategic
   *     importance HIGH}
   */
  @Value.Parameter
  public abstract Reason reason();

  /**
   * A cadence.
   *
   * @param segment the segment the profile puts the account in
   * @param interval the longest time between two executive exchanges; must be positive
   * @param reason why the profile gives this segment and interval
   * @return the cadence
   */
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
