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

  /**
   * The process, e.g. {@code "Engineering change (ECO)"}.
   *
   * @return the name of the process, e.g. {@code "Engineering change (ECO)"}; never blank, and how
   *     requests and approvals refer to it
   */
  public abstract String process();

  /**
   * The domain the process decides in.
   *
   * @return the domain the process decides in, which says who should be accountable for it
   */
  public abstract DecisionDomain domain();

  /**
   * The assignments; a party appears at most once.
   *
   * @return every party's part in the process, a party at most once; may lack an accountable or
   *     have several, which {@code RACI-ONE-A} reports
   */
  public abstract List<RaciAssignment> assignments();

  /**
   * A builder.
   *
   * @return a new builder with nothing set; the process and domain are required
   */
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
      if (!seen.add(assignment.party())) {
        throw Checks.failure(
            "RaciMatrix[" + process() + "].assignments",
            "one part per party",
            assignment.party() + " twice");
      }
    }
  }

  /**
   * The parties with {@code role}.
   *
   * @param role the part looked for, e.g. {@link RaciRole#ACCOUNTABLE}
   * @return the parties with that part, in the order of {@link #assignments()}; empty when nobody
   *     has it
   */
  public List<PartyRole> withRole(RaciRole role) {
    return assignments().stream().filter(a -> a.role() == role).map(RaciAssignment::party).toList();
  }
}
