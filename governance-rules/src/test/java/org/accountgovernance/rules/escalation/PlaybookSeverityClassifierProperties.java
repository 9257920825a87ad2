package org.accountgovernance.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.accountgovernance.core.escalation.Classification;
import org.accountgovernance.core.escalation.EscalationLadder;
import org.accountgovernance.core.escalation.Trigger;
import org.accountgovernance.core.escalation.TriggerKind;
import org.accountgovernance.testkit.Theories;
import org.accountgovernance.testkit.escalation.EscalationGenerators;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** Invariants of the playbook's matrix itself (ESC-TRIGGER, ESC-BYPASS), over random facts. */
class PlaybookSeverityClassifierProperties {
  private static final EscalationSettings DEFAULTS = EscalationSettings.ofDefaults();
  private static final EscalationLadder LADDER = DEFAULTS.ladder();
  private static final PlaybookSeverityClassifier CLASSIFIER =
      new PlaybookSeverityClassifier(DEFAULTS);

  private static int rank(Classification c) {
    return LADDER.position(c.levelId());
  }

  /** ESC-TRIGGER: the level of several facts is the highest level of any one of them. */
  @Test
  void theHighestLevelOfAnyTriggerWins() {
    Theories.qt()
        .forAll(EscalationGenerators.triggerLists(EscalationGenerators.playbookTriggers(), 6))
        .checkAssert(
            triggers -> {
              int highest = 0;
              for (Trigger trigger : triggers) {
                highest = Math.max(highest, rank(CLASSIFIER.classify(List.of(trigger), LADDER)));
              }
              assertThat(rank(CLASSIFIER.classify(triggers, LADDER)))
                  .as("%s", triggers)
                  .isEqualTo(highest);
            });
  }

  /**
   * The level alone, which a policy asks whenever a fact is added, is the level of the full
   * classification, with the playbook's settings and with brand risk not bypassing.
   */
  @Test
  void theLevelAloneIsTheClassificationsLevel() {
    PlaybookSeverityClassifier noBypass =
        new PlaybookSeverityClassifier(
            EscalationSettings.builder().from(DEFAULTS).brandRiskBypasses(false).build());
    Theories.qt()
        .forAll(EscalationGenerators.triggerLists(EscalationGenerators.playbookTriggers(), 6))
        .checkAssert(
            triggers -> {
              assertThat(CLASSIFIER.levelId(triggers, LADDER))
                  .as("%s", triggers)
                  .isEqualTo(CLASSIFIER.classify(triggers, LADDER).levelId());
              assertThat(noBypass.levelId(triggers, LADDER))
                  .as("%s without the brand-risk bypass", triggers)
                  .isEqualTo(noBypass.classify(triggers, LADDER).levelId());
            });
  }

  /**
   * ESC-BYPASS is claimed exactly when a financial impact above USD 10,000 or a brand risk is
   * present.
   */
  @Test
  void aBypassIsClaimedOnlyByItsOwnFacts() {
    Money bypassAbove = EscalationSettings.DEFAULT_BYPASS_FINANCIAL_IMPACT;
    Theories.qt()
        .forAll(EscalationGenerators.triggerLists(EscalationGenerators.playbookTriggers(), 6))
        .checkAssert(
            triggers -> {
              boolean expected =
                  triggers.stream()
                      .anyMatch(
                          t ->
                              t.kind().equals(TriggerKind.BRAND_RISK)
                                  || (t.kind().equals(TriggerKind.FINANCIAL_IMPACT)
                                      && t.amount().orElseThrow().isGreaterThan(bypassAbove)));
              Classification c = CLASSIFIER.classify(triggers, LADDER);
              assertThat(c.bypass()).as("%s", triggers).isEqualTo(expected);
              if (expected) {
                assertThat(c.levelId()).isEqualTo("L3");
              }
            });
  }

  /** A stricter setting (a higher threshold) never gives a higher level for the same facts. */
  @Test
  void higherThresholdsNeverRaiseTheLevel() {
    Theories.qt()
        .forAll(
            EscalationGenerators.triggerLists(EscalationGenerators.playbookTriggers(), 4),
            Generate.range(0, 20),
            Generate.range(0, 5_000),
            Generate.range(0, 60))
        .checkAssert(
            (triggers, points, dollars, days) -> {
              EscalationSettings laxer =
                  EscalationSettings.from(DEFAULTS)
                      .yieldDropPoints(BigDecimal.valueOf(points))
                      .costVariance(Money.of(CurrencyUnit.USD, dollars))
                      .paymentOverdueDays(days)
                      .standardDelayDays(days % 10)
                      .build();
              EscalationSettings stricter =
                  EscalationSettings.from(laxer)
                      .yieldDropPoints(BigDecimal.valueOf(points + 1))
                      .costVariance(Money.of(CurrencyUnit.USD, dollars + 100))
                      .paymentOverdueDays(days + 1)
                      .standardDelayDays(days % 10 + 1)
                      .build();
              assertThat(rank(new PlaybookSeverityClassifier(stricter).classify(triggers, LADDER)))
                  .as("%s", triggers)
                  .isLessThanOrEqualTo(
                      rank(new PlaybookSeverityClassifier(laxer).classify(triggers, LADDER)));
            });
  }
}
