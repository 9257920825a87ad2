package org.accountgovernance.rules.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.accountgovernance.core.Finding;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.authority.ActionRequest;
import org.accountgovernance.core.authority.AmbiguousDecisionException;
import org.accountgovernance.core.authority.Approval;
import org.accountgovernance.core.authority.ApprovalMedium;
import org.accountgovernance.core.authority.DecisionDomain;
import org.accountgovernance.core.authority.RaciAssignment;
import org.accountgovernance.core.authority.RaciMatrix;
import org.accountgovernance.core.authority.RaciRole;
import org.accountgovernance.testkit.Theories;
import org.accountgovernance.testkit.authority.RaciGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** Decision-rights invariants over random matrices and approvals. */
class PlaybookDecisionRightsProperties {
  private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
  private static final List<String> ACTIONS = List.of("PO-1 long-lead FPGAs", "PO-2 custom glass");

  private static RaciMatrix renamed(RaciMatrix matrix) {
    RaciMatrix.Builder copy =
        RaciMatrix.builder().process(matrix.process()).domain(matrix.domain());
    for (RaciAssignment a : matrix.assignments()) {
      PartyRole p = a.party();
      PartyRole other =
          p.side() == PartyRole.Side.CUSTOMER
              ? PartyRole.customer("Client " + p.name())
              : PartyRole.supplier("Team " + p.name());
      copy.addAssignments(RaciAssignment.of(other, a.role()));
    }
    return copy.build();
  }

  /** A matrix is valid or not whatever its parties are called. */
  @Test
  void validityDoesNotDependOnNames() {
    Theories.qt()
        .forAll(RaciGenerators.matrices("P-1"), RaciGenerators.matrices("P-2"))
        .checkAssert(
            (a, b) -> {
              List<Finding> original =
                  PlaybookDecisionRights.of(
                          RaciSettings.builder()
                              .matrices(List.of(a, b))
                              .writtenApprovalProcesses(Set.of())
                              .build())
                      .validate(NOW);
              List<Finding> renamed =
                  PlaybookDecisionRights.of(
                          RaciSettings.builder()
                              .matrices(List.of(renamed(a), renamed(b)))
                              .writtenApprovalProcesses(Set.of())
                              .build())
                      .validate(NOW);
              assertThat(renamed)
                  .extracting(f -> f.subject().id() + f.threshold())
                  .containsExactlyElementsOf(
                      original.stream().map(f -> f.subject().id() + f.threshold()).toList());
              boolean aValid =
                  a.withRole(RaciRole.ACCOUNTABLE).size() == 1
                      && !a.withRole(RaciRole.RESPONSIBLE).isEmpty();
              assertThat(original.stream().noneMatch(f -> f.subject().id().equals("P-1")))
                  .isEqualTo(aValid);
            });
  }

  /** Routing names exactly one Accountable, the one of every matrix of the domains, or refuses. */
  @Test
  void routingNeverReturnsTwoAccountables() {
    Theories.qt()
        .forAll(
            RaciGenerators.matrices("P-1"),
            RaciGenerators.matrices("P-2"),
            Generate.enumValues(DecisionDomain.class),
            Generate.enumValues(DecisionDomain.class))
        .checkAssert(
            (a, b, d1, d2) -> {
              PlaybookDecisionRights rights =
                  PlaybookDecisionRights.of(
                      RaciSettings.builder()
                          .matrices(List.of(a, b))
                          .writtenApprovalProcesses(Set.of())
                          .build());
              Set<DecisionDomain> domains = EnumSet.of(d1, d2);
              PlaybookDecisionRights.Routing routing;
              try {
                routing = rights.route("decision", domains);
              } catch (AmbiguousDecisionException refused) {
                return;
              } catch (IllegalArgumentException unroutable) {
                return;
              }
              for (RaciMatrix m : List.of(a, b)) {
                if (domains.contains(m.domain())) {
                  assertThat(m.withRole(RaciRole.ACCOUNTABLE))
                      .containsExactly(routing.accountable());
                }
              }
            });
  }

  /**
   * Material liability proceeds exactly on the Customer's written approval of that very action, in
   * the past.
   */
  @Test
  void onlyTheAccountablesWrittenWordLetsMaterialLiabilityProceed() {
    PlaybookDecisionRights rights = PlaybookDecisionRights.ofDefaults();
    ActionRequest request =
        ActionRequest.builder()
            .action(ACTIONS.get(0))
            .process("Material liability authorization")
            .requestedAt(NOW.minusSeconds(8 * 86_400L))
            .build();
    Theories.qt()
        .forAll(
            RaciGenerators.approvalLists(NOW, ACTIONS, 6), Generate.longRange(0, Long.MAX_VALUE))
        .checkAssert(
            (approvals, seed) -> {
              boolean expected =
                  approvals.stream()
                      .anyMatch(
                          a ->
                              a.approver().equals(PartyRole.customer("Customer"))
                                  && a.medium() == ApprovalMedium.WRITTEN
                                  && a.covers().equals(ACTIONS.get(0))
                                  && !a.at().isAfter(NOW));
              List<Approval> shuffled = new ArrayList<>(approvals);
              Collections.shuffle(shuffled, new Random(seed));
              assertThat(rights.mayProceed(request, approvals, NOW).allowed())
                  .as("%s", approvals)
                  .isEqualTo(expected);
              assertThat(rights.mayProceed(request, shuffled, NOW))
                  .isEqualTo(rights.mayProceed(request, approvals, NOW));
            });
  }

  @Test
  void anUncoveredDomainIsAnError() {
    assertThatThrownBy(
            () ->
                PlaybookDecisionRights.ofDefaults()
                    .route("ship early", Set.of(DecisionDomain.DELIVERY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DELIVERY");
  }
}
