package org.accountgovernance.flink;

import static org.accountgovernance.flink.AccountGovernanceHarnessTest.harness;
import static org.accountgovernance.flink.AccountGovernanceHarnessTest.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.cadence.MeetingRecord;
import org.accountgovernance.core.program.ActionItem;
import org.accountgovernance.core.program.RequestSource;
import org.accountgovernance.core.program.Stakeholder;
import org.accountgovernance.core.update.RagStatus;
import org.accountgovernance.rules.account.Playbook;
import org.accountgovernance.rules.cadence.CadenceSettings;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/** Consents and action items on the account-level escalation, and the meetings' cadence. */
@SuppressWarnings("try") // the harness closes with InterruptedException, as Flink declares
class ConsentAndMeetingsHarnessTest {
  private static Instant utc(String time) {
    return Instant.parse("2026-03-02T" + time + "Z");
  }

  private static void send(
      KeyedOneInputStreamOperatorTestHarness<String, AccountEvent, GovernanceNotification> h,
      List<AccountEvent> events)
      throws Exception {
    for (AccountEvent e : events) {
      h.processElement(e, e.getAt().toEpochMilli());
    }
  }

  private static List<String> refusals(
      KeyedOneInputStreamOperatorTestHarness<String, AccountEvent, GovernanceNotification> h) {
    var refused = h.getSideOutput(AccountGovernanceFunction.REFUSED);
    return refused == null
        ? List.of()
        : refused.stream().map(r -> r.getValue().getReason()).toList();
  }

  /** Monday 2 March, UTC: a RED escalation taken to the point where only a consent is missing. */
  private static List<AccountEvent> uptoClosure() {
    List<AccountEvent> events = new ArrayList<>();
    events.add(
        AccountEvent.escalationRequested(
            "ACME", "AEM-1", utc("09:00:00"), RequestSource.SALES, "renewal at risk"));
    events.add(
        AccountEvent.escalationDeclared(
            "ACME", "AEM-1", utc("10:00:00"), RagStatus.RED, List.of("AEM-CRITERIA-ACCOUNT"), ""));
    events.add(
        AccountEvent.escalationStakeholderAdded(
            "ACME", "AEM-1", utc("10:01:00"), Stakeholder.required("Customer CIO")));
    events.add(
        AccountEvent.escalationStakeholderAdded(
            "ACME", "AEM-1", utc("10:02:00"), Stakeholder.informed("Sales VP")));
    AccountEvent criterion =
        AccountEvent.ofEscalation(
            AccountEvent.Type.ESCALATION_CRITERION_SET, "ACME", "AEM-1", utc("10:03:00"));
    criterion.setRef("SC-1");
    criterion.setNote("no line-down for a shift");
    events.add(criterion);
    events.add(
        AccountEvent.escalationActionAdded(
            "ACME",
            "AEM-1",
            utc("10:04:00"),
            ActionItem.builder()
                .id("A-1")
                .description("replace the feeder")
                .owner("Factory PM")
                .due(LocalDate.parse("2026-03-03"))
                .criterionId("SC-1")
                .build()));
    events.add(AccountEvent.escalationActionDone("ACME", "AEM-1", utc("11:00:00"), "A-1"));
    AccountEvent met =
        AccountEvent.ofEscalation(
            AccountEvent.Type.ESCALATION_CRITERION_MET, "ACME", "AEM-1", utc("11:01:00"));
    met.setRef("SC-1");
    events.add(met);
    events.add(
        AccountEvent.ofEscalation(
            AccountEvent.Type.ESCALATION_CLOSURE_PROPOSED, "ACME", "AEM-1", utc("11:02:00")));
    return events;
  }

  private static AccountEvent closed(Instant at) {
    return AccountEvent.ofEscalation(AccountEvent.Type.ESCALATION_CLOSED, "ACME", "AEM-1", at);
  }

