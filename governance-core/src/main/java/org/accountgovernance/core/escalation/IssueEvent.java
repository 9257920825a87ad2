package org.accountgovernance.core.escalation;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Instant;
import java.util.Optional;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Something that happened to an issue after it was opened, at an instant. An issue's state is a
 * fold over its events; events are immutable and never rewritten.
 *
 * <p>Examples: {@code IssueEvent.triggerAdded(t, Trigger.safetyIncident())}, {@code
 * IssueEvent.responded(t)}, {@code IssueEvent.paused(t, "waiting for the customer's logs")}, {@code
 * IssueEvent.downgraded(t, "L1", "line restarted")}, {@code IssueEvent.resolved(t)}.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class IssueEvent {
  IssueEvent() {}

  /** What happened. */
  public enum Type {
    /** A new fact about the issue; it may raise the level. */
    TRIGGER_ADDED,
    /** The owner at the current level responded: the response clock of that level stops. */
    RESPONDED,
    /** The clocks stop, e.g. while waiting for the customer. */
    PAUSED,
    /** The clocks run again. */
    RESUMED,
    /** A person escalated the issue by hand, to a named higher level. */
    ESCALATED,
    /** A person lowered the level, with a reason: the only way down. */
    DOWNGRADED,
    /** The issue is resolved: nothing changes after this. */
    RESOLVED
  }

  /**
   * What happened.
   *
   * @return what happened, which decides which of the optional attributes are present
   */
  public abstract Type type();

  /**
   * When it happened.
   *
   * @return the instant it happened; never before the issue was opened
   */
  public abstract Instant at();

  /**
   * The new fact, for {@link Type#TRIGGER_ADDED}.
   *
   * @return the new fact for {@link Type#TRIGGER_ADDED}; empty for every other type
   */
  public abstract Optional<Trigger> trigger();

  /**
   * The target level, for {@link Type#ESCALATED} and {@link Type#DOWNGRADED}.
   *
   * @return the id of the level moved to, for {@link Type#ESCALATED} and {@link Type#DOWNGRADED};
   *     empty for every other type
   */
  public abstract Optional<String> levelId();

  /**
   * Why, required for {@link Type#DOWNGRADED}, optional otherwise.
   *
   * @return the person's reason, in their words; always present for a downgrade, empty when none
   *     was given
   */
  public abstract Optional<String> note();

  /**
   * A builder, for hosts that map their own event records.
   *
   * @return a new builder with nothing set; type and at are required, and whatever the type needs
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link IssueEvent}. */
  public static final class Builder extends ImmutableIssueEvent.Builder {}

  /**
   * A new fact about the issue.
   *
   * @param at when the fact became known
   * @param trigger the new fact
   * @return a {@link Type#TRIGGER_ADDED} event
   */
  public static IssueEvent triggerAdded(Instant at, Trigger trigger) {
    return builder().type(Type.TRIGGER_ADDED).at(at).trigger(trigger).build();
  }

  /**
   * A response at the current level.
   *
   * @param at when the owner at the current level responded
   * @return a {@link Type#RESPONDED} event
   */
  public static IssueEvent responded(Instant at) {
    return builder().type(Type.RESPONDED).at(at).build();
  }

  /**
   * The clocks stop, for {@code reason}.
   *
   * @param at when the clocks stop
   * @param reason why, e.g. {@code "waiting for the customer's logs"}; must not be blank
   * @return a {@link Type#PAUSED} event
   */
  public static IssueEvent paused(Instant at, String reason) {
    return builder().type(Type.PAUSED).at(at).note(reason).build();
  }

  /**
   * The clocks run again.
   *
   * @param at when the clocks run again
   * @return a {@link Type#RESUMED} event
   */
  public static IssueEvent resumed(Instant at) {
    return builder().type(Type.RESUMED).at(at).build();
  }

  /**
   * A manual escalation to {@code levelId}, for {@code reason}.
   *
   * @param at when the person escalated the issue
   * @param levelId the id of the higher level to move to
   * @param reason why; must not be blank
   * @return an {@link Type#ESCALATED} event
   */
  public static IssueEvent escalated(Instant at, String levelId, String reason) {
    return builder().type(Type.ESCALATED).at(at).levelId(levelId).note(reason).build();
  }

  /**
   * A manual downgrade to {@code levelId}, for {@code reason}.
   *
   * @param at when the person lowered the level
   * @param levelId the id of the lower level to move to
   * @param reason why the lower level is enough now; must not be blank
   * @return a {@link Type#DOWNGRADED} event
   */
  public static IssueEvent downgraded(Instant at, String levelId, String reason) {
    return builder().type(Type.DOWNGRADED).at(at).levelId(levelId).note(reason).build();
  }

  /**
   * The issue is resolved.
   *
   * @param at when the issue was resolved
   * @return a {@link Type#RESOLVED} event
   */
  public static IssueEvent resolved(Instant at) {
    return builder().type(Type.RESOLVED).at(at).build();
  }

  @Value.Check
  void check() {
    String field = "IssueEvent[" + type() + " at " + at() + "]";
    boolean needsTrigger = type() == Type.TRIGGER_ADDED;
    boolean needsLevel = type() == Type.ESCALATED || type() == Type.DOWNGRADED;
    if (trigger().isPresent() != needsTrigger) {
      throw Checks.failure(field + ".trigger", needsTrigger ? "present" : "absent", trigger());
    }
    if (levelId().isPresent() != needsLevel) {
      throw Checks.failure(field + ".levelId", needsLevel ? "present" : "absent", levelId());
    }
    levelId().ifPresent(id -> Checks.notBlank(field + ".levelId", id));
    note().ifPresent(n -> Checks.notBlank(field + ".note", n));
    if (type() == Type.DOWNGRADED) {
      if (note().isEmpty()) {
        throw Checks.failure(field + ".note", "a reason for the downgrade", "absent");
      }
    }
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder().append(type()).append(" at ").append(at());
    trigger().ifPresent(t -> text.append(": ").append(t.describe()));
    levelId().ifPresent(l -> text.append(" to ").append(l));
    note().ifPresent(n -> text.append(" (").append(n).append(')'));
    return text.toString();
  }
}
