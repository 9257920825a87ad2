package org.accountgovernance.flink;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.accountgovernance.core.escalation.Trigger;
import org.apiguardian.api.API;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * One fact about an account's issue, as it travels through Flink: an issue was opened, a trigger
 * added, the owner responded, the clocks paused or resumed, the issue escalated or downgraded by
 * hand, or resolved. The stream is keyed by {@link #getAccount()}; the job folds each account's
 * events into the issues the playbook decides on.
 *
 * <pre>{@code
 * AccountEvent.opened("ACME", "CASE-1", Instant.parse("2026-03-02T08:00:00Z"),
 *     Trigger.unitDefect(1));
 * AccountEvent.of(Type.RESOLVED, "ACME", "CASE-1", Instant.parse("2026-03-03T08:00:00Z"));
 * }</pre>
 *
 * <p>A Flink POJO (public no-argument constructor, getters and setters) so that Flink's own POJO
 * serializer carries it, never Kryo. Not yet carried: account-level escalation (programme) events,
 * meetings, relationship, team, readiness and decision-rights facts, and trigger kinds other than
 * the playbook's. Mutable, as Flink POJOs are; not thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class AccountEvent {
  /** What happened to the issue. */
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
    RESOLVED
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

  /** An empty event, for Flink's POJO serializer; set at least account, issue, type and at. */
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
   * @return the issue's id, unique within its account
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
        && Objects.equals(note, e.note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(account, issue, type, at, triggerKind, levelId);
  }

  @Override
  public String toString() {
    return at
        + " "
        + type
        + " "
        + account
        + "/"
        + issue
        + (triggerKind == null ? "" : " " + triggerKind);
  }
}
