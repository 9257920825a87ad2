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

  /** The name of the state that refused the event, kept with the exception when serialised. */
  private final String state;

  /** The refused event as text, kept with the exception when serialised. */
  private final String event;

  /**
   * Creates the exception for {@code subject} in {@code state} refusing {@code event}.
   *
   * @param subject what the lifecycle belongs to, as the message starts with it, e.g. {@code
   *     "AEM-7"}
   * @param state the name of the state the subject is in, e.g. {@code "PENDING_CONSENT"}
   * @param event the refused event as text, e.g. {@code "CLOSED at 2026-03-20T10:00:00Z"}
   * @param why what is missing or wrong, appended to the message after a colon; empty to add
   *     nothing
   */
  public IllegalTransitionException(String subject, String state, String event, String why) {
    super(
        subject + " is " + state + " and cannot take " + event + (why.isEmpty() ? "" : ": " + why));
    this.state = state;
    this.event = event;
  }

  /**
   * The state that refused the event.
   *
   * @return the name of the state that refused the event, e.g. {@code "PENDING_CONSENT"}
   */
  public String state() {
    return state;
  }

  /**
   * The refused event, as text.
   *
   * @return the refused event as the message shows it, e.g. {@code "CLOSED at
   *     2026-03-20T10:00:00Z"}
   */
  public String event() {
    return event;
  }
}
