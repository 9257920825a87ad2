package org.accountgovernance.flink;

import static org.accountgovernance.flink.Scenario.hours;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.accountgovernance.core.account.AccountSnapshot;
import org.accountgovernance.core.account.GovernanceReport;
import org.accountgovernance.core.escalation.Trigger;
import org.accountgovernance.core.program.RequestSource;
import org.accountgovernance.core.update.RagStatus;
import org.accountgovernance.rules.account.Playbook;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/** The function in Flink's operator test harness: exact outputs, timers, snapshot and restore. */
@SuppressWarnings("try") // the harness closes with InterruptedException, as Flink declares
class AccountGovernanceHarnessTest {
  private static final KeySelector<AccountEvent, String> BY_ACCOUNT = AccountEvent::getAccount;

  /** Every notification of the scenario in event time, with the instant it was emitted at. */
  static final List<String> EXPECTED =
      List.of(
          "2026-03-02T08:00:00Z ACME LEVEL ESC-TRIGGER issue:CASE-1 L1 @2026-03-02T08:00:00Z",
          "2026-03-02T09:00:00Z GLOBEX LEVEL ESC-TRIGGER issue:CASE-2 L1 @2026-03-02T09:00:00Z",
          "2026-03-02T10:00:00Z INITECH LEVEL ESC-TRIGGER issue:CASE-3 L1 @2026-03-02T10:00:00Z",
          // An open account-level escalation declared RED makes the account RED (its request
          // alone, at 09:30, changed nothing).
          "2026-03-02T10:30:00Z UMBRELLA STATUS account:UMBRELLA RED @2026-03-02T10:30:00Z",
          // 75 % of the L1 response time gone: a warning; the L1 SLA is 24 h.
          "2026-03-03T02:00:00Z ACME WARNING ESC-SLA-WARN issue:CASE-1 L1 @2026-03-03T02:00:00Z",
          "2026-03-03T04:00:00Z INITECH WARNING ESC-SLA-WARN issue:CASE-3 L1"
              + " @2026-03-03T04:00:00Z",
          // ACME's L1 response is missed: the breach the nanosecond after the 24 h deadline.
          "2026-03-03T08:00:00.000000001Z ACME BREACH ESC-SLA issue:CASE-1 L1"
              + " @2026-03-03T08:00:00.001Z",
          "2026-03-03T08:00:00.000000001Z ACME FINDING ESC-SLA issue:CASE-1"
              + " @2026-03-03T08:00:00.001Z",
          "2026-03-03T08:00:00.000000001Z ACME STATUS account:ACME YELLOW"
              + " @2026-03-03T08:00:00.001Z",
          "2026-03-03T10:00:00.000000001Z INITECH BREACH ESC-SLA issue:CASE-3 L1"
              + " @2026-03-03T10:00:00.001Z",
          "2026-03-03T10:00:00.000000001Z INITECH FINDING ESC-SLA issue:CASE-3"
              + " @2026-03-03T10:00:00.001Z",
          "2026-03-03T10:00:00.000000001Z INITECH STATUS account:INITECH YELLOW"
              + " @2026-03-03T10:00:00.001Z",
          // UPD, RED: an update every day, by the end of its due day (the default cut-off,
          // 23:59:59.999999999) in the account's zone (UTC here). Declared Monday 2 March, so the
          // first update is due Tuesday 3 March 23:59:59.999999999Z; none came, so UPD-OVERDUE
          // starts the nanosecond after, Wednesday 00:00:00Z. The Friday rule is not RED's.
          "2026-03-04T00:00:00Z UMBRELLA FINDING UPD-OVERDUE account-escalation:AEM-1"
              + " @2026-03-04T00:00:00Z",
          // ESC-AUTO: unresolved at L1 for more than 48 h. GLOBEX resolved at 30 h: nothing.
          "2026-03-04T08:00:00.000000001Z ACME LEVEL ESC-AUTO issue:CASE-1 L2"
              + " @2026-03-04T08:00:00.001Z",
          "2026-03-04T08:00:00.000000001Z ACME STATUS account:ACME GREEN"
              + " @2026-03-04T08:00:00.001Z",
          // The 5-day delay dated 50 h, which arrived long before the watermark reached it.
          "2026-03-04T10:00:00Z INITECH LEVEL ESC-DELAY issue:CASE-3 L2 @2026-03-04T10:00:00Z",
          "2026-03-04T10:00:00Z INITECH STATUS account:INITECH GREEN @2026-03-04T10:00:00Z",
          "2026-03-04T11:00:00.000000001Z ACME WARNING ESC-SLA-WARN issue:CASE-1 L2"
              + " @2026-03-04T11:00:00.001Z",
          "2026-03-04T12:00:00.000000002Z ACME BREACH ESC-SLA issue:CASE-1 L2"
              + " @2026-03-04T12:00:00.001Z",
          "2026-03-04T12:00:00.000000002Z ACME FINDING ESC-SLA issue:CASE-1"
              + " @2026-03-04T12:00:00.001Z",
          "2026-03-04T12:00:00.000000002Z ACME STATUS account:ACME YELLOW"
              + " @2026-03-04T12:00:00.001Z",
          "2026-03-04T13:00:00Z INITECH WARNING ESC-SLA-WARN issue:CASE-3 L2 @2026-03-04T13:00:00Z",
          "2026-03-04T14:00:00.000000001Z INITECH BREACH ESC-SLA issue:CASE-3 L2"
              + " @2026-03-04T14:00:00.001Z",
          "2026-03-04T14:00:00.000000001Z INITECH FINDING ESC-SLA issue:CASE-3"
              + " @2026-03-04T14:00:00.001Z",
          "2026-03-04T14:00:00.000000001Z INITECH STATUS account:INITECH YELLOW"
              + " @2026-03-04T14:00:00.001Z",
          // The late update (Wednesday 09:30) ends that overdue period and counts the next from
          // its own day: due Thursday 5 March 23:59:59.999999999Z, missed again, so a new
          // UPD-OVERDUE (a new start, not the first one repeated) from Friday 00:00:00Z. Once
          // overdue there is no further change until the next update.
          "2026-03-06T00:00:00Z UMBRELLA FINDING UPD-OVERDUE account-escalation:AEM-1"
              + " @2026-03-06T00:00:00Z");

