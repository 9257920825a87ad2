package org.accountgovernance.flink;

import static org.accountgovernance.flink.AccountGovernanceHarnessTest.harness;
import static org.accountgovernance.flink.AccountGovernanceHarnessTest.lines;
import static org.accountgovernance.flink.Scenario.hours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.accountgovernance.core.cadence.AccountPhase;
import org.accountgovernance.core.escalation.Trigger;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/**
 * The per-account fold cache changes no output: a fold extended event by event equals the fold of
 * all the events, and a restored function, whose cache starts empty, continues exactly as the
 * uninterrupted one.
 */
@SuppressWarnings("try") // the harness closes with InterruptedException, as Flink declares
class FoldCacheTest {
  private static final long CUT = hours(26).toEpochMilli();

  /** Events after the cut: appended to accounts with facts, a new issue, and two refused. */
  private static List<AccountEvent> later() {
    List<AccountEvent> events = new ArrayList<>();
    for (AccountEvent e : Scenario.events()) {
      if (e.getAt().toEpochMilli() > CUT) {
        events.add(e);
      }
    }
    events.add(AccountEvent.of(AccountEvent.Type.RESPONDED, "ACME", "CASE-1", hours(55)));
    events.add(AccountEvent.of(AccountEvent.Type.RESOLVED, "ACME", "CASE-9", hours(56)));
    events.add(AccountEvent.opened("GLOBEX", "CASE-4", hours(60), Trigger.unitDefect(1)));
    events.add(AccountEvent.opened("GLOBEX", "CASE-2", hours(61), Trigger.unitDefect(1)));
    events.add(AccountEvent.of(AccountEvent.Type.RESOLVED, "INITECH", "CASE-3", hours(70)));
    return events;
  }

  private static List<AccountEvent> earlier() {
    return Scenario.events().stream()
        .filter(e -> e.getAt().toEpochMilli() <= CUT)
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

  private static List<String> refused(
      KeyedOneInputStreamOperatorTestHarness<String, AccountEvent, GovernanceNotification> h) {
    var side = h.getSideOutput(AccountGovernanceFunction.REFUSED);
    if (side == null) {
      return List.of();
    }
    return side.stream().map(r -> r.getValue().getReason()).collect(Collectors.toList());
  }

  @Test
  void aRestoredFunctionWithAnEmptyCacheContinuesAsTheUninterruptedOne() throws Exception {
    List<String> uninterrupted;
    List<String> uninterruptedRefused;
    try (var h = harness(AccountGovernanceFunction.builder().build())) {
      h.open();
      send(h, earlier());
      h.processWatermark(CUT);
      send(h, later());
      h.processWatermark(hours(100).toEpochMilli());
      h.processWatermark(hours(400).toEpochMilli());
      uninterrupted = lines(h.extractOutputValues());
      uninterruptedRefused = refused(h);
    }
    assertThat(uninterruptedRefused).hasSize(2);
    assertThat(uninterrupted).hasSizeGreaterThan(AccountGovernanceHarnessTest.EXPECTED.size() / 2);

    OperatorSubtaskState snapshot;
    List<String> before;
    try (var h = harness(AccountGovernanceFunction.builder().build())) {
      h.open();
      send(h, earlier());
      h.processWatermark(CUT);
      before = lines(h.extractOutputValues());
      assertThat(refused(h)).isEmpty();
      snapshot = h.snapshot(1L, CUT);
    }
    try (var restored = harness(AccountGovernanceFunction.builder().build())) {
      restored.setup();
      restored.initializeState(snapshot);
      restored.open();
      send(restored, later());
      restored.processWatermark(hours(100).toEpochMilli());
      restored.processWatermark(hours(400).toEpochMilli());
      List<String> all = new ArrayList<>(before);
      all.addAll(lines(restored.extractOutputValues()));
      assertThat(all).containsExactlyElementsOf(uninterrupted);
      assertThat(refused(restored)).containsExactlyElementsOf(uninterruptedRefused);
    }
  }

  @Test
  void aFoldExtendedEventByEventEqualsTheFoldOfAllItsEvents() {
    Map<String, List<AccountEvent>> byAccount = new TreeMap<>();
    List<AccountEvent> events = new ArrayList<>(Scenario.events());
    events.addAll(later());
    events.sort(AccountGovernanceFunction.CANONICAL);
    for (AccountEvent e : events) {
      byAccount.computeIfAbsent(e.getAccount(), a -> new ArrayList<>()).add(e);
    }
    int refusals = 0;
    for (var entry : byAccount.entrySet()) {
      String account = entry.getKey();
      List<AccountEvent> applied = new ArrayList<>();
      EventFold.Fold fold =
          EventFold.Fold.of(account, ZoneOffset.UTC, AccountPhase.ACTIVE_PRODUCTION, applied);
      for (AccountEvent e : entry.getValue()) {
        List<AccountEvent> with = new ArrayList<>(applied);
        with.add(e);
        Throwable expected =
            catchThrowable(
                () ->
                    EventFold.snapshot(
                        account, ZoneOffset.UTC, AccountPhase.ACTIVE_PRODUCTION, with));
        if (expected != null) {
          refusals++;
          EventFold.Fold unchanged = fold;
          assertThatThrownBy(() -> unchanged.plus(e))
              .isInstanceOf(expected.getClass())
              .hasMessage(expected.getMessage());
          assertThat(fold.count()).isEqualTo(applied.size());
          continue;
        }
        fold = fold.plus(e);
        applied.add(e);
        assertThat(fold.snapshot())
            .isEqualTo(
                EventFold.snapshot(
                    account, ZoneOffset.UTC, AccountPhase.ACTIVE_PRODUCTION, applied));
        assertThat(fold.count()).isEqualTo(applied.size());
        assertThat(fold.last()).isEqualTo(e);
      }
    }
    assertThat(refusals).isEqualTo(2);
  }
}
