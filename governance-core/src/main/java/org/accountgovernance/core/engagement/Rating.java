package org.accountgovernance.core.engagement;

/**
 * A three-step rating for an account's size, growth potential or strategic importance.
 *
 * <p>Example: a large, slow-growing, strategically vital account is size {@code HIGH}, growth
 * {@code LOW}, importance {@code HIGH}.
 */
public enum Rating {
  /** Low. */
  LOW,
  /** Medium. */
  MEDIUM,
  /** High. */
  HIGH
}
