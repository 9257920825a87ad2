package org.accountgovernance.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.IssueId;
import org.accountgovernance.core.account.AccountSnapshot;
import org.accountgovernance.core.escalation.Issue;
import org.accountgovernance.core.escalation.IssueEvent;
import org.accountgovernance.testkit.escalation.EscalationGenerators;
import org.quicktheories.QuickTheory;

/**
 * Random issues from the testkit's generators, with a fixed seed, each with the instant at which it
 * is decided: its opening plus one of {@link EscalationGenerators#offsets()} (seconds to a week, a
 * third of them around the 48 h of ESC-AUTO).
 */
public final class Samples {
  /** The seed of every sample in this module. */
  public static final long SEED = 20_261_123L;

  private static final int SPARE = 16;

  private Samples() {}

  /**
   * An issue and when to decide it.
   *
   * @param issue the issue
   * @param now the instant of the decision
   */
  public record Sample(Issue issue, Instant now) {}

  /**
   * {@code n} samples, the same ones on every call with the same {@code n}.
   *
   * @param n how many
   * @return the samples, in the order generated
   */
  public static List<Sample> issues(int n) {
    List<Sample> samples = new ArrayList<>(n + SPARE);
    // QuickTheories draws the values; the property only collects them. It may run one example
    // fewer than asked, hence the spare ones.
    QuickTheory.qt()
        .withFixedSeed(SEED)
        .withExamples(n + SPARE)
        .withGenerateAttempts(1_000)
        .forAll(
            EscalationGenerators.issues(EscalationGenerators.playbookTriggers()),
            EscalationGenerators.offsets())
        .checkAssert(
            (issue, offset) -> samples.add(new Sample(issue, issue.openedAt().plus(offset))));
    if (samples.size() < n) {
      throw new IllegalStateException("asked for " + n + " samples but got " + samples.size());
    }
    return List.copyOf(samples.subList(0, n));
  }

  /** The instant at which portfolios are swept. */
  public static final Instant SWEEP_AT = Instant.parse("2026-11-23T10:00:00Z");

  /**
   * A portfolio of {@code accounts} accounts with {@code issuesPerAccount} issues each, drawn from
   * {@code pool} in turn, moved to their account with distinct ids and shifted in time so that each
   * sample's decision instant falls on {@link #SWEEP_AT}: a sweep at that instant decides every
   * issue as the differential test does.
   *
   * @param pool the issues to copy
   * @param accounts how many accounts
   * @param issuesPerAccount how many issues each account has
   * @return the accounts' snapshots (issues only, zone Europe/Berlin)
   */
  public static List<AccountSnapshot> portfolio(
      List<Sample> pool, int accounts, int issuesPerAccount) {
    ZoneId zone = ZoneId.of("Europe/Berlin");
    List<AccountSnapshot> snapshots = new ArrayList<>(accounts);
    int next = 0;
    for (int a = 0; a < accounts; a++) {
      AccountId account = AccountId.of("ACCOUNT-" + a);
      AccountSnapshot.Builder snapshot = AccountSnapshot.builder().account(account).zone(zone);
      for (int i = 0; i < issuesPerAccount; i++) {
        Sample sample = pool.get(next++ % pool.size());
        Duration shift = Duration.between(sample.now(), SWEEP_AT);
        Issue.Builder issue =
            Issue.builder()
                .id(IssueId.of(account.value() + "-" + i))
                .account(account)
                .openedAt(sample.issue().openedAt().plus(shift))
                .addAllTriggers(sample.issue().triggers());
        for (IssueEvent event : sample.issue().events()) {
          issue.addEvents(IssueEvent.builder().from(event).at(event.at().plus(shift)).build());
        }
        snapshot.addIssues(issue.build());
      }
      snapshots.add(snapshot.build());
    }
    return snapshots;
  }
}
