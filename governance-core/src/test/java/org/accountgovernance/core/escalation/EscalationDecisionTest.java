package org.accountgovernance.core.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.IssueId;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.Reason;
import org.accountgovernance.core.RuleId;
import org.accountgovernance.core.escalation.EscalationChange.Type;
import org.accountgovernance.core.escalation.EscalationDecision.Status;
import org.accountgovernance.core.sla.CoverageCalendar;
import org.accountgovernance.core.sla.PausableClock;
import org.accountgovernance.core.sla.Pause;
import org.accountgovernance.core.sla.ResponseClock;
import org.junit.jupiter.api.Test;

/**
 * The helpers of an escalation decision (current path, clock, deadline owed, rule ids, changes
 * missed) and the SPI's catch-up default, on a hand-built decision: CASE-4711 opened at L1 at
 * 08:00, raised to L2 by a yield drop at 10:00; both levels have a 4 h target on a 24x7 calendar.
 */
class EscalationDecisionTest {
  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  private static final IssueId CASE = IssueId.of("CASE-4711");
  private static final AccountId ACME = AccountId.of("ACME-EU");

  private static Instant hour(int h) {
    return T0.plus(Duration.ofHours(h - 8));
  }

  private static EscalationLevel level(String id, int rank, String supplier, String customer) {
    return EscalationLevel.builder()
        .id(id)
        .name("Level " + id)
        .rank(rank)
        .responseTarget(Duration.ofHours(4))
        .calendar(CoverageCalendar.alwaysOn())
        .path(EscalationPath.of(PartyRole.supplier(supplier), PartyRole.customer(customer)))
        .build();
  }

  private static final EscalationLevel L1 = level("L1", 1, "Factory PM", "Customer Buyer");
  private static final EscalationLevel L2 = level("L2", 2, "Account Manager", "Ops Manager");

  private static final RuleId ESC_TRIGGER = RuleId.of("ESC-TRIGGER");
  private static final Reason YIELD =
      Reason.of(ESC_TRIGGER, "7 points", "> 5 points", "yield drop above the L2 threshold");
  private static final Reason DELAY =
      Reason.of(ESC_TRIGGER, "4 days", ">= 3 days", "delay above the L2 threshold");
  private static final Reason OPENED =
      Reason.of(RuleId.of("ESC-OPEN"), "opened", "any issue", "every issue starts at L1");

  private static LevelChange opening() {
    return LevelChange.builder().at(T0).to("L1").cause(LevelChange.Cause.OPENED).build();
  }

  private static LevelChange raised() {
    return LevelChange.builder()
        .at(hour(10))
        .from("L1")
        .to("L2")
        .cause(LevelChange.Cause.TRIGGER)
        .addReasons(YIELD)
        .build();
  }

  private static final EscalationChange ENTERED_L1 = change(T0, Type.LEVEL, "L1", "opened at L1");
  private static final EscalationChange ENTERED_L2 =
      change(hour(10), Type.LEVEL, "L2", "raised to L2: yield drop 7 points");
  private static final EscalationChange WARNED =
      change(hour(13), Type.WARNING, "L2", "L2 response due 2026-03-02T14:00:00Z");

  private static EscalationChange change(Instant at, Type type, String level, String text) {
    return EscalationChange.builder()
        .at(at)
        .type(type)
        .ruleId(RuleId.of("ESC-SLA"))
        .levelId(level)
        .description(text)
        .build();
  }

  private static ResponseClock l1Clock(Instant now) {
    return ResponseClock.evaluate(
        "L1",
        Duration.ofHours(4),
        List.of(),
        PausableClock.of(CoverageCalendar.alwaysOn(), T0),
        Optional.empty(),
        Optional.of(hour(10)),
        now);
  }

  private static ResponseClock l2Clock(
      PausableClock clock, Optional<Instant> respondedAt, Instant now) {
    return ResponseClock.evaluate(
        "L2", Duration.ofHours(4), List.of(), clock, respondedAt, Optional.empty(), now);
  }

  private static ResponseClock l2Clock(Optional<Instant> respondedAt, Instant now) {
    return l2Clock(PausableClock.of(CoverageCalendar.alwaysOn(), hour(10)), respondedAt, now);
  }

  private static EscalationDecision decision(Status status, ResponseClock current, Instant now) {
    return EscalationDecision.builder()
        .issueId(CASE)
        .account(ACME)
        .at(now)
        .status(status)
        .level(L2)
        .addReasons(YIELD, DELAY)
        .addLevelHistory(opening(), raised())
        .addClocks(l1Clock(now), current)
        .addChanges(ENTERED_L1, ENTERED_L2, WARNED)
        .build();
  }

