package org.accountgovernance.core.engagement;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * A three-step rating for an account's size, growth potential or strategic importance.
 *
 * <p>Example: a large, slow-growing, strategically vital account is size {@code HIGH}, growth
 * {@code LOW}, importance {@code HIGH}.
 */
@API(status = MAINTAINED, since = "0.1.0")
public enum Rating {
  /** Low. */
  LOW,
  /** Medium. */
  MEDIUM,
  /** High. */
  HIGH
}
