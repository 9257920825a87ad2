package org.accountgovernance.benchmarks;

import java.util.List;
import java.util.function.Predicate;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.api.RulesEngineParameters;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;
import org.jeasy.rules.mvel.MVELRule;

/**
 * Peer 2: the matrix as Easy Rules rules, one rule per row, prioritised by severity, on an engine
 * that stops at the first rule applied (the equivalent of the decision table's FIRST). Each rule's
 * action sets the level on a holder object passed as a fact. Two flavours: conditions as Java
 * lambdas (the fastest Easy Rules can be) and as MVEL expressions (rules as data, as in a rules
 * file). Rules and engine are built once; thread-safe as long as each call has its own facts.
 */
public final class EasyRulesMatrix {
  /** How the rules' conditions and actions are written. */
  public enum Flavour {
    /** {@code RuleBuilder} with Java lambdas. */
    JAVA,
    /** {@code MVELRule} with MVEL expressions, compiled once when the rules are built. */
    MVEL
  }

  /** The rules' outcome: the level the first matching rule set. Mutable, one per call. */
  public static final class Outcome {
    private String level = "L1";

    /**
     * Sets the level.
     *
     * @param level the level's id
     */
    public void set(String level) {
      this.level = level;
    }

    /**
     * The level.
     *
     * @return the level's id; {@code "L1"} when no rule applied
     */
    public String level() {
      return level;
    }
  }

  private record Row(String name, String mvel, Predicate<Facts> java, String level) {}

  private static final List<Row> ROWS =
      List.of(
          new Row("ESC-BYPASS brand", "brandRisk", f -> f.<Boolean>get("brandRisk"), "L3"),
          new Row(
              "ESC-BYPASS impact",
              "financialImpact > 10000",
              f -> f.<Double>get("financialImpact") > 10_000,
              "L3"),
          new Row(
              "ESC-TRIGGER line down",
              "lineDownConfirmed",
              f -> f.<Boolean>get("lineDownConfirmed"),
              "L3"),
          new Row(
              "ESC-TRIGGER safety", "safetyIncident", f -> f.<Boolean>get("safetyIncident"), "L3"),
          new Row("ESC-TRIGGER legal", "legalBreach", f -> f.<Boolean>get("legalBreach"), "L3"),
          new Row(
              "ESC-TRIGGER payment",
              "paymentOverdueDays > 30",
              f -> f.<Integer>get("paymentOverdueDays") > 30,
              "L3"),
          new Row("ESC-DELAY", "delayDays >= 3", f -> f.<Integer>get("delayDays") >= 3, "L2"),
          new Row(
              "ESC-TRIGGER line-down risk",
              "lineDownRiskDays <= 7",
              f -> f.<Integer>get("lineDownRiskDays") <= 7,
              "L2"),
          new Row("ESC-TRIGGER yield", "yieldDrop > 5", f -> f.<Double>get("yieldDrop") > 5, "L2"),
          new Row(
              "ESC-TRIGGER cost",
              "costVariance > 1000",
              f -> f.<Double>get("costVariance") > 1_000,
              "L2"),
          new Row("ESC-AUTO", "hoursOpen > 48", f -> f.<Double>get("hoursOpen") > 48, "L2"));

  private final Rules rules = new Rules();
  private final RulesEngine engine =
      new DefaultRulesEngine(new RulesEngineParameters().skipOnFirstAppliedRule(true));

  /**
   * The rules in the given flavour.
   *
   * @param flavour Java lambdas or MVEL expressions
   */
  public EasyRulesMatrix(Flavour flavour) {
    for (int i = 0; i < ROWS.size(); i++) {
      Row row = ROWS.get(i);
      // Lower numbers fire first: severity order, as in the decision table.
      int priority = i;
      Rule rule =
          flavour == Flavour.JAVA
              ? new RuleBuilder()
                  .name(row.name())
                  .priority(priority)
                  .when(row.java()::test)
                  .then(f -> f.<Outcome>get("outcome").set(row.level()))
                  .build()
              : new MVELRule()
                  .name(row.name())
                  .priority(priority)
                  .when(row.mvel())
                  .then("outcome.set(\"" + row.level() + "\")");
      rules.register(rule);
    }
  }

  /**
   * The level's id.
   *
   * @param f the facts
   * @return {@code "L1"}, {@code "L2"} or {@code "L3"}
   */
  public String level(EscalationFacts f) {
    Facts facts = new Facts();
    facts.put("delayDays", f.delayDays());
    facts.put("lineDownRiskDays", f.lineDownRiskDays());
    facts.put("yieldDrop", f.yieldDrop());
    facts.put("costVariance", f.costVariance());
    facts.put("paymentOverdueDays", f.paymentOverdueDays());
    facts.put("financialImpact", f.financialImpact());
    facts.put("lineDownConfirmed", f.lineDownConfirmed());
    facts.put("safetyIncident", f.safetyIncident());
    facts.put("legalBreach", f.legalBreach());
    facts.put("brandRisk", f.brandRisk());
    facts.put("hoursOpen", f.hoursOpen());
    Outcome outcome = new Outcome();
    facts.put("outcome", outcome);
    engine.fire(rules, facts);
    return outcome.level();
  }
}
