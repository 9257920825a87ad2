package org.accountgovernance.examples.crm;

import java.time.Instant;
import java.util.Objects;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.IssueId;
import org.accountgovernance.core.RuleId;
import org.accountgovernance.core.escalation.EscalationChange;
import org.accountgovernance.core.escalation.EscalationPath;

/**
 * What the CRM tells people when an issue's escalation changes: the issue entered a level, its
 * response deadline approaches, or the deadline passed without a response. Each notification
 * carries the instant the change became true ({@link #at()}) — which may be earlier than when the
 * CRM noticed it ({@link #notifiedAt()}) if the CRM was not looking at that moment — the rule that
 * produced it, and who owns the issue at that level.
 *
 * <p>Example: {@code SLA_BREACH L2 [ESC-SLA] CASE-1 at 2026-03-06T20:00:00.000000002Z, notified
 * 2026-03-09T07:00:00Z, Account Manager <-> Ops Manager: "L2 response due
 * 2026-03-06T20:00:00.000000001Z was missed"}.
 *
 * @param account the issue's account
 * @param issue the issue
 * @param kind what changed
 * @param levelId the level entered, warned about or breached
 * @param ruleId the rule behind the change (ESC-AUTO, ESC-SLA, ESC-SLA-WARN, ESC-MANUAL, ...)
 * @param at when the change became true
 * @param notifiedAt when the CRM found out and sent this notification; never before {@code at}
 * @param path who owns the issue at {@code levelId}, on both sides: whom to notify
 * @param description a sentence for the message body, from the library
 */
public record EscalationNotification(
    AccountId account,
    IssueId issue,
    Kind kind,
    String levelId,
    RuleId ruleId,
    Instant at,
    Instant notifiedAt,
    EscalationPath path,
    String description) {

  /** What changed. */
  public enum Kind {
    /** The issue entered a level (opened at it, or moved up or down). */
    LEVEL_CHANGED,
    /** A response deadline approaches (a warning point was reached). */
    SLA_WARNING,
    /** A response deadline passed without a response. */
    SLA_BREACH;

    /** The kind of a library change. */
    static Kind of(EscalationChange.Type type) {
      return switch (type) {
        case LEVEL -> LEVEL_CHANGED;
        case WARNING -> SLA_WARNING;
        case BREACH -> SLA_BREACH;
      };
    }
  }

  /**
   * A notification.
   *
   * @throws IllegalArgumentException when {@code notifiedAt} is before {@code at}: nobody can be
   *     told of a change before it happens
   */
  public EscalationNotification {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(issue, "issue");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(levelId, "levelId");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(notifiedAt, "notifiedAt");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(description, "description");
    if (notifiedAt.isBefore(at)) {
      throw new IllegalArgumentException(
          "EscalationNotification.notifiedAt must be at or after at ("
              + at
              + ") but was "
              + notifiedAt);
    }
  }

  /** The notification of {@code change}, noticed at {@code notifiedAt}. */
  static EscalationNotification of(
      AccountId account,
      IssueId issue,
      EscalationChange change,
      Instant notifiedAt,
      EscalationPath path) {
    return new EscalationNotification(
        account,
        issue,
        Kind.of(change.type()),
        change.levelId(),
        change.ruleId(),
        change.at(),
        notifiedAt,
        path,
        change.description());
  }

  @Override
  public String toString() {
    return at
        + " "
        + kind
        + " "
        + levelId
        + " ["
        + ruleId
        + "] "
        + issue
        + " ("
        + account
        + ") to "
        + path
        + ": "
        + description
        + (notifiedAt.equals(at) ? "" : " (noticed " + notifiedAt + ")");
  }
}
