package org.accountgovernance.core.escalation;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.accountgovernance.core.escalation.TriggerKind.Measure;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * An objective fact about an issue that a severity classifier maps to a level: "yield drop 7
 * points", "payment 45 days overdue", "financial impact USD 12,500.00", "brand risk".
 *
 * <p>Example: {@code Trigger.yieldDrop(new BigDecimal("7"))}, {@code Trigger.paymentOverdue(45)},
 * {@code Trigger.financialImpact(Money.of(CurrencyUnit.USD, 12_500))}, {@code Trigger.brandRisk()}.
 *
 * <p>A magnitude is required exactly when the kind measures one; quantities are never negative, and
 * percentage points are at most 100.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class Trigger implements Comparable<Trigger> {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Comparator<Trigger> ORDER =
      Comparator.comparing(Trigger::kind)
          .thenComparing(t -> t.quantity().orElse(BigDecimal.ZERO))
          .thenComparing(t -> t.amount().map(m -> m.getCurrencyUnit().getCode()).orElse(""))
          .thenComparing(t -> t.amount().map(Money::getAmount).orElse(BigDecimal.ZERO));

  Trigger() {}

  /**
   * The kind of fact.
   *
   * @return the kind of fact, which says what the magnitude measures
   */
  public abstract TriggerKind kind();

  /**
   * The magnitude for days, percentage points and counts.
   *
   * @return the magnitude in days, percentage points or a count, as the kind's measure says; never
   *     negative, and normalised (7.0 points is 7); empty for money and flag kinds
   */
  public abstract Optional<BigDecimal> quantity();

  /**
   * The magnitude for money.
   *
   * @return the amount of money, never negative; empty unless the kind measures money
   */
  public abstract Optional<Money> amount();

  /**
   * A trigger of any kind with a numeric magnitude (days, points or a count).
   *
   * @param kind a kind measured in days, percentage points or a count
   * @param quantity the magnitude: zero or positive, a whole number for days and counts, at most
   *     100 for percentage points
   * @return the trigger, its quantity normalised
   */
  public static Trigger of(TriggerKind kind, BigDecimal quantity) {
    return ImmutableTrigger.builder().kind(kind).quantity(quantity).build();
  }

  /**
   * A trigger of any money kind.
   *
   * @param kind a kind measured in money
   * @param amount the amount, zero or positive, in any currency
   * @return the trigger
   */
  public static Trigger of(TriggerKind kind, Money amount) {
    return ImmutableTrigger.builder().kind(kind).amount(amount).build();
  }

  /**
   * A trigger of any flag kind.
   *
   * @param kind a kind without a magnitude, e.g. {@link TriggerKind#SAFETY_INCIDENT}
   * @return the trigger
   */
  public static Trigger of(TriggerKind kind) {
    return ImmutableTrigger.builder().kind(kind).build();
  }

  /**
   * A delivery delay of {@code days}.
   *
   * @param days how many calendar days late the delivery is; zero or positive
   * @return a {@link TriggerKind#DELAY} trigger
   */
  public static Trigger delay(long days) {
    return of(TriggerKind.DELAY, BigDecimal.valueOf(days));
  }

  /**
   * {@code units} defective units.
   *
   * @param units how many units are defective; zero or positive
   * @return a {@link TriggerKind#UNIT_DEFECT} trigger
   */
  public static Trigger unitDefect(long units) {
    return of(TriggerKind.UNIT_DEFECT, BigDecimal.valueOf(units));
  }

  /**
   * A request for information.
   *
   * @return an {@link TriggerKind#INFORMATION_REQUEST} trigger
   */
  public static Trigger informationRequest() {
    return of(TriggerKind.INFORMATION_REQUEST);
  }

  /**
   * The customer's line at risk of stopping within {@code days}.
   *
   * @param days how many calendar days remain until the customer's line would stop; zero or
   *     positive, and fewer is worse
   * @return a {@link TriggerKind#LINE_DOWN_RISK} trigger
   */
  public static Trigger lineDownRisk(long days) {
    return of(TriggerKind.LINE_DOWN_RISK, BigDecimal.valueOf(days));
  }

  /**
   * A yield drop of {@code points} percentage points.
   *
   * @param points by how many percentage points the yield fell, 0 to 100
   * @return a {@link TriggerKind#YIELD_DROP} trigger
   */
  public static Trigger yieldDrop(BigDecimal points) {
    return of(TriggerKind.YIELD_DROP, points);
  }

  /**
   * A cost variance of {@code amount}.
   *
   * @param amount how much more than planned it costs; zero or positive, in any currency
   * @return a {@link TriggerKind#COST_VARIANCE} trigger
   */
  public static Trigger costVariance(Money amount) {
    return of(TriggerKind.COST_VARIANCE, amount);
  }

  /**
   * The customer's line is down.
   *
   * @return a {@link TriggerKind#LINE_DOWN_CONFIRMED} trigger
   */
  public static Trigger lineDownConfirmed() {
    return of(TriggerKind.LINE_DOWN_CONFIRMED);
  }

  /**
   * A safety incident.
   *
   * @return a {@link TriggerKind#SAFETY_INCIDENT} trigger
   */
  public static Trigger safetyIncident() {
    return of(TriggerKind.SAFETY_INCIDENT);
  }

  /**
   * A payment {@code days} overdue.
   *
   * @param days how many calendar days past its due date the payment is; zero or positive
   * @return a {@link TriggerKind#PAYMENT_OVERDUE} trigger
   */
  public static Trigger paymentOverdue(long days) {
    return of(TriggerKind.PAYMENT_OVERDUE, BigDecimal.valueOf(days));
  }

  /**
   * A breach of a legal or contractual obligation.
   *
   * @return a {@link TriggerKind#LEGAL_BREACH} trigger
   */
  public static Trigger legalBreach() {
    return of(TriggerKind.LEGAL_BREACH);
  }

  /**
   * A financial impact of {@code amount}.
   *
   * @param amount the financial impact, zero or positive, in any currency; a threshold in
   *     another currency is compared through the configured converter
   * @return a {@link TriggerKind#FINANCIAL_IMPACT} trigger
   */
  public static Trigger financialImpact(Money amount) {
    return of(TriggerKind.FINANCIAL_IMPACT, amount);
  }

  /**
   * A risk to the brand's reputation.
   *
   * @return a {@link TriggerKind#BRAND_RISK} trigger
   */
  public static Trigger brandRisk() {
    return of(TriggerKind.BRAND_RISK);
  }

  @Value.Check
  Trigger check() {
    String field = "Trigger[" + kind() + "]";
    Measure measure = kind().measure();
    if (measure == Measure.FLAG) {
      Checks.check(
          quantity().isEmpty() && amount().isEmpty(), field, "without a magnitude", magnitude());
      return this;
    }
    if (measure == Measure.MONEY) {
      if (!(quantity().isEmpty() && amount().isPresent())) {
        throw Checks.failure(field + ".amount", "present", magnitude());
      }
      Money money = amount().orElseThrow();
      if (money.isNegative()) {
        throw Checks.failure(field + ".amount", "zero or positive", money);
      }
      return this;
    }
    if (!(amount().isEmpty() && quantity().isPresent())) {
      throw Checks.failure(field + ".quantity", "present", magnitude());
    }
    BigDecimal q = quantity().orElseThrow();
    if (q.signum() < 0) {
      throw Checks.failure(field + ".quantity", "zero or positive", q);
    }
    if (measure == Measure.PERCENTAGE_POINTS) {
      if (q.compareTo(HUNDRED) > 0) {
        throw Checks.failure(field + ".quantity", "at most 100 percentage points", q);
      }
    } else {
      if (q.stripTrailingZeros().scale() > 0) {
        throw Checks.failure(field + ".quantity", "a whole number", q);
      }
    }
    // One representation per number, so that 7 and 7.0 points are the same fact.
    BigDecimal canonical = q.stripTrailingZeros();
    if (canonical.scale() < 0) {
      canonical = canonical.setScale(0);
    }
    // The scale is exactly what is normalised here, so compare it too.
    if (canonical.scale() != q.scale() || canonical.compareTo(q) != 0) {
      return ImmutableTrigger.builder().from(this).quantity(canonical).build();
    }
    return this;
  }

  private String magnitude() {
    return quantity()
        .map(BigDecimal::toPlainString)
        .or(() -> amount().map(Money::toString))
        .orElse("none");
  }

  /**
   * The trigger as people say it, e.g. {@code "yield drop 7 points"}.
   *
   * @return the kind's name in lower-case words, then the magnitude with its unit, e.g. {@code
   *     "payment overdue 45 days"}
   */
  public String describe() {
    String name = kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return switch (kind().measure()) {
      case FLAG -> name;
      case MONEY -> name + " " + amount().orElseThrow();
      case DAYS -> name + " " + quantity().orElseThrow().toPlainString() + " days";
      case PERCENTAGE_POINTS -> name + " " + quantity().orElseThrow().toPlainString() + " points";
      case COUNT -> name + " " + quantity().orElseThrow().toPlainString();
    };
  }

  @Override
  public int compareTo(Trigger other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return describe();
  }
}