  @Test
  void closingWaitsForEveryRequiredConsent() throws Exception {
    // Before the consent, the escalation's report names the one blocker: AEM-CLOSE, no consent
    // from the Customer CIO (the informed Sales VP's is not needed).
    var pending =
        Playbook.ofDefaults()
            .report(EventFold.snapshot("ACME", ZoneOffset.UTC, uptoClosure()), utc("11:02:30"))
            .program()
            .orElseThrow();
    assertThat(pending.closingBlockers())
        .extracting(b -> b.ruleId() + " " + b.observed())
        .containsExactly("AEM-CLOSE no consent from Customer CIO");
    assertThat(pending.actionsDone()).containsExactly("A-1");

    List<AccountEvent> events = new ArrayList<>(uptoClosure());
    events.add(closed(utc("11:03:00"))); // refused: the Customer CIO has not consented
    events.add(AccountEvent.escalationConsentGiven("ACME", "AEM-1", utc("11:30:00"), "Nobody"));
    events.add(
        AccountEvent.escalationConsentGiven("ACME", "AEM-1", utc("12:00:00"), "Customer CIO"));
    events.add(closed(utc("12:01:00"))); // now allowed
    for (String followUp : List.of("ISSUE_SUMMARY", "ROOT_CAUSE_ANALYSIS", "CORRECTIVE_ACTIONS")) {
      AccountEvent done =
          AccountEvent.ofEscalation(
              AccountEvent.Type.ESCALATION_FOLLOWED_UP, "ACME", "AEM-1", utc("13:00:00"));
      done.setRef(followUp);
      events.add(done);
    }
    try (var h = harness(AccountGovernanceFunction.builder().build())) {
      h.open();
      send(h, events);
      h.processWatermark(Instant.parse("2026-03-09T00:00:00Z").toEpochMilli());
      assertThat(refusals(h))
          .containsExactly(
              "refused: AEM-1 is PENDING_CONSENT and cannot take CLOSED at 2026-03-02T11:03:00Z:"
                  + " consent missing from Customer CIO",
              "refused: AEM-1 is PENDING_CONSENT and cannot take CONSENT_GIVEN at"
                  + " 2026-03-02T11:30:00Z Nobody: no stakeholder Nobody (known: [Customer CIO,"
                  + " Sales VP])");
      // Declared RED: the account is RED until the closure at 12:01, which the consent allowed
      // (closed on the day it was declared, so no update was ever owed and A-1 was done on time);
      // then the three post-closure follow-ups (AEM-POST) are owed until done at 13:00.
      assertThat(lines(h.extractOutputValues()))
          .containsExactly(
              "2026-03-02T10:00:00Z ACME STATUS account:ACME RED @2026-03-02T10:00:00Z",
              "2026-03-02T12:01:00Z ACME FINDING AEM-POST account-escalation:AEM-1"
                  + " @2026-03-02T12:01:00Z",
              "2026-03-02T12:01:00Z ACME FINDING AEM-POST account-escalation:AEM-1"
                  + " @2026-03-02T12:01:00Z",
              "2026-03-02T12:01:00Z ACME FINDING AEM-POST account-escalation:AEM-1"
                  + " @2026-03-02T12:01:00Z",
              "2026-03-02T12:01:00Z ACME STATUS account:ACME YELLOW @2026-03-02T12:01:00Z",
              "2026-03-02T13:00:00Z ACME STATUS account:ACME GREEN @2026-03-02T13:00:00Z");
      assertThat(h.numEventTimeTimers()).isZero();
    }
  }

  private static AccountEvent weeklySync(String id, Instant at) {
    return AccountEvent.meetingHeld(
        "ACME",
        MeetingRecord.builder()
            .id(id)
            .addTierIds(CadenceSettings.WEEKLY)
            .heldAt(at)
            .addAttendees(PartyRole.customer("Customer Buyer"), PartyRole.supplier("Factory PM"))
            .addInputs("Open Order Report", "Material Shortage List")
            .addOutputs("Confirmed ship dates for the next 2 weeks")
            .build());
  }

  @Test
  void aWeeklySyncSkippedForMoreThanTwoWeeksIsCadSkipUntilTheNextOne() throws Exception {
    // New York. The first weekly sync, Tuesday 3 March 10:00 EST (15:00Z), starts the cadence.
    // The playbook: a weekly sync skipped for more than two weeks (CadenceSettings' default
    // skipAfter, P2W, added in the account's zone). Two weeks on is Tuesday 17 March 10:00 local,
    // but the clocks moved on Sunday 8 March: 10:00 EDT, 14:00Z, an hour earlier in UTC than the
    // sync itself. CAD-SKIP starts the nanosecond after; the timer fires at the next millisecond.
    // The next sync, Thursday 19 March 10:00 EDT (14:00Z), ends it.
    Instant first = Instant.parse("2026-03-03T15:00:00Z");
    Instant next = Instant.parse("2026-03-19T14:00:00Z");
    AccountEvent unknownTier = weeklySync("W-X", Instant.parse("2026-03-05T15:00:00Z"));
    unknownTier.setTierIds("DAILY");
    List<AccountEvent> events =
        List.of(
            weeklySync("W-1", first).inZone("America/New_York"),
            unknownTier,
            weeklySync("W-2", next));
    try (var h = harness(AccountGovernanceFunction.builder().build())) {
      h.open();
      send(h, events);
      h.processWatermark(Instant.parse("2026-03-25T00:00:00Z").toEpochMilli());
      assertThat(refusals(h))
          .containsExactly(
              "refused: MeetingRecord.tierIds must name configured tiers [WEEKLY, MONTHLY, QBR]"
                  + " but was 'DAILY'");
      assertThat(lines(h.extractOutputValues()))
          .containsExactly(
              "2026-03-17T14:00:00.000000001Z ACME FINDING CAD-SKIP account:ACME"
                  + " @2026-03-17T14:00:00.001Z",
              "2026-03-17T14:00:00.000000001Z ACME STATUS account:ACME YELLOW"
                  + " @2026-03-17T14:00:00.001Z",
              "2026-03-19T14:00:00Z ACME STATUS account:ACME GREEN @2026-03-19T14:00:00Z");
      // Owed again two weeks after W-2: the timer waits for Thursday 2 April 14:00Z (10:00 EDT).
      assertThat(h.numEventTimeTimers()).isEqualTo(1);
    }
  }
}