  static KeyedOneInputStreamOperatorTestHarness<String, AccountEvent, GovernanceNotification>
      harness(AccountGovernanceFunction function) throws Exception {
    KeyedOneInputStreamOperatorTestHarness<String, AccountEvent, GovernanceNotification> h =
        new KeyedOneInputStreamOperatorTestHarness<>(
            new KeyedProcessOperator<>(function), BY_ACCOUNT, Types.STRING);
    // No silent Kryo: a state or output type that is not a Flink-serializable type fails here.
    ((SerializerConfigImpl) h.getExecutionConfig().getSerializerConfig()).setGenericTypes(false);
    return h;
  }

  static String line(GovernanceNotification n) {
    return n + " @" + n.getEvaluatedAt();
  }

  /** Each refused event with its reason, as {@link RefusedEvent#toString()} writes them. */
  static List<String> refusals(
      KeyedOneInputStreamOperatorTestHarness<String, AccountEvent, GovernanceNotification> h) {
    var refused = h.getSideOutput(AccountGovernanceFunction.REFUSED);
    return refused == null
        ? List.of()
        : refused.stream().map(r -> r.getValue().toString()).toList();
  }

  static List<String> lines(List<GovernanceNotification> notifications) {
    return notifications.stream()
        .map(AccountGovernanceHarnessTest::line)
        .collect(Collectors.toList());
  }

  private static void send(
      KeyedOneInputStreamOperatorTestHarness<String, AccountEvent, GovernanceNotification> h,
      List<AccountEvent> events)
      throws Exception {
    for (AccountEvent e : events) {
      h.processElement(e, e.getAt().toEpochMilli());
    }
  }

  @Test
  void eventTimeEmitsEveryChangeOnceAtItsOwnInstant() throws Exception {
    try (var h = harness(AccountGovernanceFunction.builder().build())) {
      h.open();
      send(h, Scenario.events());
      // Nothing is applied before the watermark passes it; one timer per account waits.
      assertThat(h.extractOutputValues()).isEmpty();
      assertThat(h.numEventTimeTimers()).isEqualTo(4);

      h.processWatermark(hours(100).toEpochMilli());

      assertThat(lines(h.extractOutputValues())).containsExactlyElementsOf(EXPECTED);
      assertThat(h.numEventTimeTimers()).isZero();
      assertThat(h.getSideOutput(AccountGovernanceFunction.REFUSED)).isNull();
      // Each record carries the time of the evaluation that emitted it.
      assertThat(h.getOutput())
          .filteredOn(StreamRecord.class::isInstance)
          .map(r -> ((StreamRecord<?>) r).getTimestamp())
          .allSatisfy(ts -> assertThat(ts).isLessThanOrEqualTo(hours(100).toEpochMilli()));
    }
  }

