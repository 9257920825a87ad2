package org.accountgovernance.rules.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.Finding;
import org.accountgovernance.core.IllegalTransitionException;
import org.accountgovernance.core.Reason;
import org.accountgovernance.core.RuleId;
import org.accountgovernance.core.Subject;
import org.accountgovernance.core.program.AccountEscalation;
import org.accountgovernance.core.program.ActionItem;
import org.accountgovernance.core.program.FollowUp;
import org.accountgovernance.core.program.ProgramEvent;
import org.accountgovernance.core.program.ProgramReport;
import org.accountgovernance.core.program.ProgramState;
import org.accountgovernance.core.program.RequestSource;
import org.accountgovernance.core.program.Stakeholder;
import org.accountgovernance.core.program.SuccessCriterion;
import org.accountgovernance.core.update.RagStatus;
import org.accountgovernance.core.update.StatusUpdate;
import org.accountgovernance.core.update.UpdateDue;
import org.accountgovernance.rules.update.PlaybookUpdateCadence;
import org.accountgovernance.rules.update.UpdateRules;
import org.accountgovernance.rules.update.UpdateSettings;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The playbook's account-level escalation programme, evaluated at chosen instants. The escalation
 * runs in Europe/Berlin in March 2026 (UTC+1 until 29 March): the end of a day there is
 * 22:59:59.999999999Z, and the next day starts at 23:00Z. Monday is 2 March 2026.
 */
class PlaybookProgramPolicyTest {
  private static final String ID = "AEM-2026-007";
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final PlaybookProgramPolicy POLICY = PlaybookProgramPolicy.ofDefaults();
  private static final Subject ESCALATION = Subject.of("account-escalation", ID);

  private static Instant t(String instant) {
    return Instant.parse(instant);
  }

  private static AccountEscalation escalation(List<ProgramEvent> events) {
    return AccountEscalation.builder()
        .id(ID)
        .account(AccountId.of("ACME-EU"))
        .zone(BERLIN)
        .addAllEvents(events)
        .build();
  }

  private static AccountEscalation escalation(ProgramEvent... events) {
    return escalation(Arrays.asList(events));
  }

  private static List<ProgramEvent> plus(List<ProgramEvent> events, ProgramEvent... more) {
    List<ProgramEvent> all = new ArrayList<>(events);
    all.addAll(Arrays.asList(more));
    return all;
  }

  private static ProgramReport evaluate(AccountEscalation escalation, String now) {
    return POLICY.evaluate(escalation, t(now));
  }

  private static ProgramEvent update(String at, String description) {
    return ProgramEvent.updated(StatusUpdate.of(t(at), description));
  }

  private static ActionItem action(String id, String owner, LocalDate due, String criterion) {
    return ActionItem.builder()
        .id(id)
        .description("Action " + id)
        .owner(owner)
        .due(due)
        .criterionId(criterion)
        .build();
  }

  private static void assertDue(ProgramReport report, LocalDate day, String dueAt, RuleId rule) {
    UpdateDue due = report.nextUpdateDue().orElseThrow();
    assertThat(due.dueDate()).isEqualTo(day);
    assertThat(due.dueAt()).isEqualTo(t(dueAt));
    assertThat(due.reason().ruleId()).isEqualTo(rule);
  }

  /**
   * With no event after {@code now}, the report does not change until one nanosecond before its
   * {@code nextChangeAt}, and does at {@code nextChangeAt}.
   */
  private static void assertNextChangeIsExact(
      PlaybookProgramPolicy policy, AccountEscalation escalation, Instant now) {
    AccountEscalation e =
        escalation(escalation.events().stream().filter(ev -> !ev.at().isAfter(now)).toList());
    ProgramReport report = policy.evaluate(e, now);
    Instant next = report.nextChangeAt().orElseThrow();
    Instant justBefore = next.minusNanos(1);

    assertThat(policy.evaluate(e, justBefore)).isEqualTo(report.withAt(justBefore));
    assertThat(policy.evaluate(e, next)).isNotEqualTo(report.withAt(next));
  }

  private static void assertIllegal(
      ThrowingCallable call, String state, String event, String message) {
    assertThatThrownBy(call)
        .isExactlyInstanceOf(IllegalTransitionException.class)
        .hasMessage(message)
        .satisfies(
            e -> {
              IllegalTransitionException illegal = (IllegalTransitionException) e;
              assertThat(illegal.state()).isEqualTo(state);
              assertThat(illegal.event()).isEqualTo(event);
            });
  }

  // --- A full lifecycle
  // ---------------------------------------------------------------------------

  static final SuccessCriterion SC_1 =
      SuccessCriterion.of("SC-1", "p95 checkout latency under 300 ms for 7 days");
  static final SuccessCriterion SC_2 = SuccessCriterion.of("SC-2", "no Sev1 incident for 14 days");
  static final ActionItem A_1 =
      action("A-1", "Dana Lee (Engineering)", LocalDate.of(2026, 3, 5), "SC-1");
  static final ActionItem A_2 =
      action("A-2", "Sam Roe (Operations)", LocalDate.of(2026, 3, 13), "SC-2");

  static final StatusUpdate THURSDAY_UPDATE =
      StatusUpdate.of(t("2026-03-05T07:30:00Z"), "Hotfix 4.2.1 in staging");

