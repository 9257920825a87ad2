package org.accountgovernance.core.authority;

/**
 * What a role may authorise, up to a limit: extra spend, discounts, goodwill gestures, overtime.
 *
 * <p>Example: an Account Manager may grant goodwill up to USD 500.
 */
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
