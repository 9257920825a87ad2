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

  /** The issue decided on. */
  public abstract IssueId issueId();

  /** The issue's account. */
  public abstract AccountId account();

  /** The evaluation instant. */
  public abstract Instant at();

  /** Where the issue stands. */
  public abstract Status status();

  /** The current level. */
  public abstract EscalationLevel level();

  /** The reasons for the current level (rule ids, observed values, thresholds). */
  public abstract List<Reason> reasons();

  /** The level history, oldest first; the last entry is how the current level was entered. */
  public abstract List<LevelChange> levelHistory();

  /** The response clock of every level stint, oldest first; the last is the current level's. */
  public abstract List<ResponseClock> clocks();

  /** Everything that changed by the evaluation instant, each at its own instant, in order. */
  public abstract List<EscalationChange> changes();

  /**
   * What is wrong or due, e.g. every breach of a response target, still on record when resolved.
   */
  public abstract List<Finding> findings();

  /** The earliest instant after {@link #at()} at which the decision changes with no new event. */
  public abstract Optional<Instant> nextChangeAt();

  /** A builder, for policies. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EscalationDecision}. */
  public static final class Builder extends ImmutableEscalationDecision.Builder {}

  /** The same decision, evaluated at another instant with the same outcome. */
  public abstract EscalationDecision withAt(Instant at);

  /** Who owns the issue at the current level, on both sides. */
  public EscalationPath path() {
    return level().path();
  }

  /** When the current level was entered. */
  public Instant enteredLevelAt() {
    return levelHistory().get(levelHistory().size() - 1).at();
  }

  /** The current level's response clock. */
  public ResponseClock clock() {
    return clocks().get(clocks().size() - 1);
  }

  /**
   * The response deadline still to be met at the current level: present while a response is owed
   * and the clock runs (also once breached, until a response comes).
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

  /** The rule ids behind the current level. */
  public List<RuleId> ruleIds() {
    return reasons().stream()
        .map(Reason::ruleId)
        .distinct()
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The changes in {@code (from, at]}, in order: what a host that last looked at {@code from}
   * missed.
   */
  public List<EscalationChange> changesSince(Instant from) {
    return changes().stream()
        .filter(c -> c.at().isAfter(from))
        .collect(ImmutableList.toImmutableList());
  }
}