  /** The whole story; each check evaluates it at an instant, ignoring what comes later. */
  static final List<ProgramEvent> LIFECYCLE =
      List.of(
          ProgramEvent.requested(
              t("2026-03-02T08:00:00Z"), RequestSource.CUSTOMER_SUCCESS, "renewal at risk"),
          ProgramEvent.stakeholderAdded(
              t("2026-03-02T08:05:00Z"), Stakeholder.required("Customer CIO")),
          ProgramEvent.stakeholderAdded(
              t("2026-03-02T08:06:00Z"), Stakeholder.required("VP Support")),
          ProgramEvent.stakeholderAdded(
              t("2026-03-02T08:07:00Z"), Stakeholder.informed("Regional sales VP")),
          // Monday 10:00 in Berlin, YELLOW: due Wednesday 4 March.
          ProgramEvent.declared(
              t("2026-03-02T09:00:00Z"), RagStatus.YELLOW, List.of("AEM-CRITERIA-ACCOUNT"), ""),
          ProgramEvent.criterionSet(t("2026-03-02T10:00:00Z"), SC_1),
          ProgramEvent.criterionSet(t("2026-03-02T10:01:00Z"), SC_2),
          ProgramEvent.actionAdded(t("2026-03-02T11:00:00Z"), A_1),
          ProgramEvent.actionAdded(t("2026-03-02T11:01:00Z"), A_2),
          // Thursday 08:30 in Berlin: late (due Wednesday); YELLOW Thursday is due Friday.
          ProgramEvent.updated(THURSDAY_UPDATE),
          // Friday: A-1 done a day late; the Friday update is on time (YELLOW Friday: Sunday).
          ProgramEvent.actionDone(t("2026-03-06T09:00:00Z"), "A-1"),
          update("2026-03-06T10:00:00Z", "Hotfix live; latency recovering"),
          // GREEN counted from the Friday update: Monday 9 March.
          ProgramEvent.statusChanged(t("2026-03-06T11:00:00Z"), RagStatus.GREEN),
          // Saturday: RED counted from the Friday update is Saturday, not yet past: tightened.
          ProgramEvent.statusChanged(t("2026-03-07T09:00:00Z"), RagStatus.RED),
          update("2026-03-07T18:00:00Z", "Regression found and rolled back"),
          update("2026-03-08T17:00:00Z", "Fix for the regression deployed"),
          // GREEN counted from the Sunday update: Wednesday 11 March.
          ProgramEvent.statusChanged(t("2026-03-09T08:00:00Z"), RagStatus.GREEN),
          ProgramEvent.criterionMet(t("2026-03-09T09:00:00Z"), "SC-1"),
          ProgramEvent.actionDone(t("2026-03-10T09:00:00Z"), "A-2"),
          ProgramEvent.criterionMet(t("2026-03-10T09:30:00Z"), "SC-2"),
          // GREEN Tuesday: due Friday 13 March, its regular day.
          update("2026-03-10T10:00:00Z", "Every success criterion met; proposing closure"),
          ProgramEvent.closureProposed(t("2026-03-10T11:00:00Z")),
          ProgramEvent.consentGiven(t("2026-03-10T12:00:00Z"), "VP Support"),
          ProgramEvent.consentGiven(t("2026-03-11T09:00:00Z"), "Customer CIO"),
          ProgramEvent.closed(t("2026-03-11T10:00:00Z")),
          ProgramEvent.followedUp(t("2026-03-12T09:00:00Z"), FollowUp.ISSUE_SUMMARY),
          ProgramEvent.followedUp(t("2026-03-16T09:00:00Z"), FollowUp.ROOT_CAUSE_ANALYSIS),
          ProgramEvent.followedUp(t("2026-03-18T09:00:00Z"), FollowUp.CORRECTIVE_ACTIONS));

  static final AccountEscalation STORY = escalation(LIFECYCLE);

  static final Finding LATE_THURSDAY_UPDATE =
      Finding.builder()
          .ruleId(UpdateRules.OVERDUE)
          .subject(ESCALATION)
          // From the last on-time instant (Wednesday 23:59:59.999999999 in Berlin) to 08:30.
          .observed("update at 2026-03-05T07:30:00Z, 8h30m late")
          .threshold("YELLOW update due by 2026-03-04T22:59:59.999999999Z (UPD-CADENCE)")
          .message(
              "YELLOW escalation AEM-2026-007: update overdue, update at 2026-03-05T07:30:00Z,"
                  + " 8h30m late")
          .since(t("2026-03-04T23:00:00Z"))
          // The late update ended it.
          .until(t("2026-03-05T07:30:00Z"))
          .build();

  static Finding actionOneLate(String observed) {
    return Finding.builder()
        .ruleId(ProgramRules.ACTION)
        .subject(Subject.of("action-item", "AEM-2026-007/A-1"))
        .observed(observed)
        .threshold("done by the end of 2026-03-05 (Europe/Berlin)")
        .message(
            "Action item A-1 (Dana Lee (Engineering), for SC-1) past its due date: " + observed)
        .since(t("2026-03-05T23:00:00Z"))
        // Doing it late, or closing the escalation, ends the finding.
        .until(
            observed.startsWith("done at ")
                ? java.util.Optional.of(t("2026-03-06T09:00:00Z"))
                : observed.startsWith("not done when closed at ")
                    ? java.util.Optional.of(
                        t(observed.substring("not done when closed at ".length())))
                    : java.util.Optional.empty())
        .build();
  }

  static Finding owed(String what) {
    return Finding.builder()
        .ruleId(ProgramRules.POST)
        .subject(ESCALATION)
        .observed(what + " not done")
        .threshold("owed after closure")
        .message("Escalation AEM-2026-007 closed at 2026-03-11T10:00:00Z: " + what + " still owed")
        .since(t("2026-03-11T10:00:00Z"))
        .build();
  }

  static Reason unmet(SuccessCriterion criterion) {
    return Reason.of(
        ProgramRules.CLOSE,
        criterion.id() + " not met",
        "every success criterion met",
        "success criterion " + criterion.id() + " (" + criterion.description() + ") is not met");
  }

  static Reason noConsent(String name) {
    return Reason.of(
        ProgramRules.CLOSE,
        "no consent from " + name,
        "consent from every required stakeholder",
        "consent missing from " + name);
  }

  static Reason notProposed(ProgramState state) {
    return Reason.of(
        ProgramRules.CLOSE, state.name(), "PENDING_CONSENT", "closure has not been proposed");
  }

  @Nested
  class Lifecycle {
    @Test
    void requestedButNotDeclaredOwesNothing() {
      ProgramReport report = evaluate(STORY, "2026-03-02T08:30:00Z");

      assertThat(report.escalationId()).isEqualTo(ID);
      assertThat(report.state()).isEqualTo(ProgramState.PROPOSED);
      assertThat(report.source()).contains(RequestSource.CUSTOMER_SUCCESS);
      assertThat(report.status()).isEmpty();
      assertThat(report.stakeholders())
          .containsExactly(
              Stakeholder.required("Customer CIO"),
              Stakeholder.required("VP Support"),
              Stakeholder.informed("Regional sales VP"));
      assertThat(report.nextUpdateDue()).isEmpty();
      assertThat(report.closingBlockers()).isEmpty();
      assertThat(report.findings()).isEmpty();
      assertThat(report.nextChangeAt()).isEmpty();
    }

    @Test
    void remediatingAndOnTime() {
      ProgramReport report = evaluate(STORY, "2026-03-03T12:00:00Z");

      assertThat(report.state()).isEqualTo(ProgramState.REMEDIATING);
      assertThat(report.status()).contains(RagStatus.YELLOW);
      assertThat(report.declaredAt()).contains(t("2026-03-02T09:00:00Z"));
      assertThat(report.successCriteria()).containsExactly(SC_1, SC_2);
      assertThat(report.actionItems()).containsExactly(A_1, A_2);
      // YELLOW declared Monday: due Wednesday, counted from the declaration.
      assertDue(
          report, LocalDate.of(2026, 3, 4), "2026-03-04T22:59:59.999999999Z", UpdateRules.CADENCE);
      assertThat(report.nextUpdateDue().orElseThrow().countedFrom())
          .isEqualTo(t("2026-03-02T09:00:00Z"));
      assertThat(report.updateOverdueSince()).isEmpty();
      assertThat(report.updateLatenessAt(report.at())).isEmpty();
      assertThat(report.findings()).isEmpty();
      assertThat(report.closingBlockers())
          .containsExactly(
              unmet(SC_1),
              unmet(SC_2),
              noConsent("Customer CIO"),
              noConsent("VP Support"),
              notProposed(ProgramState.REMEDIATING));
      assertThat(report.mayClose()).isFalse();
      // The update falls overdue before A-1 (due Thursday) does.
      assertThat(report.nextChangeAt()).contains(t("2026-03-04T23:00:00Z"));
      assertNextChangeIsExact(POLICY, STORY, report.at());
    }

