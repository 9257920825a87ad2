package org.accountgovernance.rules.account;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.Finding;
import org.accountgovernance.core.Reason;
import org.accountgovernance.core.Subject;
import org.accountgovernance.core.account.AccountChange;
import org.accountgovernance.core.account.AccountSnapshot;
import org.accountgovernance.core.account.GovernanceReport;
import org.accountgovernance.core.account.ReportItem;
import org.accountgovernance.core.authority.AccountDecisionRights;
import org.accountgovernance.core.authority.ActionRequest;
import org.accountgovernance.core.authority.Approval;
import org.accountgovernance.core.authority.Permission;
import org.accountgovernance.core.authority.RaciMatrix;
import org.accountgovernance.core.authority.RaciRole;
import org.accountgovernance.core.cadence.CadenceReport;
import org.accountgovernance.core.engagement.EngagementReport;
import org.accountgovernance.core.escalation.EscalationChange;
import org.accountgovernance.core.escalation.EscalationDecision;
import org.accountgovernance.core.escalation.EscalationLadder;
import org.accountgovernance.core.escalation.EscalationPolicy;
import org.accountgovernance.core.escalation.Issue;
import org.accountgovernance.core.program.ProgramPolicy;
import org.accountgovernance.core.program.ProgramReport;
import org.accountgovernance.core.readiness.ControlPoint;
import org.accountgovernance.core.readiness.ReadinessReport;
import org.accountgovernance.core.update.RagStatus;
import org.accountgovernance.rules.authority.PlaybookDecisionRights;
import org.accountgovernance.rules.authority.RaciRules;
import org.accountgovernance.rules.authority.RaciSettings;
import org.accountgovernance.rules.cadence.CadenceRules;
import org.accountgovernance.rules.cadence.PlaybookCadencePolicy;
import org.accountgovernance.rules.engagement.EngagementRules;
import org.accountgovernance.rules.engagement.PlaybookEngagementPolicy;
import org.accountgovernance.rules.escalation.EscalationRules;
import org.accountgovernance.rules.escalation.EscalationSettings;
import org.accountgovernance.rules.escalation.PlaybookEscalationPolicy;
import org.accountgovernance.rules.program.PlaybookProgramPolicy;
import org.accountgovernance.rules.readiness.PlaybookReadinessChecklist;
import org.accountgovernance.rules.team.PlaybookTeamPolicy;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The whole playbook wired together: one call turns an {@link AccountSnapshot} and an instant into
 * a {@link GovernanceReport}. Every part is the playbook's default until a host replaces it.
 *
 * <pre>{@code
 * Playbook playbook = Playbook.ofDefaults()
 *     .withEscalation(PlaybookEscalationPolicy.of(mySettings), mySettings.ladder());
 * GovernanceReport report = playbook.report(snapshot, now);
 * report.items();          // what is wrong (oldest first), then what is due (soonest first)
 * report.status();         // RED, YELLOW or GREEN
 * report.nextChangeAt();   // schedule one timer for the account
 * }</pre>
 *
 * <p>Overall status (*interp.*): RED while an open issue sits at the top of the ladder or the open
 * account-level escalation is RED; YELLOW while anything is wrong now (a finding that has not
 * ended, a failed readiness point) or the open escalation is YELLOW; GREEN otherwise. Findings that
 * have ended stay in the report as history ({@link ReportItem.Kind#PAST}). The team and readiness
 * checks use the playbook's ladder: after {@link #withEscalation} with another ladder, pass a
 * matching {@link #withTeam} and {@link #withReadiness} too. Team findings are dated from the start
 * of the week (Monday 00:00 in the account's zone), so the report also changes at the next week's
 * start. Decision rights (RACI-ONE-A, RACI-WRITTEN): the account's own matrices replace the
 * playbook's for the same process from when they were agreed, and one without a single Accountable
 * is wrong from then; an action taken without the approval it needed is wrong from the moment it
 * was taken until an approval that counts ratifies it (it stays on record as history); a reply-by
 * that passes in silence is wrong from the instant after it until such an approval arrives
 * (*interp.* for both ends). Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Playbook {
  private final EscalationPolicy escalation;
  private final EscalationLadder ladder;
  private final ProgramPolicy program;
  private final PlaybookCadencePolicy cadence;
  private final PlaybookEngagementPolicy engagement;
  private final PlaybookTeamPolicy team;
  private final PlaybookReadinessChecklist readiness;
  private final PlaybookDecisionRights decisionRights;

  private Playbook(
      EscalationPolicy escalation,
      EscalationLadder ladder,
      ProgramPolicy program,
      PlaybookCadencePolicy cadence,
      PlaybookEngagementPolicy engagement,
      PlaybookTeamPolicy team,
      PlaybookReadinessChecklist readiness,
      PlaybookDecisionRights decisionRights) {
    this.escalation = Objects.requireNonNull(escalation, "escalation");
    this.ladder = Objects.requireNonNull(ladder, "ladder");
    this.program = Objects.requireNonNull(program, "program");
    this.cadence = Objects.requireNonNull(cadence, "cadence");
    this.engagement = Objects.requireNonNull(engagement, "engagement");
    this.team = Objects.requireNonNull(team, "team");
    this.readiness = Objects.requireNonNull(readiness, "readiness");
    this.decisionRights = Objects.requireNonNull(decisionRights, "decisionRights");
  }

  /**
   * Every policy of the playbook with its defaults.
   *
   * @return a playbook of the default escalation (on the L1/L2/L3 ladder), account-level
   *     escalation, cadence, engagement, team and readiness policies
   */
  public static Playbook ofDefaults() {
    return new Playbook(
        PlaybookEscalationPolicy.ofDefaults(),
        EscalationSettings.ofDefaults().ladder(),
        PlaybookProgramPolicy.ofDefaults(),
        PlaybookCadencePolicy.ofDefaults(),
        PlaybookEngagementPolicy.ofDefaults(),
        PlaybookTeamPolicy.ofDefaults(),
        PlaybookReadinessChecklist.ofDefaults(),
        PlaybookDecisionRights.ofDefaults());
  }

  /**
   * The same playbook with another escalation policy, on {@code ladder}.
   *
   * @param policy decides each issue of the snapshot
   * @param ladder the ladder {@code policy} escalates on; its top level is the one that makes the
   *     report RED while an issue sits there, and it is handed to the team checks
   * @return a new playbook; this one is unchanged
   */
  public Playbook withEscalation(EscalationPolicy policy, EscalationLadder ladder) {
    return new Playbook(
        policy, ladder, program, cadence, engagement, team, readiness, decisionRights);
  }

  /**
   * The same playbook with another account-level escalation policy.
   *
   * @param policy evaluates the snapshot's account-level escalation, if it has one
   * @return a new playbook; this one is unchanged
   */
  public Playbook withProgram(ProgramPolicy policy) {
    return new Playbook(
        escalation, ladder, policy, cadence, engagement, team, readiness, decisionRights);
  }

  /**
   * The same playbook with another cadence policy.
   *
   * @param policy checks the snapshot's meetings against their schedule, if it has meetings
   * @return a new playbook; this one is unchanged
   */
  public Playbook withCadence(PlaybookCadencePolicy policy) {
    return new Playbook(
        escalation, ladder, program, policy, engagement, team, readiness, decisionRights);
  }

  /**
   * The same playbook with another engagement policy.
   *
   * @param policy evaluates the snapshot's executive relationship, if it has one
   * @return a new playbook; this one is unchanged
   */
  public Playbook withEngagement(PlaybookEngagementPolicy policy) {
    return new Playbook(
        escalation, ladder, program, cadence, policy, team, readiness, decisionRights);
  }

  /**
   * The same playbook with other team checks.
   *
   * @param policy checks the snapshot's team, if it has one, against the escalation ladder
   * @return a new playbook; this one is unchanged
   */
  public Playbook withTeam(PlaybookTeamPolicy policy) {
    return new Playbook(
        escalation, ladder, program, cadence, engagement, policy, readiness, decisionRights);
  }

  /**
   * The same playbook with another readiness checklist.
   *
   * @param checklist assesses the snapshot's readiness facts, if it has them
   * @return a new playbook; this one is unchanged
   */
  public Playbook withReadiness(PlaybookReadinessChecklist checklist) {
    return new Playbook(
        escalation, ladder, program, cadence, engagement, team, checklist, decisionRights);
  }

  /**
   * The same playbook with other decision rights: the RACI matrices every account starts from, and
   * which processes need written approval.
   *
   * @param rights the decision rights to use; an account's own matrices still replace the processes
   *     of the same name
   * @return a playbook that differs from this one in its decision rights only
   * @throws IllegalArgumentException when a matrix has not exactly one Accountable or no
   *     Responsible (RACI-ONE-A), naming it
   */
  public Playbook withDecisionRights(PlaybookDecisionRights rights) {
    List<Finding> wrong = rights.validate(Instant.EPOCH);
    if (!wrong.isEmpty()) {
      throw new IllegalArgumentException(
          "Playbook.decisionRights must be matrices with one Accountable and a Responsible each but"
              + " were not: "
              + wrong.stream().map(Finding::message).toList());
    }
    return new Playbook(escalation, ladder, program, cadence, engagement, team, readiness, rights);
  }

  /**
   * The governance report for {@code snapshot} at {@code now}; facts dated after {@code now} are
   * ignored.
   *
   * @param snapshot the account's facts: issues, account-level escalation, meetings, relationship,
   *     team and readiness, each optional, and the zone local days and weeks are counted in
   * @param now the instant of the report; issues opened after it are left out
   * @return the decisions and reports of every part the snapshot has facts for, the items that are
   *     wrong, past or due, the overall RED, YELLOW or GREEN status, and the next instant after
   *     {@code now} at which the report would change (empty if none is foreseen)
   */
  public GovernanceReport report(AccountSnapshot snapshot, Instant now) {
    List<ReportItem> items = new ArrayList<>();
    List<Optional<Instant>> next = new ArrayList<>();
    GovernanceReport.Builder report =
        GovernanceReport.builder().account(snapshot.account()).at(now);
    boolean topLevelOpen = false;

    for (Issue issue : snapshot.issues()) {
      if (issue.openedAt().isAfter(now)) {
        continue;
      }
      EscalationDecision decision = escalation.decide(issue, now);
      report.addDecisions(decision);
      decision.findings().forEach(f -> items.add(ReportItem.of(f, now)));
      decision
          .responseDue()
          .filter(due -> !due.isBefore(now))
          .ifPresent(
              due ->
                  items.add(
                      due(
                          due,
                          EscalationRules.SLA,
                          Subject.issue(issue.id()),
                          decision.level().id() + " response owed",
                          "respond by " + due,
                          decision.path()
                              + ": respond to "
                              + issue.id()
                              + " at "
                              + decision.level())));
      next.add(after(now, "EscalationDecision[" + issue.id() + "]", decision.nextChangeAt()));
      topLevelOpen |=
          decision.status() != EscalationDecision.Status.RESOLVED
              && decision.level().id().equals(ladder.highest().id());
    }

    Optional<RagStatus> programStatus = Optional.empty();
    if (snapshot.escalation().isPresent()
        && snapshot.escalation().get().timeline().stream().anyMatch(e -> !e.at().isAfter(now))) {
      ProgramReport programReport = program.evaluate(snapshot.escalation().get(), now);
      report.program(programReport);
      programReport.findings().forEach(f -> items.add(ReportItem.of(f, now)));
      programReport
          .nextUpdateDue()
          .filter(due -> !due.isOverdueAt(now))
          .ifPresent(
              due ->
                  items.add(
                      due(
                          due.dueAt(),
                          due.reason().ruleId(),
                          Subject.of("account-escalation", programReport.escalationId()),
                          due.status() + " update owed",
                          "update by " + due.dueAt(),
                          due.reason().explanation())));
      next.add(after(now, "ProgramReport", programReport.nextChangeAt()));
      if (programReport.state().isOpen()) {
        programStatus = programReport.status();
      }
    }

    snapshot
        .meetings()
        .ifPresent(
            meetings -> {
              CadenceReport cadenceReport = cadence.evaluate(meetings, now);
              report.cadence(cadenceReport);
              cadenceReport.findings().forEach(f -> items.add(ReportItem.of(f, now)));
              cadenceReport
                  .nextSyncDue()
                  .ifPresent(
                      syncDue ->
                          items.add(
                              due(
                                  syncDue,
                                  CadenceRules.SKIP,
                                  Subject.account(snapshot.account()),
                                  "a weekly sync owed",
                                  "a weekly sync by " + syncDue,
                                  "Hold the weekly operations sync")));
              next.add(after(now, "CadenceReport", cadenceReport.nextChangeAt()));
            });

    snapshot
        .relationship()
        .ifPresent(
            relationship -> {
              EngagementReport engagementReport = engagement.evaluate(relationship, now);
              report.engagement(engagementReport);
              engagementReport.findings().forEach(f -> items.add(ReportItem.of(f, now)));
              if (!engagementReport.nextExchangeDue().isBefore(now)) {
                items.add(
                    due(
                        engagementReport.nextExchangeDue(),
                        EngagementRules.LAPSE,
                        Subject.account(snapshot.account()),
                        "an executive exchange owed",
                        "every " + engagementReport.cadence().interval(),
                        engagementReport.cadence().reason().explanation()));
              }
              next.add(after(now, "EngagementReport", engagementReport.nextChangeAt()));
            });

    if (snapshot.team().isPresent()) {
      Instant weekStart =
          now.atZone(snapshot.zone())
              .toLocalDate()
              .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
              .atStartOfDay(snapshot.zone())
              .toInstant();
      for (Finding finding : team.evaluate(snapshot.team().get(), ladder, weekStart, weekStart)) {
        items.add(ReportItem.of(finding, now));
      }
      next.add(
          Optional.of(
              now.atZone(snapshot.zone())
                  .toLocalDate()
                  .with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                  .atStartOfDay(snapshot.zone())
                  .toInstant()));
    }

    if (snapshot.readiness().isPresent()) {
      ReadinessReport checklist =
          readiness.assess(snapshot.readiness().get(), snapshot.zone(), now);
      report.readiness(checklist);
      // A failed control point is wrong today; dated from the local day's start, when it was
      // checked.
      Instant today =
          now.atZone(snapshot.zone()).toLocalDate().atStartOfDay(snapshot.zone()).toInstant();
      for (ControlPoint point : checklist.failed()) {
        items.add(
            ReportItem.builder()
                .kind(ReportItem.Kind.WRONG)
                .at(today)
                .ruleId(point.ruleId())
                .subject(Subject.account(snapshot.account()))
                .observed(point.evidence())
                .threshold(point.name() + " in place")
                .message("Readiness: " + point.name() + " fails")
                .build());
      }
      // The 12 months the calendar invites must reach move on at every local midnight.
      next.add(
          Optional.of(
              now.atZone(snapshot.zone())
                  .toLocalDate()
                  .plusDays(1)
                  .atStartOfDay(snapshot.zone())
                  .toInstant()));
    }

    snapshot.decisionRights().ifPresent(rights -> decide(rights, now, report, items, next));

    // Facts dated after now are ignored until then: the report changes when the first one counts.
    next.add(firstFactAfter(snapshot, now));

    items.sort(null);
    boolean anythingWrong = items.stream().anyMatch(i -> i.kind() == ReportItem.Kind.WRONG);
    RagStatus status =
        topLevelOpen || programStatus.equals(Optional.of(RagStatus.RED))
            ? RagStatus.RED
            : anythingWrong || programStatus.equals(Optional.of(RagStatus.YELLOW))
                ? RagStatus.YELLOW
                : RagStatus.GREEN;
    return report
        .status(status)
        .addAllItems(items)
        .nextChangeAt(
            next.stream()
                .flatMap(Optional::stream)
                .filter(t -> t.isAfter(now))
                .min(Instant::compareTo))
        .build();
  }

  /**
   * The changes in {@code (from, to]} for the same facts, each at its own instant, in order: how a
   * host catches up before it applies an event at {@code to}, or when a timer fires late. Facts
   * dated after an instant do not count before it, so a snapshot that already holds an event at
   * {@code to} yields first what the old facts made happen up to {@code to}, then what the event
   * changes at {@code to}.
   *
   * <pre>{@code
   * // last evaluated at Monday 08:00; an issue opened then at L1 is resolved on Thursday.
   * playbook.changesBetween(snapshotWithTheResolution, monday0800, thursday);
   * // [... LEVEL ESC-AUTO CASE-1 "L2 ..." at Wednesday 08:00:00.000000001, STATUS ..., ...]
   * }</pre>
   *
   * <p>Level changes, warnings and breaches come from the issues' decisions; a finding is reported
   * when it first shows among the report's wrong items, stamped with its own start (or, when the
   * facts date it at or before the previous step, with the instant it first shows); a status change
   * when the overall status moves. A finding that ends is not a change here: it moves to the
   * report's history. Splitting {@code (a, c]} at any {@code b} gives the same changes as asking
   * for it at once.
   *
   * @param snapshot the account's facts, including any dated after {@code from}
   * @param from the instant of the host's last evaluation, excluded
   * @param to the instant up to which to catch up, included
   * @return every change in {@code (from, to]}, ordered by instant; empty when there is none
   * @throws IllegalArgumentException when {@code to} is before {@code from}
   */
  public List<AccountChange> changesBetween(AccountSnapshot snapshot, Instant from, Instant to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "to must be at or after from (" + from + ") but was " + to);
    }
    List<AccountChange> changes = new ArrayList<>();
    GovernanceReport previous = report(snapshot, from);
    Optional<Instant> next = previous.nextChangeAt();
    while (next.isPresent() && !next.get().isAfter(to)) {
      GovernanceReport current = report(snapshot, next.get());
      collectChanges(snapshot.account(), previous, current, changes);
      previous = current;
      next = current.nextChangeAt();
    }
    // By instant only: the sort is stable, so changes at one instant keep the order they happened
    // in (an entry at L1, then the bypass to L3), which a natural-order sort would scramble.
    changes.sort(Comparator.comparing(AccountChange::at));
    return List.copyOf(changes);
  }

  /** What moved between two consecutive reports of the same facts. */
  private static void collectChanges(
      AccountId account,
      GovernanceReport previous,
      GovernanceReport current,
      List<AccountChange> changes) {
    for (EscalationDecision decision : current.decisions()) {
      for (EscalationChange change : decision.changesSince(previous.at())) {
        changes.add(
            AccountChange.builder()
                .at(change.at())
                .type(AccountChange.Type.valueOf(change.type().name()))
                .subject(Subject.issue(decision.issueId()))
                .ruleId(change.ruleId())
                .levelId(change.levelId())
                .description(change.description())
                .build());
      }
    }
    Set<List<Object>> before = new HashSet<>();
    for (ReportItem item : previous.items()) {
      if (item.kind() == ReportItem.Kind.WRONG) {
        before.add(List.of(item.ruleId(), item.subject(), item.at()));
      }
    }
    for (ReportItem item : current.items()) {
      if (item.kind() == ReportItem.Kind.WRONG
          && !before.contains(List.of(item.ruleId(), item.subject(), item.at()))) {
        changes.add(
            AccountChange.builder()
                .at(item.at().isAfter(previous.at()) ? item.at() : current.at())
                .type(AccountChange.Type.FINDING)
                .subject(item.subject())
                .ruleId(item.ruleId())
                .description(item.message())
                .build());
      }
    }
    if (current.status() != previous.status()) {
      changes.add(
          AccountChange.builder()
              .at(current.at())
              .type(AccountChange.Type.STATUS)
              .subject(Subject.account(account))
              .status(current.status())
              .description(previous.status() + " -> " + current.status())
              .build());
    }
  }

  /**
   * RACI for one account. The account's own matrices count from when they were agreed, and one
   * without exactly one Accountable is wrong from then (RACI-ONE-A); a request under such a process
   * cannot be approved by anyone, which is wrong too. For every other request on record: may it
   * proceed (RACI-WRITTEN). An action taken without the approval it needed is wrong from the moment
   * it was taken until an approval that counts arrives (then it stays on record as history); a
   * reply-by that passes unanswered is wrong from the instant after it until such an approval; an
   * open request is due at its reply-by.
   */
  private void decide(
      AccountDecisionRights rights,
      Instant now,
      GovernanceReport.Builder report,
      List<ReportItem> items,
      List<Optional<Instant>> next) {
    Optional<Instant> agreed = rights.matricesAgreedAt().filter(at -> !at.isAfter(now));
    List<RaciMatrix> own = agreed.isPresent() ? rights.matrices() : List.of();
    PlaybookDecisionRights deciding =
        own.isEmpty()
            ? decisionRights
            : PlaybookDecisionRights.of(
                RaciSettings.from(decisionRights.settings())
                    .matrices(merged(decisionRights.settings().matrices(), own))
                    .build());
    if (agreed.isPresent()) {
      Set<String> ownProcesses = new HashSet<>();
      own.forEach(m -> ownProcesses.add(m.process()));
      // The playbook's matrices were checked when it was configured; only the account's are new.
      deciding.validate(agreed.get()).stream()
          .filter(f -> ownProcesses.contains(f.subject().id()))
          .forEach(f -> items.add(ReportItem.of(f, now)));
    }
    for (ActionRequest request : rights.requests()) {
      if (request.requestedAt().isAfter(now)) {
        continue;
      }
      Subject subject = Subject.of("action", request.action());
      Optional<RaciMatrix> unanswerable =
          deciding.settings().matrices().stream()
              .filter(m -> m.process().equals(request.process()))
              .filter(m -> m.withRole(RaciRole.ACCOUNTABLE).size() != 1)
              .findFirst();
      if (unanswerable.isPresent()) {
        int accountables = unanswerable.get().withRole(RaciRole.ACCOUNTABLE).size();
        Instant since =
            agreed.filter(a -> a.isAfter(request.requestedAt())).orElse(request.requestedAt());
        items.add(
            ReportItem.of(
                Finding.builder()
                    .ruleId(RaciRules.ONE_ACCOUNTABLE)
                    .subject(subject)
                    .observed(accountables + " Accountables under " + request.process())
                    .threshold("exactly one Accountable to approve")
                    .message(
                        request.action()
                            + " cannot be approved: "
                            + request.process()
                            + " has "
                            + (accountables == 0 ? "nobody" : accountables + " parties")
                            + " with the final say")
                    .since(since)
                    .build(),
                now));
        continue;
      }
      Permission permission = deciding.mayProceed(request, rights.approvals(), now);
      report.addPermissions(permission);
      Optional<Instant> approvedAt = permission.approval().map(Approval::at);
      Optional<Instant> proceeded = request.proceededAt().filter(p -> !p.isAfter(now));
      if (proceeded.isPresent()) {
        Permission then = deciding.mayProceed(request, rights.approvals(), proceeded.get());
        if (!then.allowed()) {
          Reason why = then.reasons().get(0);
          Finding.Builder wentAhead =
              Finding.builder()
                  .ruleId(RaciRules.WRITTEN)
                  .subject(subject)
                  .observed("went ahead on " + why.observed())
                  .threshold(why.threshold())
                  .message(
                      request.action()
                          + " went ahead at "
                          + proceeded.get()
                          + " on "
                          + why.observed()
                          + "; it needed "
                          + why.threshold())
                  .since(proceeded.get());
          // A later approval that counts ratifies it: history from then, not a lasting fault.
          approvedAt.ifPresent(wentAhead::until);
          items.add(ReportItem.of(wentAhead.build(), now));
        }
      }
      if (request.replyBy().isEmpty()) {
        continue;
      }
      Instant replyBy = request.replyBy().get();
      Instant lapse = replyBy.plusNanos(1);
      if (!now.isAfter(replyBy)) {
        if (!permission.allowed()) {
          if (proceeded.isEmpty()) {
            Reason why = permission.reasons().get(0);
            items.add(
                due(
                    replyBy,
                    RaciRules.WRITTEN,
                    subject,
                    why.observed(),
                    why.threshold() + " by " + replyBy,
                    request.action() + " waits for " + why.threshold()));
          }
          next.add(Optional.of(lapse));
        }
      } else if (approvedAt.map(a -> a.isAfter(lapse)).orElse(true)) {
        Finding.Builder lapsed =
            Finding.builder()
                .ruleId(RaciRules.WRITTEN)
                .subject(subject)
                .observed("no approval that counts by " + replyBy)
                .threshold(permission.reasons().get(0).threshold() + " by " + replyBy)
                .message(
                    request.action()
                        + " may not proceed: its reply-by "
                        + replyBy
                        + " passed without approval; silence is not approval")
                .since(lapse);
        approvedAt.ifPresent(lapsed::until);
        items.add(ReportItem.of(lapsed.build(), now));
      }
    }
  }

  /**
   * A part's next change, which must lie after the evaluation: one at or before it would never wake
   * the account, so a host policy that returns one is a bug to report, not to skip.
   */
  private static Optional<Instant> after(Instant now, String part, Optional<Instant> next) {
    if (next.isPresent() && !next.get().isAfter(now)) {
      throw new IllegalStateException(
          part
              + ".nextChangeAt must be after the evaluation instant "
              + now
              + " but was "
              + next.get());
    }
    return next;
  }

  /** The earliest instant after {@code now} that any fact in the snapshot is dated at. */
  private static Optional<Instant> firstFactAfter(AccountSnapshot snapshot, Instant now) {
    // Runs on every evaluation: keep only the running minimum, no list of every instant.
    FirstAfter first = new FirstAfter(now);
    for (Issue issue : snapshot.issues()) {
      first.offer(issue.openedAt());
      issue.events().forEach(e -> first.offer(e.at()));
    }
    snapshot.escalation().ifPresent(e -> e.timeline().forEach(ev -> first.offer(ev.at())));
    snapshot
        .meetings()
        .ifPresent(
            m -> {
              first.offer(m.cadenceStart());
              m.records().forEach(r -> first.offer(r.heldAt()));
            });
    snapshot
        .relationship()
        .ifPresent(
            r -> {
              first.offer(r.since());
              r.exchanges().forEach(x -> first.offer(x.at()));
              r.contacts().forEach(c -> first.offer(c.at()));
              r.metrics().forEach(m -> first.offer(m.measuredAt()));
              r.ideas().forEach(i -> first.offer(i.sharedAt()));
            });
    snapshot
        .decisionRights()
        .ifPresent(
            d -> {
              d.requests()
                  .forEach(
                      q -> {
                        first.offer(q.requestedAt());
                        q.proceededAt().ifPresent(first::offer);
                      });
              d.approvals().forEach(a -> first.offer(a.at()));
              d.matricesAgreedAt().ifPresent(first::offer);
            });
    return Optional.ofNullable(first.earliest);
  }

  /** The earliest instant offered that lies after a given one. */
  private static final class FirstAfter {
    private final Instant after;
    private @Nullable Instant earliest;

    FirstAfter(Instant after) {
      this.after = after;
    }

    void offer(Instant instant) {
      if (instant.isAfter(after) && (earliest == null || instant.isBefore(earliest))) {
        earliest = instant;
      }
    }
  }

  /** The playbook's matrices with each process the account agreed differently replaced. */
  private static List<RaciMatrix> merged(List<RaciMatrix> playbook, List<RaciMatrix> account) {
    Map<String, RaciMatrix> byProcess = new LinkedHashMap<>();
    playbook.forEach(m -> byProcess.put(m.process(), m));
    account.forEach(m -> byProcess.put(m.process(), m));
    return List.copyOf(byProcess.values());
  }

  private static ReportItem due(
      Instant at,
      org.accountgovernance.core.RuleId rule,
      Subject subject,
      String observed,
      String threshold,
      String message) {
    return ReportItem.builder()
        .kind(ReportItem.Kind.DUE)
        .at(at)
        .ruleId(rule)
        .subject(subject)
        .observed(observed)
        .threshold(threshold)
        .message(message)
        .build();
  }
}
