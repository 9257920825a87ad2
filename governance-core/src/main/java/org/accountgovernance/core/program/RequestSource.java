package org.accountgovernance.core.program;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * Who asked for an account to enter the account-level escalation programme, as the source lists
 * them.
 *
 * <p>Example: {@code ProgramEvent.requested(t, RequestSource.CUSTOMER_SUCCESS, "renewal at risk")}.
 */
@API(status = MAINTAINED, since = "0.1.0")
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