    @Test
    void theMissedWednesdayUpdateIsOverdueFromThursdayMidnight() {
      ProgramReport lastOnTime = evaluate(STORY, "2026-03-04T22:59:59.999999999Z");
      ProgramReport report = evaluate(STORY, "2026-03-05T06:00:00Z");

      assertThat(lastOnTime.updateOverdueSince()).isEmpty();
      assertThat(lastOnTime.findings()).isEmpty();
      assertThat(report.updateOverdueSince()).contains(t("2026-03-04T23:00:00Z"));
      assertThat(report.updateLatenessAt(report.at())).contains(Duration.ofHours(7).plusNanos(1));
      assertThat(report.findings())
          .containsExactly(
              Finding.builder()
                  .ruleId(UpdateRules.OVERDUE)
                  .subject(ESCALATION)
                  .observed("no update since 2026-03-02T09:00:00Z")
                  .threshold("YELLOW update due by 2026-03-04T22:59:59.999999999Z (UPD-CADENCE)")
                  .message(
                      "YELLOW escalation AEM-2026-007: update overdue, no update since"
                          + " 2026-03-02T09:00:00Z")
                  .since(t("2026-03-04T23:00:00Z"))
                  .build());
      // Next: A-1 falls overdue at the end of Thursday.
      assertThat(report.nextChangeAt()).contains(t("2026-03-05T23:00:00Z"));
    }

    @Test
    void theLateUpdateStaysAFindingWithHowLateItWas() {
      ProgramReport report = evaluate(STORY, "2026-03-05T12:00:00Z");

      assertThat(report.updates()).containsExactly(THURSDAY_UPDATE);
      assertThat(report.updateOverdueSince()).isEmpty();
      // YELLOW updated Thursday: due Friday by UPD-FRIDAY.
      assertDue(
          report, LocalDate.of(2026, 3, 6), "2026-03-06T22:59:59.999999999Z", UpdateRules.FRIDAY);
      assertThat(report.findings()).containsExactly(LATE_THURSDAY_UPDATE);
      assertThat(report.nextChangeAt()).contains(t("2026-03-05T23:00:00Z"));
      assertNextChangeIsExact(POLICY, STORY, report.at());
    }

    @Test
    void anActionItemIsAFindingFromTheEndOfItsDueDay() {
      ProgramReport lastDay = evaluate(STORY, "2026-03-05T22:59:59.999999999Z");
      ProgramReport nextDay = evaluate(STORY, "2026-03-05T23:00:00Z");

      assertThat(lastDay.findings()).containsExactly(LATE_THURSDAY_UPDATE);
      assertThat(nextDay.findings())
          .containsExactly(LATE_THURSDAY_UPDATE, actionOneLate("not done"));
      // Then the Friday update falls due at the end of Friday (A-2 is due 13 March).
      assertThat(nextDay.nextChangeAt()).contains(t("2026-03-06T23:00:00Z"));
    }

    @Test
    void aLateActionItemDoneStaysAFinding() {
      ProgramReport report = evaluate(STORY, "2026-03-06T10:30:00Z");

      assertThat(report.actionsDone()).containsExactly("A-1");
      assertThat(report.findings())
          .containsExactly(
              LATE_THURSDAY_UPDATE, actionOneLate("done at 2026-03-06T09:00:00Z, late"));
      // YELLOW updated Friday: due Sunday.
      assertDue(
          report, LocalDate.of(2026, 3, 8), "2026-03-08T22:59:59.999999999Z", UpdateRules.CADENCE);
    }

    @Test
    void aChangeToGreenCountsTheNewCadenceFromTheLastUpdate() {
      ProgramReport report = evaluate(STORY, "2026-03-06T12:00:00Z");

      assertThat(report.status()).contains(RagStatus.GREEN);
      // GREEN from Friday's update: Monday.
      assertDue(
          report, LocalDate.of(2026, 3, 9), "2026-03-09T22:59:59.999999999Z", UpdateRules.CADENCE);
      UpdateDue due = report.nextUpdateDue().orElseThrow();
      assertThat(due.status()).isEqualTo(RagStatus.GREEN);
      assertThat(due.countedFrom()).isEqualTo(t("2026-03-06T10:00:00Z"));
      assertThat(report.nextChangeAt()).contains(t("2026-03-09T23:00:00Z"));
    }

    @Test
    void aChangeFromGreenToRedTightensTheDueTime() {
      ProgramReport green = evaluate(STORY, "2026-03-07T08:59:59Z");
      ProgramReport red = evaluate(STORY, "2026-03-07T10:00:00Z");

      assertThat(green.nextUpdateDue().orElseThrow().dueDate()).isEqualTo(LocalDate.of(2026, 3, 9));
      assertThat(red.status()).contains(RagStatus.RED);
      // RED counted from Friday's update: Saturday, the day of the change.
      assertDue(
          red, LocalDate.of(2026, 3, 7), "2026-03-07T22:59:59.999999999Z", UpdateRules.CADENCE);
      UpdateDue due = red.nextUpdateDue().orElseThrow();
      assertThat(due.status()).isEqualTo(RagStatus.RED);
      assertThat(due.countedFrom()).isEqualTo(t("2026-03-06T10:00:00Z"));
      assertThat(red.nextChangeAt()).contains(t("2026-03-07T23:00:00Z"));
      assertNextChangeIsExact(POLICY, STORY, red.at());
    }

    @Test
    void redUpdatesAreDueEveryDay() {
      assertDue(
          evaluate(STORY, "2026-03-07T19:00:00Z"),
          LocalDate.of(2026, 3, 8),
          "2026-03-08T22:59:59.999999999Z",
          UpdateRules.CADENCE);
      assertDue(
          evaluate(STORY, "2026-03-08T18:00:00Z"),
          LocalDate.of(2026, 3, 9),
          "2026-03-09T22:59:59.999999999Z",
          UpdateRules.CADENCE);
      assertThat(evaluate(STORY, "2026-03-08T18:00:00Z").findings())
          .containsExactly(
              LATE_THURSDAY_UPDATE, actionOneLate("done at 2026-03-06T09:00:00Z, late"));
    }

    @Test
    void closingIsBlockedByEveryUnmetCriterionAndMissingConsentByName() {
      ProgramReport report = evaluate(STORY, "2026-03-09T09:30:00Z");

      assertThat(report.status()).contains(RagStatus.GREEN);
      // GREEN from Sunday's update: Wednesday.
      assertDue(
          report, LocalDate.of(2026, 3, 11), "2026-03-11T22:59:59.999999999Z", UpdateRules.CADENCE);
      assertThat(report.criteriaMet()).containsExactly("SC-1");
      assertThat(report.closingBlockers())
          .containsExactly(
              unmet(SC_2),
              noConsent("Customer CIO"),
              noConsent("VP Support"),
              notProposed(ProgramState.REMEDIATING));
    }

