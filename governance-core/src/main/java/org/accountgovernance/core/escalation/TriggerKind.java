package org.accountgovernance.core.escalation;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.List;
import java.util.regex.Pattern;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A kind of fact that can trigger an escalation, with the unit its magnitude is measured in and
 * which direction is worse. The playbook's kinds are constants here ({@link #YIELD_DROP}, {@link
 * #PAYMENT_OVERDUE}, …); a host defines its own with {@link #of(String, Measure, Direction)}, e.g.
 * {@code TriggerKind.of("DATA_LOSS", Measure.FLAG, Direction.HIGHER_IS_WORSE)}.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class TriggerKind implements Comparable<TriggerKind> {
  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

  /** What a trigger's magnitude measures. */
  public enum Measure {
    /** No magnitude: the fact is present or not (a safety incident). */
    FLAG,
    /** Whole calendar days (a delay, days overdue, days until a line stops). */
    DAYS,
    /** Percentage points in {@code [0, 100]} (a yield drop). */
    PERCENTAGE_POINTS,
    /** An amount of money (a cost variance, a financial impact). */
    MONEY,
    /** A whole number of things (defective units). */
    COUNT
  }

  /** Which way a magnitude becomes more severe. */
  public enum Direction {
    /** A bigger magnitude is worse (a longer delay). */
    HIGHER_IS_WORSE,
    /** A smaller magnitude is worse (fewer days until the customer's line stops). */
    LOWER_IS_WORSE
  }

  /** A delivery delay in days; under 3 days is the playbook's "standard delay". */
  public static final TriggerKind DELAY = of("DELAY", Measure.DAYS, Direction.HIGHER_IS_WORSE);

  /** Defective units (the playbook's "single-unit defect" is a count of 1). */
  public static final TriggerKind UNIT_DEFECT =
      of("UNIT_DEFECT", Measure.COUNT, Direction.HIGHER_IS_WORSE);

  /** A request for information. */
  public static final TriggerKind INFORMATION_REQUEST =
      of("INFORMATION_REQUEST", Measure.FLAG, Direction.HIGHER_IS_WORSE);

  /** Days until the customer's line is at risk of stopping. */
  public static final TriggerKind LINE_DOWN_RISK =
      of("LINE_DOWN_RISK", Measure.DAYS, Direction.LOWER_IS_WORSE);

  /** A yield drop in percentage points. */
  public static final TriggerKind YIELD_DROP =
      of("YIELD_DROP", Measure.PERCENTAGE_POINTS, Direction.HIGHER_IS_WORSE);

  /** A cost variance. */
  public static final TriggerKind COST_VARIANCE =
      of("COST_VARIANCE", Measure.MONEY, Direction.HIGHER_IS_WORSE);

  /** The customer's line is down. */
  public static final TriggerKind LINE_DOWN_CONFIRMED =
      of("LINE_DOWN_CONFIRMED", Measure.FLAG, Direction.HIGHER_IS_WORSE);

  /** A safety incident. */
  public static final TriggerKind SAFETY_INCIDENT =
      of("SAFETY_INCIDENT", Measure.FLAG, Direction.HIGHER_IS_WORSE);

  /** Days a payment is overdue. */
  public static final TriggerKind PAYMENT_OVERDUE =
      of("PAYMENT_OVERDUE", Measure.DAYS, Direction.HIGHER_IS_WORSE);

  /** A breach of a legal or contractual obligation. */
  public static final TriggerKind LEGAL_BREACH =
      of("LEGAL_BREACH", Measure.FLAG, Direction.HIGHER_IS_WORSE);

  /** The financial impact of the issue. */
  public static final TriggerKind FINANCIAL_IMPACT =
      of("FINANCIAL_IMPACT", Measure.MONEY, Direction.HIGHER_IS_WORSE);

  /** A risk to the brand's reputation. */
  public static final TriggerKind BRAND_RISK =
      of("BRAND_RISK", Measure.FLAG, Direction.HIGHER_IS_WORSE);

  /**
   * The twelve kinds the playbook's escalation matrix knows, in the order of its table: what a host
   * that stores triggers by name can read back without listing them itself.
   */
  public static final List<TriggerKind> PLAYBOOK_KINDS =
      List.of(
          DELAY,
          UNIT_DEFECT,
          INFORMATION_REQUEST,
          LINE_DOWN_RISK,
          YIELD_DROP,
          COST_VARIANCE,
          LINE_DOWN_CONFIRMED,
          SAFETY_INCIDENT,
          PAYMENT_OVERDUE,
          LEGAL_BREACH,
          FINANCIAL_IMPACT,
          BRAND_RISK);

  TriggerKind() {}

  /**
   * The kind's name in upper snake case, e.g. {@code "YIELD_DROP"}.
   *
   * @return the kind's name in upper snake case, e.g. {@code "YIELD_DROP"}; kinds sort by it
   */
  @Value.Parameter
  public abstract String name();

  /**
   * What the magnitude measures.
   *
   * @return what a trigger's magnitude measures: nothing (a flag), days, percentage points, money
   *     or a count
   */
  @Value.Parameter
  public abstract Measure measure();

  /**
   * Which way the magnitude becomes more severe.
   *
   * @return whether a bigger or a smaller magnitude is more severe
   */
  @Value.Parameter
  public abstract Direction direction();

  /**
   * A trigger kind.
   *
   * @param name the kind's name in upper snake case, e.g. {@code "DATA_LOSS"}
   * @param measure what a trigger's magnitude measures
   * @param direction which way the magnitude becomes more severe
   * @return the trigger kind
   * @throws IllegalArgumentException when {@code name} is not upper snake case
   */
  public static TriggerKind of(String name, Measure measure, Direction direction) {
    return ImmutableTriggerKind.of(name, measure, direction);
  }

  @Value.Check
  void check() {
    if (!NAME.matcher(name()).matches()) {
      throw Checks.failure("TriggerKind.name", "UPPER_SNAKE_CASE", "'" + name() + "'");
    }
  }

  @Override
  public int compareTo(TriggerKind other) {
    return name().compareTo(other.name());
  }

  @Override
  public String toString() {
    return name();
  }
}
