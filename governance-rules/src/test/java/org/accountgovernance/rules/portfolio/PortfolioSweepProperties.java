package org.accountgovernance.rules.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.account.AccountSnapshot;
import org.accountgovernance.core.account.GovernanceReport;
import org.accountgovernance.core.escalation.Issue;
import org.accountgovernance.core.program.AccountEscalation;
import org.accountgovernance.rules.account.Playbook;
import org.accountgovernance.testkit.Theories;
import org.accountgovernance.testkit.escalation.EscalationGenerators;
import org.accountgovernance.testkit.program.ProgramGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The sweep's promise: re-evaluating only what is due gives the same reports as re-evaluating
 * everything, every time. It rests on {@code nextChangeAt} being exact, which is checked first.
 */
class PortfolioSweepProperties {
  private static final Playbook PLAYBOOK = Playbook.ofDefaults();

  /** An account with up to four issues and possibly an account-level escalation, all its own. */
  static Gen<AccountSnapshot> snapshots(String id) {
    AccountId account = AccountId.of(id);
    Gen<List<Issue>> issues =
        Generate.range(0, 4)
            .flatMap(
                n -> {
                  Gen<List<Issue>> list = Generate.constant(List.of());
                  Gen<Issue> one =
                      EscalationGenerators.issues(EscalationGenerators.playbookTriggers());
                  for (int i = 0; i < n; i++) {
                    list = list.zip(one, PortfolioSweepProperties::append);
                  }
                  return list;
                });
    Gen<Optional<AccountEscalation>> escalation =
        Generate.booleans()
            .zip(
                ProgramGenerators.escalations(),
                (has, e) -> has ? Optional.of(e) : Optional.empty());
    return issues.zip(
        escalation,
        (list, aem) -> {
          AccountSnapshot.Builder snapshot =
              AccountSnapshot.builder()
                  .account(account)
                  .zone(aem.map(AccountEscalation::zone).orElse(ZoneId.of("Europe/Berlin")));
          int n = 0;
          for (Issue issue : list) {
            // Issues come from one generator: rebase them onto this account, with distinct ids.
            snapshot.addIssues(
                Issue.builder()
                    .from(issue)
                    .account(account)
                    .id(org.accountgovernance.core.IssueId.of(id + "-" + n++))
                    .build());
          }
          aem.ifPresent(
              e ->
                  snapshot.escalation(
                      AccountEscalation.builder().from(e).account(account).build()));
          return snapshot.build();
        });
  }

  /** What a step does. */
  enum Action {
    /** After the pause, put the account's facts again. */
    PUT,
    /** Move the clock on by the pause. */
    ADVANCE,
    /** Move the clock to the sweep's next change, exactly. */
    ADVANCE_TO_NEXT_CHANGE
  }

  /** One step of a run. */
  record Step(int account, Action action, int seconds) {}

  private static <T> List<T> append(List<T> head, T next) {
    List<T> list = new ArrayList<>(head);
    list.add(next);
    return list;
  }

  /** The first instant any fact of the snapshot carries: where its story starts. */
  private static Instant start(AccountSnapshot snapshot) {
    List<Instant> instants = new ArrayList<>();
    snapshot.issues().forEach(i -> instants.add(i.openedAt()));
    snapshot.escalation().ifPresent(e -> e.timeline().forEach(ev -> instants.add(ev.at())));
    return instants.stream().min(Instant::compareTo).orElse(Instant.parse("2026-01-05T00:00:00Z"));
  }

