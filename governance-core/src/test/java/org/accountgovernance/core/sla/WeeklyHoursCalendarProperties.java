package org.accountgovernance.core.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link WeeklyHoursCalendar} against a brute-force oracle: random minute-aligned calendars in
 * zones with daylight saving (including changes at midnight and by 30 minutes), looked at around
 * their zone's transitions. The oracle decides each minute on its own, from {@link ZonedDateTime}:
 * covered when the local date is not a holiday and the local time lies in one of that weekday's
 * periods. It shares no code with the calendar.
 */
class WeeklyHoursCalendarProperties {

  private static final List<String> ZONES =
      List.of(
          "Europe/Berlin",
          "America/New_York",
          "Australia/Lord_Howe",
          "America/Santiago",
          "America/Havana",
          "Pacific/Chatham",
          "Africa/Casablanca",
          "America/St_Johns",
          "Asia/Kolkata",
          "UTC");

  private static final int MINUTES_PER_DAY = 24 * 60;

  /** The model a calendar is built from: minute-of-day periods {@code [start, end)} per weekday. */
  record Model(
      ZoneId zone,
      Map<DayOfWeek, List<int[]>> periods,
      Set<LocalDate> holidays,
      Set<MonthDay> yearlyHolidays,
      Instant near) {

    WeeklyHoursCalendar calendar() {
      WeeklyHoursCalendar.Builder builder = WeeklyHoursCalendar.builder();
      builder.zone(zone).addAllHolidays(holidays).addAllYearlyHolidays(yearlyHolidays);
      periods.forEach(
          (day, list) -> {
            for (int[] p : list) {
              builder.putHours(day, WorkingPeriod.of(localTime(p[0]), localTime(p[1])));
            }
          });
      return builder.build();
    }

    private static LocalTime localTime(int minuteOfDay) {
      return minuteOfDay == MINUTES_PER_DAY
          ? LocalTime.MIDNIGHT
          : LocalTime.of(minuteOfDay / 60, minuteOfDay % 60);
    }

    /** The oracle: is the minute starting at {@code instant} covered? */
    boolean covered(Instant instant) {
      ZonedDateTime local = instant.atZone(zone);
      LocalDate date = local.toLocalDate();
      if (holidays.contains(date) || yearlyHolidays.contains(MonthDay.from(date))) {
        return false;
      }
      int minute = local.getHour() * 60 + local.getMinute();
      for (int[] p : periods.getOrDefault(local.getDayOfWeek(), List.of())) {
        if (p[0] <= minute && minute < p[1]) {
          return true;
        }
      }
      return false;
    }

    @Override
    public String toString() {
      StringBuilder text = new StringBuilder().append(zone).append(' ');
      periods.forEach(
          (day, list) -> {
            text.append(day.name(), 0, 3).append('[');
            for (int[] p : list) {
              text.append(localTime(p[0]))
                  .append('-')
                  .append(p[1] == MINUTES_PER_DAY ? "24:00" : localTime(p[1]))
                  .append(' ');
            }
            text.append("] ");
          });
      return text.append("holidays ")
          .append(holidays)
          .append(" yearly ")
          .append(yearlyHolidays)
          .append(" near ")
          .append(near)
          .toString();
    }
  }

  /**
   * Up to three non-overlapping periods in a day on a random grid, anywhere in the day: sorted
   * boundaries paired up, so periods may touch, and the last often runs until midnight.
   */
  private static Gen<List<int[]>> dayPeriods() {
    return in -> {
      List<int[]> periods = new ArrayList<>();
      if (Generate.range(0, 3).generate(in) == 0) {
        return periods; // a quarter of the days are closed
      }
      int grid = Generate.pick(List.of(1, 15, 30, 60)).generate(in);
      int count = Generate.range(1, 3).generate(in);
      int[] bounds = new int[2 * count];
      for (int i = 0; i < bounds.length; i++) {
        bounds[i] = grid * Generate.range(0, MINUTES_PER_DAY / grid).generate(in);
      }
      Arrays.sort(bounds);
      if (Generate.range(0, 2).generate(in) == 0) {
        bounds[bounds.length - 1] = MINUTES_PER_DAY;
      }
      for (int i = 0; i < bounds.length; i += 2) {
        if (bounds[i] < bounds[i + 1]) {
          periods.add(new int[] {bounds[i], bounds[i + 1]});
        }
      }
      return periods;
    };
  }

  /** A transition of the zone between 2020 and 2030, or a random instant when it has none. */
  private static Gen<Instant> nearTransition(ZoneId zone) {
    return in -> {
      Instant from = Instant.parse("2020-01-01T00:00:00Z");
      List<Instant> transitions = new ArrayList<>();
      ZoneOffsetTransition t = zone.getRules().nextTransition(from);
      while (t != null && t.getInstant().isBefore(Instant.parse("2031-01-01T00:00:00Z"))) {
        transitions.add(t.getInstant());
        t = zone.getRules().nextTransition(t.getInstant());
      }
      if (transitions.isEmpty()) {
        return from.plus(Generate.range(0, 3650).generate(in), ChronoUnit.DAYS);
      }
      return transitions.get(Generate.range(0, transitions.size() - 1).generate(in));
    };
  }

