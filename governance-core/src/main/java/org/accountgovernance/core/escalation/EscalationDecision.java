package org.accountgovernance.core.escalation;

import static org.apiguardian.api.API.Status.MAINTAINED;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.Finding;
import org.accountgovernance.core.IssueId;
import org.accountgovernance.core.Reason;
import org.accountgovernance.core.RuleId;
import org.accountgovernance.core.sla.ResponseClock;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The answer of an {@link EscalationPolicy} for one issue at one instant: the level, why, who must
 * respond by when, the level and clock history, the findings, and when the answer will next change
 * by time alone.
 *
 * <pre>{@code
 * EscalationDecision d = policy.decide(issue, now);
 * d.level().id();          // "L2"
 * d.reasons();             // [ESC-TRIGGER: yield drop 7 points > 5 points]
 * d.responseDue();         // Optional[2026-03-02T12:00:00Z]
 * d.path();                // Account Manager <-> Ops Manager
 * d.nextChangeAt();        // when to evaluate again, if nothing else happens
 * }</pre>
 *
 * <p>Every attribute except {@link #at()} is constant between two consecutive changes: evaluating
 * the same issue at any instant before {@link #nextChangeAt()} gives an equal decision once {@code
 * at} is aligned ({@code d.withAt(x)}).
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class EscalationDecision {
  EscalationDecision() {}

  /** Where the issue stands. */
  public enum Status {
    /** Open, clocks running. */
    OPEN,
    /** Open, clocks stopped. */
    PAUSED,
    /** Resolved: no clock runs, nothing changes any more. */
    RESOLVED
  }

  /**
   * The issue decided on.
   *
   * @return the id of the issue decided on
   */
  public abstract IssueId issueId();

  /**
   * The issue's account.
   *
   * @return the account the issue belongs to
   */
  public abstract AccountId account();

  /**
   * The evaluation instant.
   *
   * @return the instant at which the issue was evaluated; events after it were not considered
   */
  public abstract Instant at();

  /**
   * Where the issue stands.
   *
   * @return whether the issue is open with its clocks running, open with its clocks stopped, or
   *     resolved
   */
  public abstract Status status();

  /**
   * The current level.
   *
   * @return the level the issue stands at, with its response target, calendar and escalation path
   */
  public abstract EscalationLevel level();

  /**
   * The reasons for the current level (rule ids, observed values, thresholds).
   *
   * @return why the issue stands at {@link #level()}: the reasons of the level change that brought
   *     it there
   */
  public abstract List<Reason> reasons();

  /**
   * The level history, oldest first; the last entry is how the current level was entered.
   *
   * @return every level change from the opening on, oldest first; never empty, and the first entry
   *     is the opening
   */
  public abstract List<LevelChange> levelHistory();

  /**
   * The response clock of every level stint, oldest first; the last is the current level's.
   *
   * @return one response clock per stint at a level, oldest first; never empty
   */
  public abstract List<ResponseClock> clocks();

  /**
   * Everything that changed by the evaluation instant, each at its own instant, in order.
   *
   * @return every level change, pre-breach warning and breach up to {@link #at()}, in order; what a
   *     host notifies people of
   */
  public abstract List<EscalationChange> changes();

  /**
   * What is wrong or due, e.g. every breach of a response target, still on record when resolved.
   *
   * @return the findings that are or were true, in {@link Finding}'s order; empty when nothing is
   *     or was wrong
   */
  public abstract List<Finding> findings();

  /**
   * The earliest instant after {@link #at()} at which the decision changes with no new event.
   *
   * @return when to evaluate again if no new event arrives (a warning, a breach, a time-at-level
   *     timer); empty when time alone changes nothing, as once the issue is resolved
   */
  public abstract Optional<Instant> nextChangeAt();

  /**
   * A builder, for policies.
   *
   * @return a new builder with nothing set, for policies
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EscalationDecision}. */
  public static final class Builder extends ImmutableEscalationDecision.Builder {}

  /**
   * The same decision, evaluated at another instant with the same outcome.
   *
   * @param at another evaluation instant with the same outcome, i.e. before {@link #nextChangeAt()}
   * @return a copy of this decision that differs only in {@link #at()}
   */
  public abstract EscalationDecision withAt(Instant at);

  /**
   * Who owns the issue at the current level, on both sides.
   *
   * @return the supplier's role and its customer counterpart that own the issue at {@link #level()}
   */
  public EscalationPath path() {
    return level().path();
  }

  /**
   * When the current level was entered.
   *
   * @return the instant of the last entry of {@link #levelHistory()}, at which the current level's
   *     response clock started
   */
  public Instant enteredLevelAt() {
    return levelHistory().get(levelHistory().size() - 1).at();
  }

  /**
   * The current level's response clock.
   *
   * @return the last of {@link #clocks()}: the one started when the issue entered {@link #level()}
   */
  public ResponseClock clock() {
    return clocks().get(clocks().size() - 1);
  }

  /**
   * The response deadline still to be met at the current level: present while a response is owed
   * and the clock runs (also once breached, until a response comes).
   *
   * @return the last on-time instant for the owner's response; empty once a response came, while
   *     the clocks are stopped, and once the issue is resolved
   */
  public Optional<Instant> responseDue() {
    ResponseClock clock = clock();
    boolean owed =
        status() == Status.OPEN
            && clock.respondedAt().isEmpty()
            && (clock.status() == ResponseClock.Status.RUNNING
                || clock.status() == ResponseClock.Status.BREACHED);
    return owed ? clock.deadline() : Optional.empty();
  }

  /**
   * This decision without its history: level, reasons, the response due and the next change.
   *
   * @return the summary a host that only schedules needs; {@link EscalationPolicy#summarize} gives
   *     the same, often for much less work
   */
  public EscalationSummary summary() {
    return EscalationSummary.builder()
        .issueId(issueId())
        .account(account())
        .at(at())
        .status(status())
        .level(level())
        .reasons(reasons())
        .responseDue(responseDue())
        .nextChangeAt(nextChangeAt())
        .build();
  }

  /**
   * The rule ids behind the current level.
   *
   * @return the ids of the rules in {@link #reasons()}, each once, in the order they first appear
   */
  public List<RuleId> ruleIds() {
    return reasons().stream()
        .map(Reason::ruleId)
        .distinct()
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The changes in {@code (from, at]}, in order: what a host that last looked at {@code from}
   * missed.
   *
   * @param from the instant the host last evaluated the issue; changes at that very instant were
   *     seen then and are left out
   * @return the changes after {@code from} and up to {@link #at()}, in order; empty when nothing
   *     changed
   */
  public List<EscalationChange> changesSince(Instant from) {
    return changes().stream()
        .filter(c -> c.at().isAfter(from))
        .collect(ImmutableList.toImmutableList());
  }
}
