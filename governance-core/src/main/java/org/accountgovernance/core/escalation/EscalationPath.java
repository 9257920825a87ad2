package org.accountgovernance.core.escalation;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Who talks to whom at a level: the supplier's role and its customer counterpart, e.g. {@code
 * EscalationPath.of(PartyRole.supplier("Account Manager"), PartyRole.customer("Ops Manager"))} at
 * L2.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class EscalationPath {
  EscalationPath() {}

  /**
   * The supplier's role that owns the issue at this level.
   *
   * @return the supplier-side role that owns the issue at this level
   */
  @Value.Parameter
  public abstract PartyRole supplier();

  /**
   * The customer's counterpart.
   *
   * @return the customer-side role the owner deals with at this level
   */
  @Value.Parameter
  public abstract PartyRole customer();

  /**
   * A path between two roles.
   *
   * @param supplier a role on the supplier's side, e.g. {@code PartyRole.supplier("Account
   *     Manager")}
   * @param customer a role on the customer's side, e.g. {@code PartyRole.customer("Ops Manager")}
   * @return the path
   * @throws IllegalArgumentException when a role is on the wrong side
   */
  public static EscalationPath of(PartyRole supplier, PartyRole customer) {
    return ImmutableEscalationPath.of(supplier, customer);
  }

  @Value.Check
  void check() {
    Checks.check(
        supplier().side() == PartyRole.Side.SUPPLIER,
        "EscalationPath.supplier",
        "a supplier role",
        supplier());
    Checks.check(
        customer().side() == PartyRole.Side.CUSTOMER,
        "EscalationPath.customer",
        "a customer role",
        customer());
  }

  @Override
  public String toString() {
    return supplier().name() + " <-> " + customer().name();
  }
}