    @Test
    void proposingClosureWithAnUnmetCriterionIsRefused() {
      AccountEscalation early =
          escalation(plus(LIFECYCLE, ProgramEvent.closureProposed(t("2026-03-09T10:00:00Z"))));

      assertIllegal(
          () -> evaluate(early, "2026-03-09T10:00:00Z"),
          "REMEDIATING",
          "CLOSURE_PROPOSED at 2026-03-09T10:00:00Z",
          "AEM-2026-007 is REMEDIATING and cannot take CLOSURE_PROPOSED at 2026-03-09T10:00:00Z:"
              + " success criteria not met: SC-2");
    }

    @Test
    void closingBeforeProposingIsRefusedWithEverythingMissing() {
      AccountEscalation early =
          escalation(plus(LIFECYCLE, ProgramEvent.closed(t("2026-03-09T10:00:00Z"))));

      assertIllegal(
          () -> evaluate(early, "2026-03-09T10:00:00Z"),
          "REMEDIATING",
          "CLOSED at 2026-03-09T10:00:00Z",
          "AEM-2026-007 is REMEDIATING and cannot take CLOSED at 2026-03-09T10:00:00Z: closure has"
              + " not been proposed; success criteria not met: SC-2; consent missing from Customer"
              + " CIO, VP Support");
    }

    @Test
    void pendingConsentLacksOneConsent() {
      ProgramReport report = evaluate(STORY, "2026-03-10T13:00:00Z");

      assertThat(report.state()).isEqualTo(ProgramState.PENDING_CONSENT);
      assertThat(report.criteriaMet()).containsExactlyInAnyOrder("SC-1", "SC-2");
      assertThat(report.consents()).containsExactly("VP Support");
      assertThat(report.closingBlockers()).containsExactly(noConsent("Customer CIO"));
      assertThat(report.mayClose()).isFalse();
      // GREEN updated Tuesday: Friday is the regular day.
      assertDue(
          report, LocalDate.of(2026, 3, 13), "2026-03-13T22:59:59.999999999Z", UpdateRules.CADENCE);
      // A-2 (due Friday too) is done: only the update can fall due.
      assertThat(report.nextChangeAt()).contains(t("2026-03-13T23:00:00Z"));
      assertNextChangeIsExact(POLICY, STORY, report.at());
    }

    @Test
    void closingWithoutEveryRequiredConsentIsRefusedNamingWhoIsMissing() {
      AccountEscalation early =
          escalation(plus(LIFECYCLE, ProgramEvent.closed(t("2026-03-10T14:00:00Z"))));

      assertIllegal(
          () -> evaluate(early, "2026-03-10T14:00:00Z"),
          "PENDING_CONSENT",
          "CLOSED at 2026-03-10T14:00:00Z",
          "AEM-2026-007 is PENDING_CONSENT and cannot take CLOSED at 2026-03-10T14:00:00Z:"
              + " consent missing from Customer CIO");
    }

    @Test
    void everyConsentGivenClosingIsAllowed() {
      ProgramReport report = evaluate(STORY, "2026-03-11T09:30:00Z");

      assertThat(report.consents()).containsExactlyInAnyOrder("Customer CIO", "VP Support");
      assertThat(report.closingBlockers()).isEmpty();
      assertThat(report.mayClose()).isTrue();
    }

    @Test
    void afterClosureTheFollowUpsAreOwed() {
      ProgramReport report = evaluate(STORY, "2026-03-11T12:00:00Z");

      assertThat(report.state()).isEqualTo(ProgramState.CLOSED);
      assertThat(report.closedAt()).contains(t("2026-03-11T10:00:00Z"));
      assertThat(report.nextUpdateDue()).isEmpty();
      assertThat(report.updateOverdueSince()).isEmpty();
      assertThat(report.closingBlockers()).isEmpty();
      assertThat(report.mayClose()).isFalse();
      assertThat(report.nextChangeAt()).isEmpty();
      // By instant, then rule id, subject and message.
      assertThat(report.findings())
          .containsExactly(
              LATE_THURSDAY_UPDATE,
              actionOneLate("done at 2026-03-06T09:00:00Z, late"),
              owed("corrective actions"),
              owed("issue summary"),
              owed("root cause analysis"));
    }

    @Test
    void eachFollowUpDoneStopsItsFinding() {
      ProgramReport summarySent = evaluate(STORY, "2026-03-12T12:00:00Z");
      ProgramReport rcaDone = evaluate(STORY, "2026-03-16T12:00:00Z");

      assertThat(summarySent.state()).isEqualTo(ProgramState.CLOSED);
      assertThat(summarySent.followUps())
          .containsExactly(Map.entry(FollowUp.ISSUE_SUMMARY, t("2026-03-12T09:00:00Z")));
      assertThat(summarySent.findings())
          .filteredOn(f -> f.ruleId().equals(ProgramRules.POST))
          .containsExactly(owed("corrective actions"), owed("root cause analysis"));
      assertThat(rcaDone.state()).isEqualTo(ProgramState.CLOSED);
      assertThat(rcaDone.findings())
          .filteredOn(f -> f.ruleId().equals(ProgramRules.POST))
          .containsExactly(owed("corrective actions"));
    }

    @Test
    void everyFollowUpDoneCompletesTheProgramme() {
      ProgramReport report = evaluate(STORY, "2026-03-18T12:00:00Z");

      assertThat(report.state()).isEqualTo(ProgramState.POST_CLOSURE_COMPLETE);
      assertThat(report.followUps()).containsOnlyKeys(FollowUp.values());
      assertThat(report.findings())
          .containsExactly(
              LATE_THURSDAY_UPDATE, actionOneLate("done at 2026-03-06T09:00:00Z, late"));
      assertThat(report.nextChangeAt()).isEmpty();
    }

    @Test
    void theSameEventsInAnotherOrderGiveTheSameReports() {
      List<ProgramEvent> reversed = new ArrayList<>(LIFECYCLE);
      Collections.reverse(reversed);
      AccountEscalation shuffled = escalation(reversed);

      for (String now :
          List.of(
              "2026-03-03T12:00:00Z",
              "2026-03-05T23:00:00Z",
              "2026-03-07T10:00:00Z",
              "2026-03-11T12:00:00Z",
              "2026-03-18T12:00:00Z")) {
        assertThat(evaluate(shuffled, now)).as(now).isEqualTo(evaluate(STORY, now));
      }
    }
  }

  // --- Status changes ----------------------------------------------------------------------------

  @Nested
  class StatusChanges {
    /** Requested and declared on Monday 2 March at 10:00 in Berlin. */
    private List<ProgramEvent> declared(RagStatus status) {
      return List.of(
          ProgramEvent.requested(t("2026-03-02T08:00:00Z"), RequestSource.SALES, "renewal"),
          ProgramEvent.declared(
              t("2026-03-02T09:00:00Z"), status, List.of("AEM-CRITERIA-DEAL"), ""));
    }

