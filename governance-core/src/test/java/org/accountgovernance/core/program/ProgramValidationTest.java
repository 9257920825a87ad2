package org.accountgovernance.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.IllegalTransitionException;
import org.accountgovernance.core.IssueId;
import org.accountgovernance.core.update.RagStatus;
import org.accountgovernance.core.update.StatusUpdate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The validation of programme events and the programme's value types: each rejection names the
 * field (with the event's type and instant) and the offending value.
 */
class ProgramValidationTest {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final Instant T1 = Instant.parse("2026-03-02T10:00:00Z");

  /** Asserts the message form {@code "<field> must be <rule> but was <value>"}. */
  static void assertRejected(ThrowingCallable call, String field, String value) {
    assertThatThrownBy(call)
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(field + " must be ")
        .hasMessageEndingWith(" but was " + value);
  }

  // --- ProgramEvent ------------------------------------------------------------------------------

  @Test
  void aRequestWithoutSourceIsRejected() {
    assertThatThrownBy(
            () ->
                ProgramEvent.builder()
                    .type(ProgramEvent.Type.REQUESTED)
                    .at(T0)
                    .note("renewal at risk")
                    .build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "ProgramEvent[REQUESTED at 2026-03-02T09:00:00Z].source must be present but was none");
  }

  @Test
  void aDeclarationWithoutCriteriaAndWithoutJudgmentIsRejected() {
    assertThatThrownBy(() -> ProgramEvent.declared(T0, RagStatus.RED, List.of(), ""))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "ProgramEvent[DECLARED at 2026-03-02T09:00:00Z].criteria/note must be at least one"
                + " AEM criterion or a judgment note but was neither");
    // A blank judgment counts as none.
    assertRejected(
        () -> ProgramEvent.declared(T0, RagStatus.RED, List.of(), "   "),
        "ProgramEvent[DECLARED at 2026-03-02T09:00:00Z].criteria/note",
        "neither");
  }

  @Test
  void aDeclarationRestsOnCriteriaOrOnAJudgment() {
    ProgramEvent onCriteria =
        ProgramEvent.declared(T0, RagStatus.RED, List.of("AEM-CRITERIA-ACCOUNT"), "");
    ProgramEvent onJudgment =
        ProgramEvent.declared(T0, RagStatus.YELLOW, List.of(), "Sev1 outage at quarter end");

    assertThat(onCriteria.criteria()).containsExactly("AEM-CRITERIA-ACCOUNT");
    assertThat(onCriteria.note()).isEmpty();
    assertThat(onJudgment.criteria()).isEmpty();
    assertThat(onJudgment.note()).contains("Sev1 outage at quarter end");
  }

  @Test
  void aDeclarationWithoutStatusIsRejected() {
    assertRejected(
        () ->
            ProgramEvent.builder()
                .type(ProgramEvent.Type.DECLARED)
                .at(T0)
                .addCriteria("AEM-CRITERIA-DEAL")
                .build(),
        "ProgramEvent[DECLARED at 2026-03-02T09:00:00Z].status",
        "none");
  }

  @Test
  void aDeclineWithoutNoteIsRejected() {
    assertThatThrownBy(() -> ProgramEvent.builder().type(ProgramEvent.Type.DECLINED).at(T0).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "ProgramEvent[DECLINED at 2026-03-02T09:00:00Z].note must be a reason for declining"
                + " but was none");
  }

  @Test
  void aDeclineWithABlankNoteIsRejected() {
    assertRejected(
        () -> ProgramEvent.declined(T0, " "),
        "ProgramEvent[DECLINED at 2026-03-02T09:00:00Z].note",
        "' '");
  }

  @Test
  void anUpdateEventAtAnotherInstantThanItsUpdateIsRejected() {
    StatusUpdate update = StatusUpdate.of(T0, "Hotfix deployed");

    assertThatThrownBy(
            () ->
                ProgramEvent.builder()
                    .type(ProgramEvent.Type.UPDATED)
                    .at(T1)
                    .update(update)
                    .build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "ProgramEvent[UPDATED at 2026-03-02T10:00:00Z].at must be the update's instant"
                + " 2026-03-02T09:00:00Z but was 2026-03-02T10:00:00Z");
  }

  @Test
  void anUpdateEventTakesTheUpdatesInstant() {
    StatusUpdate update = StatusUpdate.of(T1, "Hotfix deployed");

    ProgramEvent event = ProgramEvent.updated(update);

    assertThat(event.at()).isEqualTo(T1);
    assertThat(event.update()).contains(update);
  }

  @Test
  void anUpdateEventWithoutUpdateIsRejected() {
    assertRejected(
        () -> ProgramEvent.builder().type(ProgramEvent.Type.UPDATED).at(T0).build(),
        "ProgramEvent[UPDATED at 2026-03-02T09:00:00Z].update",
        "none");
  }

  @Test
  void criteriaOnAnotherEventThanADeclarationAreRejected() {
    assertRejected(
        () ->
            ProgramEvent.builder()
                .type(ProgramEvent.Type.STATUS_CHANGED)
                .at(T0)
                .status(RagStatus.GREEN)
                .addCriteria("AEM-CRITERIA-DEAL")
                .build(),
        "ProgramEvent[STATUS_CHANGED at 2026-03-02T09:00:00Z].criteria",
        "[AEM-CRITERIA-DEAL]");
  }

  @Test
  void aFieldTheTypeDoesNotTakeIsRejected() {
    assertThatThrownBy(
            () ->
                ProgramEvent.builder()
                    .type(ProgramEvent.Type.CLOSED)
                    .at(T0)
                    .followUp(FollowUp.ISSUE_SUMMARY)
                    .build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "ProgramEvent[CLOSED at 2026-03-02T09:00:00Z].followUp must be absent but was ")
        .hasMessageContaining("ISSUE_SUMMARY");
  }

  @Test
  void anEventWithoutWhatItsTypeCarriesIsRejected() {
    assertRejected(
        () -> ProgramEvent.builder().type(ProgramEvent.Type.CRITERION_SET).at(T0).build(),
        "ProgramEvent[CRITERION_SET at 2026-03-02T09:00:00Z].successCriterion",
        "none");
    assertRejected(
        () -> ProgramEvent.builder().type(ProgramEvent.Type.ACTION_ADDED).at(T0).build(),
        "ProgramEvent[ACTION_ADDED at 2026-03-02T09:00:00Z].actionItem",
        "none");
    assertRejected(
        () -> ProgramEvent.builder().type(ProgramEvent.Type.STAKEHOLDER_ADDED).at(T0).build(),
        "ProgramEvent[STAKEHOLDER_ADDED at 2026-03-02T09:00:00Z].stakeholder",
        "none");
    assertRejected(
        () -> ProgramEvent.builder().type(ProgramEvent.Type.ACTION_DONE).at(T0).build(),
        "ProgramEvent[ACTION_DONE at 2026-03-02T09:00:00Z].ref",
        "none");
  }

  @Test
  void aNoteOnlyOnARequestADeclineOrADeclaration() {
    assertThatThrownBy(
            () ->
                ProgramEvent.builder()
                    .type(ProgramEvent.Type.CLOSED)
                    .at(T0)
                    .note("all consents in")
                    .build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "ProgramEvent[CLOSED at 2026-03-02T09:00:00Z].note must be absent (only a request, a"
                + " decline or a declaration carries one) but was Optional[all consents in]");
    assertThat(ProgramEvent.declined(T0, "one product issue, handled by support").note())
        .contains("one product issue, handled by support");
    assertThat(ProgramEvent.requested(T0, RequestSource.SALES, "renewal at risk").note())
        .contains("renewal at risk");
  }

  @Test
  void eachFactoryMakesItsTypeOfEvent() {
    SuccessCriterion criterion = SuccessCriterion.of("SC-1", "p95 latency under 300 ms");
    ActionItem item =
        ActionItem.builder()
            .id("A-1")
            .description("Ship hotfix 4.2.1")
            .owner("Dana Lee (Engineering)")
            .due(LocalDate.of(2026, 3, 9))
            .criterionId("SC-1")
            .build();

    assertThat(ProgramEvent.criterionSet(T0, criterion).successCriterion()).contains(criterion);
    assertThat(ProgramEvent.criterionMet(T1, "SC-1").ref()).contains("SC-1");
    assertThat(ProgramEvent.actionAdded(T0, item).actionItem()).contains(item);
    assertThat(ProgramEvent.actionDone(T1, "A-1"))
        .hasToString("ACTION_DONE at 2026-03-02T10:00:00Z A-1");
    assertThat(ProgramEvent.closureProposed(T1).type())
        .isEqualTo(ProgramEvent.Type.CLOSURE_PROPOSED);
    assertThat(ProgramEvent.closed(T1)).hasToString("CLOSED at 2026-03-02T10:00:00Z");
    assertThat(ProgramEvent.declined(T1, "handled by support").type())
        .isEqualTo(ProgramEvent.Type.DECLINED);
  }

  @Test
  void aBlankReferenceIsRejected() {
    assertRejected(
        () -> ProgramEvent.consentGiven(T0, ""),
        "ProgramEvent[CONSENT_GIVEN at 2026-03-02T09:00:00Z].ref",
        "''");
    assertRejected(
        () -> ProgramEvent.criterionMet(T0, " "),
        "ProgramEvent[CRITERION_MET at 2026-03-02T09:00:00Z].ref",
        "' '");
  }

  @Test
  void eventsReadAsText() {
    assertThat(ProgramEvent.requested(T0, RequestSource.SALES, "renewal at risk"))
        .hasToString("REQUESTED at 2026-03-02T09:00:00Z from SALES");
    assertThat(ProgramEvent.statusChanged(T0, RagStatus.RED))
        .hasToString("STATUS_CHANGED at 2026-03-02T09:00:00Z RED");
    assertThat(ProgramEvent.consentGiven(T0, "Customer CIO"))
        .hasToString("CONSENT_GIVEN at 2026-03-02T09:00:00Z Customer CIO");
    assertThat(ProgramEvent.followedUp(T0, FollowUp.ROOT_CAUSE_ANALYSIS))
        .hasToString("FOLLOWED_UP at 2026-03-02T09:00:00Z ROOT_CAUSE_ANALYSIS");
  }

  // --- Value types -------------------------------------------------------------------------------

  @Test
  void anActionItemNeedsEveryPart() {
    ActionItem.Builder item = ActionItem.builder();
    item.id("A-1")
        .description("Ship hotfix 4.2.1")
        .owner("Dana Lee (Engineering)")
        .due(LocalDate.of(2026, 3, 9))
        .criterionId("SC-1");
    assertThat(item.build().due()).isEqualTo(LocalDate.of(2026, 3, 9));

    assertRejected(() -> item.owner(" ").build(), "ActionItem[A-1].owner", "' '");
    item.owner("Dana Lee (Engineering)");
    assertRejected(() -> item.criterionId("").build(), "ActionItem[A-1].criterionId", "''");
    item.criterionId("SC-1");
    assertRejected(() -> item.id("").build(), "ActionItem.id", "''");
  }

  @Test
  void anActionItemWithoutDueDateIsRejected() {
    assertThatThrownBy(
            () ->
                ActionItem.builder()
                    .id("A-1")
                    .description("Ship hotfix")
                    .owner("Dana Lee")
                    .criterionId("SC-1")
                    .build())
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessageContaining("[due]");
  }

  @Test
  void aSuccessCriterionNeedsAnIdAndADescription() {
    assertRejected(() -> SuccessCriterion.of(" ", "latency"), "SuccessCriterion.id", "' '");
    assertRejected(
        () -> SuccessCriterion.of("SC-1", ""), "SuccessCriterion[SC-1].description", "''");
  }

  @Test
  void aStakeholderNeedsAName() {
    assertRejected(() -> Stakeholder.required(""), "Stakeholder.name", "''");
    assertThat(Stakeholder.required("Customer CIO").consentRequired()).isTrue();
    assertThat(Stakeholder.informed("Regional sales VP").consentRequired()).isFalse();
  }

  @Test
  void anOpenIssueNeedsAProductAndAKind() {
    assertRejected(
        () -> OpenIssue.of(IssueId.of("CASE-1"), " ", "bug"), "OpenIssue[CASE-1].product", "' '");
    assertRejected(
        () -> OpenIssue.of(IssueId.of("CASE-1"), "Analytics", ""), "OpenIssue[CASE-1].kind", "''");
  }

  @Test
  void anEscalationNeedsAnId() {
    assertRejected(
        () ->
            AccountEscalation.builder()
                .id(" ")
                .account(AccountId.of("ACME-EU"))
                .zone(ZoneId.of("Europe/Berlin"))
                .build(),
        "AccountEscalation.id",
        "' '");
  }

  @Test
  void theTimelineOrdersEventsByInstantKeepingTheGivenOrderOnTies() {
    ProgramEvent request = ProgramEvent.requested(T0, RequestSource.SALES, "renewal at risk");
    ProgramEvent first = ProgramEvent.stakeholderAdded(T1, Stakeholder.required("Customer CIO"));
    ProgramEvent second = ProgramEvent.stakeholderAdded(T1, Stakeholder.informed("Sales VP"));

    AccountEscalation escalation =
        AccountEscalation.builder()
            .id("AEM-1")
            .account(AccountId.of("ACME-EU"))
            .zone(ZoneId.of("Europe/Berlin"))
            .addEvents(first, request, second)
            .build();

    assertThat(escalation.timeline()).containsExactly(request, first, second);
  }

  @Test
  void illegalTransitionsNameTheSubjectStateAndEvent() {
    IllegalTransitionException e =
        new IllegalTransitionException(
            "AEM-7", "PENDING_CONSENT", "CLOSED at 2026-03-20T10:00:00Z", "consent missing");

    assertThat(e)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "AEM-7 is PENDING_CONSENT and cannot take CLOSED at 2026-03-20T10:00:00Z: consent"
                + " missing");
    assertThat(e.state()).isEqualTo("PENDING_CONSENT");
    assertThat(e.event()).isEqualTo("CLOSED at 2026-03-20T10:00:00Z");
    assertThat(new IllegalTransitionException("AEM-7", "DECLINED", "DECLARED", ""))
        .hasMessage("AEM-7 is DECLINED and cannot take DECLARED");
  }

  @Test
  void programStatesThatAreOpen() {
    assertThat(ProgramState.values())
        .filteredOn(ProgramState::isOpen)
        .containsExactly(
            ProgramState.ACTIVE, ProgramState.REMEDIATING, ProgramState.PENDING_CONSENT);
  }
}
