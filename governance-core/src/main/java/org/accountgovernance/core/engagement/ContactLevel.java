package org.accountgovernance.core.engagement;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * The level of the customer's organisation a contact reaches; listening at every level is the point
 * (EXE-LEVELS).
 *
 * <p>Example: a call with the plant's buyer is {@code OPERATIONAL}.
 */
@API(status = MAINTAINED, since = "0.1.0")
public enum ContactLevel {
  /** The customer's executives. */
  EXECUTIVE,
  /** The customer's managers. */
  MANAGEMENT,
  /** The people doing the work. */
  OPERATIONAL
}
