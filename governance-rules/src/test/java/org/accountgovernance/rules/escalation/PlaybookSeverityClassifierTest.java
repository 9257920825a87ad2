package org.accountgovernance.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.accountgovernance.core.Reason;
import org.accountgovernance.core.RuleId;
import org.accountgovernance.core.escalation.Classification;
import org.accountgovernance.core.escalation.EscalationLadder;
import org.accountgovernance.core.escalation.Trigger;
import org.accountgovernance.core.escalation.TriggerKind;
import org.accountgovernance.core.escalation.TriggerKind.Direction;
import org.accountgovernance.core.escalation.TriggerKind.Measure;
import org.accountgovernance.core.money.CurrencyConverter;
import org.accountgovernance.core.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The ESC matrix of the playbook, row by row and trigger by trigger, with both sides of every
 * threshold. Expected values come from PLAYBOOK.md, section ESC.
 */
class PlaybookSeverityClassifierTest {
  private static final EscalationLadder LADDER = EscalationSettings.DEFAULT_LADDER;
  private static final PlaybookSeverityClassifier DEFAULTS =
      new PlaybookSeverityClassifier(EscalationSettings.ofDefaults());

  private static final RuleId TRIGGER = RuleId.of("ESC-TRIGGER");
  private static final RuleId DELAY = RuleId.of("ESC-DELAY");
  private static final RuleId BYPASS = RuleId.of("ESC-BYPASS");

  private static Classification classify(Trigger... triggers) {
    return DEFAULTS.classify(List.of(triggers), LADDER);
  }

  private static Money usd(String amount) {
    return Money.of(CurrencyUnit.USD, new BigDecimal(amount));
  }

  private static Money eur(String amount) {
    return Money.of(CurrencyUnit.EUR, new BigDecimal(amount));
  }

  /** The classification has exactly one reason, with this rule, observed value and threshold. */
  private static void assertSingleReason(
      Classification classification, RuleId rule, String observed, String threshold) {
    assertThat(classification.reasons()).hasSize(1);
    Reason reason = classification.reasons().get(0);
    assertThat(reason.ruleId()).isEqualTo(rule);
    assertThat(reason.observed()).isEqualTo(observed);
    assertThat(reason.threshold()).isEqualTo(threshold);
    assertThat(reason.explanation()).isNotBlank();
  }

  @Nested
  class L1Operational {
    @Test
    void standardDelayOfTwoDaysIsOperational() {
      Classification c = classify(Trigger.delay(2));
      assertThat(c.levelId()).isEqualTo("L1");
      assertThat(c.bypass()).isFalse();
      assertSingleReason(c, TRIGGER, "2 days", "< 3 days");
    }

    @Test
    void delayOfZeroDaysIsOperational() {
      Classification c = classify(Trigger.delay(0));
      assertThat(c.levelId()).isEqualTo("L1");
      assertSingleReason(c, TRIGGER, "0 days", "< 3 days");
    }

    @Test
    void singleUnitDefectIsOperational() {
      Classification c = classify(Trigger.unitDefect(1));
      assertThat(c.levelId()).isEqualTo("L1");
      assertThat(c.bypass()).isFalse();
      assertSingleReason(c, TRIGGER, "unit defect 1", "present");
    }

    @Test
    void informationRequestIsOperational() {
      Classification c = classify(Trigger.informationRequest());
      assertThat(c.levelId()).isEqualTo("L1");
      assertThat(c.bypass()).isFalse();
      assertSingleReason(c, TRIGGER, "information request", "present");
    }

    @Test
    void noTriggerIsTheLowestLevel() {
      Classification c = DEFAULTS.classify(List.of(), LADDER);
      assertThat(c.levelId()).isEqualTo("L1");
      assertThat(c.bypass()).isFalse();
      assertThat(c.reasons()).hasSize(1);
      assertThat(c.reasons().get(0).ruleId()).isEqualTo(TRIGGER);
    }
  }

  @Nested
  class L2Managerial {
    @Test
    void delayOfThreeDaysIsBeyondStandard() {
      Classification c = classify(Trigger.delay(3));
      assertThat(c.levelId()).isEqualTo("L2");
      assertThat(c.bypass()).isFalse();
      assertSingleReason(c, DELAY, "3 days", ">= 3 days");
    }

