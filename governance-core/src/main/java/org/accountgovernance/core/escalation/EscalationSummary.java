package org.accountgovernance.core.escalation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.IssueId;
import org.accountgovernance.core.Reason;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Where an issue stands at an instant, without its history: the level and why, the response still
 * owed at that level, and when this changes by time alone. What a host that schedules needs (a
 * queue ordered by {@link #nextChangeAt()}, a "respond by" column); the whole {@link
 * EscalationDecision}, with its level history, clocks, changes and findings, is for the issue a
 * person opens.
 *
 * <pre>{@code
 * EscalationSummary s = policy.summarize(issue, Instant.parse("2026-03-02T10:00:00Z"));
 * s.level().id();     // "L2"
 * s.reasons();        // [ESC-TRIGGER: yield drop above 5 points: L2 (observed 7 points, ...)]
 * s.responseDue();    // Optional[2026-03-02T12:00:00Z]
 * s.nextChangeAt();   // Optional[2026-03-02T11:30:00Z], a pre-breach warning
 * }</pre>
 *
 * <p>It is always what {@link EscalationDecision#summary()} makes of the decision at the same
 * instant: {@code policy.summarize(issue, now).equals(policy.decide(issue, now).summary())}, which
 * the testkit's {@code EscalationPolicyContract} checks.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class EscalationSummary {
  EscalationSummary() {}

  /**
   * The issue summarized.
   *
   * @return the id of the issue
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
   * @return open with its clocks running, open with its clocks stopped, or resolved
   */
  public abstract EscalationDecision.Status status();

  /**
   * The current level.
   *
   * @return the level the issue stands at, with its response target, calendar and path
   */
  public abstract EscalationLevel level();

  /**
   * Why the issue stands at {@link #level()}.
   *
   * @return the reasons of the level change that brought it there, as in {@link
   *     EscalationDecision#reasons()}
   */
  public abstract List<Reason> reasons();

  /**
   * The response still owed at the current level.
   *
   * @return the last on-time instant for the response, as in {@link
   *     EscalationDecision#responseDue()}: present while a response is owed and the clocks run
   *     (also once it has passed), empty once a response came, while paused and once resolved
   */
  public abstract Optional<Instant> responseDue();

  /**
   * When the summary, or the decision it summarizes, next changes by time alone.
   *
   * @return the decision's {@link EscalationDecision#nextChangeAt()}: the next warning, breach or
   *     timer; empty once nothing changes by time alone
   */
  public abstract Optional<Instant> nextChangeAt();

  /**
   * A builder, for policies.
   *
   * @return a new builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EscalationSummary}. */
  public static final class Builder extends ImmutableEscalationSummary.Builder {}

  @Value.Check
  void check() {
    if (reasons().isEmpty()) {
      throw Checks.failure("EscalationSummary.reasons", "non-empty", reasons());
    }
    if (nextChangeAt().isPresent() && !nextChangeAt().get().isAfter(at())) {
      throw Checks.failure(
          "EscalationSummary.nextChangeAt", "after at " + at(), nextChangeAt().get());
    }
  }
}
