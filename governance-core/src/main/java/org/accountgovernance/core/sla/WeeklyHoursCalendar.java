package org.accountgovernance.core.sla;

import static org.apiguardian.api.API.Status.MAINTAINED;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ListMultimap;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Coverage on weekly working hours in one time zone, with holidays: the business-hours calendar of
 * an L1 desk, for instance Monday to Friday 08:00–12:00 and 14:00–17:00 in {@code Europe/Berlin},
 * closed on 2026-04-03 and every 25 December.
 *
 * <pre>{@code
 * WeeklyHoursCalendar berlin = WeeklyHoursCalendar.builder()
 *     .zone(ZoneId.of("Europe/Berlin"))
 *     .putAllHours(DayOfWeek.MONDAY, List.of(
 *         WorkingPeriod.of(LocalTime.of(8, 0), LocalTime.of(12, 0)),
 *         WorkingPeriod.of(LocalTime.of(14, 0), LocalTime.of(17, 0))))
 *     .addYearlyHoliday(MonthDay.of(12, 25))
 *     .build();
 * }</pre>
 *
 * <p>An instant is covered when its local date in {@link #zone()} is not a holiday and its local
 * time lies in one of that weekday's {@link WorkingPeriod}s. Local times that do not exist (the
 * hour skipped when clocks go forward) are never covered; local times that occur twice (when clocks
 * go back) are covered both times. Working-time arithmetic therefore follows the wall clock of the
 * account, on the day of every daylight-saving change.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class WeeklyHoursCalendar implements CoverageCalendar {
  /** How many consecutive days without coverage {@link #add} accepts before giving up. */
  static final int MAX_UNCOVERED_DAYS = 3_700;

  WeeklyHoursCalendar() {}

  /**
   * The zone whose wall clock the hours and holidays follow.
   *
   * @return the time zone whose wall clock the hours and holidays follow
   */
  public abstract ZoneId zone();

  /**
   * The working periods of each weekday; a weekday without periods is not covered.
   *
   * @return the working periods of each weekday, none overlapping another of the same day; a
   *     weekday without periods is not covered
   */
  public abstract ListMultimap<DayOfWeek, WorkingPeriod> hours();

  /**
   * One-off holidays, e.g. {@code 2026-04-03}.
   *
   * @return the one-off local dates without coverage; empty when there are none
   */
  public abstract Set<LocalDate> holidays();

  /**
   * Holidays on the same date every year, e.g. {@code --12-25}.
   *
   * @return the dates without coverage in every year; empty when there are none
   */
  public abstract Set<MonthDay> yearlyHolidays();

  /**
   * A builder.
   *
   * @return a new builder with nothing set; the zone and at least one period are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The same hours on each of {@code days}, e.g. {@code workweek(zone, EnumSet.range(MONDAY,
   * FRIDAY), WorkingPeriod.of(09:00, 17:00))}.
   *
   * @param zone the time zone whose wall clock the hours follow
   * @param days the weekdays that are covered
   * @param periods the working periods of each of those days; they must not overlap
   * @return the calendar, without holidays
   */
  public static WeeklyHoursCalendar workweek(
      ZoneId zone, Set<DayOfWeek> days, WorkingPeriod... periods) {
    Builder builder = builder().zone(zone);
    for (DayOfWeek day : days) {
      builder.putAllHours(day, List.of(periods));
    }
    return builder.build();
  }

  /** Builds a {@link WeeklyHoursCalendar}; {@code zone} and at least one period are required. */
  public static final class Builder extends ImmutableWeeklyHoursCalendar.Builder {}

  @Value.Check
  void check() {
    Checks.check(!hours().isEmpty(), "WeeklyHoursCalendar.hours", "at least one period", hours());
    for (DayOfWeek day : hours().keySet()) {
      List<WorkingPeriod> periods = new ArrayList<>(hours().get(day));
      Collections.sort(periods);
      for (int i = 1; i < periods.size(); i++) {
        if (periods.get(i - 1).overlaps(periods.get(i))) {
          throw Checks.failure(
              "WeeklyHoursCalendar.hours[" + day + "]", "non-overlapping periods", periods);
        }
      }
    }
  }

  /** The periods of each weekday, sorted; derived once. */
  @Value.Derived
  @Value.Auxiliary
  Map<DayOfWeek, ImmutableList<WorkingPeriod>> sortedHours() {
    Map<DayOfWeek, ImmutableList<WorkingPeriod>> sorted = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      sorted.put(day, ImmutableList.sortedCopyOf(hours().get(day)));
    }
    return Collections.unmodifiableMap(sorted);
  }

  private List<WorkingPeriod> periodsOn(DayOfWeek day) {
    // Every weekday has an entry, possibly empty.
    return Objects.requireNonNull(sortedHours().get(day));
  }

  /**
   * Whether {@code date} is a one-off or yearly holiday.
   *
   * @param date a local date in {@link #zone()}
   * @return {@code true} when {@code date} is one of {@link #holidays()} or falls on one of {@link
   *     #yearlyHolidays()}
   */
  public boolean isHoliday(LocalDate date) {
    return holidays().contains(date) || yearlyHolidays().contains(MonthDay.from(date));
  }

  @Override
  public boolean isCovered(Instant instant) {
    LocalDateTime local = LocalDateTime.ofInstant(instant, zone());
    if (isHoliday(local.toLocalDate())) {
      return false;
    }
    LocalTime time = local.toLocalTime();
    for (WorkingPeriod period : periodsOn(local.getDayOfWeek())) {
      if (period.contains(time)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Duration between(Instant from, Instant to) {
    if (to.isBefore(from)) {
      throw Checks.failure("to", "at or after from (" + from + ")", to);
    }
    Duration total = Duration.ZERO;
    Cursor cursor = new Cursor(from);
    for (Instant[] interval = cursor.next(to); interval != null; interval = cursor.next(to)) {
      Instant end = interval[1].isAfter(to) ? to : interval[1];
      total = total.plus(Duration.between(interval[0], end));
    }
    return total;
  }

  @Override
  public List<CoverageWindow> windows(Instant from, Instant to) {
    if (to.isBefore(from)) {
      throw Checks.failure("to", "at or after from (" + from + ")", to);
    }
    List<CoverageWindow> windows = new ArrayList<>();
    Cursor cursor = new Cursor(from);
    for (Instant[] interval = cursor.next(to); interval != null; interval = cursor.next(to)) {
      Instant end = interval[1].isAfter(to) ? to : interval[1];
      CoverageWindow last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
      if (last != null && !last.end().isBefore(interval[0])) {
        // Periods that touch (a split at midnight, a stretch boundary) are one window.
        windows.set(
            windows.size() - 1,
            CoverageWindow.of(last.start(), end.isAfter(last.end()) ? end : last.end()));
      } else {
        windows.add(CoverageWindow.of(interval[0], end));
      }
    }
    return windows;
  }

  @Override
  public Instant add(Instant start, Duration workingTime) {
    Checks.nonNegative("workingTime", workingTime);
    if (workingTime.isZero()) {
      return start;
    }
    Duration remaining = workingTime;
    Cursor cursor = new Cursor(start);
    while (true) {
      // Never null: every interval starts before Instant.MAX.
      Instant[] interval = Objects.requireNonNull(cursor.next(Instant.MAX));
      Duration available = Duration.between(interval[0], interval[1]);
      if (available.compareTo(remaining) >= 0) {
        return interval[0].plus(remaining);
      }
      remaining = remaining.minus(available);
    }
  }

  @Override
  public String toString() {
    return "WeeklyHours["
        + zone()
        + ", "
        + hours()
        + ", holidays "
        + holidays()
        + ", yearly "
        + yearlyHolidays()
        + "]";
  }

  /**
   * Walks the covered intervals at or after a start instant, in order. Time is cut into stretches
   * of constant UTC offset (between two zone transitions); within one stretch local time is a shift
   * of the instant, so each working period maps to one instant interval — which is why gaps and
   * overlaps need no special case.
   */
  private final class Cursor {
    private final ZoneRules rules = zone().getRules();
    private final ArrayDeque<Instant[]> pending = new ArrayDeque<>();
    private Instant stretchStart;
    private LocalDate day;
    private int uncoveredDays;

    Cursor(Instant start) {
      this.stretchStart = start;
      this.day = LocalDateTime.ofInstant(start, rules.getOffset(start)).toLocalDate();
    }

    /** The next covered interval {@code [start, end)}, or null when none starts before limit. */
    Instant @Nullable [] next(Instant limit) {
      while (pending.isEmpty()) {
        if (!position().isBefore(limit)) {
          return null;
        }
        fillFromNextDay();
      }
      Instant[] interval = pending.peekFirst();
      return interval[0].isBefore(limit) ? pending.removeFirst() : null;
    }

    /** No interval still to come starts before this instant. */
    private Instant position() {
      ZoneOffset offset = rules.getOffset(stretchStart);
      ZoneOffsetTransition transition = rules.nextTransition(stretchStart);
      LocalDateTime dayStart = day.atStartOfDay();
      if (transition != null && !dayStart.isBefore(transition.getDateTimeBefore())) {
        return transition.getInstant();
      }
      LocalDateTime localStart = LocalDateTime.ofInstant(stretchStart, offset);
      return dayStart.isAfter(localStart) ? dayStart.toInstant(offset) : stretchStart;
    }

    private void fillFromNextDay() {
      ZoneOffset offset = rules.getOffset(stretchStart);
      ZoneOffsetTransition transition = rules.nextTransition(stretchStart);
      LocalDateTime localStart = LocalDateTime.ofInstant(stretchStart, offset);
      LocalDateTime localEnd =
          transition == null ? LocalDateTime.MAX : transition.getDateTimeBefore();
      LocalDateTime dayStart = day.atStartOfDay();
      if (!dayStart.isBefore(localEnd)) {
        // This stretch is exhausted: continue in the next one, from its first local day.
        stretchStart = transition.getInstant();
        day = transition.getDateTimeAfter().toLocalDate();
        return;
      }
      if (!isHoliday(day)) {
        for (WorkingPeriod period : periodsOn(day.getDayOfWeek())) {
          LocalDateTime from = day.atTime(period.start());
          LocalDateTime until =
              period.endsAtMidnight() ? day.plusDays(1).atStartOfDay() : day.atTime(period.end());
          LocalDateTime lo = from.isBefore(localStart) ? localStart : from;
          LocalDateTime hi = until.isAfter(localEnd) ? localEnd : until;
          if (lo.isBefore(hi)) {
            pending.add(new Instant[] {lo.toInstant(offset), hi.toInstant(offset)});
          }
        }
      }
      if (pending.isEmpty()) {
        uncoveredDays++;
        if (uncoveredDays > MAX_UNCOVERED_DAYS) {
          throw new IllegalStateException(
              "no covered time within "
                  + MAX_UNCOVERED_DAYS
                  + " days after "
                  + stretchStart
                  + " on "
                  + WeeklyHoursCalendar.this);
        }
      } else {
        uncoveredDays = 0;
      }
      day = day.plusDays(1);
    }
  }
}
