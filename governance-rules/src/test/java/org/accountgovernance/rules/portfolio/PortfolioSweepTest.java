package org.accountgovernance.rules.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.IssueId;
import org.accountgovernance.core.account.AccountSnapshot;
import org.accountgovernance.core.account.GovernanceReport;
import org.accountgovernance.core.authority.AccountDecisionRights;
import org.accountgovernance.core.authority.ActionRequest;
import org.accountgovernance.core.escalation.Issue;
import org.accountgovernance.core.escalation.IssueEvent;
import org.accountgovernance.core.escalation.Trigger;
import org.accountgovernance.rules.account.Playbook;
import org.junit.jupiter.api.Test;

class PortfolioSweepTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  /** An account with one fresh L1 issue opened {@code hoursAgo} before T0: response due 24 h on. */
  private static AccountSnapshot account(String id, int hoursAgo) {
    AccountId account = AccountId.of(id);
    return AccountSnapshot.builder()
        .account(account)
        .zone(BERLIN)
        .addIssues(
            Issue.builder()
                .id(IssueId.of(id + "-1"))
                .account(account)
                .openedAt(T0.minus(Duration.ofHours(hoursAgo)))
                .addTrigger(Trigger.unitDefect(1))
                .build())
        .build();
  }

  @Test
  void upcomingMergesTheAccountsDeadlinesSoonestFirst() {
    PortfolioSweep sweep = PortfolioSweep.of(Playbook.ofDefaults(), T0);
    sweep.putAll(List.of(account("B", 1), account("A", 5), account("C", 3)), T0);

    assertThat(sweep.upcoming(2))
        .extracting(d -> d.account().value(), d -> d.item().at())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("A", T0.plus(Duration.ofHours(19))),
            org.assertj.core.groups.Tuple.tuple("C", T0.plus(Duration.ofHours(21))));
    assertThat(sweep.upcoming(10))
        .extracting(d -> d.account().value())
        .containsExactly("A", "C", "B");
    assertThat(sweep.upcoming(0)).isEmpty();
    assertThatThrownBy(() -> sweep.upcoming(-1))
        .hasMessage("upcoming.n must be zero or more but was -1");
  }

  @Test
  void aNewFactReevaluatesOnlyItsAccountAndTheAnswerDropsFromTheQueue() {
    PortfolioSweep sweep = PortfolioSweep.of(Playbook.ofDefaults(), T0);
    sweep.putAll(List.of(account("A", 5), account("B", 1)), T0);
    GovernanceReport before = sweep.report(AccountId.of("B")).orElseThrow();

    Instant answered = T0.plus(Duration.ofHours(1));
    AccountSnapshot a = account("A", 5);
    AccountSnapshot aAnswered =
        AccountSnapshot.builder()
            .from(a)
            .issues(
                List.of(
                    Issue.builder()
                        .from(a.issues().get(0))
                        .addEvent(IssueEvent.responded(answered))
                        .build()))
            .build();
    sweep.put(aAnswered, answered);

    assertThat(sweep.report(AccountId.of("B"))).containsSame(before);
    assertThat(sweep.upcoming(10)).extracting(d -> d.account().value()).containsExactly("B");
    assertThat(sweep.size()).isEqualTo(2);
  }

  @Test
  void advancingReevaluatesExactlyTheAccountsWhoseChangeHasCome() {
    PortfolioSweep sweep = PortfolioSweep.of(Playbook.ofDefaults(), T0);
    sweep.putAll(List.of(account("A", 5), account("B", 1)), T0);
    // A warns at 75 % of its 24 h target (18 h after opening, 13 h after T0); B 4 h later.
    Instant aWarns = T0.plus(Duration.ofHours(13));
    assertThat(sweep.nextChangeAt()).contains(aWarns);

    assertThat(sweep.advanceTo(aWarns.minusNanos(1))).isEmpty();
    assertThat(sweep.advanceTo(aWarns)).extracting(r -> r.account().value()).containsExactly("A");
    assertThat(sweep.nextChangeAt()).contains(T0.plus(Duration.ofHours(17)));
  }

  @Test
  void timeNeverGoesBackAndRemovedAccountsAreForgotten() {
    PortfolioSweep sweep = PortfolioSweep.of(Playbook.ofDefaults(), T0);
    sweep.put(account("A", 5), T0.plusSeconds(60));
    assertThatThrownBy(() -> sweep.advanceTo(T0))
        .hasMessage(
            "PortfolioSweep.now must be at or after the sweep's clock "
                + T0.plusSeconds(60)
                + " but was "
                + T0);

    assertThat(sweep.remove(AccountId.of("A"))).isTrue();
    assertThat(sweep.remove(AccountId.of("A"))).isFalse();
    assertThat(sweep.report(AccountId.of("A"))).isEmpty();
    assertThat(sweep.nextChangeAt()).isEmpty();
    assertThat(sweep.advanceTo(T0.plus(Duration.ofDays(30)))).isEmpty();
  }

  @Test
  void aRefusedAccountLeavesTheSweepAsItWas() {
    Instant asked = T0.plus(Duration.ofHours(1));
    AccountSnapshot a = account("A", 5);
    AccountSnapshot badLater =
        AccountSnapshot.builder()
            .from(a)
            .decisionRights(
                AccountDecisionRights.builder()
                    .account(a.account())
                    .addRequests(
                        ActionRequest.builder()
                            .action("goodwill credit")
                            .process("No such process")
                            .requestedAt(asked)
                            .build())
                    .build())
            .build();
    PortfolioSweep sweep = PortfolioSweep.of(Playbook.ofDefaults(), T0);
    sweep.putAll(List.of(badLater, account("B", 1)), T0);
    GovernanceReport before = sweep.report(AccountId.of("A")).orElseThrow();
    assertThat(sweep.nextChangeAt()).contains(asked);

    assertThatThrownBy(() -> sweep.advanceTo(asked))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'No such process'");

    // Nothing moved: the clock, the report, the wake-up; fixing the facts recovers.
    assertThat(sweep.clock()).isEqualTo(T0);
    assertThat(sweep.report(AccountId.of("A"))).containsSame(before);
    assertThat(sweep.nextChangeAt()).contains(asked);
    assertThatThrownBy(() -> sweep.putAll(List.of(account("C", 1), badLater), asked))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(sweep.report(AccountId.of("C"))).isEmpty();
    sweep.put(a, asked);
    assertThat(sweep.report(AccountId.of("A")).orElseThrow().at()).isEqualTo(asked);
  }

  @Test
  void twoSnapshotsOfOneAccountInOneCallAreRefused() {
    PortfolioSweep sweep = PortfolioSweep.of(Playbook.ofDefaults(), T0);
    assertThatThrownBy(() -> sweep.putAll(List.of(account("A", 1), account("A", 2)), T0))
        .hasMessage(
            "PortfolioSweep.putAll.snapshots must hold one snapshot per account but had two of A");
    assertThat(sweep.size()).isZero();
  }

  @Test
  void outdatedWakeupsAreDroppedOnceTheyOutnumberTheLiveOnes() {
    PortfolioSweep sweep = PortfolioSweep.of(Playbook.ofDefaults(), T0);
    sweep.putAll(List.of(account("A", 5), account("B", 1)), T0);
    for (int i = 1; i <= 200; i++) {
      sweep.put(account("A", 5), T0.plusSeconds(i));
      assertThat(sweep.queuedWakeups()).isLessThanOrEqualTo(2 + 65 + 1);
      assertThat(sweep.queuedWakeups() - sweep.staleWakeups()).isEqualTo(2);
    }
    assertThat(sweep.nextChangeAt()).contains(T0.plus(Duration.ofHours(13)));
  }

  @Test
  void aRemovedAndReaddedAccountDoesNotWakeForItsOldDeadline() {
    PortfolioSweep sweep = PortfolioSweep.of(Playbook.ofDefaults(), T0);
    sweep.put(account("A", 5), T0);
    sweep.remove(AccountId.of("A"));
    sweep.put(AccountSnapshot.builder().account(AccountId.of("A")).zone(BERLIN).build(), T0);

    assertThat(sweep.nextChangeAt()).isEmpty();
    assertThat(sweep.advanceTo(T0.plus(Duration.ofDays(1)))).isEmpty();
  }
}
