package org.accountgovernance.examples.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.IssueId;
import org.accountgovernance.core.escalation.Trigger;
import org.accountgovernance.core.update.RagStatus;
import org.accountgovernance.testkit.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two weeks of a CRM embedding the playbook, driven by a settable clock: every notification is
 * asserted with its kind, level, rule, the instant it became true and the instant it was sent.
 *
 * <p>The policy is {@link DeskHoursEscalation}: L1 on Mon-Fri 08:00-18:00 of the account's zone (10
 * working hours a day), 24 h to respond, ESC-AUTO after more than 48 working hours; L2 24x7 with 4
 * h; L3 24x7 with 15 min; warnings at 75 % of each target. Northwind is in Berlin (UTC+1 all
 * fortnight; Europe changes on 29 March); Meridian is in New York, which moves from UTC-5 to UTC-4
 * on Sunday 8 March 2026 at 02:00. Every expected instant is worked out below from those rules, by
 * hand.
 */
class CrmGovernanceServiceTest {
  private static final AccountId NORTHWIND = AccountId.of("NORTHWIND-PLANT-A");
  private static final AccountId MERIDIAN = AccountId.of("MERIDIAN-BANK");
  private static final IssueId CASE_1 = IssueId.of("CASE-1");
  private static final IssueId CASE_2 = IssueId.of("CASE-2");
  private static final IssueId CASE_3 = IssueId.of("CASE-3");

  private final TestClock clock = TestClock.at(Instant.parse("2026-03-02T08:00:00Z"));
  private final ClockDrivenScheduler scheduler = new ClockDrivenScheduler(clock);
  private final List<EscalationNotification> sent = new ArrayList<>();
  private final CrmGovernanceService crm =
      CrmGovernanceService.builder()
          .clock(clock)
          .scheduler(scheduler)
          .sink(sent::add)
          .policies(DeskHoursEscalation::policyFor)
          .build();
  private int seen;

  @AfterEach
  void close() {
    crm.close();
  }

  /**
   * Moves the clock to {@code until}, stopping at every timer on the way, as a real timer facility
   * would: each timer runs at its own instant.
   */
  private void runTimersUntil(String until) {
    Instant end = Instant.parse(until);
    for (Optional<Instant> due = scheduler.nextDue();
        due.isPresent() && !due.get().isAfter(end);
        due = scheduler.nextDue()) {
      clock.set(due.get());
      scheduler.runDue();
    }
    clock.set(end);
    scheduler.runDue();
  }

  /** The notifications sent since the last call, one line each. */
  private List<String> newlySent() {
    List<String> lines = new ArrayList<>();
    for (EscalationNotification n : sent.subList(seen, sent.size())) {
      lines.add(line(n));
    }
    seen = sent.size();
    return lines;
  }

  private static String line(EscalationNotification n) {
    String text = n.issue() + " " + n.kind() + " " + n.levelId() + " " + n.ruleId() + " " + n.at();
    return n.notifiedAt().equals(n.at()) ? text : text + " sent " + n.notifiedAt();
  }

  private Optional<Instant> timer(AccountId account) {
    return scheduler.scheduledAt(CrmGovernanceService.timerKey(account));
  }

  private static Optional<Instant> at(String instant) {
    return Optional.of(Instant.parse(instant));
  }

