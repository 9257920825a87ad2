package org.accountgovernance.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.escalation.EscalationLadder;
import org.accountgovernance.core.escalation.EscalationLevel;
import org.accountgovernance.core.money.CurrencyConverter;
import org.accountgovernance.core.money.CurrencyMismatchException;
import org.accountgovernance.core.sla.CoverageCalendar;
import org.accountgovernance.core.sla.WarningPoint;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The ESC settings: the playbook's numbers as defaults, derivation, and validation. */
class EscalationSettingsTest {
  private static final EscalationSettings DEFAULTS = EscalationSettings.ofDefaults();

  private static Money usd(String amount) {
    return Money.of(CurrencyUnit.USD, new BigDecimal(amount));
  }

  private static EscalationSettings.Builder derived() {
    return EscalationSettings.from(DEFAULTS);
  }

  @Nested
  class Defaults {
    @Test
    void theConstantsAreThePlaybooksNumbers() {
      assertThat(EscalationSettings.DEFAULT_OPERATIONAL_LEVEL).isEqualTo("L1");
      assertThat(EscalationSettings.DEFAULT_MANAGERIAL_LEVEL).isEqualTo("L2");
      assertThat(EscalationSettings.DEFAULT_EXECUTIVE_LEVEL).isEqualTo("L3");
      assertThat(EscalationSettings.DEFAULT_L1_RESPONSE).isEqualTo(Duration.ofHours(24));
      assertThat(EscalationSettings.DEFAULT_L2_RESPONSE).isEqualTo(Duration.ofHours(4));
      assertThat(EscalationSettings.DEFAULT_L3_RESPONSE).isEqualTo(Duration.ZERO);
      assertThat(EscalationSettings.DEFAULT_STANDARD_DELAY_DAYS).isEqualTo(3);
      assertThat(EscalationSettings.DEFAULT_LINE_DOWN_RISK_DAYS).isEqualTo(7);
      assertThat(EscalationSettings.DEFAULT_YIELD_DROP_POINTS).isEqualByComparingTo("5");
      assertThat(EscalationSettings.DEFAULT_COST_VARIANCE).isEqualTo(usd("1000.00"));
      assertThat(EscalationSettings.DEFAULT_PAYMENT_OVERDUE_DAYS).isEqualTo(30);
      assertThat(EscalationSettings.DEFAULT_BYPASS_FINANCIAL_IMPACT).isEqualTo(usd("10000.00"));
      assertThat(EscalationSettings.DEFAULT_AUTO_ESCALATION_TIMERS)
          .containsExactly(Map.entry("L1", Duration.ofHours(48)));
      assertThat(EscalationSettings.DEFAULT_WARNING_POINTS)
          .containsExactly(WarningPoint.percentOfTarget(75));
    }

    @Test
    void theDefaultLadderIsThePlaybooksMatrix() {
      EscalationLadder ladder = EscalationSettings.DEFAULT_LADDER;
      assertThat(ladder.levels())
          .extracting(
              EscalationLevel::id,
              EscalationLevel::name,
              EscalationLevel::responseTarget,
              l -> l.path().supplier(),
              l -> l.path().customer())
          .containsExactly(
              tuple(
                  "L1",
                  "Operational",
                  Duration.ofHours(24),
                  PartyRole.supplier("Factory PM"),
                  PartyRole.customer("Customer Buyer")),
              tuple(
                  "L2",
                  "Managerial",
                  Duration.ofHours(4),
                  PartyRole.supplier("Account Manager"),
                  PartyRole.customer("Ops Manager")),
              tuple(
                  "L3",
                  "Executive",
                  Duration.ZERO,
                  PartyRole.supplier("VP Sales / Plant Director"),
                  PartyRole.customer("VP Ops")));
      // Seed 002's out-of-hours case: every level is covered round the clock by default.
      assertThat(ladder.levels())
          .allSatisfy(l -> assertThat(l.calendar()).isSameAs(CoverageCalendar.alwaysOn()));
      assertThat(ladder.compare("L1", "L2")).isNegative();
      assertThat(ladder.compare("L2", "L3")).isNegative();
    }