  private static Gen<Model> models() {
    return in -> {
      ZoneId zone = ZoneId.of(Generate.pick(ZONES).generate(in));
      Map<DayOfWeek, List<int[]>> periods = new EnumMap<>(DayOfWeek.class);
      for (DayOfWeek day : DayOfWeek.values()) {
        List<int[]> list = dayPeriods().generate(in);
        if (!list.isEmpty()) {
          periods.put(day, list);
        }
      }
      if (periods.isEmpty()) {
        periods.put(DayOfWeek.SUNDAY, List.of(new int[] {60, 180}));
      }
      Instant near = nearTransition(zone).generate(in);
      LocalDate nearDate = near.atZone(zone).toLocalDate();
      Set<LocalDate> holidays = new HashSet<>();
      Set<MonthDay> yearly = new HashSet<>();
      int holidayCount = Generate.range(0, 2).generate(in);
      for (int i = 0; i < holidayCount; i++) {
        LocalDate date = nearDate.plusDays(Generate.range(-3, 3).generate(in));
        if (Generate.booleans().generate(in)) {
          yearly.add(MonthDay.from(date));
        } else {
          holidays.add(date);
        }
      }
      return new Model(zone, periods, holidays, yearly, near);
    };
  }

  /**
   * A model and a minute-aligned instant within three days before and one day after its transition.
   */
  private static Gen<Object[]> modelAndStart() {
    return in -> {
      Model model = models().generate(in);
      Instant start =
          model
              .near()
              .truncatedTo(ChronoUnit.MINUTES)
              .plus(
                  Generate.range(-3 * MINUTES_PER_DAY, MINUTES_PER_DAY).generate(in),
                  ChronoUnit.MINUTES);
      return new Object[] {model, start};
    };
  }

  @Test
  void isCoveredAgreesWithTheOracleAtEveryMinute() {
    qt().withFixedSeed(1L)
        .withExamples(200)
        .forAll(modelAndStart())
        .checkAssert(
            args -> {
              Model model = (Model) args[0];
              WeeklyHoursCalendar calendar = model.calendar();
              Instant start = (Instant) args[1];
              for (int m = 0; m < 2 * MINUTES_PER_DAY; m++) {
                Instant minute = start.plusSeconds(60L * m);
                assertThat(calendar.isCovered(minute))
                    .as("%s at %s", model, minute)
                    .isEqualTo(model.covered(minute));
              }
            });
  }

  @Test
  void betweenEqualsTheMinuteByMinuteCount() {
    qt().withFixedSeed(1L)
        .withExamples(200)
        .forAll(modelAndStart(), Generate.range(0, 4 * MINUTES_PER_DAY))
        .checkAssert(
            (args, minutes) -> {
              Model model = (Model) args[0];
              Instant from = (Instant) args[1];
              Instant to = from.plusSeconds(60L * minutes);
              long covered = 0;
              for (int m = 0; m < minutes; m++) {
                if (model.covered(from.plusSeconds(60L * m))) {
                  covered++;
                }
              }
              assertThat(model.calendar().between(from, to))
                  .as("%s between %s and %s", model, from, to)
                  .isEqualTo(Duration.ofMinutes(covered));
            });
  }

  @Test
  void betweenFromInsideAMinuteCountsTheRestOfThatMinute() {
    qt().withFixedSeed(1L)
        .withExamples(200)
        .forAll(
            modelAndStart(),
            Generate.range(1, 2 * MINUTES_PER_DAY),
            Generate.longRange(0, 59_999_999_999L))
        .checkAssert(
            (args, minutes, nanos) -> {
              Model model = (Model) args[0];
              Instant minuteStart = (Instant) args[1];
              long covered = 0;
              for (int m = 0; m < minutes; m++) {
                if (model.covered(minuteStart.plusSeconds(60L * m))) {
                  covered++;
                }
              }
              Duration expected = Duration.ofMinutes(covered);
              if (model.covered(minuteStart)) {
                expected = expected.minusNanos(nanos);
              }
              assertThat(
                      model
                          .calendar()
                          .between(
                              minuteStart.plusNanos(nanos), minuteStart.plusSeconds(60L * minutes)))
                  .as("%s from %s + %d ns, %d min", model, minuteStart, nanos, minutes)
                  .isEqualTo(expected);
            });
  }

  @Test
  void addIsTheEarliestInstantReachingTheWorkingTime() {
    int limit = 60 * MINUTES_PER_DAY;
    qt().withFixedSeed(1L)
        .withExamples(200)
        .forAll(modelAndStart(), Generate.range(0, 16 * 60))
        .checkAssert(
            (args, minutes) -> {
              Model model = (Model) args[0];
              WeeklyHoursCalendar calendar = model.calendar();
              Instant start = (Instant) args[1];
              Duration work = Duration.ofMinutes(minutes);
              Instant end = calendar.add(start, work);

              // The oracle: walk minute by minute until the requested minutes are covered.
              Instant expected = minutes == 0 ? start : null;
              int found = 0;
              for (int m = 0; expected == null && m < limit; m++) {
                if (model.covered(start.plusSeconds(60L * m)) && ++found == minutes) {
                  expected = start.plusSeconds(60L * (m + 1));
                }
              }
              if (expected != null) {
                assertThat(end).as("%s: add(%s, %s)", model, start, work).isEqualTo(expected);
              }
              assertThat(end).isAfterOrEqualTo(start);
              assertThat(calendar.between(start, end))
                  .as("%s: between(%s, add(%s, %s) = %s)", model, start, start, work, end)
                  .isEqualTo(work);
              if (!work.isZero()) {
                assertThat(calendar.between(start, end.minusNanos(1)))
                    .as("%s: one nanosecond before add(%s, %s) = %s", model, start, work, end)
                    .isLessThan(work);
              }
            });
  }
}
