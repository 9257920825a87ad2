package org.accountgovernance.rules.program;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.IllegalTransitionException;
import org.accountgovernance.core.IssueId;
import org.accountgovernance.core.program.AccountEscalation;
import org.accountgovernance.core.program.AccountSituation;
import org.accountgovernance.core.program.ActionItem;
import org.accountgovernance.core.program.OpenIssue;
import org.accountgovernance.core.program.ProgramEvent;
import org.accountgovernance.core.program.RequestSource;
import org.accountgovernance.core.program.Stakeholder;
import org.accountgovernance.core.program.SuccessCriterion;
import org.accountgovernance.core.update.RagStatus;
import org.junit.jupiter.api.Test;

/** Input that must not slip through silently. */
class ProgramEdgeCasesTest {
  private static final Instant T = Instant.parse("2026-03-02T08:00:00Z");
  private static final PlaybookProgramPolicy POLICY = PlaybookProgramPolicy.ofDefaults();

  private static AccountEscalation escalation(ProgramEvent... events) {
    return AccountEscalation.builder()
        .id("AEM-9")
        .account(AccountId.of("ACME"))
        .zone(ZoneId.of("Europe/Berlin"))
        .addEvents(events)
        .build();
  }

  private static final ProgramEvent REQUEST =
      ProgramEvent.requested(T, RequestSource.SALES, "renewal at risk");
  private static final ProgramEvent DECLARE =
      ProgramEvent.declared(T, RagStatus.RED, List.of("AEM-CRITERIA-DEAL"), "");
  private static final ProgramEvent CRITERION =
      ProgramEvent.criterionSet(T, SuccessCriterion.of("SC-1", "no P1 for 14 days"));

  @Test
  void aDeclarationMustRestOnRealCriteria() {
    assertThatThrownBy(() -> ProgramEvent.declared(T, RagStatus.RED, List.of(" "), ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(".criteria[0] must be a rule id")
        .hasMessageContaining("but was ' '");
    assertThatThrownBy(() -> ProgramEvent.declared(T, RagStatus.RED, List.of("whatever"), ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but was 'whatever'");
  }

  @Test
  void anIssueListedTwiceIsNotTwoIssues() {
    OpenIssue issue = OpenIssue.of(IssueId.of("CASE-1"), "Analytics", "bug");
    assertThatThrownBy(
            () ->
                AccountSituation.builder()
                    .account(AccountId.of("ACME"))
                    .addOpenIssues(issue, issue)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "AccountSituation.openIssues must be free of duplicate issues but was issue CASE-1"
                + " listed twice");
  }

  @Test
  void aCriterionMetTwiceOrAConsentGivenTwiceIsRefused() {
    ProgramEvent met = ProgramEvent.criterionMet(T.plusSeconds(60), "SC-1");
    assertThatThrownBy(
            () ->
                POLICY.evaluate(
                    escalation(REQUEST, DECLARE, CRITERION, met, met), T.plusSeconds(120)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageEndingWith("success criterion SC-1 is already met");
    ProgramEvent cio = ProgramEvent.stakeholderAdded(T, Stakeholder.required("Customer CIO"));
    ProgramEvent consent = ProgramEvent.consentGiven(T.plusSeconds(60), "Customer CIO");
    assertThatThrownBy(
            () ->
                POLICY.evaluate(
                    escalation(REQUEST, DECLARE, cio, consent, consent), T.plusSeconds(120)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageEndingWith("Customer CIO already consented");
  }

  @Test
  void anActionDueBeforeItWasAddedIsRefused() {
    ActionItem late =
        ActionItem.builder()
            .id("A-1")
            .description("ship the fix")
            .owner("Dana")
            .due(LocalDate.of(2026, 3, 1))
            .criterionId("SC-1")
            .build();
    assertThatThrownBy(
            () ->
                POLICY.evaluate(
                    escalation(REQUEST, DECLARE, CRITERION, ProgramEvent.actionAdded(T, late)),
                    T.plusSeconds(60)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageEndingWith("action item A-1 is due 2026-03-01, before the day it was added");
  }

  @Test
  void aNoteOnAnEventThatTakesNoneIsRejected() {
    assertThatThrownBy(
            () ->
                ProgramEvent.builder()
                    .type(ProgramEvent.Type.CLOSED)
                    .at(T)
                    .note("closing early")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(".note must be absent")
        .hasMessageContaining("closing early");
  }
}
