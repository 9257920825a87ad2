package org.accountgovernance.core.program;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.accountgovernance.core.Finding;
import org.accountgovernance.core.Reason;
import org.accountgovernance.core.update.RagStatus;
import org.accountgovernance.core.update.StatusUpdate;
import org.accountgovernance.core.update.UpdateDue;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An account-level escalation at an instant: its state and content, the next update due (UPD,
 * UPD-FRIDAY) and since when it is overdue, why closing is or is not allowed (AEM-CLOSE), the
 * findings (UPD-OVERDUE, AEM-ACTION, AEM-POST), and when the report next changes by time alone.
 *
 * <pre>{@code
 * ProgramReport r = policy.evaluate(escalation, now);
 * r.state();            // REMEDIATING
 * r.nextUpdateDue();    // Optional[due 2026-03-06 (UPD-FRIDAY)]
 * r.updateOverdueSince(); // Optional.empty() while on time
 * r.closingBlockers();  // [AEM-CLOSE: success criterion SC-2 not met, ...]
 * }</pre>
 *
 * <p>Every attribute except {@link #at()} is constant between two consecutive changes.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class ProgramReport {
  ProgramReport() {}

  /**
   * The escalation's id.
   *
   * @return the id of the escalation record reported on
   */
  public abstract String escalationId();

  /**
   * The evaluation instant.
   *
   * @return the instant at which the escalation was evaluated
   */
  public abstract Instant at();

  /**
   * The lifecycle state.
   *
   * @return where the escalation stands in its lifecycle at {@link #at()}
   */
  public abstract ProgramState state();

  /**
   * Who asked for the escalation.
   *
   * @return who asked for the escalation; empty when no request is on record
   */
  public abstract Optional<RequestSource> source();

  /**
   * The current RED/YELLOW/GREEN status, once declared.
   *
   * @return the latest status declared or changed to; empty before the declaration
   */
  public abstract Optional<RagStatus> status();

  /**
   * When it was declared.
   *
   * @return the instant of the declaration; empty before it, and for a declined request
   */
  public abstract Optional<Instant> declaredAt();

  /**
   * When it was closed.
   *
   * @return the instant of closing; empty while the escalation is not closed
   */
  public abstract Optional<Instant> closedAt();

  /**
   * The exit criteria, in the order set.
   *
   * @return the exit criteria agreed; empty before the first
   */
  public abstract List<SuccessCriterion> successCriteria();

  /**
   * The ids of the exit criteria met.
   *
   * @return the ids of the exit criteria met so far; empty when none is
   */
  public abstract Set<String> criteriaMet();

  /**
   * The remediation plan, in the order added.
   *
   * @return the items of the remediation plan; empty before the first
   */
  public abstract List<ActionItem> actionItems();

  /**
   * The ids of the action items done.
   *
   * @return the ids of the action items finished so far; empty when none is
   */
  public abstract Set<String> actionsDone();

  /**
   * The stakeholders, in the order added.
   *
   * @return everyone who must consent to closing or be kept informed; empty before the first
   */
  public abstract List<Stakeholder> stakeholders();

  /**
   * The names of the stakeholders who consented.
   *
   * @return the names of the stakeholders who have consented to closing; empty when nobody has
   */
  public abstract Set<String> consents();

  /**
   * The updates sent, in order.
   *
   * @return the status updates sent, oldest first; empty before the first
   */
  public abstract List<StatusUpdate> updates();

  /**
   * The follow-ups done after closure, with when.
   *
   * @return each post-closure obligation fulfilled, with the instant it was; empty before the first
   */
  public abstract Map<FollowUp, Instant> followUps();

  /**
   * The next update's due time while the escalation is open.
   *
   * @return when the next status update is due, and by which rule; empty while the escalation is
   *     not open
   */
  public abstract Optional<UpdateDue> nextUpdateDue();

  /**
   * Why closing is not allowed yet (AEM-CLOSE); empty when it is, or when not applicable.
   *
   * @return one reason per obstacle to closing, such as an exit criterion not met or a required
   *     consent missing
   */
  public abstract List<Reason> closingBlockers();

  /**
   * What is or was wrong: late updates, late action items, open follow-ups.
   *
   * @return the UPD-OVERDUE, AEM-ACTION and AEM-POST findings that are or were true, in {@link
   *     Finding}'s order; empty when nothing is or was late
   */
  public abstract List<Finding> findings();

  /**
   * The earliest instant after {@link #at()} at which the report changes with no new event.
   *
   * @return when to evaluate again if no new event arrives, e.g. when the next update falls
   *     overdue; empty when time alone changes nothing
   */
  public abstract Optional<Instant> nextChangeAt();

  /**
   * A builder, for policies.
   *
   * @return a new builder with nothing set, for programme policies
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProgramReport}. */
  public static final class Builder extends ImmutableProgramReport.Builder {}

  /**
   * The same report at another instant with the same outcome.
   *
   * @param at another evaluation instant with the same outcome, i.e. before {@link #nextChangeAt()}
   * @return a copy of this report that differs only in {@link #at()}
   */
  public abstract ProgramReport withAt(Instant at);

  /**
   * Since when the next update is overdue, if it is.
   *
   * @return the first instant at which the next update is overdue (see {@link
   *     UpdateDue#overdueFrom()}), when it is overdue at {@link #at()}; empty while it is on time
   *     or none is due
   */
  public Optional<Instant> updateOverdueSince() {
    return nextUpdateDue().filter(due -> due.isOverdueAt(at())).map(UpdateDue::overdueFrom);
  }

  /**
   * How late the next update is at {@code now}, if it is overdue then.
   *
   * @param now the instant at which to measure the lateness, e.g. when a dashboard is shown
   * @return how long after its due instant the next update is at {@code now}; empty while it is on
   *     time at {@code now} or none is due
   */
  public Optional<java.time.Duration> updateLatenessAt(Instant now) {
    return nextUpdateDue()
        .filter(due -> due.isOverdueAt(now))
        .map(due -> java.time.Duration.between(due.dueAt(), now));
  }

  /**
   * Whether closing would be accepted now.
   *
   * @return {@code true} when closure has been proposed and nothing blocks closing
   */
  public boolean mayClose() {
    return state() == ProgramState.PENDING_CONSENT && closingBlockers().isEmpty();
  }
}