  private static EscalationDecision running(Instant now) {
    return decision(Status.OPEN, l2Clock(Optional.empty(), now), now);
  }

  @Test
  void theCurrentLevelsPathEntryAndClock() {
    EscalationDecision d = running(hour(11));

    assertThat(d.path()).isEqualTo(L2.path());
    assertThat(d.path()).hasToString("Account Manager <-> Ops Manager");
    assertThat(d.enteredLevelAt()).isEqualTo(hour(10));
    assertThat(d.clock().levelId()).isEqualTo("L2");
    assertThat(d.clocks().get(0).status()).isEqualTo(ResponseClock.Status.ENDED);
  }

  @Test
  void aResponseIsDueWhileTheClockRunsAndStillOnceBreached() {
    assertThat(running(hour(11)).responseDue()).contains(hour(14));

    EscalationDecision breached = running(hour(15));
    assertThat(breached.clock().status()).isEqualTo(ResponseClock.Status.BREACHED);
    assertThat(breached.responseDue()).contains(hour(14));
  }

  @Test
  void noResponseIsDueOnceOneCame() {
    EscalationDecision met =
        decision(Status.OPEN, l2Clock(Optional.of(hour(11)), hour(12)), hour(12));
    assertThat(met.clock().status()).isEqualTo(ResponseClock.Status.MET);
    assertThat(met.responseDue()).isEmpty();

    // A late response: the breach stays on record, but nothing is owed any more.
    EscalationDecision lateAnswer =
        decision(Status.OPEN, l2Clock(Optional.of(hour(15)), hour(16)), hour(16));
    assertThat(lateAnswer.clock().status()).isEqualTo(ResponseClock.Status.BREACHED);
    assertThat(lateAnswer.responseDue()).isEmpty();
  }

  @Test
  void noResponseIsDueWhilePausedOrOnceResolved() {
    PausableClock paused =
        PausableClock.builder()
            .calendar(CoverageCalendar.alwaysOn())
            .start(hour(10))
            .addPauses(Pause.since(hour(11)))
            .build();
    EscalationDecision waiting =
        decision(Status.PAUSED, l2Clock(paused, Optional.empty(), hour(12)), hour(12));
    assertThat(waiting.responseDue()).isEmpty();

    // Resolved with the L2 deadline missed: on record as a breach, no longer owed.
    EscalationDecision resolved =
        decision(Status.RESOLVED, l2Clock(Optional.empty(), hour(15)), hour(15));
    assertThat(resolved.clock().status()).isEqualTo(ResponseClock.Status.BREACHED);
    assertThat(resolved.responseDue()).isEmpty();
  }

  @Test
  void ruleIdsAreTheDistinctRulesBehindTheLevelInOrder() {
    EscalationDecision d =
        EscalationDecision.builder().from(running(hour(11))).addReasons(OPENED, YIELD).build();

    assertThat(d.ruleIds()).containsExactly(ESC_TRIGGER, RuleId.of("ESC-OPEN"));
  }

  @Test
  void changesSinceAreThoseAfterTheGivenInstant() {
    EscalationDecision d = running(hour(13));

    assertThat(d.changesSince(T0.minusNanos(1))).containsExactly(ENTERED_L1, ENTERED_L2, WARNED);
    assertThat(d.changesSince(T0)).containsExactly(ENTERED_L2, WARNED);
    assertThat(d.changesSince(hour(10))).containsExactly(WARNED);
    assertThat(d.changesSince(hour(13))).isEmpty();
  }

  @Test
  void aDecisionAtAnotherInstantWithTheSameOutcome() {
    EscalationDecision d = running(hour(11));
    assertThat(d.withAt(hour(12)).at()).isEqualTo(hour(12));
    assertThat(d.withAt(hour(12)).level()).isEqualTo(L2);
  }

  // --- EscalationPolicy.changesBetween -----------------------------------------------------------

  /** A policy that knows only the hand-built history: what had happened by {@code now}. */
  private static final EscalationPolicy HISTORY =
      (issue, now) ->
          EscalationDecision.builder()
              .from(running(now))
              .changes(
                  Stream.of(ENTERED_L1, ENTERED_L2, WARNED)
                      .filter(c -> !c.at().isAfter(now))
                      .toList())
              .build();

  private static final Issue ISSUE = Issue.builder().id(CASE).account(ACME).openedAt(T0).build();

