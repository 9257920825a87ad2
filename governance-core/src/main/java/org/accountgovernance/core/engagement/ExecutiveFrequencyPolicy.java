package org.accountgovernance.core.engagement;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * SPI: how often an account's executives should meet, from its profile. The default maps the
 * profile to strategic (quarterly), key (semi-annually) or standard (annually) ({@code
 * org.accountgovernance.rules.engagement.PlaybookExecutiveFrequency}).
 *
 * <p>Example: {@code profile -> ExecutiveCadence.of(AccountSegment.KEY, Period.ofMonths(4),
 * reason)}. Implementations are pure and thread-safe.
 */
@API(status = MAINTAINED, since = "0.1.0")
@FunctionalInterface
public interface ExecutiveFrequencyPolicy {

  /**
   * The executive cadence for {@code profile}.
   *
   * @param profile the account's size, growth potential and strategic importance
   * @return the account's segment, the longest interval between executive exchanges, and the reason
   */
  ExecutiveCadence cadence(AccountProfile profile);
}
