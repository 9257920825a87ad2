package org.accountgovernance.core.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A desk closed for years: {@code add} searches at most {@link
 * WeeklyHoursCalendar#MAX_UNCOVERED_DAYS} consecutive uncovered days for coverage before it gives
 * up, while {@code between} and {@code windows} never look past the end of their range.
 */
class WeeklyHoursCalendarClosureTest {
  private static final LocalDate CLOSED_FROM = LocalDate.of(2030, 1, 1);
  private static final Instant CLOSING = Instant.parse("2030-01-01T00:00:00Z");

  /** Round the clock in UTC, closed for {@code days} days from 1 January 2030. */
  private static WeeklyHoursCalendar closedFor(int days) {
    return WeeklyHoursCalendar.builder()
        .from(
            WeeklyHoursCalendar.workweek(
                ZoneOffset.UTC, EnumSet.allOf(DayOfWeek.class), WorkingPeriod.allDay()))
        .addAllHolidays(Stream.iterate(CLOSED_FROM, d -> d.plusDays(1)).limit(days).toList())
        .build();
  }

  @Test
  void addWaitsOutAClosureOfTheLongestAcceptedLength() {
    int days = WeeklyHoursCalendar.MAX_UNCOVERED_DAYS;
    Instant reopening = CLOSED_FROM.plusDays(days).atStartOfDay(ZoneOffset.UTC).toInstant();

    assertThat(closedFor(days).add(CLOSING, Duration.ofHours(4)))
        .isEqualTo(reopening.plus(Duration.ofHours(4)));
  }

  @Test
  void addGivesUpOnALongerClosureNamingTheCalendar() {
    WeeklyHoursCalendar calendar = closedFor(WeeklyHoursCalendar.MAX_UNCOVERED_DAYS + 1);

    assertThatThrownBy(() -> calendar.add(CLOSING, Duration.ofHours(4)))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("no covered time within 3700 days after 2030-01-01T00:00:00Z on ")
        .hasMessageContaining("WeeklyHours[Z, ");
  }

  @Test
  void aLongRunOfCoveredDaysIsNoClosure() {
    // Eleven years round the clock: more consecutive covered days than the closure limit.
    WeeklyHoursCalendar calendar = closedFor(0);
    Duration elevenYears = Duration.ofDays(11 * 365);

    assertThat(calendar.add(CLOSING, elevenYears)).isEqualTo(CLOSING.plus(elevenYears));
  }

  @Test
  void betweenAndWindowsInsideALongClosureLookNoFurtherThanTheirRange() {
    WeeklyHoursCalendar calendar = closedFor(WeeklyHoursCalendar.MAX_UNCOVERED_DAYS + 1);
    Instant aWeekLater = CLOSING.plus(Duration.ofDays(7));

    assertThat(calendar.between(CLOSING, aWeekLater)).isZero();
    assertThat(calendar.windows(CLOSING, aWeekLater)).isEmpty();
    assertThat(calendar.isCovered(aWeekLater)).isFalse();
  }
}
