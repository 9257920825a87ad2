package org.accountgovernance.testkit.sla;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.accountgovernance.core.sla.CoverageCalendar;
import org.accountgovernance.core.sla.PausableClock;
import org.accountgovernance.core.sla.Pause;
import org.accountgovernance.core.sla.WarningPoint;
import org.accountgovernance.core.sla.WeeklyHoursCalendar;
import org.accountgovernance.core.sla.WorkingPeriod;
import org.apiguardian.api.API;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the {@code sla} types: zones, instants near daylight-saving changes,
 * working periods, weekly calendars with holidays, warning points, pausable clocks.
 *
 * <p>Example: {@code qt().forAll(SlaGenerators.weeklyHoursCalendars(),
 * SlaGenerators.minuteInstants()).check(...)}. Every generated value is minute-aligned, so a
 * minute-by-minute count is an exact oracle for working time.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class SlaGenerators {
  /** The first instant generated: 2000-01-01. */
  public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

  /** The last instant generated: 2040-01-01. */
  public static final Instant LATEST = Instant.parse("2040-01-01T00:00:00Z");

  /**
   * Zones that make calendar arithmetic hard: half-hour and 45-minute offsets, half-hour DST (Lord
   * Howe), negative DST (Dublin), southern-hemisphere DST, a skipped day (Apia), no DST at all.
   */
  public static final List<ZoneId> TRICKY_ZONES =
      List.of(
          ZoneOffset.UTC,
          ZoneId.of("Europe/Berlin"),
          ZoneId.of("Europe/London"),
          ZoneId.of("Europe/Dublin"),
          ZoneId.of("America/New_York"),
          ZoneId.of("America/St_Johns"),
          ZoneId.of("America/Sao_Paulo"),
          ZoneId.of("America/Santiago"),
          ZoneId.of("Australia/Sydney"),
          ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("Asia/Kolkata"),
          ZoneId.of("Asia/Kathmandu"),
          ZoneId.of("Asia/Tokyo"),
          ZoneId.of("Pacific/Apia"),
          ZoneId.of("Pacific/Chatham"),
          ZoneId.of("Africa/Casablanca"));

  private static final List<ZoneId> ALL_ZONES = minuteAlignedZones();

  private SlaGenerators() {}

  /**
   * Every region zone whose offsets from 2000 to 2040 are whole minutes, and the tricky ones.
   *
   * @return zones, about half of them from {@link #TRICKY_ZONES} and the rest from every zone the
   *     JDK knows whose offsets and transitions fall on whole minutes
   */
  public static Gen<ZoneId> zones() {
    return Generate.pick(TRICKY_ZONES).mix(Generate.pick(ALL_ZONES), 50);
  }

  /**
   * Minute-aligned instants from {@link #EARLIEST} to {@link #LATEST}.
   *
   * @return instants on a whole minute, both ends included, spread evenly over the 40 years
   */
  public static Gen<Instant> minuteInstants() {
    return Generate.longRange(EARLIEST.getEpochSecond() / 60, LATEST.getEpochSecond() / 60)
        .map(minute -> Instant.ofEpochSecond(minute * 60));
  }

  /**
   * Minute-aligned instants within a few days of one of {@code zone}'s offset transitions (or of
   * any instant, for a zone without them): where calendar code breaks.
   *
   * @param zone the zone whose transitions between {@link #EARLIEST} and {@link #LATEST} anchor the
   *     instants
   * @return instants on a whole minute, at most four days before or after a transition of {@code
   *     zone}
   */
  public static Gen<Instant> instantsNearTransitions(ZoneId zone) {
    List<Instant> transitions = transitions(zone);
    Gen<Instant> anchors = transitions.isEmpty() ? minuteInstants() : Generate.pick(transitions);
    return anchors.zip(
        Generate.longRange(-4 * 24 * 60, 4 * 24 * 60),
        (anchor, minutes) -> Instant.ofEpochSecond((anchor.getEpochSecond() / 60 + minutes) * 60));
  }

  /**
   * Durations of whole minutes in {@code [0, maxMinutes]}.
   *
   * @param maxMinutes the longest duration, in minutes, included; zero or positive
   * @return durations of zero to {@code maxMinutes} minutes, zero included
   */
  public static Gen<Duration> minuteDurations(long maxMinutes) {
    return Generate.longRange(0, maxMinutes).map(Duration::ofMinutes);
  }

  /**
   * Minute-aligned working periods, including ones that end at midnight.
   *
   * @return non-empty periods within one day, from 00:00 up to 24:00 (written as a period ending at
   *     {@link LocalTime#MIDNIGHT}), starting and ending on whole minutes
   */
  public static Gen<WorkingPeriod> workingPeriods() {
    return Generate.range(0, 1439)
        .flatMap(start -> Generate.range(start + 1, 1440).map(end -> period(start, end)));
  }

  /**
   * Weekly calendars in {@code zones}: each weekday with up to three minute-aligned periods (split
   * days such as 08–12 and 14–17), at least one period in the week, and one-off and yearly holidays
   * near {@code around}.
   *
   * @param zones the generator of each calendar's zone, e.g. {@link #zones()}
   * @param around the generator of each calendar's reference instant; its local date in the zone
   *     anchors the holidays, from 10 days before to 20 days after it
   * @return calendars with zero to two holidays, either all one-off dates or all yearly dates
   */
  public static Gen<WeeklyHoursCalendar> weeklyHoursCalendars(
      Gen<ZoneId> zones, Gen<Instant> around) {
    Gen<List<WorkingPeriod>> day = dayHours();
    Gen<List<List<WorkingPeriod>>> week =
        day.zip(day, day, day, (a, b, c, d) -> List.of(a, b, c, d))
            .zip(
                day,
                day,
                day,
                (first, e, f, g) -> {
                  List<List<WorkingPeriod>> all = new ArrayList<>(first);
                  all.add(e);
                  all.add(f);
                  all.add(g);
                  return all;
                })
            .assuming(all -> all.stream().anyMatch(periods -> !periods.isEmpty()));
    Gen<List<Long>> holidayOffsets =
        Generate.longRange(-10, 20)
            .zip(
                Generate.longRange(-10, 20),
                Generate.range(0, 2),
                (a, b, n) -> n == 0 ? List.<Long>of() : n == 1 ? List.of(a) : List.of(a, b));
    return zones.zip(
        week,
        around,
        holidayOffsets,
        Generate.booleans(),
        (zone, hours, anchor, offsets, yearly) -> {
          WeeklyHoursCalendar.Builder builder = WeeklyHoursCalendar.builder().zone(zone);
          for (DayOfWeek dow : DayOfWeek.values()) {
            builder.putAllHours(dow, hours.get(dow.getValue() - 1));
          }
          LocalDate base = anchor.atZone(zone).toLocalDate();
          for (long offset : offsets) {
            LocalDate date = base.plusDays(offset);
            if (yearly) {
              builder.addYearlyHoliday(MonthDay.from(date));
            } else {
              builder.addHoliday(date);
            }
          }
          return builder.build();
        });
  }

  /**
   * Weekly calendars in {@link #zones()} around daylight-saving changes.
   *
   * @return calendars as {@link #weeklyHoursCalendars(Gen, Gen)} makes them, with holidays near an
   *     offset transition of the calendar's own zone
   */
  public static Gen<WeeklyHoursCalendar> weeklyHoursCalendars() {
    return zones()
        .flatMap(
            zone -> weeklyHoursCalendars(Generate.constant(zone), instantsNearTransitions(zone)));
  }

  /**
   * The 24×7 calendar or a weekly calendar.
   *
   * @return {@link CoverageCalendar#alwaysOn()} about a quarter of the time, otherwise a calendar
   *     of {@link #weeklyHoursCalendars()}
   */
  public static Gen<CoverageCalendar> calendars() {
    return Generate.<CoverageCalendar>constant(CoverageCalendar.alwaysOn())
        .mix(weeklyHoursCalendars().map(c -> (CoverageCalendar) c), 75);
  }

  /**
   * Warning points: a percentage in (0, 100] or a lead of minutes to hours.
   *
   * @return about seven in ten warnings at a whole percentage of the target from 1 to 100, the rest
   *     a lead of 1 to 600 minutes before the deadline
   */
  public static Gen<WarningPoint> warningPoints() {
    return Generate.range(1, 100)
        .map(WarningPoint::percentOfTarget)
        .mix(Generate.longRange(1, 600).map(m -> WarningPoint.before(Duration.ofMinutes(m))), 30);
  }

  /**
   * Pausable clocks on {@code calendars} starting at {@code starts}: up to three pauses of minutes
   * to days, the last possibly still open.
   *
   * @param calendars the generator of each clock's calendar, e.g. {@link #calendars()}
   * @param starts the generator of each clock's start, e.g. {@link #minuteInstants()}
   * @return clocks with zero to three pauses, each beginning up to three days after the previous
   *     one ended (or the start) and lasting up to three days, all on whole minutes from the start
   */
  public static Gen<PausableClock> pausableClocks(
      Gen<? extends CoverageCalendar> calendars, Gen<Instant> starts) {
    Gen<List<Long>> gaps =
        Generate.longRange(0, 3 * 24 * 60)
            .zip(
                Generate.longRange(0, 3 * 24 * 60),
                Generate.longRange(0, 3 * 24 * 60),
                (a, b, c) -> List.of(a, b, c));
    return calendars.zip(
        starts,
        gaps,
        gaps,
        Generate.range(0, 3).zip(Generate.booleans(), (n, open) -> new Object[] {n, open}),
        (calendar, start, runs, lengths, shape) -> {
          int count = (Integer) shape[0];
          boolean lastOpen = (Boolean) shape[1];
          PausableClock.Builder clock = PausableClock.builder().calendar(calendar).start(start);
          Instant cursor = start;
          for (int i = 0; i < count; i++) {
            Instant pauseStart = cursor.plus(Duration.ofMinutes(runs.get(i)));
            if (i == count - 1 && lastOpen) {
              clock.addPause(Pause.since(pauseStart));
              break;
            }
            cursor = pauseStart.plus(Duration.ofMinutes(lengths.get(i)));
            clock.addPause(Pause.between(pauseStart, cursor));
          }
          return clock.build();
        });
  }

  private static Gen<List<WorkingPeriod>> dayHours() {
    // Sorted distinct cut points in [0, 1440], paired up, give non-overlapping periods.
    Gen<Integer> minute = Generate.range(0, 1440);
    return Generate.range(0, 3)
        .zip(minute, minute, minute, (n, a, b, c) -> new int[] {n, a, b, c})
        .zip(
            minute,
            minute,
            minute,
            (head, d, e, f) -> {
              int n = head[0];
              TreeSet<Integer> cuts = new TreeSet<>(List.of(head[1], head[2], head[3], d, e, f));
              List<Integer> points = new ArrayList<>(cuts);
              List<WorkingPeriod> periods = new ArrayList<>();
              for (int i = 0; i + 1 < points.size() && periods.size() < n; i += 2) {
                periods.add(period(points.get(i), points.get(i + 1)));
              }
              return periods;
            });
  }

  private static WorkingPeriod period(int startMinute, int endMinute) {
    LocalTime start = LocalTime.ofSecondOfDay(startMinute * 60L);
    LocalTime end =
        endMinute == 1440 ? LocalTime.MIDNIGHT : LocalTime.ofSecondOfDay(endMinute * 60L);
    return WorkingPeriod.of(start, end);
  }

  /**
   * The offset transitions of {@code zone} between {@link #EARLIEST} and {@link #LATEST}.
   *
   * @param zone the zone whose rules are read
   * @return the instants at which the zone's offset changes, in time order; empty for a zone with a
   *     fixed offset, such as UTC or Asia/Tokyo over that span
   */
  public static List<Instant> transitions(ZoneId zone) {
    ZoneRules rules = zone.getRules();
    List<Instant> result = new ArrayList<>();
    for (ZoneOffsetTransition t = rules.nextTransition(EARLIEST);
        t != null && t.getInstant().isBefore(LATEST);
        t = rules.nextTransition(t.getInstant())) {
      result.add(t.getInstant());
    }
    return result;
  }

  private static List<ZoneId> minuteAlignedZones() {
    List<ZoneId> zones = new ArrayList<>();
    for (String id : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
      ZoneId zone = ZoneId.of(id);
      ZoneRules rules = zone.getRules();
      boolean aligned = rules.getOffset(EARLIEST).getTotalSeconds() % 60 == 0;
      for (Instant t : transitions(zone)) {
        aligned &= t.getEpochSecond() % 60 == 0 && rules.getOffset(t).getTotalSeconds() % 60 == 0;
      }
      if (aligned) {
        zones.add(zone);
      }
    }
    return List.copyOf(zones);
  }
}
