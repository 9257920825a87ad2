package org.accountgovernance.rules.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.IssueId;
import org.accountgovernance.core.account.AccountChange;
import org.accountgovernance.core.account.AccountSnapshot;
import org.accountgovernance.core.escalation.Issue;
import org.accountgovernance.core.escalation.IssueEvent;
import org.accountgovernance.core.escalation.Trigger;
import org.accountgovernance.core.update.RagStatus;
import org.junit.jupiter.api.Test;

class PlaybookChangesBetweenTest {
  private static final AccountId ACME = AccountId.of("ACME");
  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  private static final Playbook PLAYBOOK = Playbook.ofDefaults();

  private static AccountSnapshot snapshot(Issue issue) {
    return AccountSnapshot.builder().account(ACME).zone(ZoneOffset.UTC).addIssue(issue).build();
  }

  private static Issue.Builder unanswered() {
    return Issue.builder()
        .id(IssueId.of("CASE-1"))
        .account(ACME)
        .openedAt(T0)
        .addTrigger(Trigger.unitDefect(1));
  }

  private static Instant hours(long h) {
    return T0.plus(Duration.ofHours(h));
  }

  @Test
  void everyChangeComesAtItsOwnInstantInOrder() {
    List<AccountChange> changes =
        PLAYBOOK.changesBetween(snapshot(unanswered().build()), T0.minusNanos(1), hours(49));

    assertThat(changes)
        .extracting(
            c -> c.at() + " " + c.type() + " " + c.ruleId().map(Object::toString).orElse(""))
        .containsExactly(
            "2026-03-02T08:00:00Z LEVEL ESC-TRIGGER",
            "2026-03-03T02:00:00Z WARNING ESC-SLA-WARN",
            "2026-03-03T08:00:00.000000001Z BREACH ESC-SLA",
            "2026-03-03T08:00:00.000000001Z FINDING ESC-SLA",
            "2026-03-03T08:00:00.000000001Z STATUS ",
            "2026-03-04T08:00:00.000000001Z LEVEL ESC-AUTO",
            "2026-03-04T08:00:00.000000001Z STATUS ");
    assertThat(changes.get(4).status()).contains(RagStatus.YELLOW);
  }

  @Test
  void anEventAtTheEndIsAppliedAfterWhatTheOldFactsMadeHappen() {
    Issue resolvedLate = unanswered().addEvent(IssueEvent.resolved(hours(30))).build();

    List<AccountChange> changes = PLAYBOOK.changesBetween(snapshot(resolvedLate), T0, hours(30));

    // The breach at 24 h still happened; the resolution at 30 h ends the finding, turns the
    // account GREEN and cancels the auto-escalation at 48 h.
    assertThat(changes)
        .extracting(c -> c.at() + " " + c.type())
        .containsExactly(
            "2026-03-03T02:00:00Z WARNING",
            "2026-03-03T08:00:00.000000001Z BREACH",
            "2026-03-03T08:00:00.000000001Z FINDING",
            "2026-03-03T08:00:00.000000001Z STATUS",
            "2026-03-03T14:00:00Z STATUS");
    assertThat(PLAYBOOK.changesBetween(snapshot(resolvedLate), hours(30), hours(100))).isEmpty();
  }

  @Test
  void splittingTheIntervalGivesTheSameChanges() {
    AccountSnapshot snapshot = snapshot(unanswered().build());
    List<AccountChange> atOnce = PLAYBOOK.changesBetween(snapshot, T0, hours(100));
    for (long split : new long[] {1, 18, 24, 48, 52, 99}) {
      List<AccountChange> steps =
          new ArrayList<>(PLAYBOOK.changesBetween(snapshot, T0, hours(split)));
      steps.addAll(PLAYBOOK.changesBetween(snapshot, hours(split), hours(100)));
      assertThat(steps).as("split at %d h", split).isEqualTo(atOnce);
    }
  }

  @Test
  void toBeforeFromIsRefused() {
    assertThatThrownBy(
            () -> PLAYBOOK.changesBetween(snapshot(unanswered().build()), T0, T0.minusNanos(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("to must be at or after from");
  }

  @Test
  void changesAtOneInstantKeepTheOrderTheyHappenedIn() {
    // Opened at L1 and, at the same instant, a brand risk: the bypass to L3 comes after the entry
    // at L1, so a host keeping "the latest level" ends at L3.
    Issue bypassed =
        unanswered().addEvent(IssueEvent.triggerAdded(T0, Trigger.brandRisk())).build();

    List<AccountChange> levels =
        PLAYBOOK.changesBetween(snapshot(bypassed), T0.minusNanos(1), T0).stream()
            .filter(c -> c.type() == AccountChange.Type.LEVEL)
            .toList();

    assertThat(levels)
        .extracting(c -> c.levelId().orElseThrow(), c -> c.ruleId().orElseThrow().value())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("L1", "ESC-TRIGGER"),
            org.assertj.core.groups.Tuple.tuple("L3", "ESC-BYPASS"));
  }
}
