package org.accountgovernance.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.IssueId;
import org.accountgovernance.core.escalation.EscalationDecision;
import org.accountgovernance.core.escalation.Issue;
import org.accountgovernance.core.escalation.IssueEvent;
import org.accountgovernance.core.escalation.LevelChange;
import org.accountgovernance.core.escalation.Trigger;
import org.accountgovernance.core.sla.ResponseClock;
import org.accountgovernance.testkit.Theories;
import org.accountgovernance.testkit.escalation.EscalationGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Invariants of the playbook policy's clocks (ESC-AUTO, ESC-SLA) over random timelines. */
class PlaybookEscalationPolicyProperties {
  private static final PlaybookEscalationPolicy POLICY = PlaybookEscalationPolicy.ofDefaults();
  private static final Duration TIMER = Duration.ofHours(48);

  /** An L1 issue with up to two pauses of random lengths, never resolved. */
  private static Gen<Issue> pausedL1Issues() {
    Gen<Long> minutes = Generate.longRange(1, 3 * 24 * 60);
    return EscalationGenerators.openings()
        .zip(
            minutes,
            minutes,
            minutes,
            minutes,
            (openedAt, run1, pause1, run2, pause2) -> {
              Instant p1 = openedAt.plus(Duration.ofMinutes(run1));
              Instant r1 = p1.plus(Duration.ofMinutes(pause1));
              Instant p2 = r1.plus(Duration.ofMinutes(run2));
              Instant r2 = p2.plus(Duration.ofMinutes(pause2));
              return Issue.builder()
                  .id(IssueId.of("CASE-1"))
                  .account(AccountId.of("ACME"))
                  .openedAt(openedAt)
                  .addTrigger(Trigger.informationRequest())
                  .addEvents(
                      IssueEvent.paused(p1, "waiting for the customer"),
                      IssueEvent.resumed(r1),
                      IssueEvent.paused(p2, "waiting for the customer"),
                      IssueEvent.resumed(r2))
                  .build();
            });
  }

  private static Duration pausedWithin(Issue issue, Instant until) {
    Duration paused = Duration.ZERO;
    Instant since = null;
    for (IssueEvent event : issue.timeline()) {
      if (event.at().isAfter(until)) {
        break;
      }
      if (event.type() == IssueEvent.Type.PAUSED) {
        since = event.at();
      } else if (event.type() == IssueEvent.Type.RESUMED && since != null) {
        paused = paused.plus(Duration.between(since, event.at()));
        since = null;
      }
    }
    return since == null ? paused : paused.plus(Duration.between(since, until));
  }

  /**
   * ESC-AUTO fires when the unpaused time at L1 first exceeds 48 h, and not a nanosecond before.
   */
  @Test
  void autoEscalationComesExactlyWhenUnpausedTimeAtL1Exceeds48Hours() {
    Theories.qt()
        .forAll(pausedL1Issues())
        .checkAssert(
            issue -> {
              EscalationDecision later =
                  POLICY.decide(issue, issue.openedAt().plus(Duration.ofDays(20)));
              LevelChange auto = later.levelHistory().get(1);
              assertThat(auto.cause()).isEqualTo(LevelChange.Cause.TIMER);
              assertThat(auto.reasons().get(0).ruleId()).isEqualTo(EscalationRules.AUTO);
              Duration atLevel =
                  Duration.between(issue.openedAt(), auto.at())
                      .minus(pausedWithin(issue, auto.at()));
              assertThat(atLevel)
                  .as("unpaused time at L1 when ESC-AUTO fired")
                  .isEqualTo(TIMER.plusNanos(1));
              assertThat(POLICY.decide(issue, auto.at().minusNanos(1)).level().id())
                  .isEqualTo("L1");
              assertThat(POLICY.decide(issue, auto.at()).level().id()).isEqualTo("L2");
            });
  }