    @Test
    void longDelayStaysManagerial() {
      Classification c = classify(Trigger.delay(40));
      assertThat(c.levelId()).isEqualTo("L2");
      assertSingleReason(c, DELAY, "40 days", ">= 3 days");
    }

    @Test
    void lineDownRiskInSevenDaysIsWithinAWeek() {
      Classification c = classify(Trigger.lineDownRisk(7));
      assertThat(c.levelId()).isEqualTo("L2");
      assertThat(c.bypass()).isFalse();
      assertSingleReason(c, TRIGGER, "7 days", "<= 7 days");
    }

    @Test
    void lineDownRiskInEightDaysIsNotWithinAWeek() {
      Classification c = classify(Trigger.lineDownRisk(8));
      assertThat(c.levelId()).isEqualTo("L1");
      assertSingleReason(c, TRIGGER, "8 days", "<= 7 days");
    }

    @Test
    void lineDownRiskTodayIsManagerial() {
      Classification c = classify(Trigger.lineDownRisk(0));
      assertThat(c.levelId()).isEqualTo("L2");
      assertSingleReason(c, TRIGGER, "0 days", "<= 7 days");
    }

    @Test
    void yieldDropOfExactlyFivePointsIsNotAboveFive() {
      Classification c = classify(Trigger.yieldDrop(new BigDecimal("5")));
      assertThat(c.levelId()).isEqualTo("L1");
      assertSingleReason(c, TRIGGER, "5 points", "> 5 points");
    }

    @Test
    void yieldDropOfFivePointOnePointsIsManagerial() {
      Classification c = classify(Trigger.yieldDrop(new BigDecimal("5.1")));
      assertThat(c.levelId()).isEqualTo("L2");
      assertThat(c.bypass()).isFalse();
      assertSingleReason(c, TRIGGER, "5.1 points", "> 5 points");
    }

    @Test
    void costVarianceOfExactlyOneThousandDollarsIsNotAbove() {
      Classification c = classify(Trigger.costVariance(usd("1000.00")));
      assertThat(c.levelId()).isEqualTo("L1");
      assertSingleReason(c, TRIGGER, "USD 1000.00", "> USD 1000.00");
    }

    @Test
    void costVarianceOneCentAboveOneThousandDollarsIsManagerial() {
      Classification c = classify(Trigger.costVariance(usd("1000.01")));
      assertThat(c.levelId()).isEqualTo("L2");
      assertThat(c.bypass()).isFalse();
      assertSingleReason(c, TRIGGER, "USD 1000.01", "> USD 1000.00");
    }
  }

  @Nested
  class L3Executive {
    @Test
    void lineDownConfirmedIsExecutive() {
      Classification c = classify(Trigger.lineDownConfirmed());
      assertThat(c.levelId()).isEqualTo("L3");
      assertThat(c.bypass()).isFalse();
      assertSingleReason(c, TRIGGER, "line down confirmed", "present");
    }

    @Test
    void safetyIncidentIsExecutive() {
      Classification c = classify(Trigger.safetyIncident());
      assertThat(c.levelId()).isEqualTo("L3");
      assertThat(c.bypass()).isFalse();
      assertSingleReason(c, TRIGGER, "safety incident", "present");
    }

    @Test
    void legalBreachIsExecutive() {
      Classification c = classify(Trigger.legalBreach());
      assertThat(c.levelId()).isEqualTo("L3");
      assertThat(c.bypass()).isFalse();
      assertSingleReason(c, TRIGGER, "legal breach", "present");
    }

    @Test
    void paymentThirtyDaysOverdueIsNotMoreThanThirty() {
      Classification c = classify(Trigger.paymentOverdue(30));
      assertThat(c.levelId()).isEqualTo("L1");
      assertSingleReason(c, TRIGGER, "30 days", "> 30 days");
    }

    @Test
    void paymentThirtyOneDaysOverdueIsExecutive() {
      Classification c = classify(Trigger.paymentOverdue(31));
      assertThat(c.levelId()).isEqualTo("L3");
      assertThat(c.bypass()).isFalse();
      assertSingleReason(c, TRIGGER, "31 days", "> 30 days");
    }
  }

  @Nested
  class Bypass {
    @Test
    void financialImpactOfExactlyTenThousandDollarsDoesNotBypass() {
      Classification c = classify(Trigger.financialImpact(usd("10000.00")));
      assertThat(c.levelId()).isEqualTo("L1");
      assertThat(c.bypass()).isFalse();
      assertSingleReason(c, TRIGGER, "USD 10000.00", "> USD 10000.00");
    }

