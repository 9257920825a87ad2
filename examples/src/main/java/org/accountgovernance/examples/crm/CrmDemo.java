package org.accountgovernance.examples.crm;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.IssueId;
import org.accountgovernance.core.escalation.Trigger;

/**
 * A week and a day of one issue in the CRM, on a simulated clock, printed as the CRM's notification
 * feed: a defect opened on Monday morning in Berlin, answered on Wednesday, auto-escalated on
 * Friday after 48 working hours, warned about and breached at L2 while the CRM was down over the
 * weekend (sent on Monday, each with its own instant), then escalated to L3 by hand.
 *
 * <p>Run it with {@code mvn -B -q -pl examples -am compile exec:java
 * -Dexec.mainClass=org.accountgovernance.examples.crm.CrmDemo}. The output is deterministic: the
 * clock is simulated and the database in memory.
 */
public final class CrmDemo {
  private static final AccountId NORTHWIND = AccountId.of("NORTHWIND-PLANT-A");
  private static final IssueId CASE_1 = IssueId.of("CASE-1");

  private CrmDemo() {}

  /** Prints the feed. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    run().forEach(out::println);
  }

  /** Runs the story and returns every notification sent, in order. */
  public static List<EscalationNotification> run() {
    AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-02T08:00:00Z"));
    InstantSource clock = now::get;
    ClockDrivenScheduler scheduler = new ClockDrivenScheduler(clock);
    List<EscalationNotification> feed = new ArrayList<>();
    try (CrmGovernanceService crm =
        CrmGovernanceService.builder()
            .clock(clock)
            .scheduler(scheduler)
            .sink(feed::add)
            .policies(DeskHoursEscalation::policyFor)
            .build()) {
      crm.addAccount(NORTHWIND, "Northwind Plant A", ZoneId.of("Europe/Berlin"));
      crm.openIssue(
          CASE_1, NORTHWIND, "scratched housings on lot 7", List.of(Trigger.unitDefect(1)));
      runTimersUntil(now, scheduler, Instant.parse("2026-03-04T09:00:00Z"));
      crm.respond(CASE_1);
      runTimersUntil(now, scheduler, Instant.parse("2026-03-06T17:00:00Z"));
      // Down over the weekend: one late run catches up.
      now.set(Instant.parse("2026-03-09T07:00:00Z"));
      scheduler.runDue();
      runTimersUntil(now, scheduler, Instant.parse("2026-03-09T07:30:00Z"));
      crm.escalate(CASE_1, "L3", "customer threatens to stop line 2");
      runTimersUntil(now, scheduler, Instant.parse("2026-03-09T07:43:00Z"));
      crm.respond(CASE_1);
      crm.resolve(CASE_1);
    }
    return feed;
  }

  /** Moves the simulated clock to {@code until}, running each timer at its own instant. */
  private static void runTimersUntil(
      AtomicReference<Instant> now, ClockDrivenScheduler scheduler, Instant until) {
    for (Optional<Instant> due = scheduler.nextDue();
        due.isPresent() && !due.get().isAfter(until);
        due = scheduler.nextDue()) {
      now.set(due.get());
      scheduler.runDue();
    }
    now.set(until);
    scheduler.runDue();
  }
}
