package org.accountgovernance.core.authority;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * Thrown when a decision spans domains with different accountable parties (pricing and an
 * engineering change, say): an error to resolve by splitting the decision, never a guess.
 *
 * <p>Example message: {@code "decision 'cheaper alloy' spans PRICING (Deal Desk) and
 * ENGINEERING_CHANGE (Engineering Lead): split it, one Accountable per decision"}.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class AmbiguousDecisionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with its message.
   *
   * @param message the whole message: the decision, the domains it spans with their accountable
   *     parties, and that it must be split
   */
  public AmbiguousDecisionException(String message) {
    super(message);
  }
}