  @Test
  void theOutputDoesNotDependOnArrivalOrder() throws Exception {
    List<AccountEvent> reversed = new ArrayList<>(Scenario.events());
    java.util.Collections.reverse(reversed);
    try (var h = harness(AccountGovernanceFunction.builder().build())) {
      h.open();
      send(h, reversed);
      h.processWatermark(hours(100).toEpochMilli());
      assertThat(lines(h.extractOutputValues())).containsExactlyElementsOf(EXPECTED);
    }
  }

  @Test
  void theTimerMovesWithTheDeadline() throws Exception {
    try (var h = harness(AccountGovernanceFunction.builder().build())) {
      h.open();
      send(h, List.of(Scenario.events().get(0)));
      h.processWatermark(Scenario.T0.toEpochMilli());
      // Opened at L1: the one timer waits for the 24 h response deadline.
      assertThat(h.numEventTimeTimers()).isEqualTo(1);
      send(h, List.of(AccountEvent.of(AccountEvent.Type.RESPONDED, "ACME", "CASE-1", hours(1))));
      h.processWatermark(hours(1).toEpochMilli());
      // Answered: the timer moved to the 48 h auto-escalation, still one.
      assertThat(h.numEventTimeTimers()).isEqualTo(1);
      send(h, List.of(AccountEvent.of(AccountEvent.Type.RESOLVED, "ACME", "CASE-1", hours(2))));
      h.processWatermark(hours(100).toEpochMilli());
      // Resolved: no timer, and no escalation ever.
      assertThat(h.numEventTimeTimers()).isZero();
      assertThat(lines(h.extractOutputValues()))
          .containsExactly(
              "2026-03-02T08:00:00Z ACME LEVEL ESC-TRIGGER issue:CASE-1 L1 @2026-03-02T08:00:00Z");
    }
  }

  @Test
  void lateAndRefusedEventsGoToTheSideOutputAndChangeNothing() throws Exception {
    try (var h = harness(AccountGovernanceFunction.builder().build())) {
      h.open();
      send(h, Scenario.events());
      h.processWatermark(hours(100).toEpochMilli());
      h.getOutput().clear();
      AccountEvent late = AccountEvent.of(AccountEvent.Type.RESOLVED, "ACME", "CASE-1", hours(60));
      AccountEvent unknown =
          AccountEvent.of(AccountEvent.Type.RESOLVED, "ACME", "CASE-9", hours(101));
      send(h, List.of(late, unknown));
      h.processWatermark(hours(200).toEpochMilli());

      assertThat(h.extractOutputValues()).isEmpty();
      assertThat(h.getSideOutput(AccountGovernanceFunction.REFUSED))
          .extracting(r -> r.getValue().getReason())
          .satisfiesExactly(
              r -> assertThat(r).startsWith("late: 2026-03-04T20:00:00Z"),
              r -> assertThat(r).isEqualTo("refused: issue CASE-9 was never opened on ACME"));
    }
  }

  @Test
  void timersSurviveASnapshotAndRestoreWithoutDuplicates() throws Exception {
    OperatorSubtaskState snapshot;
    List<String> before;
    try (var h = harness(AccountGovernanceFunction.builder().build())) {
      h.open();
      send(h, Scenario.events());
      h.processWatermark(hours(26).toEpochMilli());
      before = lines(h.extractOutputValues());
      snapshot = h.snapshot(1L, hours(26).toEpochMilli());
    }
    assertThat(before).containsExactlyElementsOf(EXPECTED.subList(0, 9));

    try (var restored = harness(AccountGovernanceFunction.builder().build())) {
      restored.setup();
      restored.initializeState(snapshot);
      restored.open();
      // The waiting events and every account's one timer came back with the state.
      assertThat(restored.numEventTimeTimers()).isEqualTo(4);
      restored.processWatermark(hours(100).toEpochMilli());
      List<String> after = lines(restored.extractOutputValues());

      List<String> all = new ArrayList<>(before);
      all.addAll(after);
      assertThat(all).containsExactlyElementsOf(EXPECTED).doesNotHaveDuplicates();
    }
  }

