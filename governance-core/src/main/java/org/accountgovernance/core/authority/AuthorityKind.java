package org.accountgovernance.core.authority;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * What a role may authorise, up to a limit: extra spend, discounts, goodwill gestures, overtime.
 *
 * <p>Example: an Account Manager may grant goodwill up to USD 500.
 */
@API(status = MAINTAINED, since = "0.1.0")
public enum AuthorityKind {
  /** Spending beyond the plan. */
  EXTRA_SPEND,
  /** A discount, as an amount. */
  DISCOUNT,
  /** A goodwill gesture (credit, free service). */
  GOODWILL,
  /** Overtime cost. */
  OVERTIME
}
