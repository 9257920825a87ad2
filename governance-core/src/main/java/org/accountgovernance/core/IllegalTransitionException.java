package org.accountgovernance.core;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * Thrown when an event does not fit the state of the lifecycle it is applied to, e.g. closing an
 * account-level escalation that still lacks a required consent. The message names the subject, the
 * state and the event, and says what is missing; nothing is half-applied.
 *
 * <p>Example message: {@code "AEM-7 is PENDING_CONSENT and cannot take CLOSED at
 * 2026-03-20T10:00:00Z: consent missing from Customer CIO"}.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class IllegalTransitionException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final String state;
  private final String event;

  /** Creates the exception for {@code subject} in {@code state} refusing {@code event}. */
  public IllegalTransitionException(String subject, String state, String event, String why) {
    super(
        subject + " is " + state + " and cannot take " + event + (why.isEmpty() ? "" : ": " + why));
    this.state = state;
    this.event = event;
  }

  /** The state that refused the event. */
  public String state() {
    return state;
  }

  /** The refused event, as text. */
  public String event() {
    return event;
  }
}