  /** Nothing in a report changes before its {@code nextChangeAt}, however long one waits. */
  @Test
  void aReportHoldsUntilItsNextChange() {
    Theories.qt()
        .forAll(
            snapshots("A"),
            EscalationGenerators.offsets(),
            Generate.longRange(0, 1_000_000_000_000L))
        .checkAssert(
            (snapshot, offset, fraction) -> {
              Instant t0 = start(snapshot).plus(offset);
              GovernanceReport before = PLAYBOOK.report(snapshot, t0);
              // A later instant strictly before the next change, or up to a week on if none.
              Instant limit = before.nextChangeAt().orElse(t0.plus(Duration.ofDays(7)));
              long span = Duration.between(t0, limit).toNanos() - 1;
              // min(): the double product may round up past the last instant before the change.
              Instant t1 =
                  t0.plusNanos(span <= 0 ? 0 : Math.min(span, (long) (span * (fraction / 1e12))));
              GovernanceReport after = PLAYBOOK.report(snapshot, t1);
              assertThat(after.items()).as("items at %s vs %s", t1, t0).isEqualTo(before.items());
              assertThat(after.status()).isEqualTo(before.status());
              assertThat(after.nextChangeAt()).isEqualTo(before.nextChangeAt());
            });
  }

  /**
   * A random run of fact changes and clock moves over three accounts: after every step, each
   * account's report in the sweep says what a full evaluation at the sweep's clock says, except for
   * accounts whose next change has come while another account was put (they wait for the next
   * {@code advanceTo}, which leaves none behind).
   */
  @Test
  void incrementalSweepAgreesWithAFullReevaluation() {
    Gen<List<Step>> plans =
        Generate.range(1, 12)
            .flatMap(
                n -> {
                  Gen<List<Step>> list = Generate.constant(List.of());
                  Gen<Step> step =
                      Generate.range(0, 2)
                          .zip(
                              Generate.pick(List.of(Action.values())),
                              Generate.range(0, 4 * 24 * 3600),
                              Step::new);
                  for (int i = 0; i < n; i++) {
                    list = list.zip(step, PortfolioSweepProperties::append);
                  }
                  return list;
                });
    Theories.qt(4)
        .forAll(snapshots("A"), snapshots("B"), snapshots("C"), plans)
        .checkAssert(
            (a, b, c, plan) -> {
              List<AccountSnapshot> all = List.of(a, b, c);
              Instant now =
                  all.stream()
                      .map(PortfolioSweepProperties::start)
                      .min(Instant::compareTo)
                      .orElseThrow();
              PortfolioSweep sweep = PortfolioSweep.of(PLAYBOOK, now);
              Map<AccountId, AccountSnapshot> facts = new LinkedHashMap<>();
              for (Step step : plan) {
                now =
                    step.action() == Action.ADVANCE_TO_NEXT_CHANGE
                        ? sweep.nextChangeAt().filter(t -> t.isAfter(sweep.clock())).orElse(now)
                        : now.plusSeconds(step.seconds());
                AccountSnapshot chosen = all.get(step.account());
                boolean put = step.action() == Action.PUT || !facts.containsKey(chosen.account());
                if (put) {
                  sweep.put(chosen, now);
                  facts.put(chosen.account(), chosen);
                } else {
                  sweep.advanceTo(now);
                }
                for (AccountSnapshot snapshot : facts.values()) {
                  GovernanceReport full = PLAYBOOK.report(snapshot, sweep.clock());
                  GovernanceReport kept = sweep.report(snapshot.account()).orElseThrow();
                  boolean due =
                      kept.nextChangeAt().filter(t -> !t.isAfter(sweep.clock())).isPresent();
                  if (due) {
                    // put() touches one account; the others' due changes wait for advanceTo().
                    assertThat(put).as("nothing is left due after advanceTo").isTrue();
                    continue;
                  }
                  assertThat(kept.items())
                      .as(
                          "%s at %s (evaluated at %s)",
                          snapshot.account(), sweep.clock(), kept.at())
                      .isEqualTo(full.items());
                  assertThat(kept.status()).isEqualTo(full.status());
                  assertThat(kept.nextChangeAt()).isEqualTo(full.nextChangeAt());
                }
                assertThat(sweep.nextChangeAt())
                    .isEqualTo(
                        facts.values().stream()
                            .map(s -> sweep.report(s.account()).orElseThrow().nextChangeAt())
                            .flatMap(Optional::stream)
                            .min(Instant::compareTo));
              }
            });
  }
}
