package org.accountgovernance.core;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The identity of a customer account in the host's system, e.g. {@code AccountId.of("ACME-EU")}.
 *
 * <p>Any non-blank string; compared by exact value.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class AccountId implements Comparable<AccountId> {
  AccountId() {}

  /**
   * The host's identifier.
   *
   * @return the identifier exactly as the host's CRM or ERP stores it; never blank, compared
   *     case-sensitively
   */
  @Value.Parameter
  public abstract String value();

  /**
   * Creates an account identifier.
   *
   * @param value the host's identifier of the account, e.g. {@code "ACME-EU"}; must not be blank
   * @return the account identity wrapping {@code value}, equal to any other made from the same
   *     string
   * @throws IllegalArgumentException when {@code value} is blank
   */
  public static AccountId of(String value) {
    return ImmutableAccountId.of(value);
  }

  @Value.Check
  void check() {
    Checks.notBlank("AccountId.value", value());
  }

  @Override
  public int compareTo(AccountId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
