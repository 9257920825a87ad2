package org.accountgovernance.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.IssueId;
import org.accountgovernance.core.Reason;
import org.accountgovernance.core.RuleId;
import org.accountgovernance.core.update.RagStatus;
import org.accountgovernance.core.update.UpdateDue;
import org.junit.jupiter.api.Test;

/**
 * The programme report's helpers (update overdue since when, how late, whether closing is allowed)
 * and what account-level criteria look at.
 */
class ProgramReportTest {
  private static final AccountId ACME = AccountId.of("ACME-EU");
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  /** Friday 6 March 2026, 23:59:59.999999999 in Berlin: the last instant of a YELLOW update. */
  private static final Instant DUE = Instant.parse("2026-03-06T22:59:59.999999999Z");

  private static final UpdateDue FRIDAY =
      UpdateDue.builder()
          .status(RagStatus.YELLOW)
          .countedFrom(T0)
          .dueDate(LocalDate.of(2026, 3, 6))
          .dueAt(DUE)
          .reason(
              Reason.of(
                  RuleId.of("UPD-FRIDAY"),
                  "YELLOW since 2026-03-02",
                  "every other day or Friday",
                  "Friday comes first"))
          .build();

  private static final Reason SC2_OPEN =
      Reason.of(RuleId.of("AEM-CLOSE"), "SC-2 not met", "every criterion met", "SC-2 is open");

  private static ProgramReport.Builder report(ProgramState state, Instant at) {
    ProgramReport.Builder builder = ProgramReport.builder();
    builder.escalationId("AEM-7").at(at).state(state);
    return builder;
  }

  @Test
  void anUpdateIsOverdueFromTheNanosecondAfterItsDueTime() {
    ProgramReport onTime = report(ProgramState.ACTIVE, DUE).nextUpdateDue(FRIDAY).build();
    assertThat(onTime.updateOverdueSince()).isEmpty();
    assertThat(onTime.updateLatenessAt(DUE)).isEmpty();

    ProgramReport late = onTime.withAt(DUE.plusNanos(1));
    assertThat(late.updateOverdueSince()).contains(DUE.plusNanos(1));
    assertThat(late.updateLatenessAt(DUE.plusNanos(1))).contains(Duration.ofNanos(1));
    assertThat(late.updateLatenessAt(DUE.plus(Duration.ofHours(10))))
        .contains(Duration.ofHours(10));
  }

  @Test
  void withoutAnUpdateOwedNothingIsOverdue() {
    ProgramReport closed = report(ProgramState.CLOSED, DUE.plusSeconds(86_400)).build();
    assertThat(closed.updateOverdueSince()).isEmpty();
    assertThat(closed.updateLatenessAt(DUE.plusSeconds(86_400))).isEmpty();
  }

  @Test
  void closingIsAllowedOnlyPendingConsentAndWithoutBlockers() {
    assertThat(report(ProgramState.PENDING_CONSENT, T0).build().mayClose()).isTrue();
    assertThat(
            report(ProgramState.PENDING_CONSENT, T0)
                .addClosingBlockers(SC2_OPEN)
                .build()
                .mayClose())
        .isFalse();
    assertThat(report(ProgramState.REMEDIATING, T0).build().mayClose()).isFalse();
    assertThat(report(ProgramState.CLOSED, T0).build().mayClose()).isFalse();
  }

  // --- AccountSituation and CriteriaAssessment ---------------------------------------------------

  @Test
  void aSituationsFlagsAreOffUnlessSet() {
    AccountSituation quiet = AccountSituation.builder().account(ACME).build();
    assertThat(quiet.leadershipVisibility()).isFalse();
    assertThat(quiet.renewalAtStake()).isFalse();
    assertThat(quiet.highFinancialImpact()).isFalse();
    assertThat(quiet.legalInvolvement()).isFalse();
    assertThat(quiet.openIssues()).isEmpty();

    AccountSituation loud =
        AccountSituation.builder()
            .account(ACME)
            .addOpenIssues(OpenIssue.of(IssueId.of("CASE-1"), "Analytics", "bug"))
            .leadershipVisibility(true)
            .renewalAtStake(true)
            .highFinancialImpact(true)
            .legalInvolvement(true)
            .build();
    assertThat(loud.leadershipVisibility()).isTrue();
    assertThat(loud.renewalAtStake()).isTrue();
    assertThat(loud.highFinancialImpact()).isTrue();
    assertThat(loud.legalInvolvement()).isTrue();
    assertThat(loud.openIssues()).extracting(OpenIssue::product).containsExactly("Analytics");
  }

  @Test
  void anIssueListedTwiceIsRejected() {
    assertThatThrownBy(
            () ->
                AccountSituation.builder()
                    .account(ACME)
                    .addOpenIssues(
                        OpenIssue.of(IssueId.of("CASE-1"), "Analytics", "bug"),
                        OpenIssue.of(IssueId.of("CASE-1"), "Analytics", "latency"))
                    .build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "AccountSituation.openIssues must be free of duplicate issues but was issue CASE-1"
                + " listed twice");
  }

  @Test
  void anAccountIsEligibleOnAnyMetCriterion() {
    Reason product =
        Reason.of(
            RuleId.of("AEM-CRITERIA-PRODUCT"),
            "2 open issues on Analytics: CASE-1, CASE-2",
            ">= 2",
            "several issues on one product");
    Reason deal =
        Reason.of(RuleId.of("AEM-CRITERIA-DEAL"), "renewal at stake", "a deal", "renewal at risk");
    Reason secondProduct =
        Reason.of(
            RuleId.of("AEM-CRITERIA-PRODUCT"),
            "2 open issues on Billing: CASE-3, CASE-4",
            ">= 2",
            "several issues on one product");

    CriteriaAssessment none = CriteriaAssessment.builder().account(ACME).build();
    assertThat(none.eligible()).isFalse();
    assertThat(none.ruleIds()).isEmpty();

    CriteriaAssessment some =
        CriteriaAssessment.builder().account(ACME).addMet(product, deal, secondProduct).build();
    assertThat(some.eligible()).isTrue();
    assertThat(some.ruleIds()).containsExactly("AEM-CRITERIA-PRODUCT", "AEM-CRITERIA-DEAL");
  }
}