  @Test
  void catchingUpGivesTheChangesInTheHalfOpenRange() {
    assertThat(HISTORY.changesBetween(ISSUE, hour(9), hour(12))).containsExactly(ENTERED_L2);
    assertThat(HISTORY.changesBetween(ISSUE, hour(10), hour(13))).containsExactly(WARNED);
    assertThat(HISTORY.changesBetween(ISSUE, hour(11), hour(11))).isEmpty();
  }

  @Test
  void catchingUpBackwardsIsRejected() {
    assertThatThrownBy(() -> HISTORY.changesBetween(ISSUE, hour(12), hour(11)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "to must be at or after from (2026-03-02T12:00:00Z) but was 2026-03-02T11:00:00Z");
  }

  // --- EscalationSummary, EscalationPolicy.summarize, SeverityClassifier.levelId
  // ------------------

  @Test
  void aSummaryKeepsTheLevelReasonsResponseDueAndNextChange() {
    EscalationDecision d =
        EscalationDecision.builder().from(running(hour(11))).nextChangeAt(hour(13)).build();

    EscalationSummary s = d.summary();

    assertThat(s.issueId()).isEqualTo(CASE);
    assertThat(s.account()).isEqualTo(ACME);
    assertThat(s.at()).isEqualTo(hour(11));
    assertThat(s.status()).isEqualTo(Status.OPEN);
    assertThat(s.level()).isEqualTo(L2);
    assertThat(s.reasons()).containsExactly(YIELD, DELAY);
    assertThat(s.responseDue()).contains(hour(14));
    assertThat(s.nextChangeAt()).contains(hour(13));
  }

  @Test
  void theDefaultSummarizeIsTheDecisionsSummary() {
    assertThat(HISTORY.summarize(ISSUE, hour(12))).isEqualTo(running(hour(12)).summary());
  }

  @Test
  void aSummaryWithoutAReasonIsRefused() {
    EscalationSummary.Builder noReason =
        EscalationSummary.builder().from(running(hour(11)).summary()).reasons(List.of());
    assertThatThrownBy(noReason::build)
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("EscalationSummary.reasons must be non-empty but was []");
  }

  @Test
  void aSummaryWhoseNextChangeIsNotAfterItsInstantIsRefused() {
    EscalationSummary s = running(hour(11)).summary();
    assertThatThrownBy(() -> EscalationSummary.builder().from(s).nextChangeAt(hour(11)).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "EscalationSummary.nextChangeAt must be after at 2026-03-02T11:00:00Z"
                + " but was 2026-03-02T11:00:00Z");
    assertThat(
            EscalationSummary.builder()
                .from(s)
                .nextChangeAt(hour(11).plusNanos(1))
                .build()
                .nextChangeAt())
        .contains(hour(11).plusNanos(1));
  }

  @Test
  void theDefaultLevelIdIsTheClassificationsLevel() {
    SeverityClassifier byCount =
        (triggers, ladder) ->
            Classification.builder()
                .levelId(triggers.size() > 1 ? "L2" : "L1")
                .bypass(false)
                .addReason(YIELD)
                .build();
    EscalationLadder ladder = EscalationLadder.of(List.of(L1, L2));

    assertThat(byCount.levelId(List.of(), ladder)).isEqualTo("L1");
    assertThat(byCount.levelId(List.of(Trigger.unitDefect(1), Trigger.unitDefect(2)), ladder))
        .isEqualTo("L2");
  }

  // --- EscalationChange and LevelChange ----------------------------------------------------------

  @Test
  void changesSortByInstantThenTypeThenLevel() {
    EscalationChange breachSameInstant =
        change(hour(13), Type.BREACH, "L1", "L1 response due 2026-03-02T12:00:00Z was missed");
    EscalationChange levelSameInstant = change(hour(13), Type.LEVEL, "L3", "raised to L3");

    assertThat(Stream.of(breachSameInstant, WARNED, ENTERED_L2, levelSameInstant).sorted())
        .containsExactly(ENTERED_L2, levelSameInstant, WARNED, breachSameInstant);
    assertThat(WARNED)
        .hasToString(
            "2026-03-02T13:00:00Z WARNING L2 [ESC-SLA] L2 response due 2026-03-02T14:00:00Z");
  }

  @Test
  void levelChangesReadAsFromToWhenAndCause() {
    assertThat(opening()).hasToString("opened at L1 at 2026-03-02T08:00:00Z (OPENED)");
    assertThat(raised()).hasToString("L1 -> L2 at 2026-03-02T10:00:00Z (TRIGGER)");
    assertThat(L2).hasToString("L2 Level L2");
  }
}