  @Test
  void twoWeeksOfEscalationsAcrossTwoAccounts() {
    crm.addAccount(NORTHWIND, "Northwind Plant A", ZoneId.of("Europe/Berlin"));
    crm.addAccount(MERIDIAN, "Meridian Bank", ZoneId.of("America/New_York"));

    // Mon 2 March, 09:00 Berlin (08:00Z): a single-unit defect is L1 (ESC-TRIGGER).
    // L1 clock from Mon 09:00 local: Mon 9 h (09-18), Tue 10 h (19 h), Wed 08:00 + 5 h.
    //   75 % warning = 18 h: Tue 08:00 + 9 h = 17:00 local = 16:00Z Tue.
    //   deadline = 24 h: Wed 13:00 local = 12:00Z Wed; breach one nanosecond later.
    //   ESC-AUTO = more than 48 h: Wed 29, Thu 39, Fri 08:00 + 9 h = 17:00 local = 16:00Z Fri, +1
    // ns.
    crm.openIssue(CASE_1, NORTHWIND, "scratched housings on lot 7", List.of(Trigger.unitDefect(1)));
    assertThat(newlySent())
        .containsExactly("CASE-1 LEVEL_CHANGED L1 ESC-TRIGGER 2026-03-02T08:00:00Z");
    assertThat(sent.get(0).path().toString()).isEqualTo("Factory PM <-> Customer Buyer");
    assertThat(timer(NORTHWIND)).isEqualTo(at("2026-03-03T16:00:00Z"));

    // Tue 3 March, 11:00 Berlin (10:00Z): an information request, L1.
    // L1 clock from Tue 11:00 local: Tue 7 h, Wed 17 h, Thu 27 h, Fri 37 h, Mon 47 h,
    //   Tue 10 March 08:00 + 1 h = 09:00 local = 08:00Z: ESC-AUTO at 08:00Z + 1 ns, unless
    // resolved.
    //   Its warning (18 h: Thu 09:00 local) is later than CASE-1's: the timer stays.
    runTimersUntil("2026-03-03T10:00:00Z");
    crm.openIssue(
        CASE_2, NORTHWIND, "drawing revision for lot 8", List.of(Trigger.informationRequest()));
    assertThat(newlySent())
        .containsExactly("CASE-2 LEVEL_CHANGED L1 ESC-TRIGGER 2026-03-03T10:00:00Z");
    assertThat(timer(NORTHWIND)).isEqualTo(at("2026-03-03T16:00:00Z"));

    // Tue 14:00 Berlin: the Factory PM answers CASE-2 within its target; no notification.
    runTimersUntil("2026-03-03T13:00:00Z");
    crm.respond(CASE_2);
    assertThat(newlySent()).isEmpty();

    // The timer fires at Tue 16:00Z: CASE-1's 75 % warning, sent at its instant. The next change
    // is CASE-1's breach at Wed 12:00Z + 1 ns.
    runTimersUntil("2026-03-04T09:00:00Z");
    assertThat(newlySent())
        .containsExactly("CASE-1 SLA_WARNING L1 ESC-SLA-WARN 2026-03-03T16:00:00Z");
    assertThat(timer(NORTHWIND)).isEqualTo(at("2026-03-04T12:00:00.000000001Z"));

    // Wed 10:00 Berlin: CASE-1 is answered in time; no breach. ESC-AUTO still counts (the issue is
    // unresolved): the next change is Fri 16:00Z + 1 ns, before CASE-2's Tue 10 March.
    crm.respond(CASE_1);
    assertThat(newlySent()).isEmpty();
    assertThat(timer(NORTHWIND)).isEqualTo(at("2026-03-06T16:00:00.000000001Z"));

    // Fri 6 March, 10:30 New York (EST, 15:30Z): a 1-day delay at Meridian, L1 (under 3 days).
    // L1 clock from Fri 10:30 local: Fri 7.5 h; the weekend does not count, and New York moves to
    // EDT (UTC-4) on Sunday; Mon 9 March 17.5 h; Tue 08:00 EDT +:
    //   75 % warning = 18 h: Tue 08:30 EDT = 12:30Z; deadline = 24 h: Tue 14:30 EDT = 18:30Z.
    //   ESC-AUTO: Tue 27.5, Wed 37.5, Thu 47.5, Fri 13 March 08:30 EDT = 12:30Z, +1 ns.
    runTimersUntil("2026-03-06T15:30:00Z");
    crm.openIssue(CASE_3, MERIDIAN, "card shipment one day late", List.of(Trigger.delay(1)));
    assertThat(newlySent())
        .containsExactly("CASE-3 LEVEL_CHANGED L1 ESC-TRIGGER 2026-03-06T15:30:00Z");
    assertThat(timer(MERIDIAN)).isEqualTo(at("2026-03-10T12:30:00Z"));

    // Northwind's timer fires at Fri 16:00Z + 1 ns: CASE-1 has been at L1 for more than 48
    // working hours, so ESC-AUTO takes it to L2, owned by the Account Manager. L2 is 24x7, 4 h:
    // warning at +3 h (19:00Z + 1 ns), deadline +4 h (20:00Z + 1 ns), breach 1 ns after that.
    runTimersUntil("2026-03-06T17:00:00Z");
    assertThat(newlySent())
        .containsExactly("CASE-1 LEVEL_CHANGED L2 ESC-AUTO 2026-03-06T16:00:00.000000001Z");
    assertThat(sent.get(sent.size() - 1).path().toString())
        .isEqualTo("Account Manager <-> Ops Manager");
    assertThat(timer(NORTHWIND)).isEqualTo(at("2026-03-06T19:00:00.000000001Z"));

    // The CRM is down from Friday 17:00Z to Monday 07:00Z: the clock jumps over two deadlines. One
    // late run of Northwind's timer sends both, each stamped with its own instant, once.
    // (Meridian's timer, Tuesday, is not due.)
    clock.set(Instant.parse("2026-03-09T07:00:00Z"));
    assertThat(scheduler.runDue()).isEqualTo(1);
    assertThat(newlySent())
        .containsExactly(
            "CASE-1 SLA_WARNING L2 ESC-SLA-WARN 2026-03-06T19:00:00.000000001Z sent 2026-03-09T07:00:00Z",
            "CASE-1 SLA_BREACH L2 ESC-SLA 2026-03-06T20:00:00.000000002Z sent 2026-03-09T07:00:00Z");
    // Re-evaluating, by hand or after a restart, repeats nothing.
    crm.evaluate(NORTHWIND);
    crm.evaluateAll();
    assertThat(scheduler.runDue()).isZero();
    assertThat(newlySent()).isEmpty();
    // CASE-1's L2 has no timer and its deadline is past: the next change is CASE-2's ESC-AUTO.
    assertThat(timer(NORTHWIND)).isEqualTo(at("2026-03-10T08:00:00.000000001Z"));

    // Mon 08:30 Berlin (07:30Z): the customer threatens to stop a line; the Account Manager
    // escalates CASE-1 to L3 by hand (ESC-MANUAL). L3: 15 min, warning at 75 % = 11 min 15 s.
    runTimersUntil("2026-03-09T07:30:00Z");
    crm.escalate(CASE_1, "L3", "customer threatens to stop line 2");
    assertThat(newlySent())
        .containsExactly("CASE-1 LEVEL_CHANGED L3 ESC-MANUAL 2026-03-09T07:30:00Z");
    assertThat(sent.get(sent.size() - 1).path().toString())
        .isEqualTo("VP Sales / Plant Director <-> VP Ops");
    assertThat(timer(NORTHWIND)).isEqualTo(at("2026-03-09T07:41:15Z"));
    assertThat(crm.evaluate(NORTHWIND).status()).isEqualTo(RagStatus.RED);

    // The warning at 07:41:15Z; the VP Sales answers at 07:43Z, before the 07:45Z deadline.
    runTimersUntil("2026-03-09T07:43:00Z");
    assertThat(newlySent())
        .containsExactly("CASE-1 SLA_WARNING L3 ESC-SLA-WARN 2026-03-09T07:41:15Z");
    crm.respond(CASE_1);
    assertThat(newlySent()).isEmpty();
    assertThat(timer(NORTHWIND)).isEqualTo(at("2026-03-10T08:00:00.000000001Z"));

    // Mon 15:00 Berlin: CASE-2 is resolved, which cancels its ESC-AUTO due Tuesday 08:00Z + 1 ns.
    // Nothing is pending at Northwind any more (CASE-1 answered at the top level): no timer.
    runTimersUntil("2026-03-09T14:00:00Z");
    crm.resolve(CASE_2);
    assertThat(newlySent()).isEmpty();
    assertThat(timer(NORTHWIND)).isEmpty();

    // Meridian's timer: the warning Tue 12:30Z, then the breach at 18:30Z + 1 ns; the answer comes
    // late, Wed 09:00 EDT (13:00Z). Tuesday 08:00Z + 1 ns passes with no L2 for CASE-2.
    runTimersUntil("2026-03-11T13:00:00Z");
    crm.respond(CASE_3);
    assertThat(newlySent())
        .containsExactly(
            "CASE-3 SLA_WARNING L1 ESC-SLA-WARN 2026-03-10T12:30:00Z",
            "CASE-3 SLA_BREACH L1 ESC-SLA 2026-03-10T18:30:00.000000001Z");
    assertThat(timer(MERIDIAN)).isEqualTo(at("2026-03-13T12:30:00.000000001Z"));

    // Fri 13 March: CASE-3, answered but unresolved, has been at L1 for more than 48 working hours:
    // L2 at 12:30Z + 1 ns. Answered at 14:00Z, before its 15:30Z + 1 ns warning; both issues still
    // open are resolved in the afternoon.
    runTimersUntil("2026-03-13T14:00:00Z");
    assertThat(newlySent())
        .containsExactly("CASE-3 LEVEL_CHANGED L2 ESC-AUTO 2026-03-13T12:30:00.000000001Z");
    assertThat(timer(MERIDIAN)).isEqualTo(at("2026-03-13T15:30:00.000000001Z"));
    crm.respond(CASE_3);
    runTimersUntil("2026-03-13T14:30:00Z");
    crm.resolve(CASE_1);
    runTimersUntil("2026-03-13T15:00:00Z");
    crm.resolve(CASE_3);

    // The rest of the fortnight is quiet: no timer left, nothing more sent, both accounts GREEN
    // (the breaches are history: answered, or their level left).
    runTimersUntil("2026-03-15T23:59:59Z");
    assertThat(newlySent()).isEmpty();
    assertThat(scheduler.nextDue()).isEmpty();
    assertThat(crm.evaluate(NORTHWIND).status()).isEqualTo(RagStatus.GREEN);
    assertThat(crm.evaluate(MERIDIAN).status()).isEqualTo(RagStatus.GREEN);

    // The whole fortnight, in the order sent: twelve notifications, none twice.
    assertThat(sent)
        .extracting(CrmGovernanceServiceTest::line)
        .containsExactly(
            "CASE-1 LEVEL_CHANGED L1 ESC-TRIGGER 2026-03-02T08:00:00Z",
            "CASE-2 LEVEL_CHANGED L1 ESC-TRIGGER 2026-03-03T10:00:00Z",
            "CASE-1 SLA_WARNING L1 ESC-SLA-WARN 2026-03-03T16:00:00Z",
            "CASE-3 LEVEL_CHANGED L1 ESC-TRIGGER 2026-03-06T15:30:00Z",
            "CASE-1 LEVEL_CHANGED L2 ESC-AUTO 2026-03-06T16:00:00.000000001Z",
            "CASE-1 SLA_WARNING L2 ESC-SLA-WARN 2026-03-06T19:00:00.000000001Z sent 2026-03-09T07:00:00Z",
            "CASE-1 SLA_BREACH L2 ESC-SLA 2026-03-06T20:00:00.000000002Z sent 2026-03-09T07:00:00Z",
            "CASE-1 LEVEL_CHANGED L3 ESC-MANUAL 2026-03-09T07:30:00Z",
            "CASE-1 SLA_WARNING L3 ESC-SLA-WARN 2026-03-09T07:41:15Z",
            "CASE-3 SLA_WARNING L1 ESC-SLA-WARN 2026-03-10T12:30:00Z",
            "CASE-3 SLA_BREACH L1 ESC-SLA 2026-03-10T18:30:00.000000001Z",
            "CASE-3 LEVEL_CHANGED L2 ESC-AUTO 2026-03-13T12:30:00.000000001Z")
        .doesNotHaveDuplicates();
  }
}
