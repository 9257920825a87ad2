package org.accountgovernance.rules.program;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.accountgovernance.core.Finding;
import org.accountgovernance.core.IllegalTransitionException;
import org.accountgovernance.core.Reason;
import org.accountgovernance.core.Subject;
import org.accountgovernance.core.internal.Durations;
import org.accountgovernance.core.program.AccountEscalation;
import org.accountgovernance.core.program.ActionItem;
import org.accountgovernance.core.program.FollowUp;
import org.accountgovernance.core.program.ProgramEvent;
import org.accountgovernance.core.program.ProgramPolicy;
import org.accountgovernance.core.program.ProgramReport;
import org.accountgovernance.core.program.ProgramState;
import org.accountgovernance.core.program.RequestSource;
import org.accountgovernance.core.program.Stakeholder;
import org.accountgovernance.core.program.SuccessCriterion;
import org.accountgovernance.core.update.RagStatus;
import org.accountgovernance.core.update.StatusUpdate;
import org.accountgovernance.core.update.UpdateCadence;
import org.accountgovernance.core.update.UpdateDue;
import org.accountgovernance.rules.update.PlaybookUpdateCadence;
import org.accountgovernance.rules.update.UpdateRules;
import org.apiguardian.api.API;

/**
 * The playbook's account-level escalation programme as a {@link ProgramPolicy}: the lifecycle of
 * {@link ProgramState}, the update cadence (an {@link UpdateCadence}, by default the playbook's),
 * AEM-CLOSE, AEM-ACTION, AEM-POST and UPD-OVERDUE.
 *
 * <pre>{@code
 * ProgramReport report = PlaybookProgramPolicy.ofDefaults().evaluate(escalation, now);
 * report.nextUpdateDue();      // the next update's due time (UPD / UPD-FRIDAY)
 * report.updateOverdueSince(); // since when it is overdue, if it is
 * report.closingBlockers();    // the unmet criteria and missing consents (AEM-CLOSE)
 * }</pre>
 *
 * <p>Update due times: the first update is due counted from the declaration; each update restarts
 * the count. A status change to a stricter status tightens the due time to the stricter cadence
 * counted from the last update or, when that time has already passed, to the first time not yet
 * passed among the cadences of the statuses between the new and the old one (at worst the due time
 * in force): never before the change, typically the day of the change, and never later than a laxer
 * status would give. A change to a laxer status counts the new cadence from the last update, but
 * never makes the update due earlier than it already was. A status change never forgives an update
 * already overdue: that one stays due until an update comes.
 *
 * <p>Action items are due by the end of their due day in the escalation's zone. Consent may be
 * given at any time while the escalation is open; closing needs the closure proposed (which needs
 * every success criterion met) and every required stakeholder's consent. Illegal events throw an
 * {@link IllegalTransitionException} naming the state, the event and what is missing. Immutable and
 * thread-safe.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class PlaybookProgramPolicy implements ProgramPolicy {
  private final UpdateCadence cadence;

  private PlaybookProgramPolicy(UpdateCadence cadence) {
    this.cadence = cadence;
  }

  /**
   * The policy with the playbook's update cadence.
   *
   * @return a policy whose update due times come from {@link PlaybookUpdateCadence#ofDefaults()}
   */
  public static PlaybookProgramPolicy ofDefaults() {
    return of(PlaybookUpdateCadence.ofDefaults());
  }

  /**
   * The policy with a host's {@code cadence}.
   *
   * @param cadence gives the next update's due time from the escalation's status, its last update
   *     and its zone; a {@link PlaybookUpdateCadence} with other settings, or a host's own
   * @return a policy whose update due times, and so UPD-OVERDUE findings, come from {@code cadence}
   */
  public static PlaybookProgramPolicy of(UpdateCadence cadence) {
    return new PlaybookProgramPolicy(cadence);
  }

  @Override
  public ProgramReport evaluate(AccountEscalation escalation, Instant now) {
    Fold fold = new Fold(escalation);
    for (ProgramEvent event : escalation.timeline()) {
      if (event.at().isAfter(now)) {
        break;
      }
      fold.apply(event);
    }
    return fold.report(now);
  }

  /** How a due period ended: by an update, by the closure, or not yet. */
  private enum End {
    UPDATE,
    CLOSURE,
    STILL_OPEN
  }

  /** One due period: the due time, and when and how it ended (for a period still open: now). */
  private static final class Period {
    final UpdateDue due;
    final Instant endedAt;
    final End end;

    Period(UpdateDue due, Instant endedAt, End end) {
      this.due = due;
      this.endedAt = endedAt;
      this.end = end;
    }
  }

  private final class Fold {
    private final AccountEscalation escalation;
    private final Subject subject;
    private ProgramState state;
    private Optional<RequestSource> source = Optional.empty();
    private Optional<RagStatus> status = Optional.empty();
    private Optional<Instant> declaredAt = Optional.empty();
    private Optional<Instant> closedAt = Optional.empty();
    private final Map<String, SuccessCriterion> criteria = new LinkedHashMap<>();
    private final Set<String> met = new TreeSet<>();
    private final Map<String, ActionItem> actions = new LinkedHashMap<>();
    private final Map<String, Instant> done = new LinkedHashMap<>();
    private final Map<String, Stakeholder> stakeholders = new LinkedHashMap<>();
    private final Set<String> consents = new TreeSet<>();
    private final List<StatusUpdate> updates = new ArrayList<>();
    private final Map<FollowUp, Instant> followUps = new EnumMap<>(FollowUp.class);
    private final List<Period> answered = new ArrayList<>();
    private Optional<UpdateDue> due = Optional.empty();
    private boolean started;

    Fold(AccountEscalation escalation) {
      this.escalation = escalation;
      this.subject = Subject.of("account-escalation", escalation.id());
      this.state = ProgramState.PROPOSED;
    }

    private IllegalTransitionException illegal(ProgramEvent event, String why) {
      return new IllegalTransitionException(
          escalation.id(), started ? state.name() : "not requested yet", event.toString(), why);
    }

    private void expect(ProgramEvent event, ProgramState... allowed) {
      for (ProgramState s : allowed) {
        if (started && s == state) {
          return;
        }
      }
      if (started
          && (state == ProgramState.DECLINED || state == ProgramState.POST_CLOSURE_COMPLETE)) {
        throw illegal(event, state + " is final");
      }
      throw illegal(event, "it needs " + (allowed.length == 1 ? "" : "one of ") + List.of(allowed));
    }

    private Instant lastUpdateOrDeclaration() {
      return updates.isEmpty() ? declaredAt.orElseThrow() : updates.get(updates.size() - 1).at();
    }

    void apply(ProgramEvent event) {
      if (!started && event.type() != ProgramEvent.Type.REQUESTED) {
        throw illegal(event, "the first event must be REQUESTED");
      }
      switch (event.type()) {
        case REQUESTED:
          if (started) {
            throw illegal(event, "the escalation was already requested");
          }
          started = true;
          source = event.source();
          break;
        case DECLINED:
          expect(event, ProgramState.PROPOSED);
          state = ProgramState.DECLINED;
          break;
        case DECLARED:
          expect(event, ProgramState.PROPOSED);
          state = ProgramState.ACTIVE;
          status = event.status();
          declaredAt = Optional.of(event.at());
          due = Optional.of(cadence.due(status.orElseThrow(), event.at(), escalation.zone()));
          break;
        case CRITERION_SET:
          {
            expect(event, ProgramState.ACTIVE, ProgramState.REMEDIATING);
            SuccessCriterion criterion = event.successCriterion().orElseThrow();
            if (criteria.containsKey(criterion.id())) {
              throw illegal(event, "success criterion " + criterion.id() + " already exists");
            }
            criteria.put(criterion.id(), criterion);
            break;
          }
        case CRITERION_MET:
          {
            expect(event, ProgramState.ACTIVE, ProgramState.REMEDIATING);
            String id = event.ref().orElseThrow();
            if (!criteria.containsKey(id)) {
              throw illegal(
                  event, "no success criterion " + id + " (known: " + criteria.keySet() + ")");
            }
            if (met.contains(id)) {
              throw illegal(event, "success criterion " + id + " is already met");
            }
            met.add(id);
            break;
          }
        case ACTION_ADDED:
          {
            expect(event, ProgramState.ACTIVE, ProgramState.REMEDIATING);
            ActionItem item = event.actionItem().orElseThrow();
            if (actions.containsKey(item.id())) {
              throw illegal(event, "action item " + item.id() + " already exists");
            }
            if (!criteria.containsKey(item.criterionId())) {
              throw illegal(
                  event,
                  "action item "
                      + item.id()
                      + " serves no known success criterion: "
                      + item.criterionId()
                      + " (known: "
                      + criteria.keySet()
                      + ")");
            }
            if (item.due().isBefore(event.at().atZone(escalation.zone()).toLocalDate())) {
              throw illegal(
                  event,
                  "action item "
                      + item.id()
                      + " is due "
                      + item.due()
                      + ", before the day it was added");
            }
            actions.put(item.id(), item);
            state = ProgramState.REMEDIATING;
            break;
          }
        case ACTION_DONE:
          {
            expect(event, ProgramState.REMEDIATING, ProgramState.PENDING_CONSENT);
            String id = event.ref().orElseThrow();
            if (!actions.containsKey(id)) {
              throw illegal(event, "no action item " + id + " (known: " + actions.keySet() + ")");
            }
            if (done.containsKey(id)) {
              throw illegal(event, "action item " + id + " was already done at " + done.get(id));
            }
            done.put(id, event.at());
            break;
          }
        case STAKEHOLDER_ADDED:
          {
            expect(
                event,
                ProgramState.PROPOSED,
                ProgramState.ACTIVE,
                ProgramState.REMEDIATING,
                ProgramState.PENDING_CONSENT);
            Stakeholder stakeholder = event.stakeholder().orElseThrow();
            if (stakeholders.containsKey(stakeholder.name())) {
              throw illegal(event, "stakeholder " + stakeholder.name() + " already exists");
            }
            stakeholders.put(stakeholder.name(), stakeholder);
            break;
          }
        case UPDATED:
          {
            expect(
                event, ProgramState.ACTIVE, ProgramState.REMEDIATING, ProgramState.PENDING_CONSENT);
            StatusUpdate update = event.update().orElseThrow();
            answered.add(new Period(due.orElseThrow(), update.at(), End.UPDATE));
            updates.add(update);
            due = Optional.of(cadence.due(status.orElseThrow(), update.at(), escalation.zone()));
            break;
          }
        case STATUS_CHANGED:
          {
            expect(
                event, ProgramState.ACTIVE, ProgramState.REMEDIATING, ProgramState.PENDING_CONSENT);
            RagStatus next = event.status().orElseThrow();
            RagStatus previous = status.orElseThrow();
            status = Optional.of(next);
            UpdateDue current = due.orElseThrow();
            if (current.isOverdueAt(event.at()) || next == previous) {
              break;
            }
            Instant last = lastUpdateOrDeclaration();
            if (next.isStricterThan(previous)) {
              // Never due before the change itself: if the tighter cadence counted from the last
              // update has already passed, take the first one not yet passed among the statuses
              // between the new and the old one (at worst the current due time). Counting from
              // the change instead could make a stricter status due later than a laxer one.
              UpdateDue tightened = current;
              for (RagStatus s = next; s.isStricterThan(previous); s = laxer(s)) {
                UpdateDue candidate = cadence.due(s, last, escalation.zone());
                if (!candidate.isOverdueAt(event.at())) {
                  tightened = current.earlier(candidate);
                  break;
                }
              }
              due = Optional.of(tightened);
            } else {
              // A laxer status never makes the update due earlier than it already was.
              UpdateDue fromLast = cadence.due(next, last, escalation.zone());
              due = Optional.of(fromLast.dueAt().isBefore(current.dueAt()) ? current : fromLast);
            }
            break;
          }
        case CLOSURE_PROPOSED:
          {
            expect(event, ProgramState.ACTIVE, ProgramState.REMEDIATING);
            List<String> unmet = unmetCriteria();
            if (criteria.isEmpty()) {
              throw illegal(event, "no success criterion has been set");
            }
            if (!unmet.isEmpty()) {
              throw illegal(event, "success criteria not met: " + String.join(", ", unmet));
            }
            state = ProgramState.PENDING_CONSENT;
            break;
          }
        case CONSENT_GIVEN:
          {
            expect(
                event, ProgramState.ACTIVE, ProgramState.REMEDIATING, ProgramState.PENDING_CONSENT);
            String name = event.ref().orElseThrow();
            if (!stakeholders.containsKey(name)) {
              throw illegal(
                  event, "no stakeholder " + name + " (known: " + stakeholders.keySet() + ")");
            }
            if (consents.contains(name)) {
              throw illegal(event, name + " already consented");
            }
            consents.add(name);
            break;
          }
        case CLOSED:
          {
            if (state.isOpen() && state != ProgramState.PENDING_CONSENT) {
              // Say everything that is missing, not only that closure was not proposed.
              List<String> missing = new ArrayList<>();
              missing.add("closure has not been proposed");
              if (criteria.isEmpty()) {
                missing.add("no success criterion has been set");
              }
              List<String> unmet = unmetCriteria();
              if (!unmet.isEmpty()) {
                missing.add("success criteria not met: " + String.join(", ", unmet));
              }
              List<String> consentsMissing = missingConsents();
              if (!consentsMissing.isEmpty()) {
                missing.add("consent missing from " + String.join(", ", consentsMissing));
              }
              throw illegal(event, String.join("; ", missing));
            }
            expect(event, ProgramState.PENDING_CONSENT);
            List<String> missing = missingConsents();
            if (!missing.isEmpty()) {
              throw illegal(event, "consent missing from " + String.join(", ", missing));
            }
            answered.add(new Period(due.orElseThrow(), event.at(), End.CLOSURE));
            due = Optional.empty();
            closedAt = Optional.of(event.at());
            state = ProgramState.CLOSED;
            break;
          }
        case FOLLOWED_UP:
          {
            expect(event, ProgramState.CLOSED);
            FollowUp followUp = event.followUp().orElseThrow();
            if (followUps.containsKey(followUp)) {
              throw illegal(event, followUp + " was already done at " + followUps.get(followUp));
            }
            followUps.put(followUp, event.at());
            if (followUps.size() == FollowUp.values().length) {
              state = ProgramState.POST_CLOSURE_COMPLETE;
            }
            break;
          }
      }
    }

    private List<String> unmetCriteria() {
      List<String> unmet = new ArrayList<>();
      for (String id : criteria.keySet()) {
        if (!met.contains(id)) {
          unmet.add(id);
        }
      }
      return unmet;
    }

    private List<String> missingConsents() {
      List<String> missing = new ArrayList<>();
      for (Stakeholder stakeholder : stakeholders.values()) {
        if (stakeholder.consentRequired() && !consents.contains(stakeholder.name())) {
          missing.add(stakeholder.name());
        }
      }
      return missing;
    }

    ProgramReport report(Instant now) {
      if (!started) {
        throw new IllegalTransitionException(
            escalation.id(),
            "not requested yet",
            "an evaluation at " + now,
            "no REQUESTED event at or before " + now);
      }
      List<Finding> findings = new ArrayList<>();
      updateFindings(now, findings);
      Optional<Instant> next = due.map(UpdateDue::overdueFrom).filter(t -> t.isAfter(now));
      next = actionFindings(now, findings, next);
      postFindings(findings);
      findings.sort(null);
      return ProgramReport.builder()
          .escalationId(escalation.id())
          .at(now)
          .state(state)
          .source(source)
          .status(status)
          .declaredAt(declaredAt)
          .closedAt(closedAt)
          .addAllSuccessCriteria(criteria.values())
          .criteriaMet(met)
          .addAllActionItems(actions.values())
          .actionsDone(done.keySet())
          .addAllStakeholders(stakeholders.values())
          .consents(consents)
          .addAllUpdates(updates)
          .followUps(followUps)
          .nextUpdateDue(due)
          .addAllClosingBlockers(state.isOpen() ? blockers() : List.of())
          .addAllFindings(findings)
          .nextChangeAt(next)
          .build();
    }

    private void updateFindings(Instant now, List<Finding> findings) {
      List<Period> periods = new ArrayList<>(answered);
      due.ifPresent(d -> periods.add(new Period(d, now, End.STILL_OPEN)));
      for (Period period : periods) {
        UpdateDue d = period.due;
        if (!d.isOverdueAt(period.endedAt)) {
          continue;
        }
        String observed =
            switch (period.end) {
              case UPDATE ->
                  "update at "
                      + period.endedAt
                      + ", "
                      + Durations.human(Duration.between(d.dueAt(), period.endedAt))
                      + " late";
              case CLOSURE -> "no update before closing at " + period.endedAt;
              case STILL_OPEN -> "no update since " + d.countedFrom();
            };
        findings.add(
            Finding.builder()
                .ruleId(UpdateRules.OVERDUE)
                .subject(subject)
                .observed(observed)
                .threshold(
                    d.status() + " update due by " + d.dueAt() + " (" + d.reason().ruleId() + ")")
                .message(
                    d.status() + " escalation " + escalation.id() + ": update overdue, " + observed)
                .since(d.overdueFrom())
                .until(
                    period.end == End.STILL_OPEN ? Optional.empty() : Optional.of(period.endedAt))
                .build());
      }
    }

    private Optional<Instant> actionFindings(
        Instant now, List<Finding> findings, Optional<Instant> next) {
      Optional<Instant> earliest = next;
      for (ActionItem item : actions.values()) {
        Instant overdueFrom = item.due().plusDays(1).atStartOfDay(escalation.zone()).toInstant();
        Optional<Instant> doneAt = Optional.ofNullable(done.get(item.id()));
        Instant stoppedAt = doneAt.or(() -> closedAt).orElse(Instant.MAX);
        if (overdueFrom.isAfter(now)) {
          if (doneAt.isEmpty()
              && state.isOpen()
              && (earliest.isEmpty() || overdueFrom.isBefore(earliest.get()))) {
            earliest = Optional.of(overdueFrom);
          }
          continue;
        }
        if (stoppedAt.isBefore(overdueFrom)) {
          continue;
        }
        String observed =
            doneAt
                .map(d -> "done at " + d + ", late")
                .orElse(
                    closedAt.isPresent()
                        ? "not done when closed at " + closedAt.get()
                        : "not done");
        findings.add(
            Finding.builder()
                .ruleId(ProgramRules.ACTION)
                .subject(Subject.of("action-item", escalation.id() + "/" + item.id()))
                .observed(observed)
                .threshold("done by the end of " + item.due() + " (" + escalation.zone() + ")")
                .message(
                    "Action item "
                        + item.id()
                        + " ("
                        + item.owner()
                        + ", for "
                        + item.criterionId()
                        + ") past its due date: "
                        + observed)
                .since(overdueFrom)
                .until(doneAt.or(() -> closedAt))
                .build());
      }
      return earliest;
    }

    private void postFindings(List<Finding> findings) {
      if (closedAt.isEmpty()) {
        return;
      }
      for (FollowUp followUp : FollowUp.values()) {
        if (!followUps.containsKey(followUp)) {
          String what = followUp.name().toLowerCase(Locale.ROOT).replace('_', ' ');
          findings.add(
              Finding.builder()
                  .ruleId(ProgramRules.POST)
                  .subject(subject)
                  .observed(what + " not done")
                  .threshold("owed after closure")
                  .message(
                      "Escalation "
                          + escalation.id()
                          + " closed at "
                          + closedAt.get()
                          + ": "
                          + what
                          + " still owed")
                  .since(closedAt.get())
                  .build());
        }
      }
    }

    private List<Reason> blockers() {
      List<Reason> blockers = new ArrayList<>();
      if (criteria.isEmpty()) {
        blockers.add(
            Reason.of(
                ProgramRules.CLOSE,
                "no success criteria",
                "every success criterion met",
                "no success criterion has been set"));
      }
      for (String id : unmetCriteria()) {
        blockers.add(
            Reason.of(
                ProgramRules.CLOSE,
                id + " not met",
                "every success criterion met",
                "success criterion "
                    + id
                    + " ("
                    + Objects.requireNonNull(criteria.get(id)).description()
                    + ") is not met"));
      }
      for (String name : missingConsents()) {
        blockers.add(
            Reason.of(
                ProgramRules.CLOSE,
                "no consent from " + name,
                "consent from every required stakeholder",
                "consent missing from " + name));
      }
      if (state != ProgramState.PENDING_CONSENT) {
        blockers.add(
            Reason.of(
                ProgramRules.CLOSE,
                state.name(),
                "PENDING_CONSENT",
                "closure has not been proposed"));
      }
      return blockers;
    }
  }

  /** The next laxer status: RED, then YELLOW, then GREEN. */
  private static RagStatus laxer(RagStatus status) {
    return status == RagStatus.RED ? RagStatus.YELLOW : RagStatus.GREEN;
  }
}
