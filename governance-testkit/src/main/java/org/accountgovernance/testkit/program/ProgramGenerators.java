package org.accountgovernance.testkit.program;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.program.AccountEscalation;
import org.accountgovernance.core.program.ActionItem;
import org.accountgovernance.core.program.FollowUp;
import org.accountgovernance.core.program.ProgramEvent;
import org.accountgovernance.core.program.RequestSource;
import org.accountgovernance.core.program.Stakeholder;
import org.accountgovernance.core.program.SuccessCriterion;
import org.accountgovernance.core.update.RagStatus;
import org.accountgovernance.core.update.StatusUpdate;
import org.accountgovernance.testkit.sla.SlaGenerators;
import org.apiguardian.api.API;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for account-level escalation histories: requested and declared in a
 * random zone (around its DST changes), with exit criteria, stakeholders, action items, updates
 * minutes to days apart, status changes, and — in some — the whole way through closure and the
 * follow-ups. Every generated history is legal.
 *
 * <p>Example: {@code qt().forAll(ProgramGenerators.escalations()).check(e -> ...)}.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class ProgramGenerators {
  private ProgramGenerators() {}

  /**
   * Legal histories of up to about twenty events.
   *
   * @return account-level escalations in a random zone, starting around one of its clock changes,
   *     whose timelines any programme policy must accept without an illegal-transition error; some
   *     stay open, some are closed with their follow-ups
   */
  public static Gen<AccountEscalation> escalations() {
    Gen<ZoneId> zones = SlaGenerators.zones();
    Gen<List<int[]>> plans =
        Generate.range(0, 14)
            .flatMap(
                n -> {
                  Gen<List<int[]>> list = Generate.constant(List.of());
                  Gen<int[]> step =
                      Generate.range(0, 9)
                          .zip(
                              Generate.range(60, 3 * 24 * 3600),
                              Generate.range(0, 2),
                              (k, s, x) -> new int[] {k, s, x});
                  for (int i = 0; i < n; i++) {
                    list = list.zip(step, (head, next) -> append(head, next));
                  }
                  return list;
                });
    return zones.flatMap(
        zone ->
            SlaGenerators.instantsNearTransitions(zone)
                .zip(
                    plans,
                    Generate.enumValues(RagStatus.class),
                    Generate.booleans(),
                    (start, plan, status, close) -> build(zone, start, plan, status, close)));
  }

  private static AccountEscalation build(
      ZoneId zone, Instant start, List<int[]> plan, RagStatus initial, boolean close) {
    AccountEscalation.Builder escalation =
        AccountEscalation.builder()
            .id("AEM-" + start.getEpochSecond() % 10_000)
            .account(AccountId.of("ACME"))
            .zone(zone);
    Instant at = start;
    escalation.addEvent(
        ProgramEvent.requested(at, RequestSource.CUSTOMER_SUCCESS, "renewal at risk"));
    at = at.plusSeconds(3600);
    escalation.addEvent(ProgramEvent.declared(at, initial, List.of("AEM-CRITERIA-ACCOUNT"), ""));
    escalation.addEvent(
        ProgramEvent.criterionSet(at, SuccessCriterion.of("SC-1", "no P1 incident for 14 days")));
    escalation.addEvent(
        ProgramEvent.criterionSet(at, SuccessCriterion.of("SC-2", "latency under 300 ms")));
    escalation.addEvent(ProgramEvent.stakeholderAdded(at, Stakeholder.required("Customer CIO")));
    escalation.addEvent(ProgramEvent.stakeholderAdded(at, Stakeholder.informed("Sales VP")));
    int actions = 0;
    List<String> openActions = new ArrayList<>();
    RagStatus status = initial;
    for (int[] step : plan) {
      at = at.plusSeconds(step[1]);
      switch (step[0]) {
        case 0:
        case 1:
        case 2:
          escalation.addEvent(ProgramEvent.updated(StatusUpdate.of(at, "progress report " + at)));
          break;
        case 3:
        case 4:
          {
            status = next(status, 1 + step[2]);
            escalation.addEvent(ProgramEvent.statusChanged(at, status));
            break;
          }
        case 5:
        case 6:
          {
            String id = "A-" + ++actions;
            LocalDate due = at.atZone(zone).toLocalDate().plusDays(step[2] + 1L);
            escalation.addEvent(
                ProgramEvent.actionAdded(
                    at,
                    ActionItem.builder()
                        .id(id)
                        .description("fix " + id)
                        .owner("owner " + step[2])
                        .due(due)
                        .criterionId("SC-" + (1 + step[2] % 2))
                        .build()));
            openActions.add(id);
            break;
          }
        default:
          if (!openActions.isEmpty()) {
            escalation.addEvent(ProgramEvent.actionDone(at, openActions.remove(0)));
          } else {
            escalation.addEvent(ProgramEvent.updated(StatusUpdate.of(at, "progress report " + at)));
          }
      }
    }
    if (close) {
      at = at.plusSeconds(3600);
      escalation.addEvent(ProgramEvent.criterionMet(at, "SC-1"));
      escalation.addEvent(ProgramEvent.criterionMet(at, "SC-2"));
      at = at.plusSeconds(3600);
      escalation.addEvent(ProgramEvent.closureProposed(at));
      at = at.plusSeconds(86_400);
      escalation.addEvent(ProgramEvent.consentGiven(at, "Customer CIO"));
      escalation.addEvent(ProgramEvent.closed(at));
      at = at.plusSeconds(2 * 86_400);
      escalation.addEvent(ProgramEvent.followedUp(at, FollowUp.ISSUE_SUMMARY));
    }
    return escalation.build();
  }

  private static <T> List<T> append(List<T> head, T next) {
    List<T> list = new ArrayList<>(head);
    list.add(next);
    return List.copyOf(list);
  }

  /** The status {@code steps} places further round RED, YELLOW, GREEN. */
  private static RagStatus next(RagStatus status, int steps) {
    List<RagStatus> order = List.of(RagStatus.RED, RagStatus.YELLOW, RagStatus.GREEN);
    return order.get((order.indexOf(status) + steps) % order.size());
  }
}
