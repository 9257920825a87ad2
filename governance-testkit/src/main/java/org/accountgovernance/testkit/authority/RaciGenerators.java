package org.accountgovernance.testkit.authority;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.authority.Approval;
import org.accountgovernance.core.authority.ApprovalMedium;
import org.accountgovernance.core.authority.DecisionDomain;
import org.accountgovernance.core.authority.RaciAssignment;
import org.accountgovernance.core.authority.RaciMatrix;
import org.accountgovernance.core.authority.RaciRole;
import org.apiguardian.api.API;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for decision rights: matrices over a small pool of parties (so that
 * missing and doubled Accountables are common), and approvals in every medium from any party.
 *
 * <p>Example: {@code qt().forAll(RaciGenerators.matrices("P-1")).check(m -> ...)}.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class RaciGenerators {
  /** The parties generated matrices and approvals draw from. */
  public static final List<PartyRole> PARTIES =
      List.of(
          PartyRole.customer("Customer"),
          PartyRole.supplier("Deal Desk"),
          PartyRole.supplier("Account Manager"),
          PartyRole.supplier("Engineering Lead"),
          PartyRole.supplier("Finance"),
          PartyRole.supplier("Quality Manager"));

  private RaciGenerators() {}

  /**
   * Matrices for {@code process}: each party has no part or one of the four, in any domain.
   *
   * @param process the process name every generated matrix carries
   * @return matrices over {@link #PARTIES}, where each party is Accountable or Responsible with
   *     twice the odds of Consulted or Informed, so matrices with no Accountable, several
   *     Accountables, no Responsible or no assignment at all are all generated
   */
  public static Gen<RaciMatrix> matrices(String process) {
    Gen<Integer> part = Generate.range(0, 5);
    Gen<List<Integer>> parts =
        part.zip(part, part, (a, b, c) -> List.of(a, b, c))
            .zip(
                part,
                part,
                part,
                (head, d, e, f) -> {
                  List<Integer> all = new ArrayList<>(head);
                  all.addAll(List.of(d, e, f));
                  return all;
                });
    return parts.zip(
        Generate.enumValues(DecisionDomain.class),
        (chosen, domain) -> {
          Map<PartyRole, RaciRole> assignments = new LinkedHashMap<>();
          for (int i = 0; i < PARTIES.size(); i++) {
            // 0 and 5 mean no part; A and R come twice as often as C and I.
            int p = chosen.get(i);
            if (p >= 1 && p <= 4) {
              RaciRole role =
                  p <= 2
                      ? (p == 1 ? RaciRole.ACCOUNTABLE : RaciRole.RESPONSIBLE)
                      : (p == 3 ? RaciRole.CONSULTED : RaciRole.INFORMED);
              assignments.put(PARTIES.get(i), role);
            }
          }
          RaciMatrix.Builder matrix = RaciMatrix.builder().process(process).domain(domain);
          assignments.forEach(
              (party, role) -> matrix.addAssignments(RaciAssignment.of(party, role)));
          return matrix.build();
        });
  }

  /**
   * Approvals from any party, in any medium, around {@code now}, covering one of {@code actions}.
   *
   * @param now the reference instant; approvals are dated from 7 days before it to 1 day after it,
   *     to the second, so some are not yet given at {@code now}
   * @param actions the actions an approval may cover; must not be empty
   * @return approvals by a party of {@link #PARTIES}, written, verbal or in any other medium
   */
  public static Gen<Approval> approvals(Instant now, List<String> actions) {
    return Generate.pick(PARTIES)
        .zip(
            Generate.enumValues(ApprovalMedium.class),
            Generate.longRange(-7 * 86_400L, 86_400L),
            Generate.pick(actions),
            (party, medium, offset, action) ->
                Approval.of(party, now.plusSeconds(offset), medium, action));
  }

  /**
   * Lists of up to {@code max} approvals.
   *
   * @param now the reference instant the approvals are dated around, as in {@link
   *     #approvals(Instant, List)}
   * @param actions the actions an approval may cover; must not be empty
   * @param max the largest list size, zero or positive
   * @return immutable lists of 0 to {@code max} independently generated approvals, in no particular
   *     order; the empty list included
   */
  public static Gen<List<Approval>> approvalLists(Instant now, List<String> actions, int max) {
    return Generate.range(0, max)
        .flatMap(
            n -> {
              Gen<List<Approval>> list = Generate.constant(List.of());
              for (int i = 0; i < n; i++) {
                list =
                    list.zip(
                        approvals(now, actions),
                        (head, next) -> {
                          List<Approval> all = new ArrayList<>(head);
                          all.add(next);
                          return List.copyOf(all);
                        });
              }
              return list;
            });
  }
}
