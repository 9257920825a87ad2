package org.accountgovernance.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.Finding;
import org.accountgovernance.core.IssueId;
import org.accountgovernance.core.escalation.EscalationChange;
import org.accountgovernance.core.escalation.EscalationDecision;
import org.accountgovernance.core.escalation.EscalationPolicy;
import org.accountgovernance.core.escalation.Issue;
import org.accountgovernance.core.escalation.IssueEvent;
import org.accountgovernance.core.escalation.Trigger;
import org.accountgovernance.core.money.CurrencyConverter;
import org.accountgovernance.rules.escalation.EscalationSettings;
import org.accountgovernance.rules.escalation.PlaybookEscalationPolicy;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The escalation walk-through: a handful of issues in the style of the playbook's sources, decided
 * by the default escalation policy at one instant, printed as a CRM would show them.
 *
 * <p>Run it with {@code mvn -B -q -pl examples -am compile exec:java}; pass {@code
 * -Dexec.args=2026-03-05T09:00:00Z} to evaluate at another instant. The output is deterministic:
 * the instant is fixed unless given.
 */
public final class EscalationWalkthrough {
  /** The instant the walk-through evaluates at unless told otherwise. */
  public static final Instant DEFAULT_NOW = Instant.parse("2026-03-04T10:00:00Z");

  private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");

  private EscalationWalkthrough() {}

  /** Prints the walk-through at the instant in {@code args[0]}, or at {@link #DEFAULT_NOW}. */
  public static void main(String[] args) {
    Instant now = args.length > 0 ? Instant.parse(args[0]) : DEFAULT_NOW;
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(render(now));
  }

  /** The sample issues, opened on Monday 2 March 2026 from 08:00 UTC on. */
  public static List<Issue> sampleIssues() {
    AccountId plant = AccountId.of("NORTHWIND-PLANT-A");
    AccountId bank = AccountId.of("MERIDIAN-BANK");
    return List.of(
        issue("CASE-101", plant, MONDAY)
            .addTrigger(Trigger.yieldDrop(new BigDecimal("7")))
            .addEvent(IssueEvent.responded(MONDAY.plus(Duration.ofHours(2))))
            .build(),
        issue("CASE-102", plant, MONDAY)
            .addTrigger(Trigger.unitDefect(1))
            .addTrigger(Trigger.delay(2))
            .build(),
        issue("CASE-103", plant, MONDAY.plus(Duration.ofHours(1)))
            .addTrigger(Trigger.paymentOverdue(45))
            .addEvent(IssueEvent.responded(MONDAY.plus(Duration.ofHours(1))))
            .build(),
        issue("CASE-104", plant, MONDAY.plus(Duration.ofHours(3)))
            .addTrigger(Trigger.costVariance(Money.of(CurrencyUnit.USD, 800)))
            .addEvent(
                IssueEvent.triggerAdded(
                    MONDAY.plus(Duration.ofHours(30)),
                    Trigger.financialImpact(Money.of(CurrencyUnit.USD, 12_500))))
            .build(),
        issue("CASE-105", plant, MONDAY.plus(Duration.ofHours(5)))
            .addTrigger(Trigger.informationRequest())
            .addEvent(
                IssueEvent.paused(
                    MONDAY.plus(Duration.ofHours(6)), "waiting for the customer's drawings"))
            .build(),
        issue("CASE-201", bank, Instant.parse("2026-03-04T02:00:00Z"))
            .addTrigger(Trigger.lineDownConfirmed())
            .addTrigger(Trigger.financialImpact(Money.of(CurrencyUnit.EUR, 900_000)))
            .addEvent(IssueEvent.responded(Instant.parse("2026-03-04T02:40:00Z")))
            .build(),
        issue("CASE-202", bank, MONDAY.plus(Duration.ofHours(4)))
            .addTrigger(Trigger.brandRisk())
            .addEvent(IssueEvent.responded(MONDAY.plus(Duration.ofHours(4))))
            .addEvent(IssueEvent.resolved(MONDAY.plus(Duration.ofHours(20))))
            .build());
  }

  private static Issue.Builder issue(String id, AccountId account, Instant openedAt) {
    return Issue.builder().id(IssueId.of(id)).account(account).openedAt(openedAt);
  }

  /** The policy of the walk-through: the playbook, with a EUR rate for the bank's figures. */
  public static EscalationPolicy policy() {
    return PlaybookEscalationPolicy.of(
        EscalationSettings.from(EscalationSettings.ofDefaults())
            .currencyConverter(
                CurrencyConverter.fixedRates(
                    CurrencyUnit.USD, Map.of(CurrencyUnit.EUR, new BigDecimal("1.08"))))
            .build());
  }

  /** The walk-through's text at {@code now}. */
  public static String render(Instant now) {
    EscalationPolicy policy = policy();
    StringBuilder out = new StringBuilder();
    out.append("Escalation walk-through at ").append(now).append('\n');
    out.append("=".repeat(72)).append('\n');
    for (Issue issue : sampleIssues()) {
      EscalationDecision decision = policy.decide(issue, now);
      out.append('\n')
          .append(issue.id())
          .append("  ")
          .append(issue.account())
          .append("  opened ")
          .append(issue.openedAt())
          .append('\n');
      out.append("  facts     : ")
          .append(issue.triggers())
          .append(eventsOf(issue, now))
          .append('\n');
      out.append("  level     : ")
          .append(decision.level())
          .append(" (")
          .append(decision.status())
          .append(")\n");
      decision.reasons().forEach(r -> out.append("  why       : ").append(r).append('\n'));
      out.append("  path      : ").append(decision.path()).append('\n');
      out.append("  respond by: ")
          .append(
              decision
                  .responseDue()
                  .map(Instant::toString)
                  .orElse("-  (" + decision.clock().status() + ")"))
          .append('\n');
      out.append("  next check: ")
          .append(decision.nextChangeAt().map(Instant::toString).orElse("-"))
          .append('\n');
      for (EscalationChange change : decision.changes()) {
        out.append("  history   : ").append(change).append('\n');
      }
      for (Finding finding : decision.findings()) {
        out.append("  FINDING   : ")
            .append(finding.ruleId())
            .append(' ')
            .append(finding.message())
            .append('\n');
      }
    }
    return out.toString();
  }

  private static String eventsOf(Issue issue, Instant now) {
    StringBuilder text = new StringBuilder();
    for (IssueEvent event : issue.timeline()) {
      if (!event.at().isAfter(now)) {
        text.append("; ").append(event);
      }
    }
    return text.toString();
  }
}
