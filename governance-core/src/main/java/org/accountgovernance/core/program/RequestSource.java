package org.accountgovernance.core.program;

/**
 * Who asked for an account to enter the account-level escalation programme, as the source lists
 * them.
 *
 * <p>Example: {@code ProgramEvent.requested(t, RequestSource.CUSTOMER_SUCCESS, "renewal at risk")}.
 */
public enum RequestSource {
  /** The customer's senior management. */
  CUSTOMER_SENIOR_MANAGEMENT,
  /** Customer care leaders. */
  CUSTOMER_CARE,
  /** The customer success manager. */
  CUSTOMER_SUCCESS,
  /** Sales. */
  SALES,
  /** Consulting. */
  CONSULTING,
  /** Executives. */
  EXECUTIVES,
  /** Anyone else; say who in the request's note. */
  OTHER
}
