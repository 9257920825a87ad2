package org.accountgovernance.core.engagement;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.math.BigDecimal;
import java.time.Instant;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A measure on which the customer's expectation can differ from the contract: the source's delivery
 * time, contracted at 30 days, delivered in 15, expected (like a famous PC maker's) in 3.
 *
 * <p>Example: {@code ExpectationMetric.lowerIsBetter(t, "delivery days", 15, 30, 3)} meets the
 * contract and misses the expectation (EXE-EXPECTATION).
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class ExpectationMetric {
  ExpectationMetric() {}

  /**
   * When it was measured.
   *
   * @return the instant the value was measured
   */
  @Value.Parameter
  public abstract Instant measuredAt();

  /**
   * The measure.
   *
   * @return the measure's name with its unit, e.g. {@code "delivery days"}; never blank
   */
  @Value.Parameter
  public abstract String name();

  /**
   * The value delivered.
   *
   * @return the value delivered, in the measure's unit
   */
  @Value.Parameter
  public abstract BigDecimal actual();

  /**
   * The contract's target.
   *
   * @return the value the contract commits to, in the measure's unit
   */
  @Value.Parameter
  public abstract BigDecimal contractTarget();

  /**
   * What the customer expects.
   *
   * @return the value the customer actually expects, in the measure's unit; often stricter than the
   *     contract
   */
  @Value.Parameter
  public abstract BigDecimal customerExpectation();

  /**
   * Whether a lower value is better (delivery days) or a higher one (fill rate).
   *
   * @return {@code true} when a lower value is better (delivery days), {@code false} when a higher
   *     one is (fill rate)
   */
  @Value.Parameter
  public abstract boolean lowerIsBetter();

  /**
   * A metric where lower is better.
   *
   * @param measuredAt when the value was measured
   * @param name the measure's name with its unit, e.g. {@code "delivery days"}; must not be blank
   * @param actual the value delivered, in whole units of the measure
   * @param contractTarget the contract's target: the highest value that meets it
   * @param customerExpectation what the customer expects: the highest value that meets it
   * @return the metric, lower being better
   */
  public static ExpectationMetric lowerIsBetter(
      Instant measuredAt, String name, long actual, long contractTarget, long customerExpectation) {
    return ImmutableExpectationMetric.of(
        measuredAt,
        name,
        BigDecimal.valueOf(actual),
        BigDecimal.valueOf(contractTarget),
        BigDecimal.valueOf(customerExpectation),
        true);
  }

  /**
   * A metric where lower is better, with fractional values (2.5 days).
   *
   * @param measuredAt when the value was measured
   * @param name the measure's name with its unit, e.g. {@code "delivery days"}; must not be blank
   * @param actual the value delivered, in the measure's unit
   * @param contractTarget the contract's target: the highest value that meets it
   * @param customerExpectation what the customer expects: the highest value that meets it
   * @return the metric, lower being better
   */
  public static ExpectationMetric lowerIsBetter(
      Instant measuredAt,
      String name,
      BigDecimal actual,
      BigDecimal contractTarget,
      BigDecimal customerExpectation) {
    return ImmutableExpectationMetric.of(
        measuredAt, name, actual, contractTarget, customerExpectation, true);
  }

  /**
   * A metric where higher is better.
   *
   * @param measuredAt when the value was measured
   * @param name the measure's name with its unit, e.g. {@code "fill rate %"}; must not be blank
   * @param actual the value delivered, in the measure's unit
   * @param contractTarget the contract's target: the lowest value that meets it
   * @param customerExpectation what the customer expects: the lowest value that meets it
   * @return the metric, higher being better
   */
  public static ExpectationMetric higherIsBetter(
      Instant measuredAt,
      String name,
      BigDecimal actual,
      BigDecimal contractTarget,
      BigDecimal customerExpectation) {
    return ImmutableExpectationMetric.of(
        measuredAt, name, actual, contractTarget, customerExpectation, false);
  }

  @Value.Check
  void check() {
    Checks.notBlank("ExpectationMetric.name", name());
  }

  private boolean meets(BigDecimal goal) {
    int comparison = actual().compareTo(goal);
    return lowerIsBetter() ? comparison <= 0 : comparison >= 0;
  }

  /**
   * Whether the contract's target is met.
   *
   * @return {@code true} when {@link #actual()} equals {@link #contractTarget()} or is better than
   *     it
   */
  public boolean meetsContract() {
    return meets(contractTarget());
  }

  /**
   * Whether the customer's expectation is met.
   *
   * @return {@code true} when {@link #actual()} equals {@link #customerExpectation()} or is better
   *     than it
   */
  public boolean meetsExpectation() {
    return meets(customerExpectation());
  }
}
