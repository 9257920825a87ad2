package org.accountgovernance.core;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A role held by a person on one side of the relationship, e.g. the supplier's {@code "Factory PM"}
 * or the customer's {@code "Customer Buyer"}: {@code PartyRole.supplier("Factory PM")}.
 *
 * <p>Roles, not people, appear in escalation paths and decision rights, so that a path survives a
 * change of staff.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class PartyRole {
  PartyRole() {}

  /** Which side of the relationship holds the role. */
  public enum Side {
    /** The supplier, vendor or factory: the side that uses this library. */
    SUPPLIER,
    /** The customer whose account is governed. */
    CUSTOMER
  }

  /**
   * The side that holds the role.
   *
   * @return {@link Side#SUPPLIER} or {@link Side#CUSTOMER}: whose organisation the role belongs to
   */
  @Value.Parameter
  public abstract Side side();

  /**
   * The role's name as the playbook writes it, e.g. {@code "Account Manager"}.
   *
   * @return the role's title as the playbook writes it; never blank, and two roles with the same
   *     side and title are the same role
   */
  @Value.Parameter
  public abstract String name();

  /**
   * A role on the supplier's side.
   *
   * @param name the title of a role in the supplier's organisation, e.g. {@code "Factory PM"}; must
   *     not be blank
   * @return the supplier-side role with that title
   */
  public static PartyRole supplier(String name) {
    return ImmutablePartyRole.of(Side.SUPPLIER, name);
  }

  /**
   * A role on the customer's side.
   *
   * @param name the title of a role in the customer's organisation, e.g. {@code "Customer Buyer"};
   *     must not be blank
   * @return the customer-side role with that title
   */
  public static PartyRole customer(String name) {
    return ImmutablePartyRole.of(Side.CUSTOMER, name);
  }

  @Value.Check
  void check() {
    Checks.notBlank("PartyRole.name", name());
  }

  @Override
  public String toString() {
    return name() + " (" + side().name().toLowerCase(java.util.Locale.ROOT) + ")";
  }
}