    @Test
    void financialImpactOneCentAboveTenThousandDollarsBypassesToL3() {
      Classification c = classify(Trigger.financialImpact(usd("10000.01")));
      assertThat(c.levelId()).isEqualTo("L3");
      assertThat(c.bypass()).isTrue();
      assertSingleReason(c, BYPASS, "USD 10000.01", "> USD 10000.00");
    }

    @Test
    void brandRiskBypassesToL3() {
      Classification c = classify(Trigger.brandRisk());
      assertThat(c.levelId()).isEqualTo("L3");
      assertThat(c.bypass()).isTrue();
      assertSingleReason(c, BYPASS, "brand risk", "present");
    }

    @Test
    void anExecutiveTriggerAloneIsNoBypass() {
      assertThat(classify(Trigger.safetyIncident(), Trigger.legalBreach()).bypass()).isFalse();
    }

    @Test
    void bypassTogetherWithAnExecutiveTriggerKeepsBothReasons() {
      Classification c =
          classify(Trigger.safetyIncident(), Trigger.financialImpact(usd("12500.00")));
      assertThat(c.levelId()).isEqualTo("L3");
      assertThat(c.bypass()).isTrue();
      assertThat(c.reasons())
          .extracting(Reason::ruleId, Reason::observed, Reason::threshold)
          .containsExactlyInAnyOrder(
              tuple(BYPASS, "USD 12500.00", "> USD 10000.00"),
              tuple(TRIGGER, "safety incident", "present"));
    }
  }

  @Nested
  class SeveralTriggers {
    @Test
    void theHighestLevelWinsAndOnlyItsReasonsAreGiven() {
      Classification c =
          classify(
              Trigger.informationRequest(),
              Trigger.yieldDrop(new BigDecimal("7")),
              Trigger.paymentOverdue(45),
              Trigger.delay(1));
      assertThat(c.levelId()).isEqualTo("L3");
      assertThat(c.bypass()).isFalse();
      assertSingleReason(c, TRIGGER, "45 days", "> 30 days");
    }

    @Test
    void everyTriggerAtTheWinningLevelIsAReason() {
      Classification c =
          classify(
              Trigger.delay(4),
              Trigger.informationRequest(),
              Trigger.yieldDrop(new BigDecimal("7")));
      assertThat(c.levelId()).isEqualTo("L2");
      assertThat(c.reasons())
          .extracting(Reason::ruleId, Reason::observed, Reason::threshold)
          .containsExactlyInAnyOrder(
              tuple(DELAY, "4 days", ">= 3 days"), tuple(TRIGGER, "7 points", "> 5 points"));
    }

    @Test
    void theOrderOfTriggersDoesNotMatter() {
      List<Trigger> triggers =
          List.of(
              Trigger.delay(4),
              Trigger.lineDownRisk(2),
              Trigger.costVariance(usd("2500.00")),
              Trigger.yieldDrop(new BigDecimal("9.5")),
              Trigger.unitDefect(1),
              Trigger.informationRequest());
      Classification expected = DEFAULTS.classify(triggers, LADDER);
      assertThat(expected.levelId()).isEqualTo("L2");
      assertThat(expected.reasons()).hasSize(4);

      List<Trigger> reversed = new ArrayList<>(triggers);
      Collections.reverse(reversed);
      assertThat(DEFAULTS.classify(reversed, LADDER)).isEqualTo(expected);
      for (long seed = 1; seed <= 20; seed++) {
        List<Trigger> shuffled = new ArrayList<>(triggers);
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(DEFAULTS.classify(shuffled, LADDER))
            .as("order %s", shuffled)
            .isEqualTo(expected);
      }
    }

    @Test
    void theSameFactListedTwiceGivesOneReason() {
      Classification c = classify(Trigger.safetyIncident(), Trigger.safetyIncident());
      assertThat(c.levelId()).isEqualTo("L3");
      assertSingleReason(c, TRIGGER, "safety incident", "present");
    }
  }

