package org.accountgovernance.flink;

import static org.accountgovernance.flink.AccountGovernanceHarnessTest.harness;
import static org.accountgovernance.flink.AccountGovernanceHarnessTest.lines;
import static org.accountgovernance.flink.Scenario.T0;
import static org.accountgovernance.flink.Scenario.hours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.accountgovernance.core.escalation.EscalationDecision;
import org.accountgovernance.core.escalation.EscalationPolicy;
import org.accountgovernance.core.escalation.Trigger;
import org.accountgovernance.core.program.RequestSource;
import org.accountgovernance.core.update.RagStatus;
import org.accountgovernance.rules.account.Playbook;
import org.accountgovernance.rules.escalation.EscalationSettings;
import org.accountgovernance.rules.escalation.PlaybookEscalationPolicy;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/** Same-instant events in any arrival order, what a rule bug does, and the end of the input. */
@SuppressWarnings("try") // the harness closes with InterruptedException, as Flink declares
class OrderingAndEndOfInputHarnessTest {
  private static void send(
      KeyedOneInputStreamOperatorTestHarness<String, AccountEvent, GovernanceNotification> h,
      List<AccountEvent> events)
      throws Exception {
    for (AccountEvent e : events) {
      h.processElement(e, e.getAt().toEpochMilli());
    }
  }

  /**
   * Pairs of events at one instant where one refers to the other: an issue opened and a trigger
   * added to it; an escalation requested and declared; a response and the resolution; and two
   * triggers that differ only in their content.
   */
  private static List<AccountEvent> sameInstantEvents() {
    return List.of(
        AccountEvent.opened("HOOLI", "CASE-9", T0, Trigger.informationRequest()),
        AccountEvent.triggerAdded("HOOLI", "CASE-9", T0, Trigger.delay(5)),
        AccountEvent.triggerAdded("HOOLI", "CASE-9", T0, Trigger.unitDefect(2)),
        AccountEvent.escalationRequested(
            "HOOLI", "AEM-9", hours(1), RequestSource.SALES, "renewal at risk"),
        AccountEvent.escalationDeclared(
            "HOOLI", "AEM-9", hours(1), RagStatus.RED, List.of("AEM-CRITERIA-ACCOUNT"), ""),
        AccountEvent.of(AccountEvent.Type.RESPONDED, "HOOLI", "CASE-9", hours(30)),
        AccountEvent.of(AccountEvent.Type.RESOLVED, "HOOLI", "CASE-9", hours(30)));
  }

  private static List<String> run(List<AccountEvent> arrival, List<String> refused)
      throws Exception {
    try (var h = harness(AccountGovernanceFunction.builder().build())) {
      h.open();
      send(h, arrival);
      h.processWatermark(hours(100).toEpochMilli());
      refused.addAll(AccountGovernanceHarnessTest.refusals(h));
      return lines(h.extractOutputValues());
    }
  }

  @Test
  void sameInstantEventsGiveTheSameNotificationsWhateverTheirArrivalOrder() throws Exception {
    List<AccountEvent> inOrder = sameInstantEvents();
    List<String> refused = new ArrayList<>();
    List<String> expected = run(inOrder, refused);
    assertThat(refused).isEmpty();
    assertThat(expected)
        .contains(
            "2026-03-02T08:00:00Z HOOLI LEVEL ESC-DELAY issue:CASE-9 L2 @2026-03-02T08:00:00Z",
            "2026-03-02T09:00:00Z HOOLI STATUS account:HOOLI RED @2026-03-02T09:00:00Z");

    List<List<AccountEvent>> arrivals = new ArrayList<>();
    List<AccountEvent> reversed = new ArrayList<>(inOrder);
    Collections.reverse(reversed);
    arrivals.add(reversed);
    for (long seed = 1; seed <= 5; seed++) {
      List<AccountEvent> shuffled = new ArrayList<>(inOrder);
      Collections.shuffle(shuffled, new Random(seed));
      arrivals.add(shuffled);
    }
    for (List<AccountEvent> arrival : arrivals) {
      List<String> refusedThen = new ArrayList<>();
      assertThat(run(arrival, refusedThen)).as("arrival %s", arrival).isEqualTo(expected);
      assertThat(refusedThen).as("arrival %s", arrival).isEmpty();
    }
  }