  /**
   * Each clock's deadline is its start plus its target plus the paused time before the deadline.
   */
  @Test
  void pausedTimeMovesTheResponseDeadline() {
    Theories.qt()
        .forAll(pausedL1Issues())
        .checkAssert(
            issue -> {
              EscalationDecision decision =
                  POLICY.decide(issue, issue.openedAt().plus(Duration.ofDays(20)));
              for (ResponseClock clock : decision.clocks()) {
                Instant deadline = clock.deadline().orElseThrow();
                Duration unpaused =
                    Duration.between(clock.startedAt(), deadline)
                        .minus(pausedWithin(issue, deadline))
                        .plus(pausedWithin(issue, clock.startedAt()));
                assertThat(unpaused)
                    .as("unpaused time until the deadline of %s", clock)
                    .isEqualTo(clock.target());
              }
            });
  }

  /**
   * Whatever the order of evaluations, every breach appears once in the changes and once as a
   * finding.
   */
  @Test
  void aBreachIsReportedOnceHoweverOftenTheIssueIsEvaluated() {
    // Each example evaluates the issue up to a few hundred times: a tenth of the usual examples.
    Theories.qt(10)
        .forAll(
            EscalationGenerators.issues(EscalationGenerators.playbookTriggers()),
            Generate.longRange(30 * 60, 12 * 3600))
        .checkAssert(
            (issue, stepSeconds) -> {
              Instant end = issue.openedAt().plus(Duration.ofDays(8));
              java.util.ArrayList<Object> seen = new java.util.ArrayList<>();
              Instant previous = issue.openedAt().minusNanos(1);
              for (Instant t = issue.openedAt(); !t.isAfter(end); t = t.plusSeconds(stepSeconds)) {
                seen.addAll(POLICY.decide(issue, t).changesSince(previous));
                previous = t;
              }
              seen.addAll(POLICY.decide(issue, end).changesSince(previous));
              EscalationDecision last = POLICY.decide(issue, end);
              assertThat(seen).doesNotHaveDuplicates().containsExactlyElementsOf(last.changes());
              long breaches = last.clocks().stream().filter(c -> c.breach().isPresent()).count();
              assertThat(last.findings()).hasSize((int) breaches);
              assertThat(List.copyOf(last.findings())).doesNotHaveDuplicates();
            });
  }

  /**
   * With a person's escalation to the top and a downgrade to the bottom added to a generated issue
   * (which the contract's issues never carry), the summary is still the decision's summary at any
   * instant: the reasons of a manual change, and the facts a downgrade sets aside, included.
   */
  @Test
  void theSummaryIsTheDecisionsSummaryWithManualLevelChanges() {
    Theories.qt()
        .forAll(
            EscalationGenerators.issues(EscalationGenerators.playbookTriggers()),
            EscalationGenerators.offsets(),
            EscalationGenerators.offsets(),
            Generate.booleans())
        .checkAssert(
            (generated, first, later, downgradeFirst) -> {
              Instant at = generated.openedAt().plus(first);
              if (resolvedBy(generated, at)) {
                return;
              }
              Instant second = at.plusSeconds(3_600);
              IssueEvent up =
                  IssueEvent.escalated(downgradeFirst ? second : at, "L3", "board asked");
              IssueEvent down =
                  IssueEvent.downgraded(downgradeFirst ? at : second, "L1", "customer agreed");
              Issue issue;
              try {
                issue = Issue.builder().from(generated).addEvent(up).addEvent(down).build();
                POLICY.decide(issue, second.plus(later));
              } catch (IllegalStateException refused) {
                // A resolution between the two, or a downgrade from L1: not this property's case.
                return;
              }
              for (Instant now :
                  List.of(at, second, second.plus(later), at.plus(later), generated.openedAt())) {
                assertThat(POLICY.summarize(issue, now))
                    .as("summary of %s at %s", issue, now)
                    .isEqualTo(POLICY.decide(issue, now).summary());
              }
            });
  }

  private static boolean resolvedBy(Issue issue, Instant at) {
    return issue.events().stream()
        .anyMatch(e -> e.type() == IssueEvent.Type.RESOLVED && !e.at().isAfter(at));
  }
}
