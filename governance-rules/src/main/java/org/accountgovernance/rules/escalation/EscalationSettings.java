package org.accountgovernance.rules.escalation;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.escalation.EscalationLadder;
import org.accountgovernance.core.escalation.EscalationLevel;
import org.accountgovernance.core.escalation.EscalationPath;
import org.accountgovernance.core.internal.Checks;
import org.accountgovernance.core.money.CurrencyConverter;
import org.accountgovernance.core.sla.CoverageCalendar;
import org.accountgovernance.core.sla.WarningPoint;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Every number of the playbook's escalation matrix (ESC), with the playbook's values as defaults.
 * Immutable; derive a variant with {@link #from(EscalationSettings)}.
 *
 * <pre>{@code
 * EscalationSettings strict = EscalationSettings.from(EscalationSettings.ofDefaults())
 *     .yieldDropPoints(new BigDecimal("3"))
 *     .putAutoEscalationTimer("L1", Duration.ofHours(24))
 *     .currencyConverter(CurrencyConverter.fixedRates(CurrencyUnit.USD, Map.of(CurrencyUnit.EUR, new BigDecimal("1.08"))))
 *     .build();
 * }</pre>
 *
 * <p>Thresholds are compared as the playbook writes them: "yield drop &gt; 5" is strictly greater,
 * "line-down risk within 1 week" is at most 7 days, "delay &lt; 3 days" is standard so 3 days or
 * more is not. Values are validated when built; a message names the field and the value.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class EscalationSettings {
  /** The operational level's id. */
  public static final String DEFAULT_OPERATIONAL_LEVEL = "L1";

  /** The managerial level's id. */
  public static final String DEFAULT_MANAGERIAL_LEVEL = "L2";

  /** The executive level's id. */
  public static final String DEFAULT_EXECUTIVE_LEVEL = "L3";

  /** L1 response target: 24 h. */
  public static final Duration DEFAULT_L1_RESPONSE = Duration.ofHours(24);

  /** L2 response target: 4 h. */
  public static final Duration DEFAULT_L2_RESPONSE = Duration.ofHours(4);

  /** L3 response target: immediate. */
  public static final Duration DEFAULT_L3_RESPONSE = Duration.ZERO;

  /**
   * The playbook's ladder: L1 Operational, L2 Managerial, L3 Executive, each on a 24×7 calendar.
   */
  public static final EscalationLadder DEFAULT_LADDER =
      EscalationLadder.of(
          List.of(
              level(
                  DEFAULT_OPERATIONAL_LEVEL,
                  "Operational",
                  1,
                  DEFAULT_L1_RESPONSE,
                  "Factory PM",
                  "Customer Buyer"),
              level(
                  DEFAULT_MANAGERIAL_LEVEL,
                  "Managerial",
                  2,
                  DEFAULT_L2_RESPONSE,
                  "Account Manager",
                  "Ops Manager"),
              level(
                  DEFAULT_EXECUTIVE_LEVEL,
                  "Executive",
                  3,
                  DEFAULT_L3_RESPONSE,
                  "VP Sales / Plant Director",
                  "VP Ops")));

  /** A delay of this many days or more is beyond "standard" (ESC-DELAY): 3. */
  public static final int DEFAULT_STANDARD_DELAY_DAYS = 3;

  /** A line-down risk within this many days is managerial: 7. */
  public static final int DEFAULT_LINE_DOWN_RISK_DAYS = 7;

  /** A yield drop of more than this many percentage points is managerial: 5. */
  public static final BigDecimal DEFAULT_YIELD_DROP_POINTS = BigDecimal.valueOf(5);

  /** A cost variance above this is managerial: USD 1,000. */
  public static final Money DEFAULT_COST_VARIANCE = Money.of(CurrencyUnit.USD, 1_000);

  /** A payment overdue by more than this many days is executive: 30. */
  public static final int DEFAULT_PAYMENT_OVERDUE_DAYS = 30;

  /** A financial impact above this bypasses to the top level (ESC-BYPASS): USD 10,000. */
  public static final Money DEFAULT_BYPASS_FINANCIAL_IMPACT = Money.of(CurrencyUnit.USD, 10_000);

  /** Time-at-level timers (ESC-AUTO): only L1, 48 h, exceeded strictly. */
  // The playbook says 48 hours, not 2 days.
  @SuppressWarnings("CanonicalDuration")
  public static final Map<String, Duration> DEFAULT_AUTO_ESCALATION_TIMERS =
      Map.of(DEFAULT_OPERATIONAL_LEVEL, Duration.ofHours(48));

  /** Pre-breach warnings: at 75 % of the response target. */
  public static final List<WarningPoint> DEFAULT_WARNING_POINTS =
      List.of(WarningPoint.percentOfTarget(75));

  private static final EscalationSettings DEFAULTS = builder().build();

  EscalationSettings() {}

  private static EscalationLevel level(
      String id, String name, int rank, Duration target, String supplier, String customer) {
    return EscalationLevel.builder()
        .id(id)
        .name(name)
        .rank(rank)
        .responseTarget(target)
        .calendar(CoverageCalendar.alwaysOn())
        .path(EscalationPath.of(PartyRole.supplier(supplier), PartyRole.customer(customer)))
        .build();
  }

  /**
   * The levels; default {@link #DEFAULT_LADDER}.
   *
   * @return the ladder issues climb, lowest level first; every level id named by the other settings
   *     (the three trigger levels, the timers' keys) is one of its levels
   */
  @Value.Default
  public EscalationLadder ladder() {
    return DEFAULT_LADDER;
  }

  /**
   * The level of the playbook's operational triggers; default {@code "L1"}.
   *
   * @return the id of the level that unit defects, information requests, standard delays and every
   *     trigger below its threshold map to; a level of {@link #ladder()}, not above {@link
   *     #managerialLevel()}
   */
  @Value.Default
  public String operationalLevel() {
    return DEFAULT_OPERATIONAL_LEVEL;
  }

  /**
   * The level of the playbook's managerial triggers; default {@code "L2"}.
   *
   * @return the id of the level that delays beyond standard, near line-down risks, yield drops and
   *     cost variances above their thresholds map to; a level of {@link #ladder()}, between {@link
   *     #operationalLevel()} and {@link #executiveLevel()}
   */
  @Value.Default
  public String managerialLevel() {
    return DEFAULT_MANAGERIAL_LEVEL;
  }

  /**
   * The level of the playbook's executive triggers and of bypasses; default {@code "L3"}.
   *
   * @return the id of the level that a confirmed line-down, a safety incident, a legal breach, a
   *     long-overdue payment and every bypass go to; a level of {@link #ladder()}, not below {@link
   *     #managerialLevel()}
   */
  @Value.Default
  public String executiveLevel() {
    return DEFAULT_EXECUTIVE_LEVEL;
  }

  /**
   * See {@link #DEFAULT_STANDARD_DELAY_DAYS}.
   *
   * @return the delivery delay, in days, from which a delay is no longer standard and goes to
   *     {@link #managerialLevel()} (reached at exactly this many days); zero or positive, where
   *     zero makes every delay managerial
   */
  @Value.Default
  public int standardDelayDays() {
    return DEFAULT_STANDARD_DELAY_DAYS;
  }

  /**
   * See {@link #DEFAULT_LINE_DOWN_RISK_DAYS}.
   *
   * @return the window, in days until the customer's line may stop, within which (this many days or
   *     fewer) a line-down risk goes to {@link #managerialLevel()}; zero or positive
   */
  @Value.Default
  public int lineDownRiskDays() {
    return DEFAULT_LINE_DOWN_RISK_DAYS;
  }

  /**
   * See {@link #DEFAULT_YIELD_DROP_POINTS}.
   *
   * @return the yield drop, in percentage points, that a drop must strictly exceed to go to {@link
   *     #managerialLevel()}; in {@code [0, 100]}
   */
  @Value.Default
  public BigDecimal yieldDropPoints() {
    return DEFAULT_YIELD_DROP_POINTS;
  }

  /**
   * See {@link #DEFAULT_COST_VARIANCE}.
   *
   * @return the cost variance that a variance must strictly exceed, after conversion by {@link
   *     #currencyConverter()}, to go to {@link #managerialLevel()}; zero or positive, in the same
   *     currency as {@link #bypassFinancialImpact()}
   */
  @Value.Default
  public Money costVariance() {
    return DEFAULT_COST_VARIANCE;
  }

  /**
   * See {@link #DEFAULT_PAYMENT_OVERDUE_DAYS}.
   *
   * @return the number of days overdue that a payment must strictly exceed to go to {@link
   *     #executiveLevel()}; zero or positive
   */
  @Value.Default
  public int paymentOverdueDays() {
    return DEFAULT_PAYMENT_OVERDUE_DAYS;
  }

  /**
   * See {@link #DEFAULT_BYPASS_FINANCIAL_IMPACT}.
   *
   * @return the financial impact that an issue's impact must strictly exceed, after conversion by
   *     {@link #currencyConverter()}, to skip the levels in between and go to {@link
   *     #executiveLevel()} at once; zero or positive
   */
  @Value.Default
  public Money bypassFinancialImpact() {
    return DEFAULT_BYPASS_FINANCIAL_IMPACT;
  }

  /**
   * Whether a brand-reputation risk bypasses to the executive level; default {@code true}.
   *
   * @return {@code true} if a brand risk goes straight to {@link #executiveLevel()} (ESC-BYPASS),
   *     {@code false} if it only counts as an operational trigger at {@link #operationalLevel()}
   */
  @Value.Default
  public boolean brandRiskBypasses() {
    return true;
  }

  /**
   * Time-at-level timers by level id: an issue unresolved at the level for more than the duration
   * (working time on the level's calendar, paused time excluded) moves one level up. Default {@link
   * #DEFAULT_AUTO_ESCALATION_TIMERS}.
   *
   * @return the timer of each level that has one, keyed by level id; a level without an entry never
   *     moves up by time alone, the top level has none, and an empty map turns ESC-AUTO off; every
   *     duration is positive
   */
  @Value.Default
  public Map<String, Duration> autoEscalationTimers() {
    return DEFAULT_AUTO_ESCALATION_TIMERS;
  }

  /**
   * Pre-breach warning points of every response clock; default {@link #DEFAULT_WARNING_POINTS}.
   *
   * @return the points, each a share of the response target or a lead time before the deadline, at
   *     which a running clock warns (ESC-SLA-WARN); empty for no warnings at all
   */
  @Value.Default
  public List<WarningPoint> warningPoints() {
    return DEFAULT_WARNING_POINTS;
  }

  /**
   * Converts amounts into the thresholds' currency; default {@link CurrencyConverter#none()}, which
   * rejects any other currency.
   *
   * @return the converter that expresses cost variances and financial impacts in the currency of
   *     {@link #costVariance()} and {@link #bypassFinancialImpact()} before they are compared
   */
  @Value.Default
  public CurrencyConverter currencyConverter() {
    return CurrencyConverter.none();
  }

  /**
   * The playbook's settings.
   *
   * @return settings with every value at its playbook default: the L1/L2/L3 ladder with 24 h, 4 h
   *     and immediate response targets, the matrix thresholds above, a 48 h timer at L1 and a
   *     warning at 75 % of each target
   */
  public static EscalationSettings ofDefaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder in which every attribute left unset keeps its playbook default
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder starting from {@code base}, to change some values.
   *
   * @param base the settings to copy; they are not changed
   * @return a new builder holding every value of {@code base}, validated again when built
   */
  public static Builder from(EscalationSettings base) {
    return builder().from(base);
  }

  /** Builds {@link EscalationSettings}; every attribute defaults to the playbook. */
  public static final class Builder extends ImmutableEscalationSettings.Builder {}

  @Value.Check
  void check() {
    for (String field : List.of("operationalLevel", "managerialLevel", "executiveLevel")) {
      String id =
          field.equals("operationalLevel")
              ? operationalLevel()
              : field.equals("managerialLevel") ? managerialLevel() : executiveLevel();
      if (!ladder().contains(id)) {
        throw Checks.failure(
            "EscalationSettings." + field,
            "a level of the ladder " + ladder().levels(),
            "'" + id + "'");
      }
    }
    if (!(ladder().compare(operationalLevel(), managerialLevel()) <= 0
        && ladder().compare(managerialLevel(), executiveLevel()) <= 0)) {
      throw Checks.failure(
          "EscalationSettings.operationalLevel/managerialLevel/executiveLevel",
          "in ascending order",
          operationalLevel() + ", " + managerialLevel() + ", " + executiveLevel());
    }
    Checks.check(
        standardDelayDays() >= 0,
        "EscalationSettings.standardDelayDays",
        "zero or positive",
        standardDelayDays());
    Checks.check(
        lineDownRiskDays() >= 0,
        "EscalationSettings.lineDownRiskDays",
        "zero or positive",
        lineDownRiskDays());
    Checks.check(
        yieldDropPoints().signum() >= 0
            && yieldDropPoints().compareTo(BigDecimal.valueOf(100)) <= 0,
        "EscalationSettings.yieldDropPoints",
        "in [0, 100]",
        yieldDropPoints());
    Checks.check(
        !costVariance().isNegative(),
        "EscalationSettings.costVariance",
        "zero or positive",
        costVariance());
    Checks.check(
        paymentOverdueDays() >= 0,
        "EscalationSettings.paymentOverdueDays",
        "zero or positive",
        paymentOverdueDays());
    Checks.check(
        !bypassFinancialImpact().isNegative(),
        "EscalationSettings.bypassFinancialImpact",
        "zero or positive",
        bypassFinancialImpact());
    autoEscalationTimers()
        .forEach(
            (levelId, timer) -> {
              String field = "EscalationSettings.autoEscalationTimers[" + levelId + "]";
              if (!ladder().contains(levelId)) {
                throw Checks.failure(field, "a level of the ladder", "'" + levelId + "'");
              }
              Checks.positive(field, timer);
              if (levelId.equals(ladder().highest().id())) {
                throw Checks.failure(
                    field,
                    "on a level below the top (" + ladder().highest().id() + " has nowhere to go)",
                    "'" + levelId + "'");
              }
            });
    // The playbook compares money in one currency: both thresholds must share it.
    if (!costVariance().getCurrencyUnit().equals(bypassFinancialImpact().getCurrencyUnit())) {
      throw Checks.failure(
          "EscalationSettings.costVariance",
          "in the currency of bypassFinancialImpact ("
              + bypassFinancialImpact().getCurrencyUnit()
              + ")",
          costVariance());
    }
  }
}