    @Test
    void greenToRedOnTheDayOfTheDeclarationMakesItDueTheNextDay() {
      AccountEscalation e =
          escalation(
              plus(
                  declared(RagStatus.GREEN),
                  ProgramEvent.statusChanged(t("2026-03-02T15:00:00Z"), RagStatus.RED)));

      // GREEN declared Monday: Thursday.
      assertDue(
          evaluate(e, "2026-03-02T14:00:00Z"),
          LocalDate.of(2026, 3, 5),
          "2026-03-05T22:59:59.999999999Z",
          UpdateRules.CADENCE);
      // RED from the declaration: Tuesday.
      ProgramReport red = evaluate(e, "2026-03-02T16:00:00Z");
      assertDue(
          red, LocalDate.of(2026, 3, 3), "2026-03-03T22:59:59.999999999Z", UpdateRules.CADENCE);
      assertThat(red.nextUpdateDue().orElseThrow().status()).isEqualTo(RagStatus.RED);
    }

    @Test
    void greenToRedMayMakeItDueOnTheDayOfTheChange() {
      AccountEscalation e =
          escalation(
              plus(
                  declared(RagStatus.GREEN),
                  ProgramEvent.statusChanged(t("2026-03-03T10:00:00Z"), RagStatus.RED)));

      ProgramReport red = evaluate(e, "2026-03-03T10:00:00Z");

      assertDue(
          red, LocalDate.of(2026, 3, 3), "2026-03-03T22:59:59.999999999Z", UpdateRules.CADENCE);
      assertThat(red.updateOverdueSince()).isEmpty();
    }

    @Test
    void aTighterCadenceAlreadyPastMakesItDueOnTheDayOfTheChange() {
      // GREEN declared Monday is due Thursday. On Wednesday RED counted from Monday (Tuesday) has
      // passed, YELLOW counted from Monday (Wednesday) has not: due by the end of Wednesday.
      AccountEscalation e =
          escalation(
              plus(
                  declared(RagStatus.GREEN),
                  ProgramEvent.statusChanged(t("2026-03-04T10:00:00Z"), RagStatus.RED)));

      ProgramReport red = evaluate(e, "2026-03-04T10:00:00Z");

      assertThat(red.status()).contains(RagStatus.RED);
      assertThat(red.updateOverdueSince()).isEmpty();
      assertThat(red.findings()).isEmpty();
      assertThat(red.nextUpdateDue().orElseThrow().dueDate()).isEqualTo(LocalDate.of(2026, 3, 4));
      assertThat(red.nextUpdateDue().orElseThrow().dueAt())
          .isEqualTo(t("2026-03-04T22:59:59.999999999Z"));
      assertThat(red.nextChangeAt()).contains(t("2026-03-04T23:00:00Z"));
    }

    @Test
    void redIsNeverDueLaterThanYellowFromTheSameHistory() {
      List<ProgramEvent> green = declared(RagStatus.GREEN);
      Instant wednesday = t("2026-03-04T10:00:00Z");

      Instant red =
          evaluate(
                  escalation(plus(green, ProgramEvent.statusChanged(wednesday, RagStatus.RED))),
                  "2026-03-04T10:00:00Z")
              .nextUpdateDue()
              .orElseThrow()
              .dueAt();
      Instant yellow =
          evaluate(
                  escalation(plus(green, ProgramEvent.statusChanged(wednesday, RagStatus.YELLOW))),
                  "2026-03-04T10:00:00Z")
              .nextUpdateDue()
              .orElseThrow()
              .dueAt();

      assertThat(yellow).isEqualTo(t("2026-03-04T22:59:59.999999999Z"));
      assertThat(red).isBeforeOrEqualTo(yellow);
    }

    @Test
    void whenEveryTighterCadenceHasPassedTheDueTimeInForceStays() {
      // GREEN declared Monday is due Thursday; on Thursday RED (Tuesday) and YELLOW (Wednesday)
      // counted from Monday have both passed.
      AccountEscalation e =
          escalation(
              plus(
                  declared(RagStatus.GREEN),
                  ProgramEvent.statusChanged(t("2026-03-05T10:00:00Z"), RagStatus.RED)));

      ProgramReport red = evaluate(e, "2026-03-05T10:00:00Z");

      assertThat(red.nextUpdateDue().orElseThrow().dueAt())
          .isEqualTo(t("2026-03-05T22:59:59.999999999Z"));
      assertThat(red.updateOverdueSince()).isEmpty();
    }

    @Test
    void aLaxerStatusNeverMakesAnUpdateOverdueAfterTheFact() {
      // RED on Thursday keeps the Thursday due time (see above); YELLOW counted from Monday would
      // be Wednesday, already past: the Thursday stays.
      AccountEscalation e =
          escalation(
              plus(
                  declared(RagStatus.GREEN),
                  ProgramEvent.statusChanged(t("2026-03-05T10:00:00Z"), RagStatus.RED),
                  ProgramEvent.statusChanged(t("2026-03-05T11:00:00Z"), RagStatus.YELLOW)));

      ProgramReport yellow = evaluate(e, "2026-03-05T11:00:00Z");

      assertThat(yellow.status()).contains(RagStatus.YELLOW);
      assertThat(yellow.updateOverdueSince()).isEmpty();
      assertThat(yellow.findings()).isEmpty();
      assertThat(yellow.nextUpdateDue().orElseThrow().dueAt())
          .isEqualTo(t("2026-03-05T22:59:59.999999999Z"));
    }

    @Test
    void aStricterStatusIsNeverDueLaterAndNoChangeMakesAnUpdateOverdueAfterTheFact() {
      List<RagStatus> none = List.of();
      for (RagStatus declaredAs : RagStatus.values()) {
        for (List<RagStatus> between :
            List.of(
                none,
                List.of(RagStatus.RED),
                List.of(RagStatus.YELLOW),
                List.of(RagStatus.GREEN))) {
          List<ProgramEvent> history = new ArrayList<>(declared(declaredAs));
          for (RagStatus status : between) {
            history.add(ProgramEvent.statusChanged(t("2026-03-03T12:00:00Z"), status));
          }
          for (int hours = 1; hours <= 130; hours += 3) {
            Instant change = t("2026-03-03T12:00:00Z").plus(Duration.ofHours(hours));
            boolean overdueBefore =
                POLICY.evaluate(escalation(history), change).updateOverdueSince().isPresent();
            Instant[] dues = new Instant[3];
            for (RagStatus to : RagStatus.values()) {
              ProgramReport report =
                  POLICY.evaluate(
                      escalation(plus(history, ProgramEvent.statusChanged(change, to))), change);
              dues[to.ordinal()] = report.nextUpdateDue().orElseThrow().dueAt();
              assertThat(report.updateOverdueSince().isPresent())
                  .as("%s, then %s, to %s at %s: overdue", declaredAs, between, to, change)
                  .isEqualTo(overdueBefore);
            }
            String label = declaredAs + ", then " + between + ", changed at " + change;
            assertThat(dues[0]).as("%s: RED <= YELLOW", label).isBeforeOrEqualTo(dues[1]);
            assertThat(dues[1]).as("%s: YELLOW <= GREEN", label).isBeforeOrEqualTo(dues[2]);
          }
        }
      }
    }

