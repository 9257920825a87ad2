package org.accountgovernance.examples.priorities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.accountgovernance.core.Reason;
import org.accountgovernance.core.RuleId;
import org.accountgovernance.core.escalation.Classification;
import org.accountgovernance.core.escalation.Trigger;
import org.accountgovernance.core.money.CurrencyConverter;
import org.accountgovernance.core.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Nimbus's matrix, row by row, at its thresholds. */
class NimbusSeverityClassifierTest {
  private final NimbusSeverityClassifier classifier =
      new NimbusSeverityClassifier(NimbusPriorities.RATES);

  private Classification classify(Trigger... triggers) {
    return classifier.classify(List.of(triggers), NimbusPriorities.LADDER);
  }

  @Test
  void aTicketWithNothingReportedIsARequest() {
    Classification c = classify();
    assertThat(c.levelId()).isEqualTo("P5");
    assertThat(c.bypass()).isFalse();
    assertThat(c.reasons())
        .containsExactly(
            Reason.of(
                RuleId.of("NIMBUS-NONE"),
                "no impact reported",
                "a user affected, a credit at stake or data lost",
                "nothing reported calls for more than P5"));
  }

  @Test
  void usersAffectedStepAboveFiftyAndFiveHundred() {
    assertThat(classify(NimbusTriggers.usersAffected(0)).levelId()).isEqualTo("P5");
    assertThat(classify(NimbusTriggers.usersAffected(1)).levelId()).isEqualTo("P4");
    assertThat(classify(NimbusTriggers.usersAffected(50)).levelId()).isEqualTo("P4");
    assertThat(classify(NimbusTriggers.usersAffected(51)).levelId()).isEqualTo("P3");
    assertThat(classify(NimbusTriggers.usersAffected(500)).levelId()).isEqualTo("P3");
    assertThat(classify(NimbusTriggers.usersAffected(501)).levelId()).isEqualTo("P2");
    assertThat(classify(NimbusTriggers.usersAffected(120)).reasons())
        .containsExactly(
            Reason.of(
                RuleId.of("NIMBUS-USERS"), "120 users", "> 50 users", "120 users affected: P3"));
  }

  @Test
  void serviceCreditsCompareInEurosStrictlyAboveEachThreshold() {
    assertThat(classify(credit(CurrencyUnit.EUR, 0)).levelId()).isEqualTo("P5");
    assertThat(classify(credit(CurrencyUnit.EUR, 1)).levelId()).isEqualTo("P4");
    assertThat(classify(credit(CurrencyUnit.EUR, 100_000)).levelId()).isEqualTo("P4");
    assertThat(classify(credit(CurrencyUnit.EUR, 100_001)).levelId()).isEqualTo("P3");
    assertThat(classify(credit(CurrencyUnit.EUR, 1_000_000)).levelId()).isEqualTo("P3");
    assertThat(classify(credit(CurrencyUnit.EUR, 1_000_001)).levelId()).isEqualTo("P2");
  }

  @Test
  void aDollarCreditIsConvertedAndShowsItsEuroFigure() {
    // USD 12,000.00 at 0.92 is EUR 11,040.00: above EUR 10,000.
    Classification c = classify(credit(CurrencyUnit.USD, 1_200_000));
    assertThat(c.levelId()).isEqualTo("P2");
    assertThat(c.reasons())
        .containsExactly(
            Reason.of(
                RuleId.of("NIMBUS-CREDIT"),
                "USD 12000.00 (EUR 11040.00)",
                "> EUR 10000.00",
                "service credit USD 12000.00 (EUR 11040.00): P2"));
    // USD 10,869.57 is EUR 10,000.0044 unrounded: above, although it shows as EUR 10,000.00.
    assertThat(classify(credit(CurrencyUnit.USD, 1_086_957)).levelId()).isEqualTo("P2");
    assertThat(classify(credit(CurrencyUnit.USD, 1_086_956)).levelId()).isEqualTo("P3");
  }

  @Test
  void dataLossBypassesToP1WhateverElseIsKnown() {
    Classification c = classify(NimbusTriggers.usersAffected(3), NimbusTriggers.dataLoss());
    assertThat(c.levelId()).isEqualTo("P1");
    assertThat(c.bypass()).isTrue();
    assertThat(c.reasons())
        .containsExactly(
            Reason.of(
                RuleId.of("NIMBUS-DATALOSS"), "data loss", "present", "data lost: straight to P1"));
  }

  @Test
  void theHighestLevelWinsAndItsReasonsComeInOneOrderWhateverTheListing() {
    Trigger users = NimbusTriggers.usersAffected(600);
    Trigger credit = credit(CurrencyUnit.EUR, 2_000_000);
    Trigger minor = NimbusTriggers.usersAffected(3);
    Classification one = classify(users, credit, minor, users);
    Classification other = classify(minor, credit, users);
    assertThat(one).isEqualTo(other);
    assertThat(one.levelId()).isEqualTo("P2");
    assertThat(one.reasons())
        .extracting(r -> r.ruleId().value())
        .containsExactly("NIMBUS-CREDIT", "NIMBUS-USERS");
  }

  @Test
  void aCurrencyWithoutARateIsRejectedNamingTheField() {
    assertThatThrownBy(() -> classify(credit(CurrencyUnit.CHF, 500_000)))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage(
            "Trigger[SERVICE_CREDIT].amount is CHF 5000.00 but must be compared in EUR:"
                + " no rate between CHF and EUR");
  }

  @Test
  void withoutRatesOnlyEurosAreAccepted() {
    NimbusSeverityClassifier eurosOnly = new NimbusSeverityClassifier(CurrencyConverter.none());
    assertThatThrownBy(
            () ->
                eurosOnly.classify(List.of(credit(CurrencyUnit.USD, 100)), NimbusPriorities.LADDER))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage(
            "Trigger[SERVICE_CREDIT].amount is USD 1.00 but must be compared in EUR:"
                + " no currency converter is configured");
  }

  @Test
  void aKindNimbusDoesNotKnowIsRejectedNamingIt() {
    assertThatThrownBy(() -> classify(Trigger.delay(4)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Trigger.kind must be one of [DATA_LOSS, SERVICE_CREDIT, USERS_AFFECTED] but was DELAY"
                + " (delay 4 days)");
  }

  @Test
  void aNegativeUserCountIsRejectedByTheLibraryNamingFieldAndValue() {
    assertThatThrownBy(() -> NimbusTriggers.usersAffected(-3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Trigger[USERS_AFFECTED].quantity must be zero or positive but was -3");
  }

  private static Trigger credit(CurrencyUnit currency, long minor) {
    return NimbusTriggers.serviceCredit(Money.ofMinor(currency, minor));
  }
}
