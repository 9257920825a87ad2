package org.accountgovernance.core.authority;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.List;
import java.util.Set;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Who does what in one process: the process, the domain it belongs to, and the RACI assignments. A
 * matrix may be invalid (no accountable, two accountables): that is what {@code RACI-ONE-A}
 * reports, so it is not refused on construction.
 *
 * <pre>{@code
 * RaciMatrix quote = RaciMatrix.builder()
 *     .process("Quote approval (margin)").domain(DecisionDomain.PRICING)
 *     .addAssignments(RaciAssignment.of(PartyRole.supplier("Deal Desk"), RaciRole.ACCOUNTABLE),
 *                     RaciAssignment.of(PartyRole.supplier("Account Manager"), RaciRole.RESPONSIBLE))
 *     .build();
 * }</pre>
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class RaciMatrix {
  RaciMatrix() {}

  /** The process, e.g. {@code "Engineering change (ECO)"}. */
  public abstract String process();

  /** The domain the process decides in. */
  public abstract DecisionDomain domain();

  /** The assignments; a party appears at most once. */
  public abstract List<RaciAssignment> assignments();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RaciMatrix}. */
  public static final class Builder extends ImmutableRaciMatrix.Builder {}

  @Value.Check
  void check() {
    Checks.notBlank("RaciMatrix.process", process());
    Set<PartyRole> seen = new java.util.HashSet<>();
    for (RaciAssignment assignment : assignments()) {
      Checks.check(
          seen.add(assignment.party()),
          "RaciMatrix[" + process() + "].assignments",
          "one part per party",
          assignment.party() + " twice");
    }
  }

  /** The parties with {@code role}. */
  public List<PartyRole> withRole(RaciRole role) {
    return assignments().stream().filter(a -> a.role() == role).map(RaciAssignment::party).toList();
  }
}
