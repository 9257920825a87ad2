package org.accountgovernance.examples.priorities;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.escalation.EscalationLadder;
import org.accountgovernance.core.escalation.EscalationLevel;
import org.accountgovernance.core.escalation.EscalationPath;
import org.accountgovernance.core.escalation.EscalationPolicy;
import org.accountgovernance.core.money.CurrencyConverter;
import org.accountgovernance.core.sla.CoverageCalendar;
import org.accountgovernance.core.sla.WarningPoint;
import org.accountgovernance.core.sla.WeeklyHoursCalendar;
import org.accountgovernance.core.sla.WorkingPeriod;
import org.accountgovernance.rules.escalation.EscalationSettings;
import org.accountgovernance.rules.escalation.PlaybookEscalationPolicy;
import org.joda.money.CurrencyUnit;

/**
 * Nimbus's escalation policy, configured rather than written: its own ladder P5 … P1, its own
 * timers and warnings in {@link EscalationSettings}, and its own {@link NimbusSeverityClassifier},
 * run by the library's {@link PlaybookEscalationPolicy} (which brings the response clocks, pauses,
 * manual escalations, breaches and {@code nextChangeAt}).
 *
 * <table>
 *   <caption>Nimbus's ladder</caption>
 *   <tr><th>level</th><th>respond within</th><th>on</th><th>unresolved for more than</th>
 *       <th>path (Nimbus ↔ customer)</th></tr>
 *   <tr><td>P5 Request</td><td>16 h</td><td>{@link #DESK_HOURS}</td><td>40 h → P4</td>
 *       <td>Service Desk ↔ Customer Admin</td></tr>
 *   <tr><td>P4 Minor</td><td>8 h</td><td>24×7</td><td></td>
 *       <td>Support Engineer ↔ Customer Admin</td></tr>
 *   <tr><td>P3 Major</td><td>2 h</td><td>24×7</td><td>4 h → P2</td>
 *       <td>Incident Manager ↔ Customer IT Manager</td></tr>
 *   <tr><td>P2 Critical</td><td>30 min</td><td>24×7</td><td></td>
 *       <td>Head of Operations ↔ Customer IT Director</td></tr>
 *   <tr><td>P1 Emergency</td><td>15 min</td><td>24×7</td><td></td><td>CTO ↔ Customer CIO</td></tr>
 * </table>
 *
 * <pre>{@code
 * EscalationDecision d = NimbusPriorities.policy().decide(ticket, now);
 * d.level();        // P3 Major
 * d.responseDue();  // two hours after it became P3
 * }</pre>
 *
 * <p>Only P5 waits for the desk: a request raised on Friday afternoon before King's Day is due on
 * the Wednesday after. Warnings come at 75 % of every target and 5 minutes before every deadline.
 */
public final class NimbusPriorities {
  /** Where Nimbus's service desk sits. */
  public static final ZoneId DESK_ZONE = ZoneId.of("Europe/Amsterdam");

  /**
   * The service desk's hours: Monday to Friday 09:00–17:00 in Amsterdam, closed on New Year's Day,
   * King's Day (27 April), Christmas and Boxing Day every year, and on the 2026 Easter Monday,
   * Ascension Day and Whit Monday.
   */
  public static final WeeklyHoursCalendar DESK_HOURS =
      WeeklyHoursCalendar.builder()
          .from(
              WeeklyHoursCalendar.workweek(
                  DESK_ZONE,
                  EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                  WorkingPeriod.of(LocalTime.of(9, 0), LocalTime.of(17, 0))))
          .addYearlyHolidays(
              MonthDay.of(1, 1), MonthDay.of(4, 27), MonthDay.of(12, 25), MonthDay.of(12, 26))
          .addHolidays(
              LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25))
          .build();

  /** P5 (lowest) to P1, as in the table above. */
  public static final EscalationLadder LADDER =
      EscalationLadder.of(
          List.of(
              level("P5", "Request", 1, Duration.ofHours(16), DESK_HOURS, "Service Desk", "Admin"),
              level("P4", "Minor", 2, Duration.ofHours(8), "Support Engineer", "Admin"),
              level("P3", "Major", 3, Duration.ofHours(2), "Incident Manager", "IT Manager"),
              level(
                  "P2", "Critical", 4, Duration.ofMinutes(30), "Head of Operations", "IT Director"),
              level("P1", "Emergency", 5, Duration.ofMinutes(15), "CTO", "CIO")));

  /** Treasury rates into euros for service credits agreed in other currencies. */
  public static final CurrencyConverter RATES =
      CurrencyConverter.fixedRates(
          CurrencyUnit.EUR,
          Map.of(
              CurrencyUnit.USD, new BigDecimal("0.92"), CurrencyUnit.GBP, new BigDecimal("1.17")));

  /**
   * Nimbus's settings. The playbook's three tiers must name levels of the ladder in ascending order
   * even though Nimbus's own classifier does not read them: P5, P3 and P1 are the nearest match.
   */
  public static final EscalationSettings SETTINGS =
      EscalationSettings.builder()
          .ladder(LADDER)
          .operationalLevel("P5")
          .managerialLevel("P3")
          .executiveLevel("P1")
          // A request nobody solved in a working week has become an incident; a major incident
          // unresolved for half a shift is critical.
          .autoEscalationTimers(Map.of("P5", Duration.ofHours(40), "P3", Duration.ofHours(4)))
          .warningPoints(
              List.of(WarningPoint.percentOfTarget(75), WarningPoint.before(Duration.ofMinutes(5))))
          .currencyConverter(RATES)
          .build();

  private NimbusPriorities() {}

  /**
   * Nimbus's policy: {@link #SETTINGS} with a {@link NimbusSeverityClassifier} on {@link #RATES}.
   */
  public static EscalationPolicy policy() {
    return PlaybookEscalationPolicy.of(SETTINGS, new NimbusSeverityClassifier(RATES));
  }

  private static EscalationLevel level(
      String id, String name, int rank, Duration target, String supplier, String customer) {
    return level(id, name, rank, target, CoverageCalendar.alwaysOn(), supplier, customer);
  }

  private static EscalationLevel level(
      String id,
      String name,
      int rank,
      Duration target,
      CoverageCalendar calendar,
      String supplier,
      String customer) {
    return EscalationLevel.builder()
        .id(id)
        .name(name)
        .rank(rank)
        .responseTarget(target)
        .calendar(calendar)
        .path(
            EscalationPath.of(
                PartyRole.supplier(supplier), PartyRole.customer("Customer " + customer)))
        .build();
  }
}
