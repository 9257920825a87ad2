package org.accountgovernance.rules.escalation;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;
import org.accountgovernance.core.Reason;
import org.accountgovernance.core.RuleId;
import org.accountgovernance.core.escalation.Classification;
import org.accountgovernance.core.escalation.EscalationLadder;
import org.accountgovernance.core.escalation.SeverityClassifier;
import org.accountgovernance.core.escalation.Trigger;
import org.accountgovernance.core.escalation.TriggerKind;
import org.accountgovernance.core.money.CurrencyConverter;
import org.apiguardian.api.API;
import org.joda.money.Money;

/**
 * The playbook's escalation matrix as a {@link SeverityClassifier}: each trigger maps to a level
 * (ESC-TRIGGER, ESC-DELAY), a financial impact above the bypass threshold or a brand risk goes
 * straight to the executive level (ESC-BYPASS), and the highest level wins.
 *
 * <table>
 *   <caption>Default mapping (thresholds from {@link EscalationSettings})</caption>
 *   <tr><th>trigger</th><th>L1</th><th>L2</th><th>L3</th></tr>
 *   <tr><td>delay</td><td>&lt; 3 days</td><td>≥ 3 days (ESC-DELAY)</td><td></td></tr>
 *   <tr><td>unit defect, information request</td><td>always</td><td></td><td></td></tr>
 *   <tr><td>line-down risk</td><td>&gt; 7 days away</td><td>≤ 7 days</td><td></td></tr>
 *   <tr><td>yield drop</td><td>≤ 5 points</td><td>&gt; 5 points</td><td></td></tr>
 *   <tr><td>cost variance</td><td>≤ USD 1,000</td><td>&gt; USD 1,000</td><td></td></tr>
 *   <tr><td>line down, safety incident, legal breach</td><td></td><td></td><td>always</td></tr>
 *   <tr><td>payment overdue</td><td>≤ 30 days</td><td></td><td>&gt; 30 days</td></tr>
 *   <tr><td>financial impact</td><td>≤ USD 10,000</td><td></td><td>&gt; USD 10,000 (bypass)</td></tr>
 *   <tr><td>brand risk</td><td></td><td></td><td>always (bypass)</td></tr>
 * </table>
 *
 * <p>Example: {@code new PlaybookSeverityClassifier(EscalationSettings.ofDefaults())
 * .classify(List.of(Trigger.yieldDrop(new BigDecimal("7"))), ladder)} is L2 by ESC-TRIGGER.
 *
 * <p>A trigger kind the playbook does not know is rejected: a host with its own kinds plugs in its
 * own classifier (and may delegate the playbook's kinds to this one). Immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class PlaybookSeverityClassifier implements SeverityClassifier {
  /** The playbook's kinds: a host kind that merely shares a name with one of them is not one. */
  private static final List<TriggerKind> PLAYBOOK_KINDS = TriggerKind.PLAYBOOK_KINDS;

  private final EscalationSettings settings;

  /**
   * A classifier with {@code settings}' thresholds and level ids.
   *
   * @param settings the matrix to classify by: the three trigger levels, the delay, line-down,
   *     yield, cost, payment and bypass thresholds, the brand-risk switch and the currency
   *     converter; its ladder is not used, the ladder comes with each call
   */
  public PlaybookSeverityClassifier(EscalationSettings settings) {
    this.settings = java.util.Objects.requireNonNull(settings, "settings");
  }

  /**
   * One trigger's verdict. Its reason is written only if the trigger turns out to decide the level:
   * most triggers of an issue do not, and writing a reason (amounts, days, sentences) costs more
   * than the whole comparison.
   */
  private static final class Verdict {
    final String levelId;
    final boolean bypass;
    private final Supplier<Reason> explain;

    Verdict(String levelId, boolean bypass, Supplier<Reason> explain) {
      this.levelId = levelId;
      this.bypass = bypass;
      this.explain = explain;
    }

    Reason reason() {
      return explain.get();
    }
  }

  @Override
  public Classification classify(Collection<Trigger> triggers, EscalationLadder ladder) {
    if (triggers.isEmpty()) {
      String lowest = ladder.lowest().id();
      return Classification.builder()
          .levelId(lowest)
          .bypass(false)
          .addReason(
              Reason.of(
                  EscalationRules.TRIGGER,
                  "no trigger",
                  "any trigger above " + lowest,
                  "no trigger calls for more than " + lowest))
          .build();
    }
    List<Verdict> verdicts = new ArrayList<>(triggers.size());
    int top = -1;
    for (Trigger trigger : triggers) {
      Verdict verdict = verdict(trigger);
      verdicts.add(verdict);
      top = Math.max(top, ladder.position(verdict.levelId));
    }
    String levelId = ladder.levels().get(top).id();
    List<Reason> deciding = new ArrayList<>();
    boolean bypass = false;
    for (Verdict verdict : verdicts) {
      if (verdict.levelId.equals(levelId)) {
        deciding.add(verdict.reason());
        bypass |= verdict.bypass;
      }
    }
    // Reasons in a canonical order, so that the order in which triggers are listed never matters.
    deciding.sort(
        (a, b) -> {
          int byRule = a.ruleId().compareTo(b.ruleId());
          if (byRule != 0) {
            return byRule;
          }
          int byObserved = a.observed().compareTo(b.observed());
          return byObserved != 0 ? byObserved : a.explanation().compareTo(b.explanation());
        });
    // A set: the same fact listed twice explains nothing new.
    Collection<Reason> reasons = deciding.size() == 1 ? deciding : new LinkedHashSet<>(deciding);
    return Classification.builder().levelId(levelId).bypass(bypass).addAllReasons(reasons).build();
  }

  @Override
  public String levelId(Collection<Trigger> triggers, EscalationLadder ladder) {
    if (triggers.isEmpty()) {
      return ladder.lowest().id();
    }
    int top = -1;
    for (Trigger trigger : triggers) {
      top = Math.max(top, ladder.position(verdict(trigger).levelId));
    }
    return ladder.levels().get(top).id();
  }

  private Verdict verdict(Trigger trigger) {
    TriggerKind kind = trigger.kind();
    int index = playbookIndex(kind);
    String name = kind.name();
    if (index < 0) {
      throw new IllegalArgumentException(
          "Trigger.kind must be one of the playbook's kinds but was "
              + name
              + " ("
              + kind.measure()
              + ", "
              + kind.direction()
              + "): plug in a SeverityClassifier that knows it");
    }
    switch (PLAYBOOK_KINDS.get(index).name()) {
      case "DELAY":
        return days(
            trigger,
            settings.standardDelayDays(),
            settings.managerialLevel(),
            EscalationRules.DELAY,
            "a delay of %s or more is beyond standard");
      case "UNIT_DEFECT":
      case "INFORMATION_REQUEST":
        return always(trigger, settings.operationalLevel(), EscalationRules.TRIGGER, false);
      case "LINE_DOWN_RISK":
        {
          BigDecimal days = trigger.quantity().orElseThrow();
          BigDecimal window = BigDecimal.valueOf(settings.lineDownRiskDays());
          boolean within = days.compareTo(window) <= 0;
          return new Verdict(
              within ? settings.managerialLevel() : settings.operationalLevel(),
              false,
              () ->
                  Reason.of(
                      EscalationRules.TRIGGER,
                      days.toPlainString() + " days",
                      "<= " + window + " days",
                      within
                          ? "the customer's line is at risk within " + window + " days"
                          : "the line-down risk is further away than " + window + " days"));
        }
      case "YIELD_DROP":
        return above(
            trigger.quantity().orElseThrow().compareTo(settings.yieldDropPoints()) > 0,
            () -> trigger.quantity().orElseThrow().toPlainString() + " points",
            () -> settings.yieldDropPoints().toPlainString() + " points",
            settings.managerialLevel(),
            "yield drop",
            false);
      case "COST_VARIANCE":
        return money(
            trigger, settings.costVariance(), settings.managerialLevel(), "cost variance", false);
      case "LINE_DOWN_CONFIRMED":
      case "SAFETY_INCIDENT":
      case "LEGAL_BREACH":
        return always(trigger, settings.executiveLevel(), EscalationRules.TRIGGER, false);
      case "PAYMENT_OVERDUE":
        return above(
            trigger
                    .quantity()
                    .orElseThrow()
                    .compareTo(BigDecimal.valueOf(settings.paymentOverdueDays()))
                > 0,
            () -> trigger.quantity().orElseThrow().toPlainString() + " days",
            () -> settings.paymentOverdueDays() + " days",
            settings.executiveLevel(),
            "payment overdue",
            false);
      case "FINANCIAL_IMPACT":
        return money(
            trigger,
            settings.bypassFinancialImpact(),
            settings.executiveLevel(),
            "financial impact",
            true);
      case "BRAND_RISK":
        return settings.brandRiskBypasses()
            ? always(trigger, settings.executiveLevel(), EscalationRules.BYPASS, true)
            : always(trigger, settings.operationalLevel(), EscalationRules.TRIGGER, false);
      default:
        // PLAYBOOK_KINDS was checked above: every playbook kind has its case.
        throw new AssertionError("no case for the playbook kind " + name);
    }
  }

  /**
   * The kind's place among the playbook's kinds, or -1. Triggers almost always carry the shared
   * constants, so identity is tried before equality (which compares names, measures and
   * directions).
   */
  private static int playbookIndex(TriggerKind kind) {
    for (int i = 0; i < PLAYBOOK_KINDS.size(); i++) {
      if (PLAYBOOK_KINDS.get(i) == kind) {
        return i;
      }
    }
    for (int i = 0; i < PLAYBOOK_KINDS.size(); i++) {
      if (PLAYBOOK_KINDS.get(i).equals(kind)) {
        return i;
      }
    }
    return -1;
  }

  private Verdict days(
      Trigger trigger, int threshold, String levelId, RuleId rule, String sentence) {
    BigDecimal days = trigger.quantity().orElseThrow();
    boolean hit = days.compareTo(BigDecimal.valueOf(threshold)) >= 0;
    return hit
        ? new Verdict(
            levelId,
            false,
            () ->
                Reason.of(
                    rule,
                    days.toPlainString() + " days",
                    ">= " + threshold + " days",
                    String.format(sentence, threshold + " days")))
        : new Verdict(
            settings.operationalLevel(),
            false,
            () ->
                Reason.of(
                    EscalationRules.TRIGGER,
                    days.toPlainString() + " days",
                    "< " + threshold + " days",
                    "a standard delay (under " + threshold + " days)"));
  }

  private Verdict always(Trigger trigger, String levelId, RuleId rule, boolean bypass) {
    return new Verdict(
        levelId,
        bypass,
        () -> {
          String described = trigger.describe();
          return Reason.of(
              rule,
              described,
              "present",
              described + (bypass ? " bypasses straight to " : " calls for ") + levelId);
        });
  }

  private Verdict above(
      boolean hit,
      Supplier<String> observed,
      Supplier<String> threshold,
      String levelId,
      String what,
      boolean bypass) {
    RuleId rule = bypass && hit ? EscalationRules.BYPASS : EscalationRules.TRIGGER;
    String to = hit ? levelId : settings.operationalLevel();
    String verb = hit ? " above " : " not above ";
    return new Verdict(
        to,
        bypass && hit,
        () -> {
          String limit = threshold.get();
          return Reason.of(rule, observed.get(), "> " + limit, what + verb + limit + ": " + to);
        });
  }

  private Verdict money(
      Trigger trigger, Money threshold, String levelId, String what, boolean bypass) {
    Money amount = trigger.amount().orElseThrow();
    String field = "Trigger[" + trigger.kind() + "].amount";
    CurrencyConverter converter = settings.currencyConverter();
    boolean hit = converter.compare(field, amount, threshold) > 0;
    // Show the converted figure too, so a reader can check the comparison.
    Supplier<String> observed =
        () ->
            amount.getCurrencyUnit().equals(threshold.getCurrencyUnit())
                ? amount.toString()
                : amount
                    + " ("
                    + converter.convert(field, amount, threshold.getCurrencyUnit())
                    + ")";
    return above(hit, observed, threshold::toString, levelId, what, bypass);
  }
}
