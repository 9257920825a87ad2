package org.accountgovernance.flink;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.cadence.MeetingRecord;
import org.accountgovernance.core.escalation.Trigger;
import org.accountgovernance.core.program.ActionItem;
import org.accountgovernance.core.program.RequestSource;
import org.accountgovernance.core.program.Stakeholder;
import org.accountgovernance.core.update.RagStatus;
import org.apiguardian.api.API;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * One fact about an account, as it travels through Flink: about one of its issues (opened, a
 * trigger added, the owner responded, the clocks paused or resumed, escalated or downgraded by
 * hand, resolved) or about its account-level escalation, the programme (requested, declined,
 * declared at a RED/YELLOW/GREEN status, an update sent, the status changed, an exit criterion set
 * or met, an action item added or done, a stakeholder added, a consent given, closure proposed,
 * closed, a post-closure follow-up done), or a meeting of its operating cadence held. The stream is
 * keyed by {@link #getAccount()}; the job folds each account's events into the issues, the
 * escalation and the meetings the playbook decides on.
 *
 * <pre>{@code
 * AccountEvent.opened("ACME", "CASE-1", Instant.parse("2026-03-02T08:00:00Z"),
 *     Trigger.unitDefect(1));
 * AccountEvent.of(Type.RESOLVED, "ACME", "CASE-1", Instant.parse("2026-03-03T08:00:00Z"));
 * AccountEvent.escalationDeclared("ACME", "AEM-7", Instant.parse("2026-03-03T09:00:00Z"),
 *     RagStatus.RED, List.of("AEM-CRITERIA-ACCOUNT"), "");
 * }</pre>
 *
 * <p>The account's zone: the first event the job applies for an account may carry {@link
 * #getZone()}, the IANA id whose calendar days and cut-offs count for that account (e.g. when a RED
 * escalation's daily update is due); without it the function's default zone counts. A later event
 * may repeat the same zone, never change it.
 *
 * <p>A Flink POJO (public no-argument constructor, getters and setters) so that Flink's own POJO
 * serializer carries it, never Kryo; lists travel as comma-separated strings. Not yet carried: a
 * meeting's KPIs, the account's phase (the function's builder sets it for every account),
 * relationship, team, readiness and decision-rights facts, and trigger kinds other than the
 * playbook's. Mutable, as Flink POJOs are; not thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class AccountEvent {
  /** What happened: to an issue, or (the {@code ESCALATION_} types) to the programme. */
  public enum Type {
    /** The issue was opened, with its first trigger if it has one. */
    OPENED,
    /** A new fact about the issue. */
    TRIGGER_ADDED,
    /** The owner at the current level responded. */
    RESPONDED,
    /** The clocks stop, e.g. while waiting for the customer ({@link #getNote()} says why). */
    PAUSED,
    /** The clocks run again. */
    RESUMED,
    /** Escalated by hand to {@link #getLevelId()}. */
    ESCALATED,
    /** Lowered by hand to {@link #getLevelId()}, with a reason in {@link #getNote()}. */
    DOWNGRADED,
    /** The issue is resolved. */
    RESOLVED,
    /**
     * Someone asked for an account-level escalation: the account's first programme event, with
     * {@link #getRequestSource()} and the reason in {@link #getNote()}.
     */
    ESCALATION_REQUESTED,
    /** The request was turned down, with the reason in {@link #getNote()}. */
    ESCALATION_DECLINED,
    /**
     * Declared at {@link #getRagStatus()}, resting on {@link #getCriteria()} and/or a manager's
     * judgment in {@link #getNote()}.
     */
    ESCALATION_DECLARED,
    /**
     * An update was sent, described in {@link #getNote()}; with {@link #getRagStatus()} when it
     * reports a status, which then counts from this instant, before the update is.
     */
    ESCALATION_UPDATED,
    /** The status changed to {@link #getRagStatus()}. */
    ESCALATION_STATUS_CHANGED,
    /** An exit criterion {@link #getRef()} was agreed, described in {@link #getNote()}. */
    ESCALATION_CRITERION_SET,
    /** The exit criterion {@link #getRef()} is met. */
    ESCALATION_CRITERION_MET,
    /** Closure was proposed: every exit criterion must be met. */
    ESCALATION_CLOSURE_PROPOSED,
    /** Closed; no update is owed after it. */
    ESCALATION_CLOSED,
    /** A post-closure follow-up {@link #getRef()} (a {@code FollowUp} name) was done. */
    ESCALATION_FOLLOWED_UP,
    /**
     * A stakeholder {@link #getRef()} (the name) joined; {@link #getConsentRequired()} says whether
     * closing needs their consent.
     */
    ESCALATION_STAKEHOLDER_ADDED,
    /** The stakeholder {@link #getRef()} (a name added earlier) consented to closing. */
    ESCALATION_CONSENT_GIVEN,
    /**
     * An action item {@link #getRef()} joined the remediation plan: described in {@link
     * #getNote()}, owned by {@link #getOwner()}, due on {@link #getDue()} (a day in the account's
     * zone), serving the exit criterion {@link #getCriterionId()}.
     */
    ESCALATION_ACTION_ADDED,
    /** The action item {@link #getRef()} is done; after its due day it is late. */
    ESCALATION_ACTION_DONE,
    /**
     * A meeting {@link #getRef()} of the operating cadence was held at {@link #getAt()}: of the
     * tiers {@link #getTierIds()}, with {@link #getAttendees()}, the inputs {@link #getInputs()}
     * and the outputs {@link #getOutputs()}. Neither an issue's nor the escalation's event.
     */
    MEETING_HELD
  }

  /** Separates the items of a list carried in one string field. */
  static final String SEPARATOR = ",";

  /** Separates an attendee's side from the role's name: {@code CUSTOMER:Customer Buyer}. */
  static final String SIDE = ":";

  private @Nullable String account;
  private @Nullable String issue;
  private @Nullable Type type;
  private @Nullable Instant at;
  private @Nullable String triggerKind;
  private @Nullable BigDecimal triggerQuantity;
  private @Nullable BigDecimal triggerAmount;
  private @Nullable String triggerCurrency;
  private @Nullable String levelId;
  private @Nullable String note;
  private @Nullable String zone;
  private @Nullable String escalation;
  private @Nullable RagStatus ragStatus;
  private @Nullable RequestSource requestSource;
  private @Nullable String criteria;
  private @Nullable String ref;
  private @Nullable Boolean consentRequired;
  private @Nullable String owner;
  private @Nullable String due;
  private @Nullable String criterionId;
  private @Nullable String tierIds;
  private @Nullable String attendees;
  private @Nullable String inputs;
  private @Nullable String outputs;

  /**
   * An empty event, for Flink's POJO serializer; set at least account, type, at, and the issue (for
   * an issue's event) or the escalation (for a programme event).
   */
  public AccountEvent() {}

  /**
   * An event without a trigger, level or note.
   *
   * @param type what happened
   * @param account the account's id, the stream's key
   * @param issue the issue's id, unique within the account
   * @param at when it happened: the event time
   * @return a new event
   */
  public static AccountEvent of(Type type, String account, String issue, Instant at) {
    AccountEvent event = new AccountEvent();
    event.type = type;
    event.account = account;
    event.issue = issue;
    event.at = at;
    return event;
  }

  /**
   * An issue opened with its first fact.
   *
   * @param account the account's id
   * @param issue the new issue's id
   * @param at when it was opened
   * @param trigger the fact it was opened with, of one of the playbook's trigger kinds
   * @return a new {@link Type#OPENED} event
   */
  public static AccountEvent opened(String account, String issue, Instant at, Trigger trigger) {
    return of(Type.OPENED, account, issue, at).withTrigger(trigger);
  }

  /**
   * A fact added to an open issue.
   *
   * @param account the account's id
   * @param issue the issue's id
   * @param at when the fact became known
   * @param trigger the fact, of one of the playbook's trigger kinds
   * @return a new {@link Type#TRIGGER_ADDED} event
   */
  public static AccountEvent triggerAdded(
      String account, String issue, Instant at, Trigger trigger) {
    return of(Type.TRIGGER_ADDED, account, issue, at).withTrigger(trigger);
  }

  /**
   * A hand escalation or downgrade.
   *
   * @param type {@link Type#ESCALATED} or {@link Type#DOWNGRADED}
   * @param account the account's id
   * @param issue the issue's id
   * @param at when it happened
   * @param levelId the level it moved to, e.g. {@code "L3"}
   * @param reason why
   * @return a new event
   */
  public static AccountEvent levelSet(
      Type type, String account, String issue, Instant at, String levelId, String reason) {
    AccountEvent event = of(type, account, issue, at);
    event.levelId = levelId;
    event.note = reason;
    return event;
  }

  /**
   * A programme event with nothing but its escalation; set what its type needs.
   *
   * @param type one of the {@code ESCALATION_} types
   * @param account the account's id, the stream's key
   * @param escalation the escalation record's id, e.g. {@code "AEM-2026-007"}; one per account
   * @param at when it happened: the event time
   * @return a new event
   */
  public static AccountEvent ofEscalation(
      Type type, String account, String escalation, Instant at) {
    AccountEvent event = new AccountEvent();
    event.type = type;
    event.account = account;
    event.escalation = escalation;
    event.at = at;
    return event;
  }

  /**
   * An account-level escalation requested.
   *
   * @param account the account's id
   * @param escalation the escalation record's id
   * @param at when it was requested
   * @param source who asked
   * @param reason why; must not be blank
   * @return a new {@link Type#ESCALATION_REQUESTED} event
   */
  public static AccountEvent escalationRequested(
      String account, String escalation, Instant at, RequestSource source, String reason) {
    AccountEvent event = ofEscalation(Type.ESCALATION_REQUESTED, account, escalation, at);
    event.requestSource = source;
    event.note = reason;
    return event;
  }

  /**
   * An account-level escalation declared.
   *
   * @param account the account's id
   * @param escalation the escalation record's id
   * @param at when it was declared
   * @param status the status it starts at, which sets how often updates are owed
   * @param criteria the AEM rule ids it rests on, e.g. {@code "AEM-CRITERIA-ACCOUNT"}; may be empty
   *     with a judgment
   * @param judgment the manager's reason; blank for none, required without criteria
   * @return a new {@link Type#ESCALATION_DECLARED} event
   */
  public static AccountEvent escalationDeclared(
      String account,
      String escalation,
      Instant at,
      RagStatus status,
      List<String> criteria,
      String judgment) {
    AccountEvent event = ofEscalation(Type.ESCALATION_DECLARED, account, escalation, at);
    event.ragStatus = status;
    event.criteria = criteria.isEmpty() ? null : String.join(",", criteria);
    event.note = judgment.isBlank() ? null : judgment;
    return event;
  }

  /**
   * An update sent on an account-level escalation.
   *
   * @param account the account's id
   * @param escalation the escalation record's id
   * @param at when the update was sent
   * @param description what it said; must not be blank
   * @param status the status it reports, or null when it reports none
   * @return a new {@link Type#ESCALATION_UPDATED} event
   */
  public static AccountEvent escalationUpdated(
      String account,
      String escalation,
      Instant at,
      String description,
      @Nullable RagStatus status) {
    AccountEvent event = ofEscalation(Type.ESCALATION_UPDATED, account, escalation, at);
    event.note = description;
    event.ragStatus = status;
    return event;
  }

  /**
   * A stakeholder added to an account-level escalation.
   *
   * @param account the account's id
   * @param escalation the escalation record's id
   * @param at when the stakeholder joined
   * @param stakeholder the stakeholder, saying whether closing needs their consent
   * @return a new {@link Type#ESCALATION_STAKEHOLDER_ADDED} event
   */
  public static AccountEvent escalationStakeholderAdded(
      String account, String escalation, Instant at, Stakeholder stakeholder) {
    AccountEvent event = ofEscalation(Type.ESCALATION_STAKEHOLDER_ADDED, account, escalation, at);
    event.ref = stakeholder.name();
    event.consentRequired = stakeholder.consentRequired();
    return event;
  }

  /**
   * A stakeholder's consent to closing an account-level escalation.
   *
   * @param account the account's id
   * @param escalation the escalation record's id
   * @param at when the consent was given
   * @param stakeholder the consenting stakeholder's name, as added
   * @return a new {@link Type#ESCALATION_CONSENT_GIVEN} event
   */
  public static AccountEvent escalationConsentGiven(
      String account, String escalation, Instant at, String stakeholder) {
    AccountEvent event = ofEscalation(Type.ESCALATION_CONSENT_GIVEN, account, escalation, at);
    event.ref = stakeholder;
    return event;
  }

  /**
   * An action item added to an account-level escalation's remediation plan.
   *
   * @param account the account's id
   * @param escalation the escalation record's id
   * @param at when the item joined the plan
   * @param item the action item: its id, description, owner, due day and exit criterion
   * @return a new {@link Type#ESCALATION_ACTION_ADDED} event
   */
  public static AccountEvent escalationActionAdded(
      String account, String escalation, Instant at, ActionItem item) {
    AccountEvent event = ofEscalation(Type.ESCALATION_ACTION_ADDED, account, escalation, at);
    event.ref = item.id();
    event.note = item.description();
    event.owner = item.owner();
    event.due = item.due().toString();
    event.criterionId = item.criterionId();
    return event;
  }

  /**
   * An action item done.
   *
   * @param account the account's id
   * @param escalation the escalation record's id
   * @param at when the item was finished
   * @param actionId the id of an item added earlier
   * @return a new {@link Type#ESCALATION_ACTION_DONE} event
   */
  public static AccountEvent escalationActionDone(
      String account, String escalation, Instant at, String actionId) {
    AccountEvent event = ofEscalation(Type.ESCALATION_ACTION_DONE, account, escalation, at);
    event.ref = actionId;
    return event;
  }

  /**
   * A meeting of the operating cadence held, from the core's record (its KPIs are not carried).
   *
   * @param account the account's id, the stream's key
   * @param meeting the meeting held: id, tiers, instant, attendees, inputs and outputs; no tier id,
   *     role name, input or output may contain a comma
   * @return a new {@link Type#MEETING_HELD} event dated at the meeting
   * @throws IllegalArgumentException when a name contains the separator
   */
  public static AccountEvent meetingHeld(String account, MeetingRecord meeting) {
    AccountEvent event = new AccountEvent();
    event.type = Type.MEETING_HELD;
    event.account = account;
    event.at = meeting.heldAt();
    event.ref = meeting.id();
    event.tierIds = join("tierIds", meeting.tierIds());
    List<String> roles = new ArrayList<>();
    for (PartyRole role : meeting.attendees()) {
      roles.add(role.side() + SIDE + role.name());
    }
    event.attendees = join("attendees", roles);
    event.inputs = join("inputs", meeting.inputs());
    event.outputs = join("outputs", meeting.outputs());
    return event;
  }

  private static @Nullable String join(String field, Collection<String> items) {
    for (String item : items) {
      if (item.contains(SEPARATOR)) {
        throw new IllegalArgumentException(
            "AccountEvent." + field + " carries names without '" + SEPARATOR + "' but was " + item);
      }
    }
    return items.isEmpty() ? null : String.join(SEPARATOR, new TreeSet<>(items));
  }

  /**
   * Sets the account's zone, for the account's first event, and returns this event.
   *
   * @param zoneId an IANA zone id, e.g. {@code "Asia/Tokyo"}
   * @return this event, with {@link #getZone()} set
   */
  public AccountEvent inZone(String zoneId) {
    this.zone = zoneId;
    return this;
  }

  private AccountEvent withTrigger(Trigger trigger) {
    triggerKind = trigger.kind().name();
    triggerQuantity = trigger.quantity().orElse(null);
    Money amount = trigger.amount().orElse(null);
    if (amount != null) {
      triggerAmount = amount.getAmount();
      triggerCurrency = amount.getCurrencyUnit().getCode();
    }
    return this;
  }

  /**
   * The account.
   *
   * @return the account's id, the key the stream is partitioned by
   */
  public @Nullable String getAccount() {
    return account;
  }

  /**
   * Sets the account.
   *
   * @param account the account's id
   */
  public void setAccount(@Nullable String account) {
    this.account = account;
  }

  /**
   * The issue.
   *
   * @return the issue's id, unique within its account; null for a programme event
   */
  public @Nullable String getIssue() {
    return issue;
  }

  /**
   * Sets the issue.
   *
   * @param issue the issue's id
   */
  public void setIssue(@Nullable String issue) {
    this.issue = issue;
  }

  /**
   * What happened.
   *
   * @return what happened to the issue
   */
  public @Nullable Type getType() {
    return type;
  }

  /**
   * Sets what happened.
   *
   * @param type what happened to the issue
   */
  public void setType(@Nullable Type type) {
    this.type = type;
  }

  /**
   * When it happened.
   *
   * @return the event time; in processing-time mode the job dates the fact at its arrival instead
   */
  public @Nullable Instant getAt() {
    return at;
  }

  /**
   * Sets when it happened.
   *
   * @param at the event time
   */
  public void setAt(@Nullable Instant at) {
    this.at = at;
  }

  /**
   * The trigger's kind.
   *
   * @return the name of the trigger's kind, e.g. {@code "UNIT_DEFECT"}; null without a trigger
   */
  public @Nullable String getTriggerKind() {
    return triggerKind;
  }

  /**
   * Sets the trigger's kind.
   *
   * @param triggerKind the name of one of the playbook's trigger kinds
   */
  public void setTriggerKind(@Nullable String triggerKind) {
    this.triggerKind = triggerKind;
  }

  /**
   * The trigger's magnitude in days, points or a count.
   *
   * @return the magnitude; null for flag and money kinds
   */
  public @Nullable BigDecimal getTriggerQuantity() {
    return triggerQuantity;
  }

  /**
   * Sets the trigger's magnitude.
   *
   * @param triggerQuantity days, percentage points or a count
   */
  public void setTriggerQuantity(@Nullable BigDecimal triggerQuantity) {
    this.triggerQuantity = triggerQuantity;
  }

  /**
   * The trigger's amount of money.
   *
   * @return the amount, in {@link #getTriggerCurrency()}; null unless the kind is measured in money
   */
  public @Nullable BigDecimal getTriggerAmount() {
    return triggerAmount;
  }

  /**
   * Sets the trigger's amount.
   *
   * @param triggerAmount the amount, in {@link #getTriggerCurrency()}
   */
  public void setTriggerAmount(@Nullable BigDecimal triggerAmount) {
    this.triggerAmount = triggerAmount;
  }

  /**
   * The currency of the trigger's amount.
   *
   * @return an ISO 4217 code, e.g. {@code "USD"}; null unless there is an amount
   */
  public @Nullable String getTriggerCurrency() {
    return triggerCurrency;
  }

  /**
   * Sets the currency of the trigger's amount.
   *
   * @param triggerCurrency an ISO 4217 code
   */
  public void setTriggerCurrency(@Nullable String triggerCurrency) {
    this.triggerCurrency = triggerCurrency;
  }

  /**
   * The level a hand escalation or downgrade moved to.
   *
   * @return the level's id, e.g. {@code "L3"}; null for other types
   */
  public @Nullable String getLevelId() {
    return levelId;
  }

  /**
   * Sets the level of a hand escalation or downgrade.
   *
   * @param levelId the level's id
   */
  public void setLevelId(@Nullable String levelId) {
    this.levelId = levelId;
  }

  /**
   * Why: the reason for a pause, escalation or downgrade.
   *
   * @return the reason; null when none was given
   */
  public @Nullable String getNote() {
    return note;
  }

  /**
   * Sets the reason.
   *
   * @param note the reason for a pause, escalation or downgrade
   */
  public void setNote(@Nullable String note) {
    this.note = note;
  }

  /**
   * The account's zone, on the account's first event.
   *
   * @return an IANA zone id such as {@code "Europe/Berlin"}; null to keep the account's zone (on
   *     its first event: the function's default)
   */
  public @Nullable String getZone() {
    return zone;
  }

  /**
   * Sets the account's zone.
   *
   * @param zone an IANA zone id
   */
  public void setZone(@Nullable String zone) {
    this.zone = zone;
  }

  /**
   * The account-level escalation, for the {@code ESCALATION_} types.
   *
   * @return the escalation record's id; null for an issue's event
   */
  public @Nullable String getEscalation() {
    return escalation;
  }

  /**
   * Sets the account-level escalation.
   *
   * @param escalation the escalation record's id
   */
  public void setEscalation(@Nullable String escalation) {
    this.escalation = escalation;
  }

  /**
   * The status declared, changed to, or reported by an update.
   *
   * @return RED, YELLOW or GREEN; null for other types, and for an update reporting none
   */
  public @Nullable RagStatus getRagStatus() {
    return ragStatus;
  }

  /**
   * Sets the status.
   *
   * @param ragStatus RED, YELLOW or GREEN
   */
  public void setRagStatus(@Nullable RagStatus ragStatus) {
    this.ragStatus = ragStatus;
  }

  /**
   * Who asked for the escalation.
   *
   * @return the source of an {@link Type#ESCALATION_REQUESTED}; null for other types
   */
  public @Nullable RequestSource getRequestSource() {
    return requestSource;
  }

  /**
   * Sets who asked for the escalation.
   *
   * @param requestSource the source of the request
   */
  public void setRequestSource(@Nullable RequestSource requestSource) {
    this.requestSource = requestSource;
  }

  /**
   * The AEM criteria a declaration rests on.
   *
   * @return rule ids separated by commas, e.g. {@code "AEM-CRITERIA-ACCOUNT,AEM-CRITERIA-DEAL"};
   *     null for none
   */
  public @Nullable String getCriteria() {
    return criteria;
  }

  /**
   * Sets the AEM criteria a declaration rests on.
   *
   * @param criteria rule ids separated by commas
   */
  public void setCriteria(@Nullable String criteria) {
    this.criteria = criteria;
  }

  /**
   * What a programme event or a meeting refers to.
   *
   * @return the exit criterion's id for {@link Type#ESCALATION_CRITERION_SET} and {@link
   *     Type#ESCALATION_CRITERION_MET}, the {@code FollowUp} name for {@link
   *     Type#ESCALATION_FOLLOWED_UP}, the stakeholder's name for {@link
   *     Type#ESCALATION_STAKEHOLDER_ADDED} and {@link Type#ESCALATION_CONSENT_GIVEN}, the action
   *     item's id for {@link Type#ESCALATION_ACTION_ADDED} and {@link Type#ESCALATION_ACTION_DONE},
   *     the meeting's id for {@link Type#MEETING_HELD}; null for other types
   */
  public @Nullable String getRef() {
    return ref;
  }

  /**
   * Sets what a programme event refers to.
   *
   * @param ref an exit criterion's, action item's or meeting's id, a follow-up's or a stakeholder's
   *     name
   */
  public void setRef(@Nullable String ref) {
    this.ref = ref;
  }

  /**
   * Whether closing needs the stakeholder's consent.
   *
   * @return for {@link Type#ESCALATION_STAKEHOLDER_ADDED}: true when the stakeholder must consent,
   *     false when only informed; null for other types
   */
  public @Nullable Boolean getConsentRequired() {
    return consentRequired;
  }

  /**
   * Sets whether closing needs the stakeholder's consent.
   *
   * @param consentRequired true when the stakeholder must consent
   */
  public void setConsentRequired(@Nullable Boolean consentRequired) {
    this.consentRequired = consentRequired;
  }

  /**
   * Who owns an action item.
   *
   * @return the owner of an {@link Type#ESCALATION_ACTION_ADDED}'s item; null for other types
   */
  public @Nullable String getOwner() {
    return owner;
  }

  /**
   * Sets who owns an action item.
   *
   * @param owner the item's owner
   */
  public void setOwner(@Nullable String owner) {
    this.owner = owner;
  }

  /**
   * When an action item is due.
   *
   * @return the day (in the account's zone) by the end of which the item is due, as an ISO-8601
   *     date such as {@code "2026-03-03"} (a string: Flink has no POJO serializer for {@code
   *     LocalDate}); null for other types
   */
  public @Nullable String getDue() {
    return due;
  }

  /**
   * Sets when an action item is due.
   *
   * @param due the item's due day, an ISO-8601 date such as {@code "2026-03-03"}
   */
  public void setDue(@Nullable String due) {
    this.due = due;
  }

  /**
   * The exit criterion an action item serves.
   *
   * @return the id of a criterion set earlier, e.g. {@code "SC-1"}; null for other types
   */
  public @Nullable String getCriterionId() {
    return criterionId;
  }

  /**
   * Sets the exit criterion an action item serves.
   *
   * @param criterionId the criterion's id
   */
  public void setCriterionId(@Nullable String criterionId) {
    this.criterionId = criterionId;
  }

  /**
   * The tiers a meeting was held as.
   *
   * @return tier ids separated by commas, e.g. {@code "WEEKLY"}; null for other types
   */
  public @Nullable String getTierIds() {
    return tierIds;
  }

  /**
   * Sets the tiers a meeting was held as.
   *
   * @param tierIds tier ids separated by commas
   */
  public void setTierIds(@Nullable String tierIds) {
    this.tierIds = tierIds;
  }

  /**
   * Who attended a meeting.
   *
   * @return roles separated by commas, each its side, a colon and its name, e.g. {@code
   *     "CUSTOMER:Customer Buyer,SUPPLIER:Factory PM"}; null for none or other types
   */
  public @Nullable String getAttendees() {
    return attendees;
  }

  /**
   * Sets who attended a meeting.
   *
   * @param attendees roles separated by commas, each {@code SIDE:name}
   */
  public void setAttendees(@Nullable String attendees) {
    this.attendees = attendees;
  }

  /**
   * The inputs a meeting had.
   *
   * @return input names separated by commas, e.g. {@code "Open Order Report"}; null for none
   */
  public @Nullable String getInputs() {
    return inputs;
  }

  /**
   * Sets the inputs a meeting had.
   *
   * @param inputs input names separated by commas
   */
  public void setInputs(@Nullable String inputs) {
    this.inputs = inputs;
  }

  /**
   * The outputs a meeting produced.
   *
   * @return output names separated by commas; null for none
   */
  public @Nullable String getOutputs() {
    return outputs;
  }

  /**
   * Sets the outputs a meeting produced.
   *
   * @param outputs output names separated by commas
   */
  public void setOutputs(@Nullable String outputs) {
    this.outputs = outputs;
  }

  /**
   * A copy dated at another instant: how processing-time mode dates a fact at its arrival.
   *
   * @param instant the new date
   * @return a copy of this event that differs only in {@link #getAt()}
   */
  public AccountEvent datedAt(Instant instant) {
    AccountEvent copy = new AccountEvent();
    copy.account = account;
    copy.issue = issue;
    copy.type = type;
    copy.at = instant;
    copy.triggerKind = triggerKind;
    copy.triggerQuantity = triggerQuantity;
    copy.triggerAmount = triggerAmount;
    copy.triggerCurrency = triggerCurrency;
    copy.levelId = levelId;
    copy.note = note;
    copy.zone = zone;
    copy.escalation = escalation;
    copy.ragStatus = ragStatus;
    copy.requestSource = requestSource;
    copy.criteria = criteria;
    copy.ref = ref;
    copy.consentRequired = consentRequired;
    copy.owner = owner;
    copy.due = due;
    copy.criterionId = criterionId;
    copy.tierIds = tierIds;
    copy.attendees = attendees;
    copy.inputs = inputs;
    copy.outputs = outputs;
    return copy;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof AccountEvent e)) {
      return false;
    }
    return Objects.equals(account, e.account)
        && Objects.equals(issue, e.issue)
        && type == e.type
        && Objects.equals(at, e.at)
        && Objects.equals(triggerKind, e.triggerKind)
        && Objects.equals(triggerQuantity, e.triggerQuantity)
        && Objects.equals(triggerAmount, e.triggerAmount)
        && Objects.equals(triggerCurrency, e.triggerCurrency)
        && Objects.equals(levelId, e.levelId)
        && Objects.equals(note, e.note)
        && Objects.equals(zone, e.zone)
        && Objects.equals(escalation, e.escalation)
        && ragStatus == e.ragStatus
        && requestSource == e.requestSource
        && Objects.equals(criteria, e.criteria)
        && Objects.equals(ref, e.ref)
        && Objects.equals(consentRequired, e.consentRequired)
        && Objects.equals(owner, e.owner)
        && Objects.equals(due, e.due)
        && Objects.equals(criterionId, e.criterionId)
        && Objects.equals(tierIds, e.tierIds)
        && Objects.equals(attendees, e.attendees)
        && Objects.equals(inputs, e.inputs)
        && Objects.equals(outputs, e.outputs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(account, issue, escalation, type, at, triggerKind, levelId);
  }

  @Override
  public String toString() {
    return at
        + " "
        + type
        + " "
        + account
        + "/"
        + (escalation == null ? (issue == null ? ref : issue) : escalation)
        + (triggerKind == null ? "" : " " + triggerKind)
        + (ragStatus == null ? "" : " " + ragStatus);
  }
}
