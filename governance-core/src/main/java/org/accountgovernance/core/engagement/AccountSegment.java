package org.accountgovernance.core.engagement;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * The segment an account's profile puts it in, which sets the executive-meeting interval: by
 * default strategic quarterly, key semi-annually, standard annually.
 *
 * <p>Example: {@code policy.cadence(profile).segment() == AccountSegment.STRATEGIC}.
 */
@API(status = MAINTAINED, since = "0.1.0")
public enum AccountSegment {
  /** A strategic account. */
  STRATEGIC,
  /** A key account. */
  KEY,
  /** Any other account. */
  STANDARD
}