    @Test
    void ofDefaultsUsesTheConstants() {
      assertThat(DEFAULTS.ladder()).isEqualTo(EscalationSettings.DEFAULT_LADDER);
      assertThat(DEFAULTS.operationalLevel())
          .isEqualTo(EscalationSettings.DEFAULT_OPERATIONAL_LEVEL);
      assertThat(DEFAULTS.managerialLevel()).isEqualTo(EscalationSettings.DEFAULT_MANAGERIAL_LEVEL);
      assertThat(DEFAULTS.executiveLevel()).isEqualTo(EscalationSettings.DEFAULT_EXECUTIVE_LEVEL);
      assertThat(DEFAULTS.standardDelayDays())
          .isEqualTo(EscalationSettings.DEFAULT_STANDARD_DELAY_DAYS);
      assertThat(DEFAULTS.lineDownRiskDays())
          .isEqualTo(EscalationSettings.DEFAULT_LINE_DOWN_RISK_DAYS);
      assertThat(DEFAULTS.yieldDropPoints())
          .isEqualTo(EscalationSettings.DEFAULT_YIELD_DROP_POINTS);
      assertThat(DEFAULTS.costVariance()).isEqualTo(EscalationSettings.DEFAULT_COST_VARIANCE);
      assertThat(DEFAULTS.paymentOverdueDays())
          .isEqualTo(EscalationSettings.DEFAULT_PAYMENT_OVERDUE_DAYS);
      assertThat(DEFAULTS.bypassFinancialImpact())
          .isEqualTo(EscalationSettings.DEFAULT_BYPASS_FINANCIAL_IMPACT);
      assertThat(DEFAULTS.brandRiskBypasses()).isTrue();
      assertThat(DEFAULTS.autoEscalationTimers())
          .isEqualTo(EscalationSettings.DEFAULT_AUTO_ESCALATION_TIMERS);
      assertThat(DEFAULTS.warningPoints()).isEqualTo(EscalationSettings.DEFAULT_WARNING_POINTS);
    }

    @Test
    void aBuilderWithNothingSetGivesTheDefaults() {
      assertThat(EscalationSettings.builder().build()).isEqualTo(DEFAULTS);
      assertThat(EscalationSettings.ofDefaults()).isSameAs(DEFAULTS);
    }

    @Test
    void theDefaultConverterRejectsOtherCurrencies() {
      CurrencyConverter none = DEFAULTS.currencyConverter();
      Money euros = Money.of(CurrencyUnit.EUR, 100);
      assertThat(none.convert("x", usd("5.00"), CurrencyUnit.USD)).isEqualTo(usd("5.00"));
      assertThatThrownBy(() -> none.convert("x", euros, CurrencyUnit.USD))
          .isInstanceOf(CurrencyMismatchException.class);
    }
  }

  @Nested
  class Derivation {
    @Test
    void fromDefaultsChangesOnlyWhatIsSet() {
      EscalationSettings strict = derived().yieldDropPoints(new BigDecimal("3")).build();
      assertThat(strict.yieldDropPoints()).isEqualByComparingTo("3");
      assertThat(strict).isNotEqualTo(DEFAULTS);
      assertThat(
              EscalationSettings.from(strict).yieldDropPoints(DEFAULTS.yieldDropPoints()).build())
          .isEqualTo(DEFAULTS);
      assertThat(strict.ladder()).isEqualTo(DEFAULTS.ladder());
      assertThat(strict.costVariance()).isEqualTo(DEFAULTS.costVariance());
      assertThat(strict.autoEscalationTimers()).isEqualTo(DEFAULTS.autoEscalationTimers());
      assertThat(strict.warningPoints()).isEqualTo(DEFAULTS.warningPoints());
      // The base is immutable.
      assertThat(DEFAULTS.yieldDropPoints()).isEqualByComparingTo("5");
    }

