package org.accountgovernance.core.program;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.accountgovernance.core.RuleId;
import org.accountgovernance.core.internal.Checks;
import org.accountgovernance.core.update.RagStatus;
import org.accountgovernance.core.update.StatusUpdate;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Something that happened in an account-level escalation, at an instant. The programme's state is a
 * fold over these events; each type carries exactly the fields it needs.
 *
 * <p>Examples: {@code ProgramEvent.requested(t, RequestSource.SALES, "renewal in 60 days at
 * risk")}, {@code ProgramEvent.declared(t, RagStatus.RED, List.of("AEM-CRITERIA-ACCOUNT"), "")},
 * {@code ProgramEvent.updated(StatusUpdate.of(t, "hotfix deployed"))}, {@code
 * ProgramEvent.consentGiven(t, "Customer CIO")}.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class ProgramEvent {
  ProgramEvent() {}

  /** What happened. */
  public enum Type {
    /** Someone asked for the account to enter the programme (first event; needs a source). */
    REQUESTED,
    /** The request was turned down (needs a note). */
    DECLINED,
    /** Declared an account-level escalation (needs a status, and criteria or a judgment note). */
    DECLARED,
    /** An exit criterion was set (needs the criterion). */
    CRITERION_SET,
    /** An exit criterion is met (needs its id). */
    CRITERION_MET,
    /** An action item joined the remediation plan (needs the item). */
    ACTION_ADDED,
    /** An action item is done (needs its id). */
    ACTION_DONE,
    /** A stakeholder joined (needs the stakeholder). */
    STAKEHOLDER_ADDED,
    /** An update was sent (needs the update; the event's instant is the update's). */
    UPDATED,
    /** The RED/YELLOW/GREEN status changed (needs the status). */
    STATUS_CHANGED,
    /** Closure was proposed: every exit criterion must be met. */
    CLOSURE_PROPOSED,
    /** A stakeholder consented to closing (needs the name). */
    CONSENT_GIVEN,
    /** Closed: every exit criterion met and every required consent given. */
    CLOSED,
    /** A post-closure obligation was done (needs which). */
    FOLLOWED_UP
  }

  /**
   * What happened.
   *
   * @return what happened, which decides which of the optional attributes are present
   */
  public abstract Type type();

  /**
   * When.
   *
   * @return the instant it happened; for an update, the update's own instant
   */
  public abstract Instant at();

  /**
   * Who asked, for {@link Type#REQUESTED}.
   *
   * @return who asked for the escalation, for {@link Type#REQUESTED}; empty for every other type
   */
  public abstract Optional<RequestSource> source();

  /**
   * A free-text note: the reason for a request, a decline or a judgment.
   *
   * @return the reason for a request or a decline, or the manager's judgment behind a declaration;
   *     empty for every other type, and for a declaration that rests on criteria alone
   */
  public abstract Optional<String> note();

  /**
   * The status, for {@link Type#DECLARED} and {@link Type#STATUS_CHANGED}.
   *
   * @return the status declared or changed to; empty for every other type
   */
  public abstract Optional<RagStatus> status();

  /**
   * The AEM criteria (rule ids) a declaration rests on; may be empty for a judgment with a note.
   *
   * @return rule ids such as {@code "AEM-CRITERIA-ACCOUNT"}; empty for every type but {@link
   *     Type#DECLARED}
   */
  public abstract List<String> criteria();

  /**
   * The exit criterion, for {@link Type#CRITERION_SET}.
   *
   * @return the exit criterion agreed; empty for every other type
   */
  public abstract Optional<SuccessCriterion> successCriterion();

  /**
   * The action item, for {@link Type#ACTION_ADDED}.
   *
   * @return the item added to the remediation plan; empty for every other type
   */
  public abstract Optional<ActionItem> actionItem();

  /**
   * The stakeholder, for {@link Type#STAKEHOLDER_ADDED}.
   *
   * @return the stakeholder who joined; empty for every other type
   */
  public abstract Optional<Stakeholder> stakeholder();

  /**
   * The update, for {@link Type#UPDATED}.
   *
   * @return the update sent; empty for every other type
   */
  public abstract Optional<StatusUpdate> update();

  /**
   * The follow-up, for {@link Type#FOLLOWED_UP}.
   *
   * @return the post-closure obligation fulfilled; empty for every other type
   */
  public abstract Optional<FollowUp> followUp();

  /**
   * The id or name referred to: the criterion met, the action done, the stakeholder consenting.
   *
   * @return the criterion's id for {@link Type#CRITERION_MET}, the action item's id for {@link
   *     Type#ACTION_DONE}, the stakeholder's name for {@link Type#CONSENT_GIVEN}; empty for every
   *     other type
   */
  public abstract Optional<String> ref();

  /**
   * A builder, for hosts that map their own records.
   *
   * @return a new builder with nothing set; type and at are required, and whatever the type needs
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProgramEvent}. */
  public static final class Builder extends ImmutableProgramEvent.Builder {}

  /**
   * A request from {@code source}, for {@code reason}.
   *
   * @param at when the request was made
   * @param source who asked
   * @param reason why the account should enter the programme; must not be blank
   * @return a {@link Type#REQUESTED} event
   */
  public static ProgramEvent requested(Instant at, RequestSource source, String reason) {
    return builder().type(Type.REQUESTED).at(at).source(source).note(reason).build();
  }

  /**
   * The request turned down, for {@code reason}.
   *
   * @param at when the request was turned down
   * @param reason why; must not be blank
   * @return a {@link Type#DECLINED} event
   */
  public static ProgramEvent declined(Instant at, String reason) {
    return builder().type(Type.DECLINED).at(at).note(reason).build();
  }

  /**
   * A declaration at {@code status}, resting on {@code criteria} (AEM rule ids) and/or a manager's
   * {@code judgment} (blank for none; required when {@code criteria} is empty).
   *
   * @param at when the escalation was declared
   * @param status the status it starts at, which sets how often updates are owed
   * @param criteria the rule ids of the AEM criteria met, e.g. from {@link
   *     CriteriaAssessment#ruleIds()}; may be empty when there is a judgment
   * @param judgment the manager's reason for declaring without (or beyond) the criteria; blank for
   *     none
   * @return a {@link Type#DECLARED} event
   */
  public static ProgramEvent declared(
      Instant at, RagStatus status, List<String> criteria, String judgment) {
    Builder event = builder().type(Type.DECLARED).at(at).status(status).criteria(criteria);
    if (!judgment.isBlank()) {
      event.note(judgment);
    }
    return event.build();
  }

  /**
   * An exit criterion set.
   *
   * @param at when the exit criterion was agreed
   * @param criterion the criterion agreed
   * @return a {@link Type#CRITERION_SET} event
   */
  public static ProgramEvent criterionSet(Instant at, SuccessCriterion criterion) {
    return builder().type(Type.CRITERION_SET).at(at).successCriterion(criterion).build();
  }

  /**
   * An exit criterion met.
   *
   * @param at when the criterion was met
   * @param criterionId the id of a criterion set earlier, e.g. {@code "SC-1"}
   * @return a {@link Type#CRITERION_MET} event
   */
  public static ProgramEvent criterionMet(Instant at, String criterionId) {
    return builder().type(Type.CRITERION_MET).at(at).ref(criterionId).build();
  }

  /**
   * An action item added to the plan.
   *
   * @param at when the item joined the plan
   * @param item the action item
   * @return an {@link Type#ACTION_ADDED} event
   */
  public static ProgramEvent actionAdded(Instant at, ActionItem item) {
    return builder().type(Type.ACTION_ADDED).at(at).actionItem(item).build();
  }

  /**
   * An action item done.
   *
   * @param at when the item was finished; after its due day it is late
   * @param actionId the id of an item added earlier, e.g. {@code "A-1"}
   * @return an {@link Type#ACTION_DONE} event
   */
  public static ProgramEvent actionDone(Instant at, String actionId) {
    return builder().type(Type.ACTION_DONE).at(at).ref(actionId).build();
  }

  /**
   * A stakeholder added.
   *
   * @param at when the stakeholder joined
   * @param stakeholder the stakeholder, saying whether closing needs their consent
   * @return a {@link Type#STAKEHOLDER_ADDED} event
   */
  public static ProgramEvent stakeholderAdded(Instant at, Stakeholder stakeholder) {
    return builder().type(Type.STAKEHOLDER_ADDED).at(at).stakeholder(stakeholder).build();
  }

  /**
   * An update sent, at the update's own instant.
   *
   * @param update the update sent; its instant becomes the event's
   * @return an {@link Type#UPDATED} event
   */
  public static ProgramEvent updated(StatusUpdate update) {
    return builder().type(Type.UPDATED).at(update.at()).update(update).build();
  }

  /**
   * The status changed.
   *
   * @param at when the status changed
   * @param status the new status, which sets how often updates are owed from now on
   * @return a {@link Type#STATUS_CHANGED} event
   */
  public static ProgramEvent statusChanged(Instant at, RagStatus status) {
    return builder().type(Type.STATUS_CHANGED).at(at).status(status).build();
  }

  /**
   * Closure proposed.
   *
   * @param at when closure was proposed
   * @return a {@link Type#CLOSURE_PROPOSED} event
   */
  public static ProgramEvent closureProposed(Instant at) {
    return builder().type(Type.CLOSURE_PROPOSED).at(at).build();
  }

  /**
   * A stakeholder's consent.
   *
   * @param at when the consent was given
   * @param stakeholder the consenting stakeholder's name, as {@link Stakeholder#name()} records it
   * @return a {@link Type#CONSENT_GIVEN} event
   */
  public static ProgramEvent consentGiven(Instant at, String stakeholder) {
    return builder().type(Type.CONSENT_GIVEN).at(at).ref(stakeholder).build();
  }

  /**
   * Closed.
   *
   * @param at when the escalation was closed
   * @return a {@link Type#CLOSED} event
   */
  public static ProgramEvent closed(Instant at) {
    return builder().type(Type.CLOSED).at(at).build();
  }

  /**
   * A post-closure obligation done.
   *
   * @param at when the obligation was fulfilled
   * @param followUp which obligation
   * @return a {@link Type#FOLLOWED_UP} event
   */
  public static ProgramEvent followedUp(Instant at, FollowUp followUp) {
    return builder().type(Type.FOLLOWED_UP).at(at).followUp(followUp).build();
  }

  @Value.Check
  void check() {
    String field = "ProgramEvent[" + type() + " at " + at() + "]";
    Type t = type();
    require(field + ".source", source().isPresent(), t == Type.REQUESTED, source());
    require(
        field + ".status",
        status().isPresent(),
        t == Type.DECLARED || t == Type.STATUS_CHANGED,
        status());
    require(
        field + ".successCriterion",
        successCriterion().isPresent(),
        t == Type.CRITERION_SET,
        successCriterion());
    require(field + ".actionItem", actionItem().isPresent(), t == Type.ACTION_ADDED, actionItem());
    require(
        field + ".stakeholder",
        stakeholder().isPresent(),
        t == Type.STAKEHOLDER_ADDED,
        stakeholder());
    require(field + ".update", update().isPresent(), t == Type.UPDATED, update());
    require(field + ".followUp", followUp().isPresent(), t == Type.FOLLOWED_UP, followUp());
    require(
        field + ".ref",
        ref().isPresent(),
        t == Type.CRITERION_MET || t == Type.ACTION_DONE || t == Type.CONSENT_GIVEN,
        ref());
    if (!(criteria().isEmpty() || t == Type.DECLARED)) {
      throw Checks.failure(field + ".criteria", "empty", criteria());
    }
    note().ifPresent(n -> Checks.notBlank(field + ".note", n));
    if (!(note().isEmpty() || t == Type.REQUESTED || t == Type.DECLINED || t == Type.DECLARED)) {
      throw Checks.failure(
          field + ".note",
          "absent (only a request, a decline or a declaration carries one)",
          note());
    }
    for (int i = 0; i < criteria().size(); i++) {
      String criterion = criteria().get(i);
      try {
        RuleId.of(criterion);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            field
                + ".criteria["
                + i
                + "] must be a rule id such as AEM-CRITERIA-DEAL but was '"
                + criterion
                + "'",
            e);
      }
    }
    ref().ifPresent(r -> Checks.notBlank(field + ".ref", r));
    if (t == Type.DECLINED) {
      if (note().isEmpty()) {
        throw Checks.failure(field + ".note", "a reason for declining", "none");
      }
    }
    if (t == Type.DECLARED) {
      if (criteria().isEmpty() && note().isEmpty()) {
        throw Checks.failure(
            field + ".criteria/note", "at least one AEM criterion or a judgment note", "neither");
      }
    }
    update()
        .ifPresent(
            u ->
                Checks.check(
                    u.at().equals(at()), field + ".at", "the update's instant " + u.at(), at()));
  }

  private static void require(String field, boolean present, boolean needed, Object value) {
    Checks.check(present == needed, field, needed ? "present" : "absent", present ? value : "none");
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder().append(type()).append(" at ").append(at());
    source().ifPresent(s -> text.append(" from ").append(s));
    status().ifPresent(s -> text.append(' ').append(s));
    ref().ifPresent(r -> text.append(' ').append(r));
    followUp().ifPresent(f -> text.append(' ').append(f));
    return text.toString();
  }
}
