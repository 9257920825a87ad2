package org.accountgovernance.testkit.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.accountgovernance.core.escalation.IssueEvent;
import org.accountgovernance.core.escalation.Trigger;
import org.accountgovernance.core.escalation.TriggerKind;
import org.accountgovernance.testkit.Theories;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The generators cover what the contracts claim to cover. */
class EscalationGeneratorsTest {

  @Test
  void playbookTriggersCoverEveryKindOfThePlaybook() {
    Set<TriggerKind> seen = new HashSet<>();
    Theories.qt()
        .forAll(EscalationGenerators.playbookTriggers())
        .checkAssert(t -> seen.add(t.kind()));
    assertThat(seen).hasSize(12);
  }

  @Test
  void generatedIssuesPauseAndResumeLegally() {
    Theories.qt()
        .forAll(EscalationGenerators.issues(EscalationGenerators.playbookTriggers()))
        .checkAssert(
            issue -> {
              boolean paused = false;
              for (IssueEvent event : issue.timeline()) {
                if (event.type() == IssueEvent.Type.PAUSED) {
                  assertThat(paused).as("paused twice in %s", issue).isFalse();
                  paused = true;
                } else if (event.type() == IssueEvent.Type.RESUMED) {
                  assertThat(paused).as("resumed while running in %s", issue).isTrue();
                  paused = false;
                } else if (event.type() == IssueEvent.Type.RESOLVED) {
                  assertThat(event).isEqualTo(issue.timeline().get(issue.timeline().size() - 1));
                }
              }
            });
  }

  @Test
  void intensifiedFactsAreWorseInTheirKindsDirection() {
    assertThat(EscalationGenerators.intensified(Trigger.delay(2), 3)).isEqualTo(Trigger.delay(5));
    assertThat(EscalationGenerators.intensified(Trigger.lineDownRisk(9), 3))
        .isEqualTo(Trigger.lineDownRisk(6));
    assertThat(EscalationGenerators.intensified(Trigger.lineDownRisk(2), 3))
        .isEqualTo(Trigger.lineDownRisk(0));
    assertThat(EscalationGenerators.intensified(Trigger.yieldDrop(new BigDecimal("99")), 3))
        .isEqualTo(Trigger.yieldDrop(new BigDecimal("100")));
    assertThat(
            EscalationGenerators.intensified(
                Trigger.costVariance(Money.of(CurrencyUnit.USD, 10)), 5))
        .isEqualTo(Trigger.costVariance(Money.of(CurrencyUnit.USD, 15)));
    assertThat(EscalationGenerators.intensified(Trigger.brandRisk(), 5))
        .isEqualTo(Trigger.brandRisk());
  }
}
