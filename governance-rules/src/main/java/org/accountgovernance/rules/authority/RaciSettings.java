package org.accountgovernance.rules.authority;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.authority.DecisionDomain;
import org.accountgovernance.core.authority.RaciAssignment;
import org.accountgovernance.core.authority.RaciMatrix;
import org.accountgovernance.core.authority.RaciRole;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The playbook's critical decision table and which processes need written approval, as settings.
 *
 * <table>
 *   <caption>Default matrices (the playbook's table)</caption>
 *   <tr><th>process</th><th>A</th><th>R</th><th>C</th><th>I</th></tr>
 *   <tr><td>Quote approval (margin)</td><td>Deal Desk</td><td>Account Manager</td><td>Finance</td><td>Customer</td></tr>
 *   <tr><td>Engineering change (ECO)</td><td>Engineering Lead</td><td>PM</td><td>Quality, Purchasing</td><td>Customer</td></tr>
 *   <tr><td>Material liability authorization</td><td>Customer</td><td>Account Manager</td><td>Supply Chain</td><td>Finance</td></tr>
 *   <tr><td>RMA / credit issuance</td><td>Quality Manager</td><td>Account Manager</td><td>Finance</td><td>Ops</td></tr>
 * </table>
 *
 * <p>Example: {@code RaciSettings.from(RaciSettings.ofDefaults()).addMatrices(myContractsMatrix)
 * .build()}.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class RaciSettings {
  /** Quote approval (margin): pricing, Deal Desk accountable. */
  public static final RaciMatrix QUOTE_APPROVAL =
      matrix(
          "Quote approval (margin)",
          DecisionDomain.PRICING,
          "Deal Desk",
          "Account Manager",
          List.of("Finance"),
          List.of(PartyRole.customer("Customer")));

  /** Engineering change (ECO): Engineering Lead accountable. */
  public static final RaciMatrix ENGINEERING_CHANGE =
      matrix(
          "Engineering change (ECO)",
          DecisionDomain.ENGINEERING_CHANGE,
          "Engineering Lead",
          "PM",
          List.of("Quality", "Purchasing"),
          List.of(PartyRole.customer("Customer")));

  /** Material liability authorization: the Customer accountable. */
  public static final RaciMatrix MATERIAL_LIABILITY =
      RaciMatrix.builder()
          .process("Material liability authorization")
          .domain(DecisionDomain.MATERIAL_LIABILITY)
          .addAssignments(
              RaciAssignment.of(PartyRole.customer("Customer"), RaciRole.ACCOUNTABLE),
              RaciAssignment.of(PartyRole.supplier("Account Manager"), RaciRole.RESPONSIBLE),
              RaciAssignment.of(PartyRole.supplier("Supply Chain"), RaciRole.CONSULTED),
              RaciAssignment.of(PartyRole.supplier("Finance"), RaciRole.INFORMED))
          .build();

  /** RMA / credit issuance: Quality Manager accountable. */
  public static final RaciMatrix RMA_CREDIT =
      matrix(
          "RMA / credit issuance",
          DecisionDomain.RMA_CREDIT,
          "Quality Manager",
          "Account Manager",
          List.of("Finance"),
          List.of(PartyRole.supplier("Ops")));

  /** The four rows. */
  public static final List<RaciMatrix> DEFAULT_MATRICES =
      List.of(QUOTE_APPROVAL, ENGINEERING_CHANGE, MATERIAL_LIABILITY, RMA_CREDIT);

  /** Processes whose actions need the accountable party's written approval: material liability. */
  public static final Set<String> DEFAULT_WRITTEN_APPROVAL_PROCESSES =
      Set.of(MATERIAL_LIABILITY.process());

  /** RACI-ROUTE's owners: Sales / Deal Desk for commercial, Engineering for technical domains. */
  public static final Map<DecisionDomain, PartyRole> DEFAULT_DOMAIN_ACCOUNTABLES =
      Map.of(
          DecisionDomain.PRICING, PartyRole.supplier("Deal Desk"),
          DecisionDomain.CONTRACTS, PartyRole.supplier("Deal Desk"),
          DecisionDomain.TECHNICAL_SPECIFICATION, PartyRole.supplier("Engineering Lead"),
          DecisionDomain.ENGINEERING_CHANGE, PartyRole.supplier("Engineering Lead"));

  private static final RaciSettings DEFAULTS = builder().build();

  RaciSettings() {}

  private static RaciMatrix matrix(
      String process,
      DecisionDomain domain,
      String accountable,
      String responsible,
      List<String> consulted,
      List<PartyRole> informed) {
    RaciMatrix.Builder matrix =
        RaciMatrix.builder()
            .process(process)
            .domain(domain)
            .addAssignments(
                RaciAssignment.of(PartyRole.supplier(accountable), RaciRole.ACCOUNTABLE),
                RaciAssignment.of(PartyRole.supplier(responsible), RaciRole.RESPONSIBLE));
    consulted.forEach(
        c -> matrix.addAssignments(RaciAssignment.of(PartyRole.supplier(c), RaciRole.CONSULTED)));
    informed.forEach(i -> matrix.addAssignments(RaciAssignment.of(i, RaciRole.INFORMED)));
    return matrix.build();
  }

  /**
   * The matrices.
   *
   * @return one RACI matrix per process, each with its decision domain and who is Responsible,
   *     Accountable, Consulted and Informed; default {@link #DEFAULT_MATRICES}; no two share a
   *     process name, and empty is allowed (then every decision routes by {@link
   *     #domainAccountables()})
   */
  @Value.Default
  public List<RaciMatrix> matrices() {
    return DEFAULT_MATRICES;
  }

  /**
   * The processes that need written approval (RACI-WRITTEN).
   *
   * @return the names of the processes whose actions proceed only on the Accountable's written
   *     approval; each has a matrix in {@link #matrices()}; default {@link
   *     #DEFAULT_WRITTEN_APPROVAL_PROCESSES}; empty means any medium of approval will do
   */
  @Value.Default
  public Set<String> writtenApprovalProcesses() {
    return DEFAULT_WRITTEN_APPROVAL_PROCESSES;
  }

  /**
   * RACI-ROUTE: the Accountable of a domain no matrix covers — pricing and contracts to the Deal
   * Desk, technical specification and engineering change to the Engineering Lead.
   *
   * @return the fallback Accountable by domain, used only for a domain that no matrix covers; a
   *     domain with neither a matrix nor an entry here cannot be routed
   */
  @Value.Default
  public Map<DecisionDomain, PartyRole> domainAccountables() {
    return DEFAULT_DOMAIN_ACCOUNTABLES;
  }

  /**
   * The playbook's settings.
   *
   * @return settings with the playbook's four matrices, written approval for material liability and
   *     the Deal Desk and Engineering Lead as domain owners
   */
  public static RaciSettings ofDefaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder in which every attribute left unset keeps its playbook default
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder starting from {@code base}.
   *
   * @param base the settings to copy; they are not changed
   * @return a new builder holding every value of {@code base}; matrices and processes added to it
   *     come in addition to those of {@code base}
   */
  public static Builder from(RaciSettings base) {
    return builder().from(base);
  }

  /** Builds {@link RaciSettings}. */
  public static final class Builder extends ImmutableRaciSettings.Builder {}

  @Value.Check
  void check() {
    Set<String> processes = new java.util.HashSet<>();
    for (RaciMatrix matrix : matrices()) {
      if (!processes.add(matrix.process())) {
        throw Checks.failure(
            "RaciSettings.matrices", "one matrix per process", matrix.process() + " twice");
      }
    }
    for (String process : writtenApprovalProcesses()) {
      if (!processes.contains(process)) {
        throw Checks.failure(
            "RaciSettings.writtenApprovalProcesses",
            "processes with a matrix",
            "'" + process + "'");
      }
    }
  }
}
