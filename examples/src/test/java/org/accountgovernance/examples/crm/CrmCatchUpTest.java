package org.accountgovernance.examples.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.IssueId;
import org.accountgovernance.core.escalation.IssueEvent;
import org.accountgovernance.core.escalation.Trigger;
import org.accountgovernance.testkit.TestClock;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Catching up, on the playbook's defaults (every level 24x7; L1 24 h, warning at 18 h, ESC-AUTO
 * after more than 48 h; L2 4 h, warning at 3 h; L3 immediate). An issue opened Monday 2 March 2026
 * 08:00Z with a unit defect is L1: warning Tue 02:00Z, deadline Tue 08:00Z (breach 1 ns later),
 * ESC-AUTO Wed 08:00Z + 1 ns.
 */
class CrmCatchUpTest {
  private static final AccountId ACME = AccountId.of("ACME");
  private static final IssueId CASE = IssueId.of("CASE-9");
  private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");

  private final TestClock clock = TestClock.at(MONDAY);
  private final List<EscalationNotification> sent = new ArrayList<>();

  private CrmGovernanceService service(String jdbcUrl, EvaluationScheduler scheduler) {
    return CrmGovernanceService.builder()
        .jdbcUrl(jdbcUrl)
        .clock(clock)
        .scheduler(scheduler)
        .sink(sent::add)
        .build();
  }

  private List<String> lines() {
    List<String> lines = new ArrayList<>();
    for (EscalationNotification n : sent) {
      lines.add(
          n.issue()
              + " "
              + n.kind()
              + " "
              + n.levelId()
              + " "
              + n.ruleId()
              + " "
              + n.at()
              + " sent "
              + n.notifiedAt());
    }
    return lines;
  }

  @Test
  void aRestartedServiceCatchesUpFromTheDatabaseWithoutRepeatingItself(@TempDir Path dir) {
    String url = "jdbc:h2:file:" + dir.resolve("crm").toAbsolutePath();
    try (CrmGovernanceService before = service(url, new ClockDrivenScheduler(clock))) {
      before.addAccount(ACME, "Acme", ZoneId.of("UTC"));
      before.openIssue(CASE, ACME, "dented casing", List.of(Trigger.unitDefect(1)));
    }
    // Down from Monday 08:00Z to Tuesday 14:00Z, timers and all; a new process starts.
    clock.set(Instant.parse("2026-03-03T14:00:00Z"));
    ClockDrivenScheduler scheduler = new ClockDrivenScheduler(clock);
    try (CrmGovernanceService after = service(url, scheduler)) {
      after.evaluateAll();
      after.evaluateAll();
      assertThat(lines())
          .containsExactly(
              "CASE-9 LEVEL_CHANGED L1 ESC-TRIGGER 2026-03-02T08:00:00Z sent 2026-03-02T08:00:00Z",
              "CASE-9 SLA_WARNING L1 ESC-SLA-WARN 2026-03-03T02:00:00Z sent 2026-03-03T14:00:00Z",
              "CASE-9 SLA_BREACH L1 ESC-SLA 2026-03-03T08:00:00.000000001Z sent 2026-03-03T14:00:00Z");
      assertThat(scheduler.scheduledAt(CrmGovernanceService.timerKey(ACME)))
          .contains(Instant.parse("2026-03-04T08:00:00.000000001Z"));
      assertThat(after.issue(CASE).triggers()).containsExactly(Trigger.unitDefect(1));
    }
  }

