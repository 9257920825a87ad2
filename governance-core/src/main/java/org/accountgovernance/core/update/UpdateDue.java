package org.accountgovernance.core.update;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Instant;
import java.time.LocalDate;
import org.accountgovernance.core.Reason;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * When the next update of an escalation is due, and why: the due day in the escalation's zone, the
 * instant of its cut-off (an update at or before it is on time), and the reason (the rule, the
 * status and the day counted from).
 *
 * <p>Example: a YELLOW escalation last updated on Thursday 5 March 2026 is due on Friday 6 March by
 * UPD-FRIDAY (every other day would be Saturday, and Friday comes first).
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class UpdateDue {
  UpdateDue() {}

  /**
   * The status the due time was computed for.
   *
   * @return the escalation status the due time was computed for
   */
  public abstract RagStatus status();

  /**
   * The update (or the start of the escalation) the due time counts from.
   *
   * @return the instant of the last update, or of the start of the escalation, from which the due
   *     day is counted
   */
  public abstract Instant countedFrom();

  /**
   * The due day, in the escalation's zone.
   *
   * @return the local day, in the escalation's zone, by whose cut-off the update is owed
   */
  public abstract LocalDate dueDate();

  /**
   * The last instant at which an update is on time.
   *
   * @return the last instant at which an update is on time; never before {@link #countedFrom()}
   */
  public abstract Instant dueAt();

  /**
   * The rule and values behind the due time.
   *
   * @return the rule behind the due time (e.g. {@code UPD-FRIDAY}), with the status and the day
   *     counted from
   */
  public abstract Reason reason();

  /**
   * A builder, for cadences.
   *
   * @return a new builder with nothing set; every attribute is required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link UpdateDue}. */
  public static final class Builder extends ImmutableUpdateDue.Builder {}

  @Value.Check
  void check() {
    if (dueAt().isBefore(countedFrom())) {
      throw Checks.failure("UpdateDue.dueAt", "at or after countedFrom " + countedFrom(), dueAt());
    }
  }

  /**
   * The first instant at which the update is overdue: one nanosecond after {@link #dueAt()}.
   *
   * @return {@link #dueAt()} plus one nanosecond
   */
  public Instant overdueFrom() {
    return dueAt().plusNanos(1);
  }

  /**
   * Whether an update sent at {@code at} (or none yet, at {@code at}) is late.
   *
   * @param at the instant an update was sent, or the evaluation instant when none has been
   * @return {@code true} when {@code at} is after {@link #dueAt()}
   */
  public boolean isOverdueAt(Instant at) {
    return at.isAfter(dueAt());
  }

  /**
   * The earlier of two due times (this one when equal).
   *
   * @param other another due time for the same escalation, e.g. by another rule
   * @return whichever of the two has the earlier {@link #dueAt()}; this one on a tie
   */
  public UpdateDue earlier(UpdateDue other) {
    return other.dueAt().isBefore(dueAt()) ? other : this;
  }
}
