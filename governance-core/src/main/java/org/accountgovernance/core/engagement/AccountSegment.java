package org.accountgovernance.core.engagement;

/**
 * The segment an account's profile puts it in, which sets the executive-meeting interval: by
 * default strategic quarterly, key semi-annually, standard annually.
 *
 * <p>Example: {@code policy.cadence(profile).segment() == AccountSegment.STRATEGIC}.
 */
public enum AccountSegment {
  /** A strategic account. */
  STRATEGIC,
  /** A key account. */
  KEY,
  /** Any other account. */
  STANDARD
}
