package org.accountgovernance.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The validation of identifiers, rule ids, subjects, reasons and findings. */
class IdentifiersValidationTest {

  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  /** Asserts the message form {@code "<field> must be <rule> but was <value>"}. */
  static void assertRejected(ThrowingCallable call, String field, String value) {
    assertThatThrownBy(call)
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(field + " must be ")
        .hasMessageEndingWith(" but was " + value);
  }

  @Test
  void blankAccountIdIsRejected() {
    assertRejected(() -> AccountId.of(""), "AccountId.value", "''");
    assertRejected(() -> AccountId.of("  \t"), "AccountId.value", "'  \t'");
    assertThat(AccountId.of("ACME-EU").value()).isEqualTo("ACME-EU");
  }

  @Test
  void blankIssueIdIsRejected() {
    assertRejected(() -> IssueId.of(" "), "IssueId.value", "' '");
    assertThat(IssueId.of("CASE-4711")).hasToString("CASE-4711");
  }

  @Test
  void blankPartyRoleNameIsRejected() {
    assertRejected(() -> PartyRole.supplier(""), "PartyRole.name", "''");
    assertRejected(() -> PartyRole.customer("   "), "PartyRole.name", "'   '");
    assertThat(PartyRole.supplier("Factory PM").side()).isEqualTo(PartyRole.Side.SUPPLIER);
    assertThat(PartyRole.customer("Customer Buyer").side()).isEqualTo(PartyRole.Side.CUSTOMER);
  }

  @Test
  void blankSubjectPartsAreRejected() {
    assertRejected(() -> Subject.of(" ", "x"), "Subject.kind", "' '");
    assertRejected(() -> Subject.of("process", ""), "Subject.id", "''");
    assertThat(Subject.issue(IssueId.of("CASE-1"))).isEqualTo(Subject.of("issue", "CASE-1"));
    assertThat(Subject.account(AccountId.of("A"))).isEqualTo(Subject.of("account", "A"));
  }

  @Test
  void lowerCaseRuleIdIsRejected() {
    assertRejected(() -> RuleId.of("esc-auto"), "RuleId.value", "'esc-auto'");
  }

  @Test
  void ruleIdWithoutNameIsRejected() {
    assertRejected(() -> RuleId.of("ESC"), "RuleId.value", "'ESC'");
    assertRejected(() -> RuleId.of("ESC-"), "RuleId.value", "'ESC-'");
    assertRejected(() -> RuleId.of("-AUTO"), "RuleId.value", "'-AUTO'");
    assertRejected(() -> RuleId.of(""), "RuleId.value", "''");
  }

  @Test
  void wellFormedRuleIdsAreAcceptedWithTheirFamily() {
    assertThat(RuleId.of("ESC-AUTO").family()).isEqualTo("ESC");
    assertThat(RuleId.of("UPD-FRIDAY").family()).isEqualTo("UPD");
    assertThat(RuleId.of("ACME-P1").family()).isEqualTo("ACME");
    assertThat(RuleId.of("RACI-SPEND-LIMIT").family()).isEqualTo("RACI");
  }

  @Test
  void blankReasonPartsAreRejected() {
    RuleId rule = RuleId.of("ESC-TRIGGER");
    assertRejected(() -> Reason.of(rule, "", "> 5 points", "why"), "Reason.observed", "''");
    assertRejected(() -> Reason.of(rule, "7 points", " ", "why"), "Reason.threshold", "' '");
    assertRejected(() -> Reason.of(rule, "7 points", "> 5 points", ""), "Reason.explanation", "''");
  }

  @Test
  void blankFindingPartsAreRejected() {
    assertRejected(() -> finding("", "t", "m"), "Finding.observed", "''");
    assertRejected(() -> finding("o", " ", "m"), "Finding.threshold", "' '");
    assertRejected(() -> finding("o", "t", "\n"), "Finding.message", "'\n'");
  }

  @Test
  void findingsSortBySinceThenRuleThenSubject() {
    Finding first = finding("o", "t", "m");
    Finding sameInstantLaterRule =
        Finding.builder().from(first).ruleId(RuleId.of("UPD-FRIDAY")).build();
    Finding sameRuleLaterSubject =
        Finding.builder().from(first).subject(Subject.issue(IssueId.of("CASE-4712"))).build();
    Finding later = finding("o", "t", "m").withSince(T0.plusNanos(1));
    assertThat(Stream.of(later, sameInstantLaterRule, sameRuleLaterSubject, first).sorted())
        .containsExactly(first, sameRuleLaterSubject, sameInstantLaterRule, later);
  }

  @Test
  void identifiersReadAsTheirValueAndSortByIt() {
    assertThat(AccountId.of("ACME-EU")).hasToString("ACME-EU");
    assertThat(RuleId.of("ESC-SLA")).hasToString("ESC-SLA");
    assertThat(Subject.issue(IssueId.of("CASE-4711"))).hasToString("issue CASE-4711");
    assertThat(
            Stream.of(AccountId.of("BETA"), AccountId.of("ACME-US"), AccountId.of("ACME-EU"))
                .sorted())
        .containsExactly(AccountId.of("ACME-EU"), AccountId.of("ACME-US"), AccountId.of("BETA"));
    assertThat(
            Stream.of(IssueId.of("CASE-9"), IssueId.of("CASE-10"), IssueId.of("CASE-1")).sorted())
        .containsExactly(IssueId.of("CASE-1"), IssueId.of("CASE-10"), IssueId.of("CASE-9"));
  }

  @Test
  void aReasonReadsAsRuleExplanationObservedAndThreshold() {
    Reason reason =
        Reason.of(
            RuleId.of("ESC-BYPASS"),
            "USD 12500.00",
            "> USD 10000.00",
            "financial impact above the bypass threshold: straight to L3");
    assertThat(reason)
        .hasToString(
            "ESC-BYPASS: financial impact above the bypass threshold: straight to L3"
                + " (observed USD 12500.00, threshold > USD 10000.00)");
  }

  @Test
  void aFindingThatEndsBeforeItBeganIsRejected() {
    assertThatThrownBy(() -> finding("o", "t", "m").withUntil(T0.minusNanos(1)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Finding.until must be at or after since 2026-03-02T08:00:00Z but was "
                + "2026-03-02T07:59:59.999999999Z");
    // A finding of a moment: it ends as it begins.
    assertThat(finding("o", "t", "m").withUntil(T0).until()).contains(T0);
  }

  @Test
  void aFindingIsOngoingFromSinceUntilJustBeforeUntil() {
    Finding open = finding("o", "t", "m");
    assertThat(open.isOngoingAt(T0.minusNanos(1))).isFalse();
    assertThat(open.isOngoingAt(T0)).isTrue();
    assertThat(open.isOngoingAt(T0.plus(Duration.ofDays(400)))).isTrue();

    Instant end = T0.plusSeconds(3600);
    Finding ended = finding("o", "t", "m").withUntil(end);
    assertThat(ended.isOngoingAt(T0)).isTrue();
    assertThat(ended.isOngoingAt(end.minusNanos(1))).isTrue();
    assertThat(ended.isOngoingAt(end)).isFalse();
    assertThat(ended.isOngoingAt(T0.minusNanos(1))).isFalse();
  }

  private static ImmutableFinding finding(String observed, String threshold, String message) {
    return (ImmutableFinding)
        Finding.builder()
            .ruleId(RuleId.of("ESC-SLA"))
            .subject(Subject.issue(IssueId.of("CASE-4711")))
            .observed(observed)
            .threshold(threshold)
            .message(message)
            .since(T0)
            .build();
  }
}