  @Test
  void aLateLoggedResponseIsAppliedAfterWhatTheOldFactsAlreadyCaused() {
    try (CrmGovernanceService crm = service(CrmGovernanceService.IN_MEMORY, ignoredTimers())) {
      crm.addAccount(ACME, "Acme", ZoneId.of("UTC"));
      crm.openIssue(CASE, ACME, "dented casing", List.of(Trigger.unitDefect(1)));
      // Nobody pumped the timers; at Tue 12:00Z the Factory PM logs the call he made at 09:00Z.
      // First the changes up to 09:00Z under what was known (the warning, the breach), then the
      // response (late: it changes no notification), then up to 12:00Z (nothing).
      clock.set(Instant.parse("2026-03-03T12:00:00Z"));
      crm.record(CASE, IssueEvent.responded(Instant.parse("2026-03-03T09:00:00Z")));
      assertThat(lines())
          .containsExactly(
              "CASE-9 LEVEL_CHANGED L1 ESC-TRIGGER 2026-03-02T08:00:00Z sent 2026-03-02T08:00:00Z",
              "CASE-9 SLA_WARNING L1 ESC-SLA-WARN 2026-03-03T02:00:00Z sent 2026-03-03T12:00:00Z",
              "CASE-9 SLA_BREACH L1 ESC-SLA 2026-03-03T08:00:00.000000001Z sent 2026-03-03T12:00:00Z");
      // Notified up to 12:00Z now: an event dated before that would rewrite what was sent.
      assertThatThrownBy(
              () -> crm.record(CASE, IssueEvent.resolved(Instant.parse("2026-03-03T11:00:00Z"))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "IssueEvent.at must be at or after 2026-03-03T12:00:00Z (CASE-9 is notified up to"
                  + " then) but was 2026-03-03T11:00:00Z");
      assertThat(crm.issue(CASE).events())
          .containsExactly(IssueEvent.responded(Instant.parse("2026-03-03T09:00:00Z")));
    }
  }

  @Test
  void aLateLoggedFactIsNotifiedAtItsOwnInstantAndSoAreItsConsequences() {
    try (CrmGovernanceService crm = service(CrmGovernanceService.IN_MEMORY, ignoredTimers())) {
      crm.addAccount(ACME, "Acme", ZoneId.of("UTC"));
      crm.openIssue(CASE, ACME, "dented casing", List.of(Trigger.unitDefect(1)));
      // At 20:00Z the quality engineer logs the yield drop measured at 12:00Z: L2 from 12:00Z
      // (ESC-TRIGGER: 7 points > 5), whose 4 h clock warned at 15:00Z and was breached at 16:00Z
      // + 1 ns. The old facts caused nothing in (08:00Z, 12:00Z].
      clock.set(Instant.parse("2026-03-02T20:00:00Z"));
      crm.record(
          CASE,
          IssueEvent.triggerAdded(
              Instant.parse("2026-03-02T12:00:00Z"), Trigger.yieldDrop(new BigDecimal("7"))));
      assertThat(lines())
          .containsExactly(
              "CASE-9 LEVEL_CHANGED L1 ESC-TRIGGER 2026-03-02T08:00:00Z sent 2026-03-02T08:00:00Z",
              "CASE-9 LEVEL_CHANGED L2 ESC-TRIGGER 2026-03-02T12:00:00Z sent 2026-03-02T20:00:00Z",
              "CASE-9 SLA_WARNING L2 ESC-SLA-WARN 2026-03-02T15:00:00Z sent 2026-03-02T20:00:00Z",
              "CASE-9 SLA_BREACH L2 ESC-SLA 2026-03-02T16:00:00.000000001Z sent 2026-03-02T20:00:00Z");
    }
  }

  @Test
  void eventsAtTheInstantOfTheLastEvaluationStillNotifyWhatTheyChange() {
    ClockDrivenScheduler scheduler = new ClockDrivenScheduler(clock);
    try (CrmGovernanceService crm = service(CrmGovernanceService.IN_MEMORY, scheduler)) {
      crm.addAccount(ACME, "Acme", ZoneId.of("UTC"));
      // Opened and, at the same instant, a USD 12,500 impact: L1, then L3 by ESC-BYPASS, both at
      // 08:00Z, each once. L3's target is immediate: due 08:00Z, breached 1 ns later.
      crm.openIssue(CASE, ACME, "dented casing", List.of(Trigger.unitDefect(1)));
      crm.addTrigger(CASE, Trigger.financialImpact(Money.of(CurrencyUnit.USD, 12_500)));
      assertThat(scheduler.scheduledAt(CrmGovernanceService.timerKey(ACME)))
          .isEqualTo(Optional.of(MONDAY.plusNanos(1)));
      // The VP answers at that same instant: met, nothing pending.
      crm.respond(CASE);
      assertThat(scheduler.scheduledAt(CrmGovernanceService.timerKey(ACME))).isEmpty();
      clock.set(Instant.parse("2026-03-09T08:00:00Z"));
      crm.evaluateAll();
      assertThat(lines())
          .containsExactly(
              "CASE-9 LEVEL_CHANGED L1 ESC-TRIGGER 2026-03-02T08:00:00Z sent 2026-03-02T08:00:00Z",
              "CASE-9 LEVEL_CHANGED L3 ESC-BYPASS 2026-03-02T08:00:00Z sent 2026-03-02T08:00:00Z");
    }
  }

  /** A scheduler that keeps no timer: the tests above move the clock without any timer running. */
  private static EvaluationScheduler ignoredTimers() {
    return new EvaluationScheduler() {
      @Override
      public void schedule(String key, Instant at, Runnable task) {}

      @Override
      public void cancel(String key) {}

      @Override
      public Optional<Instant> scheduledAt(String key) {
        return Optional.empty();
      }
    };
  }
}