  @Test
  void aSecondOpeningAtTheSameInstantIsRefusedWhicheverArrivesFirst() throws Exception {
    AccountEvent unit = AccountEvent.opened("HOOLI", "CASE-9", T0, Trigger.unitDefect(1));
    AccountEvent info = AccountEvent.opened("HOOLI", "CASE-9", T0, Trigger.informationRequest());
    List<String> refusedOne = new ArrayList<>();
    List<String> refusedOther = new ArrayList<>();
    assertThat(run(List.of(unit, info), refusedOne))
        .isEqualTo(run(List.of(info, unit), refusedOther));
    assertThat(refusedOne).hasSize(1).isEqualTo(refusedOther);
  }

  @Test
  void aRuleBugFailsTheTaskInsteadOfRefusingTheEvent() throws Exception {
    AccountGovernanceFunction buggy =
        AccountGovernanceFunction.builder()
            .playbook(
                () -> {
                  EscalationPolicy policy =
                      (issue, now) -> {
                        throw new IllegalStateException("policy bug");
                      };
                  return Playbook.ofDefaults()
                      .withEscalation(policy, EscalationSettings.ofDefaults().ladder());
                })
            .build();
    try (var h = harness(buggy)) {
      h.open();
      send(h, List.of(AccountEvent.opened("HOOLI", "CASE-9", T0, Trigger.unitDefect(1))));
      assertThatThrownBy(() -> h.processWatermark(hours(1).toEpochMilli()))
          .isExactlyInstanceOf(IllegalStateException.class)
          .hasMessage("policy bug");
      assertThat(AccountGovernanceHarnessTest.refusals(h)).isEmpty();
    }
  }

  @Test
  void theFinalWatermarkCatchesAMeetingAccountUpToTheHorizonAndStops() throws Exception {
    Instant last = hours(24 * 7);
    List<AccountEvent> events =
        List.of(Scenario.weeklySync("HOOLI", "W-1", T0), Scenario.weeklySync("HOOLI", "W-2", last));
    for (Duration horizon : List.of(Duration.ofDays(30), Duration.ofDays(366))) {
      try (var h =
          harness(AccountGovernanceFunction.builder().endOfInputHorizon(horizon).build())) {
        h.open();
        send(h, events);
        // A bounded source ends with the watermark at the end of time.
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> h.processWatermark(Long.MAX_VALUE));
        List<String> out = lines(h.extractOutputValues());
        assertThat(out).isNotEmpty();
        assertThat(out)
            .allSatisfy(
                l ->
                    assertThat(Instant.parse(l.substring(0, l.indexOf(' '))))
                        .isBeforeOrEqualTo(last.plus(horizon)));
        assertThat(h.numEventTimeTimers()).isZero();
        assertThat(AccountGovernanceHarnessTest.refusals(h)).isEmpty();
      }
    }
  }

  /** The default policy, but always with a next change a week on: a part that never settles. */
  private static Playbook weeklyHeartbeat() {
    EscalationPolicy defaults = PlaybookEscalationPolicy.ofDefaults();
    EscalationPolicy heartbeat =
        (issue, now) -> {
          EscalationDecision d = defaults.decide(issue, now);
          return d.nextChangeAt().isPresent()
              ? d
              : EscalationDecision.builder()
                  .from(d)
                  .nextChangeAt(now.plus(Duration.ofDays(7)))
                  .build();
        };
    return Playbook.ofDefaults()
        .withEscalation(heartbeat, EscalationSettings.ofDefaults().ladder());
  }

  @Test
  void theFinalWatermarkStopsAtTheHorizonEvenWhenThereIsAlwaysANextChange() throws Exception {
    Instant resolved = hours(30);
    List<AccountEvent> events =
        List.of(
            AccountEvent.opened("HOOLI", "CASE-9", T0, Trigger.unitDefect(2)),
            AccountEvent.of(AccountEvent.Type.RESOLVED, "HOOLI", "CASE-9", resolved));
    try (var h =
        harness(
            AccountGovernanceFunction.builder()
                .playbook(OrderingAndEndOfInputHarnessTest::weeklyHeartbeat)
                .endOfInputHorizon(Duration.ofDays(60))
                .build())) {
      h.open();
      send(h, events);
      // While the watermark is finite, the heartbeat keeps one timer a week ahead.
      h.processWatermark(hours(24 * 30).toEpochMilli());
      assertThat(h.numEventTimeTimers()).isEqualTo(1);
      // Without the horizon, each firing at the final watermark would set the next one, forever.
      assertTimeoutPreemptively(Duration.ofSeconds(60), () -> h.processWatermark(Long.MAX_VALUE));
      assertThat(h.numEventTimeTimers()).isZero();
      assertThat(AccountGovernanceHarnessTest.refusals(h)).isEmpty();
    }
  }
}
