package org.accountgovernance.core.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class WeeklyHoursCalendarWindowsTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static CoverageWindow w(String start, String end) {
    return CoverageWindow.of(Instant.parse(start), Instant.parse(end));
  }

  @Test
  void aPeriodEndingAt24IsMergedWithOneStartingAtMidnightTheNextDay() {
    // Monday 20:00-24:00 and Tuesday 00:00-06:00 in Berlin (CET, UTC+1, in March before the 29th).
    WeeklyHoursCalendar nightShift =
        WeeklyHoursCalendar.builder()
            .zone(BERLIN)
            .putHours(DayOfWeek.MONDAY, WorkingPeriod.of(LocalTime.of(20, 0), LocalTime.MIDNIGHT))
            .putHours(DayOfWeek.TUESDAY, WorkingPeriod.of(LocalTime.MIDNIGHT, LocalTime.of(6, 0)))
            .build();
    assertThat(
            nightShift.windows(
                Instant.parse("2026-03-01T23:00:00Z"), Instant.parse("2026-03-08T23:00:00Z")))
        .containsExactly(w("2026-03-02T19:00:00Z", "2026-03-03T05:00:00Z"));
  }

  @Test
  void allDayOnConsecutiveDaysIsOneWindowAndClippedToTheRange() {
    WeeklyHoursCalendar weekend =
        WeeklyHoursCalendar.workweek(
            LONDON, EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), WorkingPeriod.allDay());
    // Saturday 7 March 00:00 to Monday 9 March 00:00 (GMT), asked from Saturday noon.
    assertThat(
            weekend.windows(
                Instant.parse("2026-03-07T12:00:00Z"), Instant.parse("2026-03-16T00:00:00Z")))
        .containsExactly(
            w("2026-03-07T12:00:00Z", "2026-03-09T00:00:00Z"),
            w("2026-03-14T00:00:00Z", "2026-03-16T00:00:00Z"));
  }

  @Test
  void theDayClocksGoForwardIsOneWindowOf23Hours() {
    WeeklyHoursCalendar sunday =
        WeeklyHoursCalendar.workweek(LONDON, EnumSet.of(DayOfWeek.SUNDAY), WorkingPeriod.allDay());
    // Sunday 29 March 2026: 00:00 GMT = 00:00Z until 24:00 BST = 23:00Z.
    assertThat(
            sunday.windows(
                Instant.parse("2026-03-23T00:00:00Z"), Instant.parse("2026-03-30T00:00:00Z")))
        .singleElement()
        .isEqualTo(w("2026-03-29T00:00:00Z", "2026-03-29T23:00:00Z"))
        .extracting(CoverageWindow::length)
        .isEqualTo(Duration.ofHours(23));
  }

  @Test
  void windowsOfABackwardRangeAreRejected() {
    WeeklyHoursCalendar sunday =
        WeeklyHoursCalendar.workweek(LONDON, EnumSet.of(DayOfWeek.SUNDAY), WorkingPeriod.allDay());
    assertThatThrownBy(
            () ->
                sunday.windows(
                    Instant.parse("2026-03-30T00:00:00Z"), Instant.parse("2026-03-29T00:00:00Z")))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "to must be at or after from (2026-03-30T00:00:00Z) but was 2026-03-29T00:00:00Z");
  }
}
