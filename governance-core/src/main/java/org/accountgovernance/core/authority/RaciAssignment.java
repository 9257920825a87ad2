package org.accountgovernance.core.authority;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.accountgovernance.core.PartyRole;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One cell of a RACI matrix: a party and its part, e.g. {@code RaciAssignment.of(
 * PartyRole.supplier("Deal Desk"), RaciRole.ACCOUNTABLE)}.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class RaciAssignment {
  RaciAssignment() {}

  /**
   * The party.
   *
   * @return the role that takes part in the process
   */
  @Value.Parameter
  public abstract PartyRole party();

  /**
   * Its part.
   *
   * @return its part: responsible, accountable, consulted or informed
   */
  @Value.Parameter
  public abstract RaciRole role();

  /**
   * An assignment.
   *
   * @param party the role taking part in the process
   * @param role its part in the process's decisions
   * @return the assignment: one cell of a RACI matrix
   */
  public static RaciAssignment of(PartyRole party, RaciRole role) {
    return ImmutableRaciAssignment.of(party, role);
  }

  @Override
  public String toString() {
    return role().name().charAt(0) + ": " + party();
  }
}
