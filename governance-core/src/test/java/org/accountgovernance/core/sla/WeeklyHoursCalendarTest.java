package org.accountgovernance.core.sla;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of {@link WeeklyHoursCalendar}, each expected value computed by hand. Instants
 * are written with the offset the zone has at that moment, so that the expectation does not depend
 * on the zone rules the code uses.
 */
class WeeklyHoursCalendarTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId LORD_HOWE = ZoneId.of("Australia/Lord_Howe");
  private static final Set<DayOfWeek> WORKWEEK = EnumSet.range(MONDAY, FRIDAY);

  /** An instant written as local date-time with its UTC offset, e.g. 2026-03-02T11:00+01:00. */
  private static Instant at(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }

  private static WorkingPeriod period(int fromHour, int fromMinute, int toHour, int toMinute) {
    return WorkingPeriod.of(LocalTime.of(fromHour, fromMinute), LocalTime.of(toHour, toMinute));
  }

  private static WeeklyHoursCalendar allDayEveryDay(ZoneId zone) {
    return WeeklyHoursCalendar.workweek(
        zone, EnumSet.allOf(DayOfWeek.class), WorkingPeriod.allDay());
  }

  private static WeeklyHoursCalendar onlySunday(ZoneId zone, WorkingPeriod period) {
    return WeeklyHoursCalendar.builder().zone(zone).putHours(SUNDAY, period).build();
  }

  /** Mon–Fri 08:00–12:00 and 14:00–17:00 in Berlin. 2026-03-02 is a Monday; CET is +01:00. */
  @Nested
  class SplitDayInBerlin {
    private final WeeklyHoursCalendar calendar =
        WeeklyHoursCalendar.builder()
            .from(
                WeeklyHoursCalendar.workweek(
                    BERLIN, WORKWEEK, period(8, 0, 12, 0), period(14, 0, 17, 0)))
            .addHolidays(LocalDate.of(2026, 4, 3))
            .addYearlyHolidays(MonthDay.of(12, 25))
            .build();

    @Test
    void addFourHoursFromMondayElevenSpansTheLunchBreak() {
      // 11:00-12:00 is 1 h, 14:00-17:00 the remaining 3 h.
      assertThat(calendar.add(at("2026-03-02T11:00+01:00"), Duration.ofHours(4)))
          .isEqualTo(at("2026-03-02T17:00+01:00"));
    }

    @Test
    void addEndingExactlyAtTheLunchBreakStopsThere() {
      // 1 h from 11:00 is reached at 12:00, not at 14:00.
      assertThat(calendar.add(at("2026-03-02T11:00+01:00"), Duration.ofHours(1)))
          .isEqualTo(at("2026-03-02T12:00+01:00"));
      assertThat(calendar.add(at("2026-03-02T11:00+01:00"), Duration.ofMinutes(61)))
          .isEqualTo(at("2026-03-02T14:01+01:00"));
    }

    @Test
    void addFromInsideTheLunchBreakStartsAtTwo() {
      assertThat(calendar.add(at("2026-03-02T12:30+01:00"), Duration.ofMinutes(90)))
          .isEqualTo(at("2026-03-02T15:30+01:00"));
    }

    @Test
    void aWholeDayIsSevenHours() {
      assertThat(calendar.between(at("2026-03-02T00:00+01:00"), at("2026-03-03T00:00+01:00")))
          .isEqualTo(Duration.ofHours(7));
      assertThat(calendar.add(at("2026-03-02T08:00+01:00"), Duration.ofHours(7)))
          .isEqualTo(at("2026-03-02T17:00+01:00"));
      assertThat(calendar.add(at("2026-03-02T08:00+01:00"), Duration.ofHours(7).plusMinutes(1)))
          .isEqualTo(at("2026-03-03T08:01+01:00"));
    }

    @Test
    void addAcrossTheWeekend() {
      // Friday 2026-03-06 16:00-17:00 is 1 h; the second hour is Monday 2026-03-09 08:00-09:00.
      assertThat(calendar.add(at("2026-03-06T16:00+01:00"), Duration.ofHours(2)))
          .isEqualTo(at("2026-03-09T09:00+01:00"));
      assertThat(calendar.between(at("2026-03-06T16:00+01:00"), at("2026-03-09T09:00+01:00")))
          .isEqualTo(Duration.ofHours(2));
      // From Saturday the first covered hour is Monday 08:00-09:00.
      assertThat(calendar.add(at("2026-03-07T10:00+01:00"), Duration.ofHours(1)))
          .isEqualTo(at("2026-03-09T09:00+01:00"));
      // A whole week is 5 x 7 h.
      assertThat(calendar.between(at("2026-03-02T00:00+01:00"), at("2026-03-09T00:00+01:00")))
          .isEqualTo(Duration.ofHours(35));
    }

    @Test
    void oneOffHolidayIsSkipped() {
      // Thursday 2026-04-02 16:00-17:00 (CEST, +02:00) is 1 h; Friday 2026-04-03 is a holiday;
      // the second hour is Monday 2026-04-06 08:00-09:00.
      assertThat(calendar.isHoliday(LocalDate.of(2026, 4, 3))).isTrue();
      assertThat(calendar.add(at("2026-04-02T16:00+02:00"), Duration.ofHours(2)))
          .isEqualTo(at("2026-04-06T09:00+02:00"));
      assertThat(calendar.isCovered(at("2026-04-03T10:00+02:00"))).isFalse();
      assertThat(calendar.between(at("2026-04-03T00:00+02:00"), at("2026-04-04T00:00+02:00")))
          .isZero();
      // A one-off holiday is not repeated the next year.
      assertThat(calendar.isHoliday(LocalDate.of(2027, 4, 3))).isFalse();
    }

    @Test
    void yearlyHolidayIsSkippedEveryYear() {
      // 2026-12-25 is a Friday: Thursday 16:00-17:00, then Monday 2026-12-28 08:00-09:00 (CET).
      assertThat(calendar.add(at("2026-12-24T16:00+01:00"), Duration.ofHours(2)))
          .isEqualTo(at("2026-12-28T09:00+01:00"));
      assertThat(calendar.between(at("2026-12-24T08:00+01:00"), at("2026-12-28T08:00+01:00")))
          .isEqualTo(Duration.ofHours(7));
      // 2028-12-25 is a Monday: not covered; Tuesday 2028-12-26 is.
      assertThat(calendar.isHoliday(LocalDate.of(2028, 12, 25))).isTrue();
      assertThat(calendar.isCovered(at("2028-12-25T09:00+01:00"))).isFalse();
      assertThat(calendar.isCovered(at("2028-12-26T09:00+01:00"))).isTrue();
    }

    @Test
    void periodStartIsCoveredAndPeriodEndIsNot() {
      assertThat(calendar.isCovered(at("2026-03-02T07:59:59.999999999+01:00"))).isFalse();
      assertThat(calendar.isCovered(at("2026-03-02T08:00+01:00"))).isTrue();
      assertThat(calendar.isCovered(at("2026-03-02T11:59:59.999999999+01:00"))).isTrue();
      assertThat(calendar.isCovered(at("2026-03-02T12:00+01:00"))).isFalse();
      assertThat(calendar.isCovered(at("2026-03-02T13:59:59.999999999+01:00"))).isFalse();
      assertThat(calendar.isCovered(at("2026-03-02T14:00+01:00"))).isTrue();
      assertThat(calendar.isCovered(at("2026-03-02T16:59:59.999999999+01:00"))).isTrue();
      assertThat(calendar.isCovered(at("2026-03-02T17:00+01:00"))).isFalse();
      // Saturday is not covered at all.
      assertThat(calendar.isCovered(at("2026-03-07T10:00+01:00"))).isFalse();
    }

    @Test
    void betweenCountsOnlyCoveredNanoseconds() {
      Instant start = at("2026-03-02T11:59:59.999999999+01:00");
      assertThat(calendar.between(start, at("2026-03-02T14:00:00.000000001+01:00")))
          .isEqualTo(Duration.ofNanos(2));
      assertThat(calendar.between(start, start)).isZero();
      assertThat(calendar.add(start, Duration.ZERO)).isEqualTo(start);
    }

    @Test
    void addingZeroOutsideCoverageReturnsTheStart() {
      Instant saturday = at("2026-03-07T10:00+01:00");
      assertThat(calendar.add(saturday, Duration.ZERO)).isEqualTo(saturday);
    }

    @Test
    void hoursFollowTheLocalClockAfterTheSpringChange() {
      // Monday 2026-03-30 is in CEST (+02:00): 08:00 local is 06:00 UTC.
      assertThat(calendar.add(at("2026-03-27T16:00+01:00"), Duration.ofHours(2)))
          .isEqualTo(at("2026-03-30T09:00+02:00"));
      assertThat(calendar.isCovered(Instant.parse("2026-03-30T06:00:00Z"))).isTrue();
      assertThat(calendar.isCovered(Instant.parse("2026-03-30T05:59:59Z"))).isFalse();
    }
  }

  /** Round-the-clock calendars built from WorkingPeriod.allDay(): working time is wall time. */
  @Nested
  class AllDayAcrossDaylightSavingChanges {

    @Test
    void berlinSpringForwardDayHas23Hours() {
      WeeklyHoursCalendar calendar = allDayEveryDay(BERLIN);
      // 2026-03-29 00:00 CET to 2026-03-30 00:00 CEST.
      Instant dayStart = at("2026-03-29T00:00+01:00");
      Instant nextDayStart = at("2026-03-30T00:00+02:00");
      assertThat(calendar.between(dayStart, nextDayStart)).isEqualTo(Duration.ofHours(23));
      assertThat(calendar.add(dayStart, Duration.ofHours(23))).isEqualTo(nextDayStart);
      // 01:30 CET + 1 h is 03:30 CEST.
      assertThat(calendar.add(at("2026-03-29T01:30+01:00"), Duration.ofHours(1)))
          .isEqualTo(at("2026-03-29T03:30+02:00"));
    }

    @Test
    void berlinFallBackDayHas25Hours() {
      WeeklyHoursCalendar calendar = allDayEveryDay(BERLIN);
      Instant dayStart = at("2026-10-25T00:00+02:00");
      Instant nextDayStart = at("2026-10-26T00:00+01:00");
      assertThat(calendar.between(dayStart, nextDayStart)).isEqualTo(Duration.ofHours(25));
      assertThat(calendar.add(dayStart, Duration.ofHours(25))).isEqualTo(nextDayStart);
      // 02:30 CEST + 1 h is 02:30 CET.
      assertThat(calendar.add(at("2026-10-25T02:30+02:00"), Duration.ofHours(1)))
          .isEqualTo(at("2026-10-25T02:30+01:00"));
    }

    @Test
    void newYorkChangeDaysHave23And25Hours() {
      WeeklyHoursCalendar calendar = allDayEveryDay(NEW_YORK);
      assertThat(calendar.between(at("2026-03-08T00:00-05:00"), at("2026-03-09T00:00-04:00")))
          .isEqualTo(Duration.ofHours(23));
      assertThat(calendar.between(at("2026-11-01T00:00-04:00"), at("2026-11-02T00:00-05:00")))
          .isEqualTo(Duration.ofHours(25));
    }

    @Test
    void lordHoweChangeDaysDifferByHalfAnHour() {
      WeeklyHoursCalendar calendar = allDayEveryDay(LORD_HOWE);
      // 2026-04-05: clocks go back from 02:00 +11:00 to 01:30 +10:30.
      assertThat(calendar.between(at("2026-04-05T00:00+11:00"), at("2026-04-06T00:00+10:30")))
          .isEqualTo(Duration.ofHours(24).plusMinutes(30));
      // 2026-10-04: clocks go forward from 02:00 +10:30 to 02:30 +11:00.
      assertThat(calendar.between(at("2026-10-04T00:00+10:30"), at("2026-10-05T00:00+11:00")))
          .isEqualTo(Duration.ofHours(23).plusMinutes(30));
      assertThat(calendar.add(at("2026-10-04T01:45+10:30"), Duration.ofMinutes(30)))
          .isEqualTo(at("2026-10-04T02:45+11:00"));
    }
  }

  /** Working periods inside the hour that is skipped or repeated. */
  @Nested
  class PeriodsOnChangeDays {

    @Test
    void oneToThreeOnTheBerlinFallBackDayCoversThreeHours() {
      // Sunday 2026-10-25: 01:00-03:00 CEST, then 02:00-03:00 again in CET.
      WeeklyHoursCalendar calendar = onlySunday(BERLIN, period(1, 0, 3, 0));
      assertThat(calendar.between(at("2026-10-25T00:00+02:00"), at("2026-10-26T00:00+01:00")))
          .isEqualTo(Duration.ofHours(3));
      assertThat(calendar.add(at("2026-10-25T00:00+02:00"), Duration.ofHours(3)))
          .isEqualTo(Instant.parse("2026-10-25T02:00:00Z"));
      assertThat(calendar.isCovered(Instant.parse("2026-10-24T23:00:00Z"))).isTrue();
      assertThat(calendar.isCovered(Instant.parse("2026-10-25T00:30:00Z"))).isTrue();
      // 02:30 CET, the repeated half hour:
      assertThat(calendar.isCovered(Instant.parse("2026-10-25T01:30:00Z"))).isTrue();
      // 03:00 CET:
      assertThat(calendar.isCovered(Instant.parse("2026-10-25T02:00:00Z"))).isFalse();
    }

    @Test
    void twoToThreeOnTheBerlinSpringForwardDayCoversNothing() {
      WeeklyHoursCalendar calendar = onlySunday(BERLIN, period(2, 0, 3, 0));
      assertThat(calendar.between(at("2026-03-28T00:00+01:00"), at("2026-03-30T00:00+02:00")))
          .isZero();
      // 01:59:59.999999999 CET and 03:00 CEST are adjacent instants around the gap.
      assertThat(calendar.isCovered(at("2026-03-29T01:59:59.999999999+01:00"))).isFalse();
      assertThat(calendar.isCovered(at("2026-03-29T03:00+02:00"))).isFalse();
      // The first covered hour is the next Sunday, 2026-04-05 02:00-03:00 CEST.
      assertThat(calendar.add(at("2026-03-29T00:00+01:00"), Duration.ofHours(1)))
          .isEqualTo(at("2026-04-05T03:00+02:00"));
      // A week earlier the period existed: 2026-03-22 02:00-03:00 CET.
      assertThat(calendar.between(at("2026-03-22T00:00+01:00"), at("2026-03-23T00:00+01:00")))
          .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void oneToTwoOnTheNewYorkFallBackDayCoversTwoHours() {
      // Sunday 2026-11-01: 01:00-02:00 EDT (05:00-06:00Z), then again in EST (06:00-07:00Z).
      WeeklyHoursCalendar calendar = onlySunday(NEW_YORK, period(1, 0, 2, 0));
      assertThat(calendar.between(at("2026-11-01T00:00-04:00"), at("2026-11-02T00:00-05:00")))
          .isEqualTo(Duration.ofHours(2));
      assertThat(calendar.add(at("2026-11-01T00:00-04:00"), Duration.ofMinutes(90)))
          .isEqualTo(Instant.parse("2026-11-01T06:30:00Z"));
    }

    @Test
    void lordHoweRepeatedAndSkippedHalfHours() {
      // 2026-04-05: 01:30-02:00 occurs at +11:00 (14:30-15:00Z) and at +10:30 (15:00-15:30Z).
      WeeklyHoursCalendar back = onlySunday(LORD_HOWE, period(1, 30, 2, 0));
      assertThat(back.between(at("2026-04-05T00:00+11:00"), at("2026-04-06T00:00+10:30")))
          .isEqualTo(Duration.ofHours(1));
      assertThat(back.add(at("2026-04-05T00:00+11:00"), Duration.ofMinutes(45)))
          .isEqualTo(Instant.parse("2026-04-04T15:15:00Z"));
      // 2026-10-04: 02:00-02:30 does not exist.
      WeeklyHoursCalendar forward = onlySunday(LORD_HOWE, period(2, 0, 2, 30));
      assertThat(forward.between(at("2026-10-04T00:00+10:30"), at("2026-10-05T00:00+11:00")))
          .isZero();
    }
  }

  /** America/Santiago changes its clocks at midnight, so a change day starts or ends early. */
  @Nested
  class ChangesAtMidnight {
    private final ZoneId santiago = ZoneId.of("America/Santiago");

    @Test
    void fallBackAtMidnightRepeatsTheLastHourOfSaturday() {
      // 2026-04-05 00:00 -03:00 becomes 2026-04-04 23:00 -04:00: Saturday has 25 hours.
      assertThat(
              allDayEveryDay(santiago)
                  .between(at("2026-04-04T00:00-03:00"), at("2026-04-05T00:00-04:00")))
          .isEqualTo(Duration.ofHours(25));
      // Saturday 22:00-24:00: 22:00-24:00 at -03:00, then 23:00-24:00 again at -04:00.
      WeeklyHoursCalendar lateSaturday =
          WeeklyHoursCalendar.builder()
              .zone(santiago)
              .putHours(SATURDAY, period(22, 0, 0, 0))
              .build();
      assertThat(lateSaturday.between(at("2026-04-04T00:00-03:00"), at("2026-04-06T00:00-04:00")))
          .isEqualTo(Duration.ofHours(3));
      assertThat(lateSaturday.add(at("2026-04-04T22:00-03:00"), Duration.ofHours(3)))
          .isEqualTo(Instant.parse("2026-04-05T04:00:00Z"));
    }

    @Test
    void springForwardAtMidnightSkipsTheFirstHourOfSunday() {
      // 2026-09-06 00:00 -04:00 becomes 01:00 -03:00: Sunday starts at 04:00Z and has 23 hours.
      assertThat(
              allDayEveryDay(santiago)
                  .between(Instant.parse("2026-09-06T04:00:00Z"), at("2026-09-07T00:00-03:00")))
          .isEqualTo(Duration.ofHours(23));
      WeeklyHoursCalendar earlySunday = onlySunday(santiago, period(0, 0, 1, 0));
      assertThat(earlySunday.between(at("2026-09-05T00:00-04:00"), at("2026-09-08T00:00-03:00")))
          .isZero();
      assertThat(earlySunday.isCovered(Instant.parse("2026-09-06T04:00:00Z"))).isFalse();
    }
  }

  /** Business hours in other zones, across their daylight-saving changes. */
  @Nested
  class OtherZones {

    @Test
    void newYorkWorkweekAcrossTheSpringChange() {
      WeeklyHoursCalendar calendar =
          WeeklyHoursCalendar.workweek(NEW_YORK, WORKWEEK, period(9, 0, 17, 0));
      // Friday 2026-03-06 16:00-17:00 EST is 1 h; Monday 2026-03-09 09:00-10:00 EDT the second.
      Instant friday = at("2026-03-06T16:00-05:00");
      Instant monday = at("2026-03-09T10:00-04:00");
      assertThat(calendar.add(friday, Duration.ofHours(2))).isEqualTo(monday);
      assertThat(monday).isEqualTo(Instant.parse("2026-03-09T14:00:00Z"));
      assertThat(calendar.between(friday, monday)).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void newYorkWorkweekAcrossTheAutumnChange() {
      WeeklyHoursCalendar calendar =
          WeeklyHoursCalendar.workweek(NEW_YORK, WORKWEEK, period(9, 0, 17, 0));
      // Friday 2026-10-30 16:30 EDT: 30 min; Monday 2026-11-02 09:00 EST + 90 min = 10:30 EST.
      assertThat(calendar.add(at("2026-10-30T16:30-04:00"), Duration.ofHours(2)))
          .isEqualTo(at("2026-11-02T10:30-05:00"));
      assertThat(calendar.isCovered(Instant.parse("2026-11-02T14:00:00Z"))).isTrue();
      assertThat(calendar.isCovered(Instant.parse("2026-11-02T13:59:59Z"))).isFalse();
    }

    @Test
    void lordHoweWorkweekAcrossTheAutumnChange() {
      WeeklyHoursCalendar calendar =
          WeeklyHoursCalendar.workweek(LORD_HOWE, WORKWEEK, period(9, 0, 17, 0));
      // Friday 2026-04-03 16:00 +11:00: 1 h; Monday 2026-04-06 09:00 +10:30 + 1 h.
      assertThat(calendar.add(at("2026-04-03T16:00+11:00"), Duration.ofHours(2)))
          .isEqualTo(Instant.parse("2026-04-05T23:30:00Z"));
    }
  }

  /** A period ending at 00:00 runs until midnight at the end of its day. */
  @Nested
  class PeriodEndingAtMidnight {
    private final WeeklyHoursCalendar calendar =
        WeeklyHoursCalendar.builder().zone(BERLIN).putHours(FRIDAY, period(22, 0, 0, 0)).build();

    @Test
    void coversUntilTheLastNanosecondOfTheDay() {
      assertThat(calendar.isCovered(at("2026-03-06T21:59:59.999999999+01:00"))).isFalse();
      assertThat(calendar.isCovered(at("2026-03-06T22:00+01:00"))).isTrue();
      assertThat(calendar.isCovered(at("2026-03-06T23:59:59.999999999+01:00"))).isTrue();
      assertThat(calendar.isCovered(at("2026-03-07T00:00+01:00"))).isFalse();
    }

    @Test
    void countsTwoHoursEachFriday() {
      assertThat(calendar.between(at("2026-03-06T20:00+01:00"), at("2026-03-07T06:00+01:00")))
          .isEqualTo(Duration.ofHours(2));
      assertThat(calendar.add(at("2026-03-06T22:00+01:00"), Duration.ofHours(2)))
          .isEqualTo(at("2026-03-07T00:00+01:00"));
      assertThat(calendar.add(at("2026-03-06T22:00+01:00"), Duration.ofHours(2).plusMinutes(1)))
          .isEqualTo(at("2026-03-13T22:01+01:00"));
    }

    @Test
    void saturdayBeforeSundayIsUnaffected() {
      WeeklyHoursCalendar weekend =
          WeeklyHoursCalendar.builder()
              .zone(BERLIN)
              .putHours(SATURDAY, period(23, 0, 0, 0))
              .putHours(SUNDAY, period(0, 0, 1, 0))
              .build();
      // Saturday 23:00 to Sunday 01:00 is one continuous 2 h stretch.
      assertThat(weekend.add(at("2026-03-07T23:00+01:00"), Duration.ofHours(2)))
          .isEqualTo(at("2026-03-08T01:00+01:00"));
    }
  }
}
