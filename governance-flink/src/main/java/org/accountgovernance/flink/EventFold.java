package org.accountgovernance.flink;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.IssueId;
import org.accountgovernance.core.account.AccountSnapshot;
import org.accountgovernance.core.escalation.Issue;
import org.accountgovernance.core.escalation.IssueEvent;
import org.accountgovernance.core.escalation.Trigger;
import org.accountgovernance.core.escalation.TriggerKind;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** Folds an account's events, in order, into the snapshot the playbook reports on. */
final class EventFold {
  private static final Map<String, TriggerKind> KINDS = new LinkedHashMap<>();

  static {
    for (TriggerKind kind :
        List.of(
            TriggerKind.DELAY,
            TriggerKind.UNIT_DEFECT,
            TriggerKind.INFORMATION_REQUEST,
            TriggerKind.LINE_DOWN_RISK,
            TriggerKind.YIELD_DROP,
            TriggerKind.COST_VARIANCE,
            TriggerKind.LINE_DOWN_CONFIRMED,
            TriggerKind.SAFETY_INCIDENT,
            TriggerKind.PAYMENT_OVERDUE,
            TriggerKind.LEGAL_BREACH,
            TriggerKind.FINANCIAL_IMPACT,
            TriggerKind.BRAND_RISK)) {
      KINDS.put(kind.name(), kind);
    }
  }

  private EventFold() {}

  /**
   * The account's snapshot.
   *
   * @throws IllegalArgumentException when an event lacks a field, names an unknown issue or trigger
   *     kind, or opens an issue twice
   */
  static AccountSnapshot snapshot(String account, ZoneId zone, Iterable<AccountEvent> events) {
    AccountId accountId = AccountId.of(account);
    Map<String, Issue.Builder> issues = new LinkedHashMap<>();
    for (AccountEvent e : events) {
      String issue = required("issue", e.getIssue());
      AccountEvent.Type type = required("type", e.getType());
      Instant at = required("at", e.getAt());
      if (type == AccountEvent.Type.OPENED) {
        check(!issues.containsKey(issue), "issue " + issue + " is already open");
        Issue.Builder opened =
            Issue.builder().id(IssueId.of(issue)).account(accountId).openedAt(at);
        if (e.getTriggerKind() != null) {
          opened.addTrigger(trigger(e));
        }
        issues.put(issue, opened);
        continue;
      }
      Issue.Builder open = issues.get(issue);
      if (open == null) {
        throw new IllegalArgumentException("issue " + issue + " was never opened on " + account);
      }
      open.addEvent(issueEvent(e, type, at));
    }
    AccountSnapshot.Builder snapshot = AccountSnapshot.builder().account(accountId).zone(zone);
    issues.values().forEach(b -> snapshot.addIssue(b.build()));
    return snapshot.build();
  }

  private static IssueEvent issueEvent(AccountEvent e, AccountEvent.Type type, Instant at) {
    switch (type) {
      case TRIGGER_ADDED:
        return IssueEvent.triggerAdded(at, trigger(e));
      case RESPONDED:
        return IssueEvent.responded(at);
      case PAUSED:
        return IssueEvent.paused(at, e.getNote() == null ? "paused" : e.getNote());
      case RESUMED:
        return IssueEvent.resumed(at);
      case ESCALATED:
        return IssueEvent.escalated(at, required("levelId", e.getLevelId()), reason(e));
      case DOWNGRADED:
        return IssueEvent.downgraded(at, required("levelId", e.getLevelId()), reason(e));
      case RESOLVED:
        return IssueEvent.resolved(at);
      default:
        throw new IllegalArgumentException("AccountEvent.type " + type + " is not an issue event");
    }
  }

  private static String reason(AccountEvent e) {
    return e.getNote() == null ? "by hand" : e.getNote();
  }

  private static Trigger trigger(AccountEvent e) {
    String name = required("triggerKind", e.getTriggerKind());
    TriggerKind kind = KINDS.get(name);
    if (kind == null) {
      throw new IllegalArgumentException(
          "AccountEvent.triggerKind must be one of " + KINDS.keySet() + " but was " + name);
    }
    switch (kind.measure()) {
      case FLAG:
        return Trigger.of(kind);
      case MONEY:
        BigDecimal amount = required("triggerAmount", e.getTriggerAmount());
        String currency = required("triggerCurrency", e.getTriggerCurrency());
        return Trigger.of(kind, Money.of(CurrencyUnit.of(currency), amount));
      default:
        return Trigger.of(kind, required("triggerQuantity", e.getTriggerQuantity()));
    }
  }

  private static <T> T required(String field, @org.jspecify.annotations.Nullable T value) {
    if (value == null) {
      throw new IllegalArgumentException("AccountEvent." + field + " must be set but was null");
    }
    return value;
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
