package org.accountgovernance.flink;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.accountgovernance.core.escalation.Trigger;
import org.accountgovernance.core.program.RequestSource;
import org.accountgovernance.core.update.RagStatus;
import org.apiguardian.api.API;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * One fact about an account, as it travels through Flink: about one of its issues (opened, a
 * trigger added, the owner responded, the clocks paused or resumed, escalated or downgraded by
 * hand, resolved) or about its account-level escalation, the programme (requested, declined,
 * declared at a RED/YELLOW/GREEN status, an update sent, the status changed, an exit criterion set
 * or met, closure proposed, closed, a post-closure follow-up done). The stream is keyed by {@link
 * #getAccount()}; the job folds each account's events into the issues and the escalation the
 * playbook decides on.
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
 * serializer carries it, never Kryo. Not yet carried: the programme's action items, stakeholders
 * and consents, meetings, relationship, team, readiness and decision-rights facts, and trigger
 * kinds other than the playbook's. Mutable, as Flink POJOs are; not thread-safe.
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
    ESCALATION_FOLLOWED_UP
  }

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
   * What a programme event refers to.
   *
   * @return the exit criterion's id for {@link Type#ESCALATION_CRITERION_SET} and {@link
   *     Type#ESCALATION_CRITERION_MET}, the {@code FollowUp} name for {@link
   *     Type#ESCALATION_FOLLOWED_UP}; null for other types
   */
  public @Nullable String getRef() {
    return ref;
  }

  /**
   * Sets what a programme event refers to.
   *
   * @param ref an exit criterion's id or a follow-up's name
   */
  public void setRef(@Nullable String ref) {
    this.ref = ref;
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
        && Objects.equals(ref, e.ref);
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
        + (escalation == null ? issue : escalation)
        + (triggerKind == null ? "" : " " + triggerKind)
        + (ragStatus == null ? "" : " " + ragStatus);
  }
}
