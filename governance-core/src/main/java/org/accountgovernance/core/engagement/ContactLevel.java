package org.accountgovernance.core.engagement;

/**
 * The level of the customer's organisation a contact reaches; listening at every level is the point
 * (EXE-LEVELS).
 *
 * <p>Example: a call with the plant's buyer is {@code OPERATIONAL}.
 */
public enum ContactLevel {
  /** The customer's executives. */
  EXECUTIVE,
  /** The customer's managers. */
  MANAGEMENT,
  /** The people doing the work. */
  OPERATIONAL
}
