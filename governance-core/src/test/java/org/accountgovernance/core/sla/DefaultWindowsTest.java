package org.accountgovernance.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * The SPI's default {@code windows}, as a host calendar that implements only the basics gets it.
 */
class DefaultWindowsTest {
  private static final Instant T = Instant.parse("2026-03-02T00:00:00Z");

  private static CoverageCalendar host(CoverageCalendar inner) {
    return new CoverageCalendar() {
      @Override
      public Instant add(Instant start, Duration workingTime) {
        return inner.add(start, workingTime);
      }

      @Override
      public Duration between(Instant from, Instant to) {
        return inner.between(from, to);
      }

      @Override
      public boolean isCovered(Instant instant) {
        return inner.isCovered(instant);
      }
    };
  }

  @Test
  void aRangeLongerThanNanosecondsCanCountIsOneWindowForARoundTheClockCalendar() {
    Instant far = T.plus(Duration.ofDays(365L * 300));
    assertThat(host(CoverageCalendar.alwaysOn()).windows(T, far))
        .containsExactly(CoverageWindow.of(T, far));
  }

  @Test
  void anEmptyRangeHasNoWindow() {
    assertThat(host(CoverageCalendar.alwaysOn()).windows(T, T)).isEmpty();
  }

  /** Monday to Friday 09:00–17:00 UTC: 2026-03-02 is a Monday. */
  private static final WeeklyHoursCalendar OFFICE =
      WeeklyHoursCalendar.workweek(
          ZoneOffset.UTC,
          EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
          WorkingPeriod.of(LocalTime.of(9, 0), LocalTime.of(17, 0)));

  @Test
  void theDefaultFindsTheSameWindowsAsACalendarThatKnowsThem() {
    // From Monday 10:30 to Sunday noon: clipped at the start, nothing in the weekend.
    Instant from = T.plus(Duration.ofMinutes(10 * 60 + 30));
    Instant to = T.plus(Duration.ofDays(6)).plus(Duration.ofHours(12));

    assertThat(host(OFFICE).windows(from, to))
        .isEqualTo(OFFICE.windows(from, to))
        .hasSize(5)
        .first()
        .isEqualTo(CoverageWindow.of(from, T.plus(Duration.ofHours(17))));
  }

  @Test
  void aRangeEndingInUncoveredTimeHasNoWindowBeyondIt() {
    // Friday 17:00 to Saturday noon: nothing covered, and the next Monday lies outside the range.
    Instant fridayClose = T.plus(Duration.ofDays(4)).plus(Duration.ofHours(17));
    assertThat(host(OFFICE).windows(fridayClose, fridayClose.plus(Duration.ofHours(19)))).isEmpty();
    // A range cut in the middle of Friday's hours ends there.
    Instant fridayNoon = T.plus(Duration.ofDays(4)).plus(Duration.ofHours(12));
    assertThat(host(OFFICE).windows(fridayNoon.minus(Duration.ofHours(5)), fridayNoon))
        .containsExactly(CoverageWindow.of(fridayNoon.minus(Duration.ofHours(3)), fridayNoon));
  }
}
