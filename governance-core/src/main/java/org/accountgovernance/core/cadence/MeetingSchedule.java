package org.accountgovernance.core.cadence;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.accountgovernance.core.internal.Checks;

/**
 * The governance calendar of an account: every meeting of every tier from a start day over a
 * horizon (the playbook's CAD-CALENDAR: 12 months), in the account's zone.
 *
 * <pre>{@code
 * List<ScheduledMeeting> year = MeetingSchedule.generate(
 *     Map.of("WEEKLY", ScheduleRule.weekly(DayOfWeek.TUESDAY, LocalTime.of(10, 0)),
 *            "MONTHLY", MonthlyRule.nthWeekday(1, 1, DayOfWeek.THURSDAY, LocalTime.of(14, 0))),
 *     ZoneId.of("Europe/Berlin"), LocalDate.of(2026, 3, 1), Period.ofMonths(12));
 * }</pre>
 *
 * <p>Meetings come sorted by start, then tier. Two tiers never share one occurrence (CAD-SEPARATE):
 * rules that put two tiers at the same local date and time, or at two local times that a DST gap
 * moves to the same instant, are refused with an error naming both.
 */
public final class MeetingSchedule {
  private MeetingSchedule() {}

  /**
   * Generates the meetings of {@code rules} (by tier id) on the local days {@code [from, from +
   * horizon)} in {@code zone}.
   *
   * @throws IllegalArgumentException when the horizon is not positive, or two tiers would meet at
   *     the same local date and time or start at the same instant
   */
  public static List<ScheduledMeeting> generate(
      Map<String, ScheduleRule> rules, ZoneId zone, LocalDate from, Period horizon) {
    Checks.check(!horizon.isNegative() && !horizon.isZero(), "horizon", "positive", horizon);
    LocalDate until = from.plus(horizon);
    List<ScheduledMeeting> meetings = new ArrayList<>();
    for (Map.Entry<String, ScheduleRule> entry : rules.entrySet()) {
      ScheduleRule rule = entry.getValue();
      for (LocalDate day = rule.nextOnOrAfter(from);
          day.isBefore(until);
          day = rule.nextOnOrAfter(day.plusDays(1))) {
        LocalDateTime local = day.atTime(rule.time());
        meetings.add(
            ScheduledMeeting.builder()
                .tierId(entry.getKey())
                .requestedLocal(local)
                .zone(zone)
                .start(ZonedDateTime.of(local, zone).toInstant())
                .build());
      }
    }
    meetings.sort(null);
    for (int i = 1; i < meetings.size(); i++) {
      ScheduledMeeting a = meetings.get(i - 1);
      ScheduledMeeting b = meetings.get(i);
      Checks.check(
          !a.requestedLocal().equals(b.requestedLocal()),
          "rules",
          "free of two tiers at one local date and time (CAD-SEPARATE: never combine meetings)",
          a.tierId() + " and " + b.tierId() + " both at " + a.requestedLocal());
      // Two local times a DST gap moves to one instant would combine the meetings as well.
      Checks.check(
          !a.start().equals(b.start()),
          "rules",
          "free of two tiers starting at one instant (CAD-SEPARATE: never combine meetings)",
          a.tierId()
              + " at "
              + a.requestedLocal()
              + " and "
              + b.tierId()
              + " at "
              + b.requestedLocal()
              + " both starting at "
              + a.start());
    }
    return ImmutableList.copyOf(meetings);
  }
}
