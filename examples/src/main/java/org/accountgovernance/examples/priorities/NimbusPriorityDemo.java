package org.accountgovernance.examples.priorities;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.IssueId;
import org.accountgovernance.core.escalation.EscalationChange;
import org.accountgovernance.core.escalation.EscalationDecision;
import org.accountgovernance.core.escalation.EscalationPolicy;
import org.accountgovernance.core.escalation.Issue;
import org.accountgovernance.core.escalation.IssueEvent;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Nimbus's desk on the Friday afternoon before King's Day 2026: four tickets decided by {@link
 * NimbusPriorities#policy()} and printed as the desk's dashboard shows them.
 *
 * <p>Run it with {@code mvn -B -q -pl examples -am compile exec:java
 * -Dexec.mainClass=org.accountgovernance.examples.priorities.NimbusPriorityDemo}; add {@code
 * -Dexec.args=2026-04-29T12:00:00Z} to look at another instant. The output is deterministic.
 *
 * <ul>
 *   <li>NIM-101, a question with nothing reported: P5, due on the desk's hours, so not before the
 *       Wednesday after the long weekend;
 *   <li>NIM-102, 120 users locked out: P3, answered, but unresolved for more than 4 h: P2 by the
 *       timer;
 *   <li>NIM-103, 3 users, then lost data: P4, then P1 at once by the data-loss bypass;
 *   <li>NIM-104, a USD 12,000 service credit (EUR 11,040.00): P2, unanswered, warned twice and
 *       breached.
 * </ul>
 */
public final class NimbusPriorityDemo {
  /** The instant the demo looks at unless told otherwise: Friday 20:00 in Amsterdam. */
  public static final Instant DEFAULT_NOW = Instant.parse("2026-04-24T18:00:00Z");

  /** When every sample ticket was raised: Friday 24 April 2026, 15:00 in Amsterdam. */
  public static final Instant FRIDAY_AFTERNOON = Instant.parse("2026-04-24T13:00:00Z");

  private static final AccountId CUSTOMER = AccountId.of("ACME-SAAS");

  private NimbusPriorityDemo() {}

  /** Prints the dashboard at the instant in {@code args[0]}, or at {@link #DEFAULT_NOW}. */
  public static void main(String[] args) {
    Instant now = args.length > 0 ? Instant.parse(args[0]) : DEFAULT_NOW;
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(render(now));
  }

  /** The four sample tickets, raised at {@link #FRIDAY_AFTERNOON}. */
  public static List<Issue> sampleTickets() {
    return List.of(
        ticket("NIM-101").build(),
        ticket("NIM-102")
            .addTrigger(NimbusTriggers.usersAffected(120))
            .addEvent(IssueEvent.responded(Instant.parse("2026-04-24T13:45:00Z")))
            .addEvent(IssueEvent.responded(Instant.parse("2026-04-24T17:10:00Z")))
            .build(),
        ticket("NIM-103")
            .addTrigger(NimbusTriggers.usersAffected(3))
            .addEvent(
                IssueEvent.triggerAdded(
                    Instant.parse("2026-04-24T13:20:00Z"), NimbusTriggers.dataLoss()))
            .addEvent(IssueEvent.responded(Instant.parse("2026-04-24T13:28:00Z")))
            .build(),
        ticket("NIM-104")
            .addTrigger(NimbusTriggers.serviceCredit(Money.of(CurrencyUnit.USD, 12_000)))
            .build());
  }

  private static Issue.Builder ticket(String id) {
    return Issue.builder().id(IssueId.of(id)).account(CUSTOMER).openedAt(FRIDAY_AFTERNOON);
  }

  /**
   * The dashboard's text at {@code now}.
   *
   * @throws IllegalArgumentException when {@code now} is before {@link #FRIDAY_AFTERNOON}
   */
  public static String render(Instant now) {
    EscalationPolicy policy = NimbusPriorities.policy();
    StringBuilder out = new StringBuilder();
    out.append("Nimbus service desk at ").append(now).append('\n');
    out.append("=".repeat(72)).append('\n');
    for (Issue ticket : sampleTickets()) {
      EscalationDecision d = policy.decide(ticket, now);
      out.append('\n').append(ticket.id()).append("  ").append(d.level());
      out.append("  (").append(d.status()).append(")\n");
      d.reasons().forEach(r -> out.append("  why        ").append(r).append('\n'));
      out.append("  owner      ").append(d.path()).append('\n');
      out.append("  respond by ")
          .append(d.responseDue().map(Instant::toString).orElse("- (" + d.clock().status() + ")"))
          .append('\n');
      out.append("  look again ")
          .append(d.nextChangeAt().map(Instant::toString).orElse("- (nothing pending)"))
          .append('\n');
      for (EscalationChange change : d.changes()) {
        out.append("  history    ").append(change).append('\n');
      }
    }
    return out.toString();
  }
}