  @Test
  void processingTimeCatchesUpOnALateTimerAndBeforeAnEvent() throws Exception {
    var function =
        AccountGovernanceFunction.builder()
            .timeMode(AccountGovernanceFunction.TimeMode.PROCESSING_TIME)
            .build();
    try (var h = harness(function)) {
      h.open();
      h.setProcessingTime(Scenario.T0.toEpochMilli());
      // The event's own date is ignored: it counts from its arrival.
      h.processElement(AccountEvent.opened("ACME", "CASE-1", hours(-5), Trigger.unitDefect(1)), 0L);
      assertThat(h.numProcessingTimeTimers()).isEqualTo(1);
      // The job was down for 60 hours: the one late timer catches up on every deadline missed.
      h.setProcessingTime(hours(60).toEpochMilli());
      // An event arriving then is applied after what happened before it.
      h.processElement(AccountEvent.of(AccountEvent.Type.RESPONDED, "ACME", "CASE-1", T0()), 0L);

      assertThat(lines(h.extractOutputValues()))
          .containsExactly(
              "2026-03-02T08:00:00Z ACME LEVEL ESC-TRIGGER issue:CASE-1 L1 @2026-03-02T08:00:00Z",
              "2026-03-03T02:00:00Z ACME WARNING ESC-SLA-WARN issue:CASE-1 L1"
                  + " @2026-03-04T20:00:00Z",
              "2026-03-03T08:00:00.000000001Z ACME BREACH ESC-SLA issue:CASE-1 L1"
                  + " @2026-03-04T20:00:00Z",
              "2026-03-03T08:00:00.000000001Z ACME FINDING ESC-SLA issue:CASE-1"
                  + " @2026-03-04T20:00:00Z",
              "2026-03-03T08:00:00.000000001Z ACME STATUS account:ACME YELLOW"
                  + " @2026-03-04T20:00:00Z",
              "2026-03-04T08:00:00.000000001Z ACME LEVEL ESC-AUTO issue:CASE-1 L2"
                  + " @2026-03-04T20:00:00Z",
              "2026-03-04T08:00:00.000000001Z ACME STATUS account:ACME GREEN"
                  + " @2026-03-04T20:00:00Z",
              "2026-03-04T11:00:00.000000001Z ACME WARNING ESC-SLA-WARN issue:CASE-1 L2"
                  + " @2026-03-04T20:00:00Z",
              "2026-03-04T12:00:00.000000002Z ACME BREACH ESC-SLA issue:CASE-1 L2"
                  + " @2026-03-04T20:00:00Z",
              "2026-03-04T12:00:00.000000002Z ACME FINDING ESC-SLA issue:CASE-1"
                  + " @2026-03-04T20:00:00Z",
              "2026-03-04T12:00:00.000000002Z ACME STATUS account:ACME YELLOW"
                  + " @2026-03-04T20:00:00Z",
              // The response, dated a nanosecond after the catch-up it arrived with, ends the
              // breach.
              "2026-03-04T20:00:00.000000001Z ACME STATUS account:ACME GREEN"
                  + " @2026-03-04T20:00:00.000000001Z");
      assertThat(h.getSideOutput(AccountGovernanceFunction.REFUSED)).isNull();
    }
  }

  @Test
  void aLateUpdateEndsTheOverdueUpdate() {
    List<AccountEvent> umbrella =
        Scenario.events().stream().filter(e -> "UMBRELLA".equals(e.getAccount())).toList();
    AccountSnapshot snapshot = EventFold.snapshot("UMBRELLA", ZoneOffset.UTC, umbrella);
    Playbook playbook = Playbook.ofDefaults();
    java.time.Instant update = Scenario.UMBRELLA_LATE_UPDATE;
    // Wrong up to the update; from the update's instant on, the same finding is history.
    assertThat(overdue(playbook.report(snapshot, update.minusNanos(1))))
        .containsExactly("WRONG 2026-03-04T00:00:00Z");
    assertThat(overdue(playbook.report(snapshot, update)))
        .containsExactly("PAST 2026-03-04T00:00:00Z");
    // The next update is owed by the end of Thursday, counted from the late update's day.
    assertThat(playbook.report(snapshot, update).nextChangeAt())
        .contains(java.time.Instant.parse("2026-03-06T00:00:00Z"));
  }

