package org.accountgovernance.flink;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.util.Objects;
import org.accountgovernance.core.RuleId;
import org.accountgovernance.core.account.AccountChange;
import org.accountgovernance.core.update.RagStatus;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Something that became true for an account, as the Flink job emits it: an issue entered a level, a
 * response deadline came near or was missed, a finding started, or the overall status moved —
 * stamped with {@link #getAt()}, the instant it became true, and {@link #getEvaluatedAt()}, the
 * instant the job saw it (later when it caught up after an event or a late timer).
 *
 * <p>Example: {@code 2026-03-04T08:00:00.000000001Z LEVEL ESC-AUTO issue CASE-1 L2 "..."} (the
 * 48-hour auto-escalation of an issue opened at L1 on 2026-03-02T08:00Z).
 *
 * <p><b>When it arrives.</b> In event time a notification is emitted only when the watermark passes
 * its instant: while every input is quiet (a weekend, say) the watermark stands still and a breach
 * is not emitted until data resumes, however long ago it became true. {@code withIdleness(...)}
 * does not change that when every input is idle; see {@link FlinkGovernance} for a
 * wall-clock-bounded watermark or processing time.
 *
 * <p><b>Deduplication.</b> A Flink POJO, carried by Flink's POJO serializer; equal when every field
 * is equal. A downstream deduplication or idempotent sink should key on {@code (account, type, at,
 * subjectKind, subjectId, ruleId, levelId)}, not on the whole notification: {@link
 * #getEvaluatedAt()} records when the job saw the change, which may differ when the same change is
 * emitted again after a restore. Mutable, as Flink POJOs are.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class GovernanceNotification {
  private @Nullable String account;
  private AccountChange.@Nullable Type type;
  private @Nullable Instant at;
  private @Nullable Instant evaluatedAt;
  private @Nullable String subjectKind;
  private @Nullable String subjectId;
  private @Nullable String ruleId;
  private @Nullable String levelId;
  private @Nullable RagStatus status;
  private @Nullable String description;

  /** An empty notification, for Flink's POJO serializer. */
  public GovernanceNotification() {}

  /**
   * The notification of a change.
   *
   * @param account the account's id
   * @param change what became true, and when
   * @param evaluatedAt when the job saw it
   * @return a new notification
   */
  public static GovernanceNotification of(
      String account, AccountChange change, Instant evaluatedAt) {
    GovernanceNotification n = new GovernanceNotification();
    n.account = account;
    n.type = change.type();
    n.at = change.at();
    n.evaluatedAt = evaluatedAt;
    n.subjectKind = change.subject().kind();
    n.subjectId = change.subject().id();
    n.ruleId = change.ruleId().map(RuleId::value).orElse(null);
    n.levelId = change.levelId().orElse(null);
    n.status = change.status().orElse(null);
    n.description = change.description();
    return n;
  }

  /**
   * The account.
   *
   * @return the account's id
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
   * The kind of change.
   *
   * @return a level change, warning, breach, new finding or status change
   */
  public AccountChange.@Nullable Type getType() {
    return type;
  }

  /**
   * Sets the kind of change.
   *
   * @param type the kind of change
   */
  public void setType(AccountChange.@Nullable Type type) {
    this.type = type;
  }

  /**
   * When it became true.
   *
   * @return the instant to stamp the notification with (for a breach, the nanosecond after the
   *     deadline)
   */
  public @Nullable Instant getAt() {
    return at;
  }

  /**
   * Sets when it became true.
   *
   * @param at the instant it became true
   */
  public void setAt(@Nullable Instant at) {
    this.at = at;
  }

  /**
   * When the job saw it.
   *
   * @return the evaluation instant that emitted it: the event's or the timer's time, never before
   *     {@link #getAt()}
   */
  public @Nullable Instant getEvaluatedAt() {
    return evaluatedAt;
  }

  /**
   * Sets when the job saw it.
   *
   * @param evaluatedAt the evaluation instant
   */
  public void setEvaluatedAt(@Nullable Instant evaluatedAt) {
    this.evaluatedAt = evaluatedAt;
  }

  /**
   * What kind of thing it is about.
   *
   * @return e.g. {@code "issue"} or {@code "account"}
   */
  public @Nullable String getSubjectKind() {
    return subjectKind;
  }

  /**
   * Sets what kind of thing it is about.
   *
   * @param subjectKind e.g. {@code "issue"}
   */
  public void setSubjectKind(@Nullable String subjectKind) {
    this.subjectKind = subjectKind;
  }

  /**
   * Which thing it is about.
   *
   * @return the or account's id
   */
  public @Nullable String getSubjectId() {
    return subjectId;
  }

  /**
   * Sets which thing it is about.
   *
   * @param subjectId the or account's id
   */
  public void setSubjectId(@Nullable String subjectId) {
    this.subjectId = subjectId;
  }

  /**
   * The rule behind it.
   *
   * @return e.g. {@code "ESC-AUTO"}; null for a status change
   */
  public @Nullable String getRuleId() {
    return ruleId;
  }

  /**
   * Sets the rule behind it.
   *
   * @param ruleId the rule's id
   */
  public void setRuleId(@Nullable String ruleId) {
    this.ruleId = ruleId;
  }

  /**
   * The level concerned.
   *
   * @return e.g. {@code "L2"}; null for findings and status changes
   */
  public @Nullable String getLevelId() {
    return levelId;
  }

  /**
   * Sets the level concerned.
   *
   * @param levelId the level's id
   */
  public void setLevelId(@Nullable String levelId) {
    this.levelId = levelId;
  }

  /**
   * The account's new overall status.
   *
   * @return the new status of a status change; null otherwise
   */
  public @Nullable RagStatus getStatus() {
    return status;
  }

  /**
   * Sets the account's new overall status.
   *
   * @param status the new status
   */
  public void setStatus(@Nullable RagStatus status) {
    this.status = status;
  }

  /**
   * A sentence to send.
   *
   * @return the sentence, e.g. {@code "L1 response due 2026-03-03T08:00:00Z was missed"}
   */
  public @Nullable String getDescription() {
    return description;
  }

  /**
   * Sets the sentence.
   *
   * @param description the sentence to send
   */
  public void setDescription(@Nullable String description) {
    this.description = description;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof GovernanceNotification n)) {
      return false;
    }
    return Objects.equals(account, n.account)
        && type == n.type
        && Objects.equals(at, n.at)
        && Objects.equals(evaluatedAt, n.evaluatedAt)
        && Objects.equals(subjectKind, n.subjectKind)
        && Objects.equals(subjectId, n.subjectId)
        && Objects.equals(ruleId, n.ruleId)
        && Objects.equals(levelId, n.levelId)
        && status == n.status
        && Objects.equals(description, n.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(account, type, at, subjectId, ruleId, description);
  }

  /** For example {@code 2026-03-04T08:00:00.000000001Z ACME LEVEL ESC-AUTO issue:CASE-1 L2}. */
  @Override
  public String toString() {
    return at
        + " "
        + account
        + " "
        + type
        + (ruleId == null ? "" : " " + ruleId)
        + " "
        + subjectKind
        + ":"
        + subjectId
        + (levelId == null ? "" : " " + levelId)
        + (status == null ? "" : " " + status);
  }
}
