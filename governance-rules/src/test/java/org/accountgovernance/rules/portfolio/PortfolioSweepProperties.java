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
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.account.AccountSnapshot;
import org.accountgovernance.core.account.GovernanceReport;
import org.accountgovernance.core.authority.AccountDecisionRights;
import org.accountgovernance.core.authority.ActionRequest;
import org.accountgovernance.core.authority.Approval;
import org.accountgovernance.core.authority.ApprovalMedium;
import org.accountgovernance.core.authority.DecisionDomain;
import org.accountgovernance.core.authority.RaciAssignment;
import org.accountgovernance.core.authority.RaciMatrix;
import org.accountgovernance.core.authority.RaciRole;
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
        decisionRights(),
        (list, aem, rights) -> {
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
          rights.ifPresent(
              r ->
                  snapshot.decisionRights(
                      AccountDecisionRights.builder().from(r).account(account).build()));
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
    ADVANCE_TO_NEXT_CHANGE,
    /** After the pause, put the account's other version of its facts. */
    REPLACE,
    /** Drop the account. */
    REMOVE
  }

  /** One step of a run. */
  record Step(int account, Action action, int seconds) {}

  /**
   * Decision rights around a PO under material liability, sometimes with an account matrix that has
   * two Accountables: requests, reply-bys, approvals (verbal or written, from the customer or not)
   * and the PO going ahead at offsets of up to a week from 2000-01-01, where the generated issues
   * start.
   */
  static Gen<Optional<AccountDecisionRights>> decisionRights() {
    Instant base = Instant.parse("2000-01-01T00:00:00Z");
    Gen<Integer> hours = Generate.range(0, 7 * 24);
    Gen<Optional<Instant>> maybe =
        Generate.booleans()
            .zip(
                hours,
                (has, h) ->
                    has ? Optional.of(base.plusSeconds(3600L * h)) : Optional.<Instant>empty());
    Gen<Approval> approval =
        hours.zip(
            Generate.booleans(),
            Generate.booleans(),
            (h, written, customer) ->
                Approval.of(
                    customer
                        ? PartyRole.customer("Customer")
                        : PartyRole.supplier("Account Manager"),
                    base.plusSeconds(3600L * h),
                    written ? ApprovalMedium.WRITTEN : ApprovalMedium.VERBAL,
                    "PO-1"));
    return Generate.booleans()
        .zip(
            hours,
            maybe,
            maybe,
            (has, askedAt, replyIn, wentAhead) -> {
              if (!has) {
                return Optional.<AccountDecisionRights.Builder>empty();
              }
              Instant asked = base.plusSeconds(3600L * askedAt);
              ActionRequest.Builder request =
                  ActionRequest.builder()
                      .action("PO-1")
                      .process("Material liability authorization")
                      .requestedAt(asked);
              replyIn.map(r -> r.isBefore(asked) ? asked : r).ifPresent(request::replyBy);
              wentAhead.map(w -> w.isBefore(asked) ? asked : w).ifPresent(request::proceededAt);
              return Optional.of(
                  AccountDecisionRights.builder()
                      .account(AccountId.of("X"))
                      .addRequests(request.build()));
            })
        .zip(
            Generate.range(0, 2).flatMap(n -> approvalList(approval, n)),
            Generate.booleans(),
            hours,
            (builder, approvals, twoBosses, agreedAt) ->
                builder.map(
                    b -> {
                      b.addAllApprovals(approvals);
                      if (twoBosses) {
                        b.addMatrices(
                                RaciMatrix.builder()
                                    .process("Material liability authorization")
                                    .domain(DecisionDomain.MATERIAL_LIABILITY)
                                    .addAssignments(
                                        RaciAssignment.of(
                                            PartyRole.customer("Customer"), RaciRole.ACCOUNTABLE),
                                        RaciAssignment.of(
                                            PartyRole.customer("Buyer"), RaciRole.ACCOUNTABLE),
                                        RaciAssignment.of(
                                            PartyRole.supplier("Account Manager"),
                                            RaciRole.RESPONSIBLE))
                                    .build())
                            .matricesAgreedAt(base.plusSeconds(3600L * agreedAt));
                      }
                      return b.build();
                    }));
  }

  private static Gen<List<Approval>> approvalList(Gen<Approval> one, int n) {
    Gen<List<Approval>> list = Generate.constant(List.of());
    for (int i = 0; i < n; i++) {
      list = list.zip(one, PortfolioSweepProperties::append);
    }
    return list;
  }

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
    snapshot
        .decisionRights()
        .ifPresent(d -> d.requests().forEach(r -> instants.add(r.requestedAt())));
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
        Generate.range(1, 16)
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
        .forAll(
            snapshots("A").zip(snapshots("A"), List::of),
            snapshots("B").zip(snapshots("B"), List::of),
            snapshots("C").zip(snapshots("C"), List::of),
            plans)
        .checkAssert(
            (a, b, c, plan) -> {
              List<List<AccountSnapshot>> all = List.of(a, b, c);
              Instant now =
                  all.stream()
                      .flatMap(List::stream)
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
                List<AccountSnapshot> versions = all.get(step.account());
                AccountId id = versions.get(0).account();
                switch (step.action()) {
                  case PUT, REPLACE -> {
                    AccountSnapshot next =
                        step.action() == Action.REPLACE && versions.get(0).equals(facts.get(id))
                            ? versions.get(1)
                            : versions.get(0);
                    sweep.put(next, now);
                    facts.put(id, next);
                  }
                  case REMOVE -> {
                    assertThat(sweep.remove(id)).isEqualTo(facts.remove(id) != null);
                    sweep.advanceTo(now);
                  }
                  default -> sweep.advanceTo(now);
                }
                long scheduled = 0;
                for (AccountSnapshot snapshot : facts.values()) {
                  GovernanceReport full = PLAYBOOK.report(snapshot, sweep.clock());
                  GovernanceReport kept = sweep.report(snapshot.account()).orElseThrow();
                  assertThat(kept.items())
                      .as(
                          "%s at %s (evaluated at %s)",
                          snapshot.account(), sweep.clock(), kept.at())
                      .isEqualTo(full.items());
                  assertThat(kept.status()).isEqualTo(full.status());
                  assertThat(kept.permissions()).isEqualTo(full.permissions());
                  assertThat(kept.nextChangeAt()).isEqualTo(full.nextChangeAt());
                  scheduled += kept.nextChangeAt().isPresent() ? 1 : 0;
                }
                assertThat(sweep.size()).isEqualTo(facts.size());
                // Exactly one live wake-up per account that will change on its own.
                assertThat(sweep.queuedWakeups() - sweep.staleWakeups()).isEqualTo(scheduled);
                assertThat(sweep.nextChangeAt())
                    .isEqualTo(
                        facts.values().stream()
                            .map(s -> PLAYBOOK.report(s, sweep.clock()).nextChangeAt())
                            .flatMap(Optional::stream)
                            .min(Instant::compareTo));
              }
            });
  }
}