  @Test
  void eachAccountCountsItsDaysInTheZoneItsFirstEventCarries() throws Exception {
    var function = AccountGovernanceFunction.builder().zone(ZoneId.of("America/New_York")).build();
    java.time.Instant requested = Scenario.at(java.time.Duration.ofMinutes(90));
    java.time.Instant declared = Scenario.at(java.time.Duration.ofMinutes(150));
    List<String> criteria = List.of("AEM-CRITERIA-ACCOUNT");
    try (var h = harness(function)) {
      h.open();
      send(
          h,
          List.of(
              AccountEvent.escalationRequested(
                      "TOKYO", "AEM-T", requested, RequestSource.SALES, "renewal at risk")
                  .inZone("Asia/Tokyo"),
              AccountEvent.escalationDeclared(
                  "TOKYO", "AEM-T", declared, RagStatus.RED, criteria, ""),
              AccountEvent.escalationRequested(
                  "BOSTON", "AEM-B", requested, RequestSource.SALES, "renewal at risk"),
              AccountEvent.escalationDeclared(
                  "BOSTON", "AEM-B", declared, RagStatus.RED, criteria, "")));
      h.processWatermark(hours(10).toEpochMilli());
      // Refused: a later event naming another zone, a zone that is no IANA id, and an update on
      // an escalation that was never requested.
      send(
          h,
          List.of(
              AccountEvent.escalationUpdated("TOKYO", "AEM-T", hours(11), "on track", null)
                  .inZone("Europe/Berlin"),
              AccountEvent.escalationRequested(
                      "MARS", "AEM-M", hours(12), RequestSource.SALES, "renewal at risk")
                  .inZone("Mars/Olympus"),
              AccountEvent.escalationUpdated("NEWCO", "AEM-N", hours(13), "on track", null)));
      h.processWatermark(hours(100).toEpochMilli());

      List<String> out = lines(h.extractOutputValues());
      // Both declared RED on Monday 2 March at 10:30Z, so each owes an update by the end of
      // Tuesday 3 March in its own zone. TOKYO (Asia/Tokyo, UTC+9, carried by its first event):
      // 23:59:59.999999999+09:00 is 14:59:59.999999999Z, overdue from 15:00Z. BOSTON (no zone:
      // the builder's America/New_York, UTC-5 until 8 March): 23:59:59.999999999-05:00 is
      // Wednesday 04:59:59.999999999Z, overdue from 05:00Z.
      assertThat(out.stream().filter(l -> l.contains(" TOKYO ")))
          .containsExactly(
              "2026-03-02T10:30:00Z TOKYO STATUS account:TOKYO RED @2026-03-02T10:30:00Z",
              "2026-03-03T15:00:00Z TOKYO FINDING UPD-OVERDUE account-escalation:AEM-T"
                  + " @2026-03-03T15:00:00Z");
      assertThat(out.stream().filter(l -> l.contains(" BOSTON ")))
          .containsExactly(
              "2026-03-02T10:30:00Z BOSTON STATUS account:BOSTON RED @2026-03-02T10:30:00Z",
              "2026-03-04T05:00:00Z BOSTON FINDING UPD-OVERDUE account-escalation:AEM-B"
                  + " @2026-03-04T05:00:00Z");
      assertThat(out).hasSize(4);
      assertThat(h.getSideOutput(AccountGovernanceFunction.REFUSED))
          .extracting(r -> r.getValue().getReason())
          .satisfiesExactly(
              r ->
                  assertThat(r)
                      .isEqualTo(
                          "refused: AccountEvent.zone Europe/Berlin differs from TOKYO's zone"
                              + " Asia/Tokyo, fixed by its first event"),
              r ->
                  assertThat(r)
                      .isEqualTo(
                          "refused: AccountEvent.zone must be an IANA zone id such as"
                              + " Europe/Berlin but was 'Mars/Olympus'"),
              r -> assertThat(r).startsWith("refused: ").contains("REQUESTED"));
    }
  }