    @Test
    void fromADerivedBaseKeepsItsValues() {
      CurrencyConverter rates =
          CurrencyConverter.fixedRates(
              CurrencyUnit.USD, Map.of(CurrencyUnit.EUR, new BigDecimal("1.08")));
      EscalationSettings base =
          derived()
              .paymentOverdueDays(45)
              .currencyConverter(rates)
              .autoEscalationTimers(Map.of("L1", Duration.ofHours(24), "L2", Duration.ofHours(8)))
              .build();
      EscalationSettings next = EscalationSettings.from(base).lineDownRiskDays(10).build();
      assertThat(next.paymentOverdueDays()).isEqualTo(45);
      assertThat(next.lineDownRiskDays()).isEqualTo(10);
      assertThat(next.currencyConverter()).isSameAs(rates);
      assertThat(next.autoEscalationTimers())
          .containsOnly(
              Map.entry("L1", Duration.ofHours(24)), Map.entry("L2", Duration.ofHours(8)));
      assertThat(EscalationSettings.from(base).build()).isEqualTo(base);
    }

    @Test
    void aTimerCanBeAddedToTheDefaultOnes() {
      EscalationSettings more =
          derived().putAutoEscalationTimer("L2", Duration.ofHours(12)).build();
      assertThat(more.autoEscalationTimers())
          .containsOnly(
              Map.entry("L1", Duration.ofHours(48)), Map.entry("L2", Duration.ofHours(12)));
    }

    @Test
    void boundaryValuesAreAccepted() {
      assertThatCode(
              () ->
                  derived()
                      .yieldDropPoints(BigDecimal.ZERO)
                      .standardDelayDays(0)
                      .lineDownRiskDays(0)
                      .paymentOverdueDays(0)
                      .costVariance(usd("0.00"))
                      .bypassFinancialImpact(usd("0.00"))
                      .autoEscalationTimers(Map.of("L1", Duration.ofNanos(1)))
                      .build())
          .doesNotThrowAnyException();
      assertThat(derived().yieldDropPoints(new BigDecimal("100")).build().yieldDropPoints())
          .isEqualByComparingTo("100");
    }
  }

