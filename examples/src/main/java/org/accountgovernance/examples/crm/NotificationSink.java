package org.accountgovernance.examples.crm;

/**
 * Where the CRM sends escalation notifications: e-mail, a chat channel, a pager, the activity feed
 * of the issue. {@link CrmGovernanceService} hands over each notification exactly once, in the
 * order the changes happened, after the facts behind it are committed.
 *
 * <p>Example: {@code NotificationSink sink = n -> mailer.send(n.path().supplier(), n.toString());}
 * or, in a test, {@code List<EscalationNotification> sent = new ArrayList<>(); NotificationSink
 * sink = sent::add;}.
 *
 * <p>Implementations should not throw: the service has already recorded the notification as sent
 * when it calls the sink (a CRM needing at-least-once delivery would write an outbox row in the
 * same transaction instead, and deliver from there).
 */
@FunctionalInterface
public interface NotificationSink {

  /** Delivers one notification. */
  void deliver(EscalationNotification notification);
}