  @Test
  void anUpdateReportingAStatusAndTheClosureSetTheCadence() throws Exception {
    java.time.Instant tuesday = java.time.Instant.parse("2026-03-03T09:00:00Z");
    java.time.Instant wednesday = java.time.Instant.parse("2026-03-04T12:00:00Z");
    List<AccountEvent> events = new ArrayList<>();
    events.add(
        AccountEvent.escalationRequested(
            "ACME", "AEM-1", hours(1), RequestSource.SALES, "renewal at risk"));
    events.add(
        AccountEvent.escalationDeclared(
            "ACME", "AEM-1", hours(2), RagStatus.RED, List.of("AEM-CRITERIA-ACCOUNT"), ""));
    events.add(
        AccountEvent.escalationUpdated(
            "ACME", "AEM-1", tuesday, "hotfix deployed", RagStatus.YELLOW));
    AccountEvent criterion =
        AccountEvent.ofEscalation(
            AccountEvent.Type.ESCALATION_CRITERION_SET, "ACME", "AEM-1", tuesday.plusSeconds(60));
    criterion.setRef("SC-1");
    criterion.setNote("no line-down for a day");
    events.add(criterion);
    AccountEvent met =
        AccountEvent.ofEscalation(
            AccountEvent.Type.ESCALATION_CRITERION_MET, "ACME", "AEM-1", wednesday);
    met.setRef("SC-1");
    events.add(met);
    events.add(
        AccountEvent.ofEscalation(
            AccountEvent.Type.ESCALATION_CLOSURE_PROPOSED,
            "ACME",
            "AEM-1",
            wednesday.plusSeconds(60)));
    events.add(
        AccountEvent.ofEscalation(
            AccountEvent.Type.ESCALATION_CLOSED, "ACME", "AEM-1", wednesday.plusSeconds(120)));
    for (String followUp : List.of("ISSUE_SUMMARY", "ROOT_CAUSE_ANALYSIS", "CORRECTIVE_ACTIONS")) {
      AccountEvent done =
          AccountEvent.ofEscalation(
              AccountEvent.Type.ESCALATION_FOLLOWED_UP,
              "ACME",
              "AEM-1",
              wednesday.plusSeconds(3600));
      done.setRef(followUp);
      events.add(done);
    }
    try (var h = harness(AccountGovernanceFunction.builder().build())) {
      h.open();
      send(h, events);
      h.processWatermark(hours(200).toEpochMilli());
      // Declared RED: the account is RED. Tuesday's update reports YELLOW: the account is YELLOW,
      // and the next update is due every other day from Tuesday, by the end of Thursday 5 March.
      // Closed on Wednesday, before that: no update is owed any more, so no UPD-OVERDUE, ever; the
      // post-closure follow-ups (AEM-POST) are owed from the closure until all three are done.
      assertThat(lines(h.extractOutputValues()))
          .containsExactly(
              "2026-03-02T10:00:00Z ACME STATUS account:ACME RED @2026-03-02T10:00:00Z",
              "2026-03-03T09:00:00Z ACME STATUS account:ACME YELLOW @2026-03-03T09:00:00Z",
              // One per follow-up owed: issue summary, root cause analysis, corrective actions.
              // The account stays YELLOW: the escalation no longer counts, its findings do.
              "2026-03-04T12:02:00Z ACME FINDING AEM-POST account-escalation:AEM-1"
                  + " @2026-03-04T12:02:00Z",
              "2026-03-04T12:02:00Z ACME FINDING AEM-POST account-escalation:AEM-1"
                  + " @2026-03-04T12:02:00Z",
              "2026-03-04T12:02:00Z ACME FINDING AEM-POST account-escalation:AEM-1"
                  + " @2026-03-04T12:02:00Z",
              // All three done: nothing wrong any more.
              "2026-03-04T13:00:00Z ACME STATUS account:ACME GREEN @2026-03-04T13:00:00Z");
      assertThat(h.getSideOutput(AccountGovernanceFunction.REFUSED)).isNull();
      assertThat(h.numEventTimeTimers()).isZero();
    }
  }

  private static List<String> overdue(GovernanceReport report) {
    return report.items().stream()
        .filter(i -> i.ruleId().toString().equals("UPD-OVERDUE"))
        .map(i -> i.kind() + " " + i.at())
        .toList();
  }

  private static java.time.Instant T0() {
    return Scenario.T0;
  }
}
