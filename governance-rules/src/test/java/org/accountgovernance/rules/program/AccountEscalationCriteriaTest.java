package org.accountgovernance.rules.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.IssueId;
import org.accountgovernance.core.Reason;
import org.accountgovernance.core.program.AccountSituation;
import org.accountgovernance.core.program.CriteriaAssessment;
import org.accountgovernance.core.program.OpenIssue;
import org.junit.jupiter.api.Test;

/** The account-level escalation criteria (AEM-CRITERIA), each with its evidence. */
class AccountEscalationCriteriaTest {
  private static final AccountId ACME = AccountId.of("ACME-EU");
  private static final AccountEscalationCriteria DEFAULTS = AccountEscalationCriteria.ofDefaults();

  private static OpenIssue issue(String id, String product, String kind) {
    return OpenIssue.of(IssueId.of(id), product, kind);
  }

  private static AccountSituation.Builder situation() {
    return AccountSituation.builder().account(ACME);
  }

  private static final Reason VISIBILITY =
      Reason.of(
          ProgramRules.CRITERIA_VISIBILITY,
          "very high leadership visibility",
          "present",
          "the escalation is visible at leadership level");
  private static final Reason DEAL =
      Reason.of(
          ProgramRules.CRITERIA_DEAL,
          "new deal or renewal at stake",
          "present",
          "a new deal or renewal is at stake");
  private static final Reason FINANCIAL_LEGAL =
      Reason.of(
          ProgramRules.CRITERIA_FINANCIAL_LEGAL,
          "high financial impact, legal involved",
          "both present",
          "high financial impact with legal involvement");

  @Test
  void multipleMeansTwoByDefault() {
    assertThat(AccountEscalationCriteria.DEFAULT_MULTIPLE).isEqualTo(2);
  }

  @Test
  void anAccountWithNothingMeetsNoCriterion() {
    CriteriaAssessment assessment = DEFAULTS.assess(situation().build());

    assertThat(assessment.account()).isEqualTo(ACME);
    assertThat(assessment.met()).isEmpty();
    assertThat(assessment.eligible()).isFalse();
    assertThat(assessment.ruleIds()).isEmpty();
  }

  @Test
  void oneOpenIssueIsNotMultiple() {
    CriteriaAssessment assessment =
        DEFAULTS.assess(situation().addOpenIssue(issue("CASE-1", "Analytics", "bug")).build());

    assertThat(assessment.met()).isEmpty();
    assertThat(assessment.eligible()).isFalse();
  }

  @Test
  void twoOpenIssuesWithOneProductMeetTheProductAndTheAccountCriteria() {
    CriteriaAssessment assessment =
        DEFAULTS.assess(
            situation()
                .addOpenIssue(issue("CASE-2", "Analytics", "latency"))
                .addOpenIssue(issue("CASE-1", "Analytics", "bug"))
                .build());

    assertThat(assessment.met())
        .containsExactly(
            Reason.of(
                ProgramRules.CRITERIA_PRODUCT,
                "2 open issues on Analytics: CASE-1, CASE-2",
                ">= 2",
                "multiple open issues with a single product (Analytics)"),
            Reason.of(
                ProgramRules.CRITERIA_ACCOUNT,
                "2 open issues: CASE-1, CASE-2",
                ">= 2",
                "multiple open issues on the account (bug, latency)"));
    assertThat(assessment.eligible()).isTrue();
    assertThat(assessment.ruleIds())
        .containsExactly("AEM-CRITERIA-PRODUCT", "AEM-CRITERIA-ACCOUNT");
  }

  @Test
  void twoOpenIssuesOnTwoProductsMeetOnlyTheAccountCriterion() {
    CriteriaAssessment assessment =
        DEFAULTS.assess(
            situation()
                .addOpenIssue(issue("CASE-1", "Analytics", "bug"))
                .addOpenIssue(issue("CASE-2", "Target", "service disruption"))
                .build());

    assertThat(assessment.met())
        .containsExactly(
            Reason.of(
                ProgramRules.CRITERIA_ACCOUNT,
                "2 open issues: CASE-1, CASE-2",
                ">= 2",
                "multiple open issues on the account (bug, service disruption)"));
  }