  @Nested
  class UnknownKinds {
    @Test
    void aCustomKindIsRejectedWithItsName() {
      TriggerKind dataLoss = TriggerKind.of("DATA_LOSS", Measure.FLAG, Direction.HIGHER_IS_WORSE);
      assertThatThrownBy(() -> classify(Trigger.of(dataLoss)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("DATA_LOSS");
    }

    @Test
    void aCustomKindIsRejectedAlongsidePlaybookKinds() {
      TriggerKind dataLoss = TriggerKind.of("DATA_LOSS", Measure.FLAG, Direction.HIGHER_IS_WORSE);
      assertThatThrownBy(() -> classify(Trigger.safetyIncident(), Trigger.of(dataLoss)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("DATA_LOSS");
    }

    @Test
    void aCustomKindThatMerelySharesAPlaybookNameIsRejected() {
      // Not the playbook's DELAY (days, higher is worse): a flag of the host's own.
      TriggerKind flagDelay = TriggerKind.of("DELAY", Measure.FLAG, Direction.HIGHER_IS_WORSE);
      assertThatThrownBy(() -> classify(Trigger.of(flagDelay)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("DELAY");
    }

    @Test
    void aCustomKindWithAPlaybookNameButAnotherDirectionIsRejected() {
      TriggerKind shrinkingDelay = TriggerKind.of("DELAY", Measure.DAYS, Direction.LOWER_IS_WORSE);
      assertThatThrownBy(() -> classify(Trigger.of(shrinkingDelay, BigDecimal.ONE)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("DELAY");
    }

    @Test
    void aKindEqualToAPlaybookKindIsThePlaybookKind() {
      TriggerKind delay = TriggerKind.of("DELAY", Measure.DAYS, Direction.HIGHER_IS_WORSE);
      assertThat(classify(Trigger.of(delay, BigDecimal.valueOf(3))).levelId()).isEqualTo("L2");
    }
  }

  @Nested
  class Currencies {
    @Test
    void euroWithoutAConverterIsRejectedNamingFieldAndBothCurrencies() {
      assertThatThrownBy(() -> classify(Trigger.financialImpact(eur("9500.00"))))
          .isInstanceOf(CurrencyMismatchException.class)
          .hasMessageContaining("Trigger[FINANCIAL_IMPACT].amount")
          .hasMessageContaining("EUR")
          .hasMessageContaining("USD");
    }

    @Test
    void euroCostVarianceWithoutAConverterIsRejected() {
      assertThatThrownBy(() -> classify(Trigger.costVariance(eur("10.00"))))
          .isInstanceOf(CurrencyMismatchException.class)
          .hasMessageContaining("Trigger[COST_VARIANCE].amount")
          .hasMessageContaining("EUR")
          .hasMessageContaining("USD");
    }

    private PlaybookSeverityClassifier withEuroRate() {
      return new PlaybookSeverityClassifier(
          EscalationSettings.from(EscalationSettings.ofDefaults())
              .currencyConverter(
                  CurrencyConverter.fixedRates(
                      CurrencyUnit.USD, Map.of(CurrencyUnit.EUR, new BigDecimal("1.08"))))
              .build());
    }

    @Test
    void euroIsConvertedBeforeComparing() {
      // EUR 9,500 x 1.08 = USD 10,260 > USD 10,000.
      Classification c =
          withEuroRate().classify(List.of(Trigger.financialImpact(eur("9500.00"))), LADDER);
      assertThat(c.levelId()).isEqualTo("L3");
      assertThat(c.bypass()).isTrue();
      assertThat(c.reasons()).extracting(Reason::ruleId).containsExactly(BYPASS);
      assertThat(c.reasons().get(0).threshold()).isEqualTo("> USD 10000.00");
    }

    @Test
    void convertedAmountsKeepTheStrictBoundary() {
      // EUR 9,259.25 x 1.08 = USD 9,999.99: no bypass. EUR 9,259.27 x 1.08 = USD 10,000.0116.
      PlaybookSeverityClassifier classifier = withEuroRate();
      Classification below =
          classifier.classify(List.of(Trigger.financialImpact(eur("9259.25"))), LADDER);
      Classification above =
          classifier.classify(List.of(Trigger.financialImpact(eur("9259.27"))), LADDER);
      assertThat(below.levelId()).isEqualTo("L1");
      assertThat(below.bypass()).isFalse();
      assertThat(above.levelId()).isEqualTo("L3");
      assertThat(above.bypass()).isTrue();
    }

    @Test
    void euroCostVarianceIsConvertedToo() {
      // EUR 926 x 1.08 = USD 1,000.08 > USD 1,000; EUR 925 x 1.08 = USD 999.00.
      PlaybookSeverityClassifier classifier = withEuroRate();
      assertThat(classifier.classify(List.of(Trigger.costVariance(eur("926"))), LADDER).levelId())
          .isEqualTo("L2");
      assertThat(classifier.classify(List.of(Trigger.costVariance(eur("925"))), LADDER).levelId())
          .isEqualTo("L1");
    }

    @Test
    void aCurrencyTheConverterHasNoRateForIsRejected() {
      Money pounds = Money.of(CurrencyUnit.GBP, new BigDecimal("20000.00"));
      assertThatThrownBy(
              () -> withEuroRate().classify(List.of(Trigger.financialImpact(pounds)), LADDER))
          .isInstanceOf(CurrencyMismatchException.class)
          .hasMessageContaining("Trigger[FINANCIAL_IMPACT].amount")
          .hasMessageContaining("GBP")
          .hasMessageContaining("USD");
    }
  }

  @Nested
  class OverriddenSettings {
    @Test
    void aLowerYieldThresholdTakesEffect() {
      PlaybookSeverityClassifier strict =
          new PlaybookSeverityClassifier(
              EscalationSettings.from(EscalationSettings.ofDefaults())
                  .yieldDropPoints(new BigDecimal("3"))
                  .build());
      Classification atThree =
          strict.classify(List.of(Trigger.yieldDrop(new BigDecimal("3"))), LADDER);
      Classification aboveThree =
          strict.classify(List.of(Trigger.yieldDrop(new BigDecimal("3.5"))), LADDER);
      assertThat(atThree.levelId()).isEqualTo("L1");
      assertSingleReason(atThree, TRIGGER, "3 points", "> 3 points");
      assertThat(aboveThree.levelId()).isEqualTo("L2");
      assertSingleReason(aboveThree, TRIGGER, "3.5 points", "> 3 points");
      // The default classifier still calls 3.5 points operational.
      assertThat(classify(Trigger.yieldDrop(new BigDecimal("3.5"))).levelId()).isEqualTo("L1");
    }

    @Test
    void otherOverriddenThresholdsTakeEffect() {
      PlaybookSeverityClassifier custom =
          new PlaybookSeverityClassifier(
              EscalationSettings.from(EscalationSettings.ofDefaults())
                  .standardDelayDays(5)
                  .lineDownRiskDays(14)
                  .paymentOverdueDays(60)
                  .costVariance(usd("500.00"))
                  .bypassFinancialImpact(usd("50000.00"))
                  .build());
      assertThat(custom.classify(List.of(Trigger.delay(4)), LADDER).levelId()).isEqualTo("L1");
      assertThat(custom.classify(List.of(Trigger.delay(5)), LADDER).levelId()).isEqualTo("L2");
      assertThat(custom.classify(List.of(Trigger.lineDownRisk(14)), LADDER).levelId())
          .isEqualTo("L2");
      assertThat(custom.classify(List.of(Trigger.lineDownRisk(15)), LADDER).levelId())
          .isEqualTo("L1");
      assertThat(custom.classify(List.of(Trigger.paymentOverdue(60)), LADDER).levelId())
          .isEqualTo("L1");
      assertThat(custom.classify(List.of(Trigger.paymentOverdue(61)), LADDER).levelId())
          .isEqualTo("L3");
      assertThat(custom.classify(List.of(Trigger.costVariance(usd("500.01"))), LADDER).levelId())
          .isEqualTo("L2");
      Classification impact =
          custom.classify(List.of(Trigger.financialImpact(usd("12500.00"))), LADDER);
      assertThat(impact.levelId()).isEqualTo("L1");
      assertThat(impact.bypass()).isFalse();
      assertSingleReason(impact, TRIGGER, "USD 12500.00", "> USD 50000.00");
    }

    @Test
    void brandRiskCanBeConfiguredNotToBypass() {
      PlaybookSeverityClassifier noBrandBypass =
          new PlaybookSeverityClassifier(
              EscalationSettings.from(EscalationSettings.ofDefaults())
                  .brandRiskBypasses(false)
                  .build());
      Classification c = noBrandBypass.classify(List.of(Trigger.brandRisk()), LADDER);
      assertThat(c.bypass()).isFalse();
      assertThat(c.reasons()).extracting(Reason::ruleId).doesNotContain(BYPASS);
    }
  }
}
