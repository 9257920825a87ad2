package org.accountgovernance.core.cadence;

import static org.apiguardian.api.API.Status.MAINTAINED;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;

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
@API(status = MAINTAINED, since = "0.1.0")
public final class MeetingSchedule {
  private MeetingSchedule() {}

  /**
   * Generates the meetings of {@code rules} (by tier id) on the local days {@code [from, from +
   * horizon)} in {@code zone}.
   *
   * @param rules the schedule rule of each tier, keyed by tier id (e.g. {@code "WEEKLY"})
   * @param zone the account's time zone, which turns local dates and times into instants
   * @param from the first local day of the calendar, included
   * @param horizon how far the calendar reaches from {@code from}, e.g. {@code
   *     Period.ofMonths(12)}; must be positive
   * @return every meeting on the local days {@code [from, from + horizon)}, sorted by start, then
   *     tier id; empty when no rule has a day in that range
   * @throws IllegalArgumentException when the horizon is not positive, or two tiers would meet at
   *     the same local date and time
   */
  public static List<ScheduledMeeting> generate(
      Map<String, ScheduleRule> rules, ZoneId zone, LocalDate from, Period horizon) {
    Checks.check(!horizon.isNegative() && !horizon.isZero(), "horizon", "positive", horizon);
    LocalDate until = from.plus(horizon);
    // First the local date-times each rule asks for; two tiers may not ask for the same one.
    Map<LocalDateTime, String> requested = new HashMap<>();
    List<ScheduledMeeting> onTheClock = new ArrayList<>();
    List<ScheduledMeeting> inAGap = new ArrayList<>();
    for (Map.Entry<String, ScheduleRule> entry : new TreeMap<>(rules).entrySet()) {
      String tierId = entry.getKey();
      ScheduleRule rule = entry.getValue();
      LocalDate day = next(tierId, rule, from);
      while (day.isBefore(until)) {
        LocalDateTime local = day.atTime(rule.time());
        String other = requested.putIfAbsent(local, tierId);
        if (other != null) {
          throw Checks.failure(
              "rules",
              "free of two tiers at one local date and time (CAD-SEPARATE: never combine meetings)",
              other + " and " + tierId + " both at " + local);
        }
        ScheduledMeeting meeting =
            ScheduledMeeting.builder()
                .tierId(tierId)
                .requestedLocal(local)
                .zone(zone)
                .start(ZonedDateTime.of(local, zone).toInstant())
                .build();
        (skipped(meeting, zone) ? inAGap : onTheClock).add(meeting);
        day = next(tierId, rule, day.plusDays(1));
      }
    }
    // Then the skipped times: forward by the gap, or to the gap's end if that start is taken.
    Map<Instant, ScheduledMeeting> starts = new HashMap<>();
    for (ScheduledMeeting meeting : onTheClock) {
      starts.put(meeting.start(), meeting);
    }
    inAGap.sort(null);
    for (ScheduledMeeting meeting : inAGap) {
      Instant gapEnd = zone.getRules().getTransition(meeting.requestedLocal()).getInstant();
      ScheduledMeeting placed =
          starts.containsKey(meeting.start())
              ? ScheduledMeeting.builder().from(meeting).start(gapEnd).build()
              : meeting;
      ScheduledMeeting taken = starts.putIfAbsent(placed.start(), placed);
      if (taken != null) {
        throw Checks.failure(
            "rules",
            "free of two tiers starting together (CAD-SEPARATE: never combine meetings)",
            taken + " and " + meeting + " (its local time skipped by the clocks)");
      }
    }
    List<ScheduledMeeting> meetings = new ArrayList<>(starts.values());
    meetings.sort(null);
    return ImmutableList.copyOf(meetings);
  }

  /** The rule's next day, checked: a host's rule must not go back in time. */
  private static LocalDate next(String tierId, ScheduleRule rule, LocalDate from) {
    LocalDate next = rule.nextOnOrAfter(from);
    if (next.isBefore(from)) {
      throw Checks.failure(
          "rules[" + tierId + "].nextOnOrAfter(" + from + ")",
          "on or after " + from + " (" + rule + ")",
          next);
    }
    return next;
  }

  private static boolean skipped(ScheduledMeeting meeting, ZoneId zone) {
    ZoneOffsetTransition transition = zone.getRules().getTransition(meeting.requestedLocal());
    return transition != null && transition.isGap();
  }
}
