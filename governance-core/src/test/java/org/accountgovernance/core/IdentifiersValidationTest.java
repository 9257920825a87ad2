package org.accountgovernance.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