  @Test
  void withMultipleThreeTwoIssuesAreNotEnoughAndThreeAre() {
    AccountEscalationCriteria three = AccountEscalationCriteria.withMultiple(3);
    AccountSituation.Builder twoIssues =
        situation()
            .addOpenIssue(issue("CASE-1", "Analytics", "bug"))
            .addOpenIssue(issue("CASE-2", "Analytics", "latency"));

    assertThat(three.assess(twoIssues.build()).met()).isEmpty();

    CriteriaAssessment withThird =
        three.assess(twoIssues.addOpenIssue(issue("CASE-3", "Analytics", "bug")).build());
    assertThat(withThird.met())
        .containsExactly(
            Reason.of(
                ProgramRules.CRITERIA_PRODUCT,
                "3 open issues on Analytics: CASE-1, CASE-2, CASE-3",
                ">= 3",
                "multiple open issues with a single product (Analytics)"),
            Reason.of(
                ProgramRules.CRITERIA_ACCOUNT,
                "3 open issues: CASE-1, CASE-2, CASE-3",
                ">= 3",
                "multiple open issues on the account (bug, latency)"));
  }

  @Test
  void multipleBelowOneIsRejected() {
    assertThatThrownBy(() -> AccountEscalationCriteria.withMultiple(0))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("multiple must be at least 1 but was 0");
  }

  @Test
  void leadershipVisibilityAloneIsEnough() {
    CriteriaAssessment assessment = DEFAULTS.assess(situation().leadershipVisibility(true).build());

    assertThat(assessment.met()).containsExactly(VISIBILITY);
    assertThat(assessment.eligible()).isTrue();
  }

  @Test
  void aDealOrRenewalAtStakeAloneIsEnough() {
    assertThat(DEFAULTS.assess(situation().renewalAtStake(true).build()).met())
        .containsExactly(DEAL);
  }

  @Test
  void financialImpactWithoutLegalIsNotEnough() {
    assertThat(DEFAULTS.assess(situation().highFinancialImpact(true).build()).eligible()).isFalse();
    assertThat(DEFAULTS.assess(situation().legalInvolvement(true).build()).eligible()).isFalse();
  }

  @Test
  void financialImpactWithLegalIsEnough() {
    assertThat(
            DEFAULTS
                .assess(situation().highFinancialImpact(true).legalInvolvement(true).build())
                .met())
        .containsExactly(FINANCIAL_LEGAL);
  }

  @Test
  void reasonsComeInAStableOrderWhateverTheOrderOfTheIssues() {
    OpenIssue a1 = issue("CASE-1", "Analytics", "bug");
    OpenIssue a2 = issue("CASE-2", "Analytics", "latency");
    OpenIssue t3 = issue("CASE-3", "Target", "service disruption");
    OpenIssue t4 = issue("CASE-4", "Target", "bug");
    AccountSituation.Builder everything =
        situation()
            .leadershipVisibility(true)
            .renewalAtStake(true)
            .highFinancialImpact(true)
            .legalInvolvement(true);

    CriteriaAssessment forward =
        DEFAULTS.assess(
            AccountSituation.builder()
                .from(everything.build())
                .addOpenIssues(a1, a2, t3, t4)
                .build());
    CriteriaAssessment backward =
        DEFAULTS.assess(
            AccountSituation.builder()
                .from(everything.build())
                .addOpenIssues(t4, t3, a2, a1)
                .build());

    assertThat(forward.met())
        .containsExactly(
            Reason.of(
                ProgramRules.CRITERIA_PRODUCT,
                "2 open issues on Analytics: CASE-1, CASE-2",
                ">= 2",
                "multiple open issues with a single product (Analytics)"),
            Reason.of(
                ProgramRules.CRITERIA_PRODUCT,
                "2 open issues on Target: CASE-3, CASE-4",
                ">= 2",
                "multiple open issues with a single product (Target)"),
            Reason.of(
                ProgramRules.CRITERIA_ACCOUNT,
                "4 open issues: CASE-1, CASE-2, CASE-3, CASE-4",
                ">= 2",
                "multiple open issues on the account (bug, latency, service disruption)"),
            VISIBILITY,
            DEAL,
            FINANCIAL_LEGAL);
    assertThat(backward.met()).isEqualTo(forward.met());
    assertThat(forward.ruleIds())
        .containsExactly(
            "AEM-CRITERIA-PRODUCT",
            "AEM-CRITERIA-ACCOUNT",
            "AEM-CRITERIA-VISIBILITY",
            "AEM-CRITERIA-DEAL",
            "AEM-CRITERIA-FINANCIAL-LEGAL");
  }
}
