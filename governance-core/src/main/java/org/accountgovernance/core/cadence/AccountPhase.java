package org.accountgovernance.core.cadence;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * Where an account is in its life; the operating cadence is mandatory only in some phases (by
 * default {@link #ACTIVE_PRODUCTION}).
 *
 * <p>Example: a new customer still qualifying samples is {@code ONBOARDING}.
 */
@API(status = MAINTAINED, since = "0.1.0")
public enum AccountPhase {
  /** Not yet a customer. */
  PROSPECT,
  /** Setting up: samples, qualification, first orders. */
  ONBOARDING,
  /** Regular production orders: the cadence is mandatory. */
  ACTIVE_PRODUCTION,
  /** Winding down. */
  RAMP_DOWN,
  /** No longer served. */
  ENDED
}
