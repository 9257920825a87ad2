package org.accountgovernance.core.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Worked examples of working time with pauses, each computed by hand. */
class PausableClockTest {

  private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");

  private static Instant hour(int h) {
    return NINE.plus(Duration.ofHours(h - 9));
  }

  @Test
  void javadocExampleTwoHourPauseOnRoundTheClockCalendar() {
    PausableClock clock =
        PausableClock.builder()
            .calendar(CoverageCalendar.alwaysOn())
            .start(NINE)
            .addPause(Pause.between(hour(10), hour(12)))
            .build();
    // 09:00-10:00 counts, 10:00-12:00 is paused, 12:00-13:00 counts.
    assertThat(clock.elapsed(hour(13))).isEqualTo(Duration.ofHours(2));
    assertThat(clock.elapsed(hour(11))).isEqualTo(Duration.ofHours(1));
    // 4 h: 1 h before the pause, 3 h after 12:00.
    assertThat(clock.instantAt(Duration.ofHours(4))).contains(hour(15));
    // Exactly the hour before the pause is reached when the pause starts.
    assertThat(clock.instantAt(Duration.ofHours(1))).contains(hour(10));
    assertThat(clock.instantAt(Duration.ofHours(1).plusNanos(1))).contains(hour(12).plusNanos(1));
  }

  @Test
  void pausedIsHalfOpen() {
    PausableClock clock =
        PausableClock.builder()
            .calendar(CoverageCalendar.alwaysOn())
            .start(NINE)
            .addPause(Pause.between(hour(10), hour(12)))
            .build();
    assertThat(clock.isPausedAt(hour(10).minusNanos(1))).isFalse();
    assertThat(clock.isPausedAt(hour(10))).isTrue();
    assertThat(clock.isPausedAt(hour(12).minusNanos(1))).isTrue();
    assertThat(clock.isPausedAt(hour(12))).isFalse();
  }

  @Test
  void nothingCountsBeforeTheStart() {
    PausableClock clock = PausableClock.of(CoverageCalendar.alwaysOn(), NINE);
    assertThat(clock.elapsed(NINE.minusSeconds(1))).isZero();
    assertThat(clock.elapsed(NINE)).isZero();
    assertThat(clock.instantAt(Duration.ZERO)).contains(NINE);
    assertThat(clock.pauses()).isEmpty();
  }

  @Test
  void anOpenPauseStopsTheClock() {
    PausableClock clock =
        PausableClock.builder()
            .calendar(CoverageCalendar.alwaysOn())
            .start(NINE)
            .addPause(Pause.since(hour(10)))
            .build();
    assertThat(clock.isPausedAt(hour(10))).isTrue();
    assertThat(clock.isPausedAt(hour(10).plus(Duration.ofDays(400)))).isTrue();
    assertThat(clock.elapsed(hour(15))).isEqualTo(Duration.ofHours(1));
    assertThat(clock.instantAt(Duration.ofHours(1))).contains(hour(10));
    assertThat(clock.instantAt(Duration.ofHours(1).plusNanos(1))).isEmpty();
  }

  @Test
  void aPauseAtTheStartDelaysEverything() {
    PausableClock clock =
        PausableClock.builder()
            .calendar(CoverageCalendar.alwaysOn())
            .start(NINE)
            .addPause(Pause.between(NINE, hour(10)))
            .addPause(Pause.between(hour(10), hour(11)))
            .build();
    assertThat(clock.instantAt(Duration.ZERO)).contains(NINE);
    assertThat(clock.instantAt(Duration.ofNanos(1))).contains(hour(11).plusNanos(1));
    assertThat(clock.instantAt(Duration.ofHours(1))).contains(hour(12));
  }

  @Test
  void workingTimeIsCountedOnTheCalendar() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    WeeklyHoursCalendar calendar =
        WeeklyHoursCalendar.workweek(
            berlin,
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            WorkingPeriod.of(LocalTime.of(8, 0), LocalTime.of(12, 0)),
            WorkingPeriod.of(LocalTime.of(14, 0), LocalTime.of(17, 0)));
    // Monday 2026-03-02, CET (+01:00): starts 11:00, paused 14:00-15:00.
    Instant start = OffsetDateTime.parse("2026-03-02T11:00+01:00").toInstant();
    PausableClock clock =
        PausableClock.builder()
            .calendar(calendar)
            .start(start)
            .addPause(
                Pause.between(
                    OffsetDateTime.parse("2026-03-02T14:00+01:00").toInstant(),
                    OffsetDateTime.parse("2026-03-02T15:00+01:00").toInstant()))
            .build();
    // 11-12 (1 h) and 15-17 (2 h).
    assertThat(clock.elapsed(OffsetDateTime.parse("2026-03-02T17:00+01:00").toInstant()))
        .isEqualTo(Duration.ofHours(3));
    // The fourth hour is Tuesday 08:00-09:00.
    assertThat(clock.instantAt(Duration.ofHours(4)))
        .contains(OffsetDateTime.parse("2026-03-03T09:00+01:00").toInstant());
  }

  @Test
  void negativeWorkingTimeIsRejected() {
    PausableClock clock = PausableClock.of(CoverageCalendar.alwaysOn(), NINE);
    assertThatThrownBy(() -> clock.instantAt(Duration.ofSeconds(-1)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("workingTime must be zero or positive but was PT-1S");
  }
}
