package org.accountgovernance.core.program;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * Where an account-level escalation stands. The source's flow, as states:
 *
 * <pre>
 * PROPOSED ──declare──► ACTIVE ──first action item──► REMEDIATING ──propose closure──► PENDING_CONSENT
 *     │                                                                                    │ close (criteria met,
 *     └──decline──► DECLINED                                                               ▼  every consent given)
 *                                                POST_CLOSURE_COMPLETE ◄──last follow-up── CLOSED
 * </pre>
 *
 * <p>Example: a programme with a declaration and two action items is {@code REMEDIATING}.
 */
@API(status = MAINTAINED, since = "0.1.0")
public enum ProgramState {
  /** Requested by someone (the source is recorded); not yet declared. */
  PROPOSED,
  /** The request was turned down. Final. */
  DECLINED,
  /** Declared an account-level escalation: updates are owed, success criteria are set. */
  ACTIVE,
  /** A remediation plan of action items is under way. */
  REMEDIATING,
  /** Closure was proposed: the success criteria are met and consents are being gathered. */
  PENDING_CONSENT,
  /**
   * Closed with every required consent; the follow-ups (summary, root cause, corrective actions)
   * are owed.
   */
  CLOSED,
  /** Closed and every follow-up done. Final. */
  POST_CLOSURE_COMPLETE;

  /**
   * Whether the escalation is open: updates are owed and action items count.
   *
   * @return {@code true} for {@link #ACTIVE}, {@link #REMEDIATING} and {@link #PENDING_CONSENT}
   */
  public boolean isOpen() {
    return this == ACTIVE || this == REMEDIATING || this == PENDING_CONSENT;
  }
}