    @Test
    void aStricterStatusNeverMakesTheDueTimeLater() {
      // YELLOW declared Monday is due Wednesday; RED counted from the change on Wednesday would
      // be Thursday: the Wednesday stays.
      AccountEscalation e =
          escalation(
              plus(
                  declared(RagStatus.YELLOW),
                  ProgramEvent.statusChanged(t("2026-03-04T10:00:00Z"), RagStatus.RED)));

      ProgramReport red = evaluate(e, "2026-03-04T10:00:00Z");

      assertThat(red.status()).contains(RagStatus.RED);
      assertThat(red.nextUpdateDue().orElseThrow().dueAt())
          .isEqualTo(t("2026-03-04T22:59:59.999999999Z"));
    }

    @Test
    void aLaxerStatusCountsItsCadenceFromTheLastUpdate() {
      AccountEscalation e =
          escalation(
              plus(
                  declared(RagStatus.RED),
                  ProgramEvent.statusChanged(t("2026-03-02T15:00:00Z"), RagStatus.GREEN)));

      assertDue(
          evaluate(e, "2026-03-02T14:00:00Z"),
          LocalDate.of(2026, 3, 3),
          "2026-03-03T22:59:59.999999999Z",
          UpdateRules.CADENCE);
      // GREEN from Monday's declaration: Thursday.
      assertDue(
          evaluate(e, "2026-03-02T16:00:00Z"),
          LocalDate.of(2026, 3, 5),
          "2026-03-05T22:59:59.999999999Z",
          UpdateRules.CADENCE);
    }

    @Test
    void aStatusChangeNeverForgivesAnOverdueUpdate() {
      AccountEscalation e =
          escalation(
              plus(
                  declared(RagStatus.YELLOW),
                  ProgramEvent.statusChanged(t("2026-03-05T10:00:00Z"), RagStatus.GREEN),
                  update("2026-03-05T12:00:00Z", "Back on track")));

      ProgramReport green = evaluate(e, "2026-03-05T11:00:00Z");
      assertThat(green.status()).contains(RagStatus.GREEN);
      assertDue(
          green, LocalDate.of(2026, 3, 4), "2026-03-04T22:59:59.999999999Z", UpdateRules.CADENCE);
      assertThat(green.updateOverdueSince()).contains(t("2026-03-04T23:00:00Z"));
      assertThat(green.nextChangeAt()).isEmpty();

      ProgramReport updated = evaluate(e, "2026-03-05T13:00:00Z");
      // GREEN updated Thursday: Sunday, but Friday comes first.
      assertDue(
          updated, LocalDate.of(2026, 3, 6), "2026-03-06T22:59:59.999999999Z", UpdateRules.FRIDAY);
      assertThat(updated.findings())
          .extracting(Finding::ruleId, Finding::observed, Finding::since)
          .containsExactly(
              tuple(
                  UpdateRules.OVERDUE,
                  "update at 2026-03-05T12:00:00Z, 13h late",
                  t("2026-03-04T23:00:00Z")));
    }

    @Test
    void theSameStatusAgainChangesNothing() {
      AccountEscalation e =
          escalation(
              plus(
                  declared(RagStatus.YELLOW),
                  ProgramEvent.statusChanged(t("2026-03-03T10:00:00Z"), RagStatus.YELLOW)));

      assertThat(evaluate(e, "2026-03-03T11:00:00Z").nextUpdateDue())
          .isEqualTo(evaluate(e, "2026-03-03T09:00:00Z").nextUpdateDue());
    }
  }

  // --- Other settings, closure with debts, DST ---------------------------------------------------

  @Nested
  class Variants {
    @Test
    void withAFivePmCutOffLatenessCountsFromTheCutOff() {
      PlaybookProgramPolicy policy =
          PlaybookProgramPolicy.of(
              PlaybookUpdateCadence.of(
                  UpdateSettings.builder().cutoff(LocalTime.of(17, 0)).build()));
      AccountEscalation e =
          escalation(
              ProgramEvent.requested(t("2026-03-02T08:00:00Z"), RequestSource.SALES, "renewal"),
              ProgramEvent.declared(
                  t("2026-03-02T09:00:00Z"), RagStatus.YELLOW, List.of(), "CEO escalated"),
              update("2026-03-04T17:30:00Z", "Patch deployed"));

      ProgramReport before = policy.evaluate(e, t("2026-03-04T12:00:00Z"));
      // Wednesday 17:00 in Berlin.
      assertThat(before.nextUpdateDue().orElseThrow().dueAt()).isEqualTo(t("2026-03-04T16:00:00Z"));
      assertThat(before.nextChangeAt()).contains(t("2026-03-04T16:00:00.000000001Z"));
      assertNextChangeIsExact(policy, e, before.at());

      ProgramReport after = policy.evaluate(e, t("2026-03-04T18:00:00Z"));
      assertThat(after.findings())
          .containsExactly(
              Finding.builder()
                  .ruleId(UpdateRules.OVERDUE)
                  .subject(ESCALATION)
                  .observed("update at 2026-03-04T17:30:00Z, 1h30m late")
                  .threshold("YELLOW update due by 2026-03-04T16:00:00Z (UPD-CADENCE)")
                  .message(
                      "YELLOW escalation AEM-2026-007: update overdue, update at"
                          + " 2026-03-04T17:30:00Z, 1h30m late")
                  .since(t("2026-03-04T16:00:00.000000001Z"))
                  .until(t("2026-03-04T17:30:00Z"))
                  .build());
      // YELLOW updated Wednesday: Friday 17:00.
      assertThat(after.nextUpdateDue().orElseThrow().dueAt()).isEqualTo(t("2026-03-06T16:00:00Z"));
    }

    @Test
    void closingWithAnUpdateAndAnActionOverdueKeepsThemAsFindings() {
      AccountEscalation e =
          escalation(
              ProgramEvent.requested(t("2026-03-02T08:00:00Z"), RequestSource.EXECUTIVES, "CEO"),
              ProgramEvent.stakeholderAdded(
                  t("2026-03-02T08:05:00Z"), Stakeholder.required("Customer CIO")),
              ProgramEvent.declared(
                  t("2026-03-02T09:00:00Z"),
                  RagStatus.YELLOW,
                  List.of("AEM-CRITERIA-VISIBILITY"),
                  ""),
              ProgramEvent.criterionSet(t("2026-03-02T10:00:00Z"), SC_1),
              ProgramEvent.actionAdded(
                  t("2026-03-02T11:00:00Z"),
                  action("A-1", "Dana Lee", LocalDate.of(2026, 3, 3), "SC-1")),
              ProgramEvent.actionAdded(
                  t("2026-03-02T11:01:00Z"),
                  action("A-2", "Sam Roe", LocalDate.of(2026, 3, 20), "SC-1")),
              ProgramEvent.criterionMet(t("2026-03-05T08:00:00Z"), "SC-1"),
              ProgramEvent.closureProposed(t("2026-03-05T08:30:00Z")),
              ProgramEvent.consentGiven(t("2026-03-05T09:00:00Z"), "Customer CIO"),
              ProgramEvent.closed(t("2026-03-05T10:00:00Z")));

      ProgramReport report = evaluate(e, "2026-03-25T12:00:00Z");

      assertThat(report.state()).isEqualTo(ProgramState.CLOSED);
      assertThat(report.nextChangeAt()).isEmpty();
      // By instant: A-1 fell due first. A-2, due after the closure, is never a finding.
      assertThat(report.findings())
          .extracting(Finding::ruleId, Finding::subject, Finding::observed, Finding::since)
          .containsExactly(
              tuple(
                  ProgramRules.ACTION,
                  Subject.of("action-item", "AEM-2026-007/A-1"),
                  "not done when closed at 2026-03-05T10:00:00Z",
                  t("2026-03-03T23:00:00Z")),
              tuple(
                  UpdateRules.OVERDUE,
                  ESCALATION,
                  "no update before closing at 2026-03-05T10:00:00Z",
                  t("2026-03-04T23:00:00Z")),
              tuple(
                  ProgramRules.POST,
                  ESCALATION,
                  "corrective actions not done",
                  t("2026-03-05T10:00:00Z")),
              tuple(
                  ProgramRules.POST,
                  ESCALATION,
                  "issue summary not done",
                  t("2026-03-05T10:00:00Z")),
              tuple(
                  ProgramRules.POST,
                  ESCALATION,
                  "root cause analysis not done",
                  t("2026-03-05T10:00:00Z")));
    }

