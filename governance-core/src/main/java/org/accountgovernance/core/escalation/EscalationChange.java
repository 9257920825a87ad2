package org.accountgovernance.core.escalation;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Instant;
import java.util.Comparator;
import org.accountgovernance.core.RuleId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A change in an issue's escalation that happened at its own instant: a level change, a pre-breach
 * warning, a breach. A host that last evaluated at {@code a} and now evaluates at {@code b} asks
 * for the changes in {@code (a, b]} ({@link EscalationDecision#changesSince(Instant)}) to notify
 * people of each one, stamped with the instant it became true, exactly once.
 *
 * <p>Example: {@code BREACH at 2026-03-02T12:00:00.000000001Z, ESC-SLA, "L2 response due
 * 2026-03-02T12:00:00Z was missed"}.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class EscalationChange implements Comparable<EscalationChange> {
  private static final Comparator<EscalationChange> ORDER =
      Comparator.comparing(EscalationChange::at)
          .thenComparing(EscalationChange::type)
          .thenComparing(EscalationChange::levelId)
          .thenComparing(EscalationChange::description);

  EscalationChange() {}

  /** The kind of change. */
  public enum Type {
    /** The issue entered a level. */
    LEVEL,
    /** A response deadline is near. */
    WARNING,
    /** A response deadline passed without a response. */
    BREACH
  }

  /**
   * When it became true.
   *
   * @return the instant the change became true (for a breach, the nanosecond after the deadline):
   *     the time to stamp the notification with
   */
  public abstract Instant at();

  /**
   * The kind of change.
   *
   * @return whether the issue entered a level, was warned of an approaching deadline, or missed one
   */
  public abstract Type type();

  /**
   * The rule behind it.
   *
   * @return the id of the playbook rule behind the change, e.g. {@code ESC-SLA} for a breach
   */
  public abstract RuleId ruleId();

  /**
   * The level concerned (the level entered, warned or breached).
   *
   * @return the id of the level entered, warned about or breached, e.g. {@code "L2"}
   */
  public abstract String levelId();

  /**
   * A sentence for a notification.
   *
   * @return the sentence to send, e.g. {@code "L2 response due 2026-03-02T12:00:00Z was missed"}
   */
  public abstract String description();

  /**
   * A builder.
   *
   * @return a new builder with nothing set; every attribute is required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EscalationChange}. */
  public static final class Builder extends ImmutableEscalationChange.Builder {}

  @Override
  public int compareTo(EscalationChange other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return at() + " " + type() + " " + levelId() + " [" + ruleId() + "] " + description();
  }
}
