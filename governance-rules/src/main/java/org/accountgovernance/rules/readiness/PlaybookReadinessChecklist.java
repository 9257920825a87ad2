package org.accountgovernance.rules.readiness;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.escalation.EscalationLevel;
import org.accountgovernance.core.readiness.ControlPoint;
import org.accountgovernance.core.readiness.ReadinessFacts;
import org.accountgovernance.core.readiness.ReadinessReport;
import org.accountgovernance.rules.cadence.CadenceSettings;
import org.accountgovernance.rules.escalation.EscalationSettings;
import org.apiguardian.api.API;

/**
 * The playbook's readiness checklist: five control points, each passed or failed with its evidence.
 *
 * <ul>
 *   <li>CHK-CALENDAR: invites of every meeting tier sent up to the end of the next 12 months (the
 *       day before the same date next year, in the account's zone);
 *   <li>CHK-CONTACTS: for every escalation level, a contact on each side with name, e-mail and
 *       mobile;
 *   <li>CHK-ECO: an agreement on who pays for ECO-obsoleted material (a blank one is none);
 *   <li>CHK-LIABILITY: a liability cap, as a positive amount;
 *   <li>CHK-SIGNATORY: the customer's PO signatory named.
 * </ul>
 *
 * <pre>{@code
 * ReadinessReport r = PlaybookReadinessChecklist.ofDefaults().assess(facts, ZoneId.of("Europe/Berlin"), now);
 * r.ready();   // every point passes
 * r.failed();  // what is missing, with evidence
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class PlaybookReadinessChecklist {
  private final List<String> tierIds;
  private final List<String> levelIds;
  private final Period horizon;

  private PlaybookReadinessChecklist(List<String> tierIds, List<String> levelIds, Period horizon) {
    this.tierIds = List.copyOf(tierIds);
    this.levelIds = List.copyOf(levelIds);
    this.horizon = Objects.requireNonNull(horizon, "horizon");
  }

  /**
   * The checklist for the playbook's three tiers and three levels, over 12 months.
   *
   * @return the checklist on {@link CadenceSettings#ofDefaults()} and {@link
   *     EscalationSettings#ofDefaults()}
   */
  public static PlaybookReadinessChecklist ofDefaults() {
    return of(CadenceSettings.ofDefaults(), EscalationSettings.ofDefaults());
  }

  /**
   * The checklist for a host's tiers and ladder.
   *
   * @param cadence the meeting tiers whose invites CHK-CALENDAR asks for, and the calendar horizon
   *     they must reach
   * @param escalation the ladder whose every level CHK-CONTACTS asks a contact for, on both sides
   * @return a checklist of the five control points on those tiers, levels and horizon
   */
  public static PlaybookReadinessChecklist of(
      CadenceSettings cadence, EscalationSettings escalation) {
    return new PlaybookReadinessChecklist(
        cadence.tiers().stream().map(t -> t.id()).toList(),
        escalation.ladder().levels().stream().map(EscalationLevel::id).toList(),
        cadence.horizon());
  }

  /**
   * The report for {@code facts} at {@code asOf}, in the account's {@code zone}.
   *
   * @param facts what the account has in place: the date up to which each tier's invites were sent,
   *     the escalation contacts, the ECO agreement, the liability cap and the PO signatory
   * @param zone the account's time zone, in which the calendar's last needed day is counted
   * @param asOf the instant of the assessment; its local day starts the horizon
   * @return all five control points in checklist order, each passed or failed with its evidence
   */
  public ReadinessReport assess(ReadinessFacts facts, ZoneId zone, Instant asOf) {
    List<ControlPoint> points = new ArrayList<>();
    LocalDate needed = asOf.atZone(zone).toLocalDate().plus(horizon).minusDays(1);
    List<String> shortOf = new ArrayList<>();
    for (String tier : tierIds) {
      LocalDate until = facts.invitesSentUntil().get(tier);
      if (until == null || until.isBefore(needed)) {
        shortOf.add(tier + (until == null ? " none sent" : " only until " + until));
      }
    }
    points.add(
        ControlPoint.of(
            ReadinessRules.CALENDAR,
            "Cadence calendar",
            shortOf.isEmpty(),
            shortOf.isEmpty()
                ? "invites of " + tierIds + " sent until at least " + needed
                : "needed until " + needed + ": " + String.join(", ", shortOf)));

    List<String> missing = new ArrayList<>();
    for (String level : levelIds) {
      for (PartyRole.Side side : PartyRole.Side.values()) {
        boolean ok =
            facts.escalationContacts().stream()
                .anyMatch(c -> c.levelId().equals(level) && c.side() == side && c.complete());
        if (!ok) {
          missing.add(level + " " + side.name().toLowerCase(Locale.ROOT));
        }
      }
    }
    points.add(
        ControlPoint.of(
            ReadinessRules.CONTACTS,
            "Escalation contacts",
            missing.isEmpty(),
            missing.isEmpty()
                ? "name, e-mail and mobile for " + levelIds + " on both sides"
                : "missing or incomplete (name, e-mail, mobile): " + String.join(", ", missing)));

    points.add(
        ControlPoint.of(
            ReadinessRules.ECO,
            "ECO process",
            facts.ecoAgreement().filter(a -> !a.isBlank()).isPresent(),
            facts
                .ecoAgreement()
                .filter(a -> !a.isBlank())
                .map(a -> "agreed: " + a)
                .orElse("no agreement on who pays for obsolete material")));

    boolean capped = facts.liabilityCap().filter(cap -> cap.isPositive()).isPresent();
    points.add(
        ControlPoint.of(
            ReadinessRules.LIABILITY,
            "Liability cap",
            capped,
            facts
                .liabilityCap()
                .map(cap -> cap + (capped ? " authorised" : " is not a positive amount"))
                .orElse("no maximum exposure authorised")));

    points.add(
        ControlPoint.of(
            ReadinessRules.SIGNATORY,
            "Decision authority",
            facts.poSignatory().filter(s -> !s.isBlank()).isPresent(),
            facts
                .poSignatory()
                .filter(s -> !s.isBlank())
                .map(s -> "PO signatory: " + s)
                .orElse("no PO signatory named")));

    return ReadinessReport.builder().account(facts.account()).at(asOf).addAllPoints(points).build();
  }
}
