package org.accountgovernance.core.sla;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Optional;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * When a response clock warns that its deadline approaches: at a share of the target (e.g. {@code
 * WarningPoint.percentOfTarget(75)}) or a lead time before the deadline (e.g. {@code
 * WarningPoint.before(Duration.ofHours(1))}). Both are measured in working time on the level's
 * calendar. A warning that would fall at or before the clock's start (a zero target, or a lead
 * longer than the target) is not given.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class WarningPoint {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  WarningPoint() {}

  /**
   * The share of the target, in percent, in {@code (0, 100]}; empty for a lead time.
   *
   * @return the share of the target after which to warn, e.g. 75; empty for a lead time
   */
  public abstract Optional<BigDecimal> percent();

  /**
   * The working time before the deadline; empty for a share of the target.
   *
   * @return how much working time before the deadline to warn; empty for a share of the target
   */
  public abstract Optional<Duration> lead();

  /**
   * A warning once {@code percent} of the target has been used.
   *
   * @param percent the share of the target, in percent, above 0 and at most 100
   * @return the warning point
   * @throws IllegalArgumentException unless {@code 0 < percent <= 100}
   */
  public static WarningPoint percentOfTarget(BigDecimal percent) {
    return ImmutableWarningPoint.builder().percent(percent).build();
  }

  /**
   * As {@link #percentOfTarget(BigDecimal)}.
   *
   * @param percent the share of the target, in whole percent, from 1 to 100
   * @return the warning point
   */
  public static WarningPoint percentOfTarget(int percent) {
    return percentOfTarget(BigDecimal.valueOf(percent));
  }

  /**
   * A warning {@code lead} of working time before the deadline.
   *
   * @param lead how much working time before the deadline to warn; must be positive
   * @return the warning point
   * @throws IllegalArgumentException unless {@code lead} is positive
   */
  public static WarningPoint before(Duration lead) {
    return ImmutableWarningPoint.builder().lead(lead).build();
  }

  @Value.Check
  void check() {
    if (percent().isPresent() == lead().isPresent()) {
      // Not `this`: toString() needs exactly one of the two.
      String given =
          "percent "
              + percent().map(BigDecimal::toPlainString).orElse("none")
              + " and lead "
              + lead().map(Duration::toString).orElse("none");
      Checks.check(false, "WarningPoint", "either a percent or a lead", given);
    }
    percent()
        .ifPresent(
            p ->
                Checks.check(
                    p.signum() > 0 && p.compareTo(HUNDRED) <= 0,
                    "WarningPoint.percent",
                    "in (0, 100]",
                    p));
    lead().ifPresent(l -> Checks.positive("WarningPoint.lead", l));
  }

  /**
   * The working time into a clock with {@code target} at which this warning is due, if any.
   *
   * @param target the response target of the clock
   * @return the working time after the clock's start at which to warn (a share is rounded up to the
   *     nanosecond); empty when that would be at or before the start
   */
  public Optional<Duration> workingTimeInto(Duration target) {
    Duration at;
    if (percent().isPresent()) {
      BigDecimal nanos =
          new BigDecimal(target.toNanos())
              .multiply(percent().get())
              .divide(HUNDRED, 0, RoundingMode.CEILING);
      at = Duration.ofNanos(nanos.longValueExact());
    } else {
      at = target.minus(lead().orElseThrow());
    }
    return at.isNegative() || at.isZero() ? Optional.empty() : Optional.of(at);
  }

  @Override
  public String toString() {
    return text();
  }

  /** What {@link #toString()} writes, kept: a response clock orders its warning points by it. */
  @Value.Lazy
  String text() {
    return percent()
        .map(p -> p.toPlainString() + "% of target")
        .orElseGet(() -> lead().orElseThrow() + " before deadline");
  }
}
