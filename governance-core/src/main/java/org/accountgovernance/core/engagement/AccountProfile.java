package org.accountgovernance.core.engagement;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.accountgovernance.core.AccountId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What decides how much executive attention an account gets: its size, growth potential and
 * strategic importance.
 *
 * <p>Example: {@code AccountProfile.of(AccountId.of("ACME"), Rating.HIGH, Rating.MEDIUM,
 * Rating.HIGH)}.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class AccountProfile {
  AccountProfile() {}

  /**
   * The account.
   *
   * @return the account profiled
   */
  @Value.Parameter
  public abstract AccountId account();

  /**
   * Its size (revenue, volume).
   *
   * @return how large the account is, by revenue or volume
   */
  @Value.Parameter
  public abstract Rating size();

  /**
   * Its growth potential.
   *
   * @return how much the account could grow
   */
  @Value.Parameter
  public abstract Rating growthPotential();

  /**
   * Its strategic importance.
   *
   * @return how much the account matters to the supplier's strategy
   */
  @Value.Parameter
  public abstract Rating strategicImportance();

  /**
   * A profile.
   *
   * @param account the account profiled
   * @param size how large it is, by revenue or volume
   * @param growthPotential how much it could grow
   * @param strategicImportance how much it matters to the supplier's strategy
   * @return the profile
   */
  public static AccountProfile of(
      AccountId account, Rating size, Rating growthPotential, Rating strategicImportance) {
    return ImmutableAccountProfile.of(account, size, growthPotential, strategicImportance);
  }
}
