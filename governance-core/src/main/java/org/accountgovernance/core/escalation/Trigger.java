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

  /** The kind of fact. */
  public abstract TriggerKind kind();

  /** The magnitude for days, percentage points and counts. */
  public abstract Optional<BigDecimal> quantity();

  /** The magnitude for money. */
  public abstract Optional<Money> amount();

  /** A trigger of any kind with a numeric magnitude (days, points or a count). */
  public static Trigger of(TriggerKind kind, BigDecimal quantity) {
    return ImmutableTrigger.builder().kind(kind).quantity(quantity).build();
  }

  /** A trigger of any money kind. */
  public static Trigger of(TriggerKind kind, Money amount) {
    return ImmutableTrigger.builder().kind(kind).amount(amount).build();
  }

  /** A trigger of any flag kind. */
  public static Trigger of(TriggerKind kind) {
    return ImmutableTrigger.builder().kind(kind).build();
  }

  /** A delivery delay of {@code days}. */
  public static Trigger delay(long days) {
    return of(TriggerKind.DELAY, BigDecimal.valueOf(days));
  }

  /** {@code units} defective units. */
  public static Trigger unitDefect(long units) {
    return of(TriggerKind.UNIT_DEFECT, BigDecimal.valueOf(units));
  }

  /** A request for information. */
  public static Trigger informationRequest() {
    return of(TriggerKind.INFORMATION_REQUEST);
  }

  /** The customer's line at risk of stopping within {@code days}. */
  public static Trigger lineDownRisk(long days) {
    return of(TriggerKind.LINE_DOWN_RISK, BigDecimal.valueOf(days));
  }

  /** A yield drop of {@code points} percentage points. */
  public static Trigger yieldDrop(BigDecimal points) {
    return of(TriggerKind.YIELD_DROP, points);
  }

  /** A cost variance of {@code amount}. */
  public static Trigger costVariance(Money amount) {
    return of(TriggerKind.COST_VARIANCE, amount);
  }

  /** The customer's line is down. */
  public static Trigger lineDownConfirmed() {
    return of(TriggerKind.LINE_DOWN_CONFIRMED);
  }

  /** A safety incident. */
  public static Trigger safetyIncident() {
    return of(TriggerKind.SAFETY_INCIDENT);
  }

  /** A payment {@code days} overdue. */
  public static Trigger paymentOverdue(long days) {
    return of(TriggerKind.PAYMENT_OVERDUE, BigDecimal.valueOf(days));
  }

  /** A breach of a legal or contractual obligation. */
  public static Trigger legalBreach() {
    return of(TriggerKind.LEGAL_BREACH);
  }

  /** A financial impact of {@code amount}. */
  public static Trigger financialImpact(Money amount) {
    return of(TriggerKind.FINANCIAL_IMPACT, amount);
  }

  /** A risk to the brand's reputation. */
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
      Checks.check(
          quantity().isEmpty() && amount().isPresent(), field + ".amount", "present", magnitude());
      Money money = amount().orElseThrow();
      Checks.check(!money.isNegative(), field + ".amount", "zero or positive", money);
      return this;
    }
    Checks.check(
        amount().isEmpty() && quantity().isPresent(), field + ".quantity", "present", magnitude());
    BigDecimal q = quantity().orElseThrow();
    Checks.check(q.signum() >= 0, field + ".quantity", "zero or positive", q);
    if (measure == Measure.PERCENTAGE_POINTS) {
      Checks.check(
          q.compareTo(HUNDRED) <= 0, field + ".quantity", "at most 100 percentage points", q);
    } else {
      Checks.check(q.stripTrailingZeros().scale() <= 0, field + ".quantity", "a whole number", q);
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

  /** The trigger as people say it, e.g. {@code "yield drop 7 points"}. */
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