    @Test
    void anActionDueOnTheSpringForwardDayIsOverdueFromItsEndInSummerTime() {
      // 29 March 2026 in Berlin ends at 24:00 CEST, i.e. 22:00Z.
      AccountEscalation e =
          escalation(
              ProgramEvent.requested(t("2026-03-27T08:00:00Z"), RequestSource.SALES, "renewal"),
              ProgramEvent.declared(
                  t("2026-03-27T09:00:00Z"), RagStatus.RED, List.of("AEM-CRITERIA-DEAL"), ""),
              ProgramEvent.criterionSet(t("2026-03-27T10:00:00Z"), SC_1),
              ProgramEvent.actionAdded(
                  t("2026-03-27T11:00:00Z"),
                  action("A-1", "Dana Lee", LocalDate.of(2026, 3, 29), "SC-1")));

      assertThat(evaluate(e, "2026-03-29T21:59:59.999999999Z").findings())
          .noneMatch(f -> f.ruleId().equals(ProgramRules.ACTION));
      assertThat(evaluate(e, "2026-03-29T22:00:00Z").findings())
          .filteredOn(f -> f.ruleId().equals(ProgramRules.ACTION))
          .extracting(Finding::since)
          .containsExactly(t("2026-03-29T22:00:00Z"));
    }
  }

  // --- Illegal transitions -----------------------------------------------------------------------

  @Nested
  class IllegalTransitions {
    private final ProgramEvent request =
        ProgramEvent.requested(t("2026-03-02T08:00:00Z"), RequestSource.SALES, "renewal");
    private final ProgramEvent declare =
        ProgramEvent.declared(
            t("2026-03-02T09:00:00Z"), RagStatus.YELLOW, List.of("AEM-CRITERIA-DEAL"), "");

    @Test
    void anUpdateBeforeTheDeclaration() {
      AccountEscalation e = escalation(request, update("2026-03-02T08:30:00Z", "Looking into it"));

      assertIllegal(
          () -> evaluate(e, "2026-03-02T10:00:00Z"),
          "PROPOSED",
          "UPDATED at 2026-03-02T08:30:00Z",
          "AEM-2026-007 is PROPOSED and cannot take UPDATED at 2026-03-02T08:30:00Z: it needs one of [ACTIVE, REMEDIATING, PENDING_CONSENT]");
    }

    @Test
    void declaringTwice() {
      AccountEscalation e =
          escalation(
              request,
              declare,
              ProgramEvent.declared(
                  t("2026-03-02T12:00:00Z"), RagStatus.RED, List.of(), "worse than thought"));

      assertIllegal(
          () -> evaluate(e, "2026-03-02T12:00:00Z"),
          "ACTIVE",
          "DECLARED at 2026-03-02T12:00:00Z RED",
          "AEM-2026-007 is ACTIVE and cannot take DECLARED at 2026-03-02T12:00:00Z RED: it needs [PROPOSED]");
    }

    @Test
    void anActionForAnUnknownCriterion() {
      AccountEscalation e =
          escalation(
              request,
              declare,
              ProgramEvent.criterionSet(t("2026-03-02T10:00:00Z"), SC_1),
              ProgramEvent.actionAdded(
                  t("2026-03-02T12:00:00Z"),
                  action("A-9", "Dana Lee", LocalDate.of(2026, 3, 9), "SC-9")));

      assertIllegal(
          () -> evaluate(e, "2026-03-02T12:00:00Z"),
          "ACTIVE",
          "ACTION_ADDED at 2026-03-02T12:00:00Z",
          "AEM-2026-007 is ACTIVE and cannot take ACTION_ADDED at 2026-03-02T12:00:00Z: action item"
              + " A-9 serves no known success criterion: SC-9 (known: [SC-1])");
    }

    @Test
    void aConsentFromAnUnknownStakeholder() {
      AccountEscalation e =
          escalation(
              request,
              ProgramEvent.stakeholderAdded(
                  t("2026-03-02T08:05:00Z"), Stakeholder.required("Customer CIO")),
              declare,
              ProgramEvent.consentGiven(t("2026-03-02T12:00:00Z"), "Jane Doe"));

      assertIllegal(
          () -> evaluate(e, "2026-03-02T12:00:00Z"),
          "ACTIVE",
          "CONSENT_GIVEN at 2026-03-02T12:00:00Z Jane Doe",
          "AEM-2026-007 is ACTIVE and cannot take CONSENT_GIVEN at 2026-03-02T12:00:00Z Jane Doe:"
              + " no stakeholder Jane Doe (known: [Customer CIO])");
    }

    @Test
    void aMetCriterionThatWasNeverSet() {
      AccountEscalation e =
          escalation(
              request,
              declare,
              ProgramEvent.criterionSet(t("2026-03-02T10:00:00Z"), SC_1),
              ProgramEvent.criterionMet(t("2026-03-02T12:00:00Z"), "SC-9"));

      assertIllegal(
          () -> evaluate(e, "2026-03-02T12:00:00Z"),
          "ACTIVE",
          "CRITERION_MET at 2026-03-02T12:00:00Z SC-9",
          "AEM-2026-007 is ACTIVE and cannot take CRITERION_MET at 2026-03-02T12:00:00Z SC-9: no"
              + " success criterion SC-9 (known: [SC-1])");
    }

