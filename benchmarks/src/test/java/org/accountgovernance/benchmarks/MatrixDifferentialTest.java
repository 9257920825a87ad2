package org.accountgovernance.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.accountgovernance.benchmarks.Samples.Sample;
import org.accountgovernance.core.escalation.EscalationPolicy;
import org.accountgovernance.rules.escalation.PlaybookEscalationPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks time the same work with the same answers: on random issues of the testkit's
 * generator, each decided at its own instant (a third of them within two hours of ESC-AUTO's 48 h),
 * our policy, the DMN table (both FEEL modes), the Easy Rules rules (both flavours) and the
 * if-chain floor give the same level. The peers are written from the playbook, not from our code,
 * so this is also an independent oracle for our matrix and our timeline fold. Every disagreement is
 * printed.
 */
class MatrixDifferentialTest {
  /** Issues for our policy, the legacy-FEEL table, both rule flavours and the if-chain. */
  private static final int ISSUES = Integer.getInteger("benchmarks.differential.issues", 100_000);

  /** Scala FEEL takes about a millisecond a decision here: it checks every 20th issue. */
  private static final int SCALA_FEEL_EVERY = 20;

  private static List<Sample> samples = List.of();

  @BeforeAll
  static void generate() {
    samples = Samples.issues(ISSUES);
  }

  @Test
  void everyImplementationGivesOurLevel() {
    EscalationPolicy ours = PlaybookEscalationPolicy.ofDefaults();
    DmnMatrix legacy = new DmnMatrix(DmnMatrix.Feel.LEGACY);
    DmnMatrix scala = new DmnMatrix(DmnMatrix.Feel.SCALA);
    EasyRulesMatrix java = new EasyRulesMatrix(EasyRulesMatrix.Flavour.JAVA);
    EasyRulesMatrix mvel = new EasyRulesMatrix(EasyRulesMatrix.Flavour.MVEL);
    List<String> disagreements = new ArrayList<>();
    Map<String, Integer> levels = new TreeMap<>();
    int autoOnly = 0;
    int scalaChecked = 0;
    for (int i = 0; i < samples.size(); i++) {
      Sample sample = samples.get(i);
      String expected = ours.decide(sample.issue(), sample.now()).level().id();
      EscalationFacts facts = EscalationFacts.of(sample.issue(), sample.now());
      Map<String, String> answers = new TreeMap<>();
      answers.put("if-chain", "L" + IfChainMatrix.level(facts));
      answers.put("DMN legacy FEEL", legacy.level(facts));
      answers.put("Easy Rules (Java)", java.level(facts));
      answers.put("Easy Rules (MVEL)", mvel.level(facts));
      if (i % SCALA_FEEL_EVERY == 0) {
        answers.put("DMN Scala FEEL", scala.level(facts));
        scalaChecked++;
      }
      levels.merge(expected, 1, Integer::sum);
      if (expected.equals("L2")
          && IfChainMatrix.level(withoutTime(facts)) == 1
          && facts.hoursOpen() > 48) {
        autoOnly++;
      }
      if (answers.values().stream().anyMatch(answer -> !answer.equals(expected))) {
        String line =
            "ours "
                + expected
                + ", "
                + answers
                + " at "
                + sample.now()
                + "\n  facts "
                + facts
                + "\n  issue "
                + sample.issue();
        System.out.println("DISAGREEMENT " + line);
        disagreements.add(line);
      }
    }
    System.out.printf(
        "%d issues (%d on Scala FEEL): levels %s, %d at L2 by ESC-AUTO alone%n",
        samples.size(), scalaChecked, levels, autoOnly);
    assertThat(disagreements).as("disagreements (printed above)").isEmpty();
    // The sample must exercise every level and the timer, or agreement proves little.
    assertThat(levels).containsOnlyKeys("L1", "L2", "L3");
    assertThat(levels.values()).allSatisfy(count -> assertThat(count).isGreaterThan(ISSUES / 50));
    assertThat(autoOnly).isGreaterThan(ISSUES / 100);
  }

  private static EscalationFacts withoutTime(EscalationFacts f) {
    return new EscalationFacts(
        f.delayDays(),
        f.lineDownRiskDays(),
        f.yieldDrop(),
        f.costVariance(),
        f.paymentOverdueDays(),
        f.financialImpact(),
        f.lineDownConfirmed(),
        f.safetyIncident(),
        f.legalBreach(),
        f.brandRisk(),
        0);
  }
}