  @Nested
  class Validation {
    @Test
    void aNegativeYieldThresholdIsRejected() {
      assertThatThrownBy(() -> derived().yieldDropPoints(new BigDecimal("-1")).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("yieldDropPoints")
          .hasMessageContaining("-1");
    }

    @Test
    void aYieldThresholdAbove100PointsIsRejected() {
      assertThatThrownBy(() -> derived().yieldDropPoints(new BigDecimal("100.5")).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("yieldDropPoints")
          .hasMessageContaining("100.5");
    }

    @Test
    void aTimerOnALevelOutsideTheLadderIsRejected() {
      assertThatThrownBy(() -> derived().putAutoEscalationTimer("L9", Duration.ofHours(1)).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("autoEscalationTimers")
          .hasMessageContaining("L9");
    }

    @Test
    void aZeroTimerIsRejected() {
      assertThatThrownBy(() -> derived().autoEscalationTimers(Map.of("L1", Duration.ZERO)).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("autoEscalationTimers[L1]")
          .hasMessageContaining("PT0S");
    }

    @Test
    void aNegativeTimerIsRejected() {
      assertThatThrownBy(
              () -> derived().autoEscalationTimers(Map.of("L1", Duration.ofHours(-1))).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("autoEscalationTimers[L1]")
          .hasMessageContaining("PT-1H");
    }

    @Test
    void anOperationalLevelOutsideTheLadderIsRejected() {
      assertThatThrownBy(() -> derived().operationalLevel("L0").build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("operationalLevel")
          .hasMessageContaining("L0");
    }

    @Test
    void managerialAndExecutiveLevelsOutsideTheLadderAreRejected() {
      assertThatThrownBy(() -> derived().managerialLevel("M2").build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("managerialLevel")
          .hasMessageContaining("M2");
      assertThatThrownBy(() -> derived().executiveLevel("X3").build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("executiveLevel")
          .hasMessageContaining("X3");
    }

    @Test
    void levelsOutOfOrderAreRejected() {
      assertThatThrownBy(() -> derived().operationalLevel("L3").executiveLevel("L1").build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("operationalLevel")
          .hasMessageContaining("L3, L2, L1");
    }

    @Test
    void negativeDayThresholdsAreRejected() {
      assertThatThrownBy(() -> derived().standardDelayDays(-1).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("standardDelayDays")
          .hasMessageContaining("-1");
      assertThatThrownBy(() -> derived().lineDownRiskDays(-2).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("lineDownRiskDays")
          .hasMessageContaining("-2");
      assertThatThrownBy(() -> derived().paymentOverdueDays(-3).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("paymentOverdueDays")
          .hasMessageContaining("-3");
    }

    @Test
    void negativeMoneyThresholdsAreRejected() {
      assertThatThrownBy(() -> derived().costVariance(usd("-1.00")).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("costVariance")
          .hasMessageContaining("USD -1.00");
      assertThatThrownBy(() -> derived().bypassFinancialImpact(usd("-0.01")).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("bypassFinancialImpact")
          .hasMessageContaining("USD -0.01");
    }

    @Test
    void aCustomLadderNeedsItsOwnLevelIds() {
      EscalationLadder ladder =
          EscalationLadder.of(
              List.of(
                  EscalationLevel.builder()
                      .from(EscalationSettings.DEFAULT_LADDER.level("L1"))
                      .id("P2")
                      .build(),
                  EscalationLevel.builder()
                      .from(EscalationSettings.DEFAULT_LADDER.level("L3"))
                      .id("P1")
                      .build()));
      // The default level ids and the default L1 timer do not exist on this ladder.
      assertThatThrownBy(() -> derived().ladder(ladder).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("operationalLevel")
          .hasMessageContaining("L1");
      assertThatThrownBy(
              () ->
                  derived()
                      .ladder(ladder)
                      .operationalLevel("P2")
                      .managerialLevel("P2")
                      .executiveLevel("P1")
                      .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("autoEscalationTimers[L1]");
      EscalationSettings valid =
          derived()
              .ladder(ladder)
              .operationalLevel("P2")
              .managerialLevel("P2")
              .executiveLevel("P1")
              .autoEscalationTimers(Map.of("P2", Duration.ofHours(2)))
              .build();
      assertThat(valid.autoEscalationTimers()).containsOnlyKeys("P2");
    }

    @Test
    void nullIsRejectedNotReplacedByTheDefault() {
      assertThatThrownBy(() -> derived().yieldDropPoints(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessageContaining("yieldDropPoints");
    }
  }

  @Test
  void thresholdsShareOneCurrency() {
    assertThatThrownBy(
            () ->
                EscalationSettings.builder()
                    .costVariance(Money.of(CurrencyUnit.EUR, 1_000))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("EscalationSettings.costVariance")
        .hasMessageContaining("EUR 1000.00");
  }

  @Test
  void aTimerOnTheTopLevelIsRejected() {
    assertThatThrownBy(
            () ->
                EscalationSettings.builder()
                    .putAutoEscalationTimer("L3", Duration.ofHours(1))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("EscalationSettings.autoEscalationTimers[L3]")
        .hasMessageContaining("'L3'");
  }

  @Test
  void settingsWithDifferentConvertersDiffer() {
    EscalationSettings withRates =
        EscalationSettings.builder()
            .currencyConverter(
                CurrencyConverter.fixedRates(
                    CurrencyUnit.USD, Map.of(CurrencyUnit.EUR, new BigDecimal("1.08"))))
            .build();
    EscalationSettings sameRates =
        EscalationSettings.builder()
            .currencyConverter(
                CurrencyConverter.fixedRates(
                    CurrencyUnit.USD, Map.of(CurrencyUnit.EUR, new BigDecimal("1.080"))))
            .build();
    assertThat(withRates).isNotEqualTo(EscalationSettings.ofDefaults()).isEqualTo(sameRates);
    assertThat(withRates.hashCode()).isEqualTo(sameRates.hashCode());
  }
}
