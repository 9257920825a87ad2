package org.accountgovernance.core.cadence;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
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
 * <p>Meetings come sorted by start, then tier. A local time the clocks skip moves forward by the
 * length of the gap (as calendar standards do); a local time that happens twice is its first
 * occurrence. Two tiers never share one occurrence (CAD-SEPARATE): where a skipped hour moves one
 * tier's time onto another's meeting, the moved one starts at the end of the gap instead; rules
 * that put two tiers at the same local date and time are refused with an error naming both.
 */
public final class MeetingSchedule {
  private MeetingSchedule() {}

  /**
   * Generates the meetings of {@code rules} (by tier id) on the local days {@code [from, from +
   * horizon)} in {@code zone}.
   *
   * @throws IllegalArgumentException when the horizon is not positive, or two tiers would meet at
   *     the same local date and time
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
      if (!a.start().equals(b.start())) {
        continue;
      }
      // A skipped hour moved one local time onto another tier's meeting: the one whose time was
      // skipped starts at the end of the gap instead, so the two stay apart.
      int moved = skipped(a, zone) ? i - 1 : skipped(b, zone) ? i : -1;
      Checks.check(
          moved >= 0,
          "rules",
          "free of two tiers starting together (CAD-SEPARATE: never combine meetings)",
          a.tierId()
              + " at "
              + a.requestedLocal()
              + " and "
              + b.tierId()
              + " at "
              + b.requestedLocal()
              + " both start at "
              + a.start()
              + " in "
              + zone);
      ScheduledMeeting shifted = meetings.get(moved);
      meetings.set(
          moved,
          ScheduledMeeting.builder()
              .from(shifted)
              .start(zone.getRules().getTransition(shifted.requestedLocal()).getInstant())
              .build());
      meetings.sort(null);
      i = 0;
    }
    return ImmutableList.copyOf(meetings);
  }

  private static boolean skipped(ScheduledMeeting meeting, ZoneId zone) {
    ZoneOffsetTransition transition = zone.getRules().getTransition(meeting.requestedLocal());
    return transition != null && transition.isGap();
  }
}
