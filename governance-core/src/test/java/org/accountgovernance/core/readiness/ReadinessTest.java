package org.accountgovernance.core.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.RuleId;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Escalation contacts, readiness facts and the readiness checklist's report. */
class ReadinessTest {
  private static final AccountId ACME = AccountId.of("ACME");
  private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

  /** Asserts the message form {@code "<field> must be <rule> but was <value>"}. */
  static void assertRejected(ThrowingCallable call, String field, String value) {
    assertThatThrownBy(call)
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(field + " must be ")
        .hasMessageEndingWith(" but was " + value);
  }

  private static EscalationContact.Builder ana() {
    EscalationContact.Builder builder = EscalationContact.builder();
    builder.levelId("L3").side(PartyRole.Side.CUSTOMER).name("Ana Ruiz, VP Ops");
    return builder;
  }

  // --- EscalationContact -------------------------------------------------------------------------

  @Test
  void aContactIsCompleteWithBothEmailAndMobile() {
    assertThat(ana().email("ana@client.example").mobile("+1 555 0100").build().complete()).isTrue();
    assertThat(ana().email("ana@client.example").build().complete()).isFalse();
    assertThat(ana().mobile("+1 555 0100").build().complete()).isFalse();
    assertThat(ana().build().complete()).isFalse();
  }

  @Test
  void aBlankLevelOrNameIsRejected() {
    assertRejected(() -> ana().levelId(" ").build(), "EscalationContact.levelId", "' '");
    assertRejected(() -> ana().name("").build(), "EscalationContact.name", "''");
  }

  @Test
  void anEmailWithoutAtSignIsRejectedNamingTheContact() {
    assertThatThrownBy(() -> ana().email("ana at client").build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "EscalationContact[L3 Ana Ruiz, VP Ops].email must be an e-mail address but was"
                + " 'ana at client'");
  }

  @Test
  void aMobileWithoutDigitsIsRejectedNamingTheContact() {
    assertThatThrownBy(() -> ana().mobile("ask reception").build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "EscalationContact[L3 Ana Ruiz, VP Ops].mobile must be a phone number but was"
                + " 'ask reception'");
    assertRejected(
        () -> ana().mobile(" ").build(), "EscalationContact[L3 Ana Ruiz, VP Ops].mobile", "' '");
    assertThat(ana().mobile("0").build().mobile()).contains("0");
  }

  // --- ReadinessFacts ----------------------------------------------------------------------------

  @Test
  void factsHoldWhatWasExchangedAndAgreed() {
    EscalationContact contact = ana().email("ana@client.example").mobile("+1 555 0100").build();
    ReadinessFacts facts =
        ReadinessFacts.builder()
            .account(ACME)
            .putInvitesSentUntil("WEEKLY", LocalDate.of(2027, 2, 23))
            .addEscalationContacts(contact)
            .ecoAgreement("MSA §12.3: customer pays for ECO-obsoleted material")
            .liabilityCap(Money.of(CurrencyUnit.USD, 250_000))
            .poSignatory("Lee Park, Procurement Director")
            .build();

    assertThat(facts.invitesSentUntil()).containsEntry("WEEKLY", LocalDate.of(2027, 2, 23));
    assertThat(facts.escalationContacts()).containsExactly(contact);
    assertThat(facts.liabilityCap()).contains(Money.of(CurrencyUnit.USD, 250_000));
    assertThat(ReadinessFacts.builder().account(ACME).build().poSignatory()).isEmpty();
  }

  // --- ReadinessReport ---------------------------------------------------------------------------

  private static ControlPoint liability() {
    return ControlPoint.of(
        RuleId.of("CHK-LIABILITY"), "Liability cap", true, "USD 250000.00 authorised");
  }

  private static ControlPoint signatory() {
    return ControlPoint.of(RuleId.of("CHK-PO"), "PO signatory", false, "no signatory named");
  }

  private static ControlPoint eco() {
    return ControlPoint.of(RuleId.of("CHK-ECO"), "ECO agreement", false, "no agreement");
  }

  @Test
  void aControlPointReadsAsRuleNameVerdictAndEvidence() {
    assertThat(liability())
        .hasToString("CHK-LIABILITY Liability cap: PASS (USD 250000.00 authorised)");
    assertThat(signatory()).hasToString("CHK-PO PO signatory: FAIL (no signatory named)");
  }

  @Test
  void aReportIsReadyWhenEveryPointPasses() {
    ReadinessReport allPass =
        ReadinessReport.builder().account(ACME).at(T0).addPoints(liability()).build();
    assertThat(allPass.ready()).isTrue();
    assertThat(allPass.failed()).isEmpty();

    ReadinessReport twoFail =
        ReadinessReport.builder()
            .account(ACME)
            .at(T0)
            .addPoints(signatory(), liability(), eco())
            .build();
    assertThat(twoFail.ready()).isFalse();
    assertThat(twoFail.failed()).containsExactly(signatory(), eco());
  }
}
