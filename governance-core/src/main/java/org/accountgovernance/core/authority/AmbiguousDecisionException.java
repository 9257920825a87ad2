package org.accountgovernance.core.authority;

/**
 * Thrown when a decision spans domains with different accountable parties (pricing and an
 * engineering change, say): an error to resolve by splitting the decision, never a guess.
 *
 * <p>Example message: {@code "decision 'cheaper alloy' spans PRICING (Deal Desk) and
 * ENGINEERING_CHANGE (Engineering Lead): split it, one Accountable per decision"}.
 */
public final class AmbiguousDecisionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with its message. */
  public AmbiguousDecisionException(String message) {
    super(message);
  }
}
