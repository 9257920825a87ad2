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

  /** The escalation's id. */
  public abstract String escalationId();

  /** The evaluation instant. */
  public abstract Instant at();

  /** The lifecycle state. */
  public abstract ProgramState state();

  /** Who asked for the escalation. */
  public abstract Optional<RequestSource> source();

  /** The current RED/YELLOW/GREEN status, once declared. */
  public abstract Optional<RagStatus> status();

  /** When it was declared. */
  public abstract Optional<Instant> declaredAt();

  /** When it was closed. */
  public abstract Optional<Instant> closedAt();

  /** The exit criteria, in the order set. */
  public abstract List<SuccessCriterion> successCriteria();

  /** The ids of the exit criteria met. */
  public abstract Set<String> criteriaMet();

  /** The remediation plan, in the order added. */
  public abstract List<ActionItem> actionItems();

  /** The ids of the action items done. */
  public abstract Set<String> actionsDone();

  /** The stakeholders, in the order added. */
  public abstract List<Stakeholder> stakeholders();

  /** The names of the stakeholders who consented. */
  public abstract Set<String> consents();

  /** The updates sent, in order. */
  public abstract List<StatusUpdate> updates();

  /** The follow-ups done after closure, with when. */
  public abstract Map<FollowUp, Instant> followUps();

  /** The next update's due time while the escalation is open. */
  public abstract Optional<UpdateDue> nextUpdateDue();

  /** Why closing is not allowed yet (AEM-CLOSE); empty when it is, or when not applicable. */
  public abstract List<Reason> closingBlockers();

  /** What is or was wrong: late updates, late action items, open follow-ups. */
  public abstract List<Finding> findings();

  /** The earliest instant after {@link #at()} at which the report changes with no new event. */
  public abstract Optional<Instant> nextChangeAt();

  /** A builder, for policies. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProgramReport}. */
  public static final class Builder extends ImmutableProgramReport.Builder {}

  /** The same report at another instant with the same outcome. */
  public abstract ProgramReport withAt(Instant at);

  /** Since when the next update is overdue, if it is. */
  public Optional<Instant> updateOverdueSince() {
    return nextUpdateDue().filter(due -> due.isOverdueAt(at())).map(UpdateDue::overdueFrom);
  }

  /** How late the next update is at {@code now}, if it is overdue then. */
  public Optional<java.time.Duration> updateLatenessAt(Instant now) {
    return nextUpdateDue()
        .filter(due -> due.isOverdueAt(now))
        .map(due -> java.time.Duration.between(due.dueAt(), now));
  }

  /** Whether closing would be accepted now. */
  public boolean mayClose() {
    return state() == ProgramState.PENDING_CONSENT && closingBlockers().isEmpty();
  }
}