    @Test
    void nothingAfterADecline() {
      ProgramEvent decline =
          ProgramEvent.declined(t("2026-03-02T09:00:00Z"), "a transaction-level issue only");
      ProgramReport declined = evaluate(escalation(request, decline), "2026-03-02T09:30:00Z");
      assertThat(declined.state()).isEqualTo(ProgramState.DECLINED);
      assertThat(declined.nextUpdateDue()).isEmpty();
      assertThat(declined.closingBlockers()).isEmpty();
      assertThat(declined.nextChangeAt()).isEmpty();

      Instant later = t("2026-03-02T10:00:00Z");
      List<ProgramEvent> refused =
          List.of(
              ProgramEvent.declared(later, RagStatus.RED, List.of("AEM-CRITERIA-DEAL"), ""),
              ProgramEvent.stakeholderAdded(later, Stakeholder.required("Customer CIO")),
              ProgramEvent.updated(StatusUpdate.of(later, "Still looking")),
              ProgramEvent.statusChanged(later, RagStatus.GREEN),
              ProgramEvent.declined(later, "again"),
              ProgramEvent.closed(later),
              ProgramEvent.followedUp(later, FollowUp.ISSUE_SUMMARY));
      for (ProgramEvent event : refused) {
        assertIllegal(
            () -> evaluate(escalation(request, decline, event), "2026-03-02T10:00:00Z"),
            "DECLINED",
            event.toString(),
            "AEM-2026-007 is DECLINED and cannot take " + event + ": DECLINED is final");
      }
      ProgramEvent again = ProgramEvent.requested(later, RequestSource.EXECUTIVES, "again");
      assertIllegal(
          () -> evaluate(escalation(request, decline, again), "2026-03-02T10:00:00Z"),
          "DECLINED",
          "REQUESTED at 2026-03-02T10:00:00Z from EXECUTIVES",
          "AEM-2026-007 is DECLINED and cannot take REQUESTED at 2026-03-02T10:00:00Z from"
              + " EXECUTIVES: the escalation was already requested");
    }

    @Test
    void proposingClosureWithAnUnmetCriterion() {
      AccountEscalation e =
          escalation(
              request,
              declare,
              ProgramEvent.criterionSet(t("2026-03-02T10:00:00Z"), SC_1),
              ProgramEvent.criterionSet(t("2026-03-02T10:01:00Z"), SC_2),
              ProgramEvent.criterionMet(t("2026-03-02T11:00:00Z"), "SC-1"),
              ProgramEvent.closureProposed(t("2026-03-02T12:00:00Z")));

      assertIllegal(
          () -> evaluate(e, "2026-03-02T12:00:00Z"),
          "ACTIVE",
          "CLOSURE_PROPOSED at 2026-03-02T12:00:00Z",
          "AEM-2026-007 is ACTIVE and cannot take CLOSURE_PROPOSED at 2026-03-02T12:00:00Z:"
              + " success criteria not met: SC-2");
    }

    @Test
    void proposingClosureWithoutAnyCriterion() {
      AccountEscalation e =
          escalation(request, declare, ProgramEvent.closureProposed(t("2026-03-02T12:00:00Z")));

      assertIllegal(
          () -> evaluate(e, "2026-03-02T12:00:00Z"),
          "ACTIVE",
          "CLOSURE_PROPOSED at 2026-03-02T12:00:00Z",
          "AEM-2026-007 is ACTIVE and cannot take CLOSURE_PROPOSED at 2026-03-02T12:00:00Z: no"
              + " success criterion has been set");
    }

    @Test
    void closingAnActiveEscalationWithoutCriteriaSaysWhatIsMissing() {
      AccountEscalation e =
          escalation(request, declare, ProgramEvent.closed(t("2026-03-02T12:00:00Z")));

      assertIllegal(
          () -> evaluate(e, "2026-03-02T12:00:00Z"),
          "ACTIVE",
          "CLOSED at 2026-03-02T12:00:00Z",
          "AEM-2026-007 is ACTIVE and cannot take CLOSED at 2026-03-02T12:00:00Z: closure has not"
              + " been proposed; no success criterion has been set");
    }

    @Test
    void aFollowUpBeforeClosing() {
      AccountEscalation e =
          escalation(
              request,
              declare,
              ProgramEvent.followedUp(t("2026-03-02T12:00:00Z"), FollowUp.ROOT_CAUSE_ANALYSIS));

      assertIllegal(
          () -> evaluate(e, "2026-03-02T12:00:00Z"),
          "ACTIVE",
          "FOLLOWED_UP at 2026-03-02T12:00:00Z ROOT_CAUSE_ANALYSIS",
          "AEM-2026-007 is ACTIVE and cannot take FOLLOWED_UP at 2026-03-02T12:00:00Z"
              + " ROOT_CAUSE_ANALYSIS: it needs [CLOSED]");
    }

    @Test
    void aFollowUpTwice() {
      AccountEscalation e =
          escalation(
              plus(
                  LIFECYCLE,
                  ProgramEvent.followedUp(t("2026-03-13T09:00:00Z"), FollowUp.ISSUE_SUMMARY)));

      assertIllegal(
          () -> evaluate(e, "2026-03-13T09:00:00Z"),
          "CLOSED",
          "FOLLOWED_UP at 2026-03-13T09:00:00Z ISSUE_SUMMARY",
          "AEM-2026-007 is CLOSED and cannot take FOLLOWED_UP at 2026-03-13T09:00:00Z"
              + " ISSUE_SUMMARY: ISSUE_SUMMARY was already done at 2026-03-12T09:00:00Z");
    }

    @Test
    void anUpdateAfterClosing() {
      AccountEscalation e =
          escalation(plus(LIFECYCLE, update("2026-03-11T11:00:00Z", "One more thing")));

      assertIllegal(
          () -> evaluate(e, "2026-03-11T11:00:00Z"),
          "CLOSED",
          "UPDATED at 2026-03-11T11:00:00Z",
          "AEM-2026-007 is CLOSED and cannot take UPDATED at 2026-03-11T11:00:00Z: it needs one of [ACTIVE, REMEDIATING, PENDING_CONSENT]");
    }

    @Test
    void aFirstEventOtherThanARequest() {
      AccountEscalation e = escalation(declare);

      assertIllegal(
          () -> evaluate(e, "2026-03-02T10:00:00Z"),
          "not requested yet",
          "DECLARED at 2026-03-02T09:00:00Z YELLOW",
          "AEM-2026-007 is not requested yet and cannot take DECLARED at 2026-03-02T09:00:00Z"
              + " YELLOW: the first event must be REQUESTED");
    }

    @Test
    void anEvaluationBeforeTheRequest() {
      AccountEscalation e = escalation(request);

      assertIllegal(
          () -> evaluate(e, "2026-03-02T07:00:00Z"),
          "not requested yet",
          "an evaluation at 2026-03-02T07:00:00Z",
          "AEM-2026-007 is not requested yet and cannot take an evaluation at"
              + " 2026-03-02T07:00:00Z: no REQUESTED event at or before 2026-03-02T07:00:00Z");
    }

    @Test
    void anIllegalEventAfterTheEvaluationInstantIsNotYetApplied() {
      AccountEscalation e =
          escalation(
              request,
              declare,
              ProgramEvent.declared(t("2026-03-02T12:00:00Z"), RagStatus.RED, List.of(), "again"));

      assertThat(evaluate(e, "2026-03-02T11:59:59Z").state()).isEqualTo(ProgramState.ACTIVE);
      assertThatThrownBy(() -> evaluate(e, "2026-03-02T12:00:00Z"))
          .isInstanceOf(IllegalTransitionException.class);
    }
  }
}
