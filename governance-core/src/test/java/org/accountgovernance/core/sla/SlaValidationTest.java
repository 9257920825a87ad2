package org.accountgovernance.core.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The validation of working periods, calendars, pauses, clocks and warning points. */
class SlaValidationTest {

  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** Asserts the message form {@code "<field> must be <rule> but was <value>"}. */
  static void assertRejected(ThrowingCallable call, String field, String value) {
    assertThatThrownBy(call)
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(field + " must be ")
        .hasMessageEndingWith(" but was " + value);
  }

  private static WorkingPeriod period(int fromHour, int fromMinute, int toHour, int toMinute) {
    return WorkingPeriod.of(LocalTime.of(fromHour, fromMinute), LocalTime.of(toHour, toMinute));
  }

  // --- WorkingPeriod -----------------------------------------------------------------------------

  @Test
  void periodEndingBeforeItStartsIsRejected() {
    assertRejected(() -> period(12, 0, 8, 0), "WorkingPeriod.end", "08:00");
  }

  @Test
  void emptyPeriodIsRejected() {
    assertRejected(() -> period(8, 0, 8, 0), "WorkingPeriod.end", "08:00");
  }

  @Test
  void periodEndingAtMidnightRunsUntil24() {
    WorkingPeriod evening = period(22, 0, 0, 0);
    assertThat(evening.endsAtMidnight()).isTrue();
    assertThat(evening.length()).isEqualTo(Duration.ofHours(2));
    assertThat(evening.contains(LocalTime.of(23, 59, 59, 999_999_999))).isTrue();
    assertThat(evening.contains(LocalTime.MIDNIGHT)).isFalse();
    assertThat(evening).hasToString("22:00-24:00");
    assertThat(WorkingPeriod.allDay().length()).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void touchingPeriodsDoNotOverlap() {
    assertThat(period(8, 0, 12, 0).overlaps(period(12, 0, 14, 0))).isFalse();
    assertThat(period(12, 0, 14, 0).overlaps(period(8, 0, 12, 0))).isFalse();
    assertThat(period(8, 0, 12, 1).overlaps(period(12, 0, 14, 0))).isTrue();
    assertThat(period(22, 0, 0, 0).overlaps(period(23, 0, 23, 30))).isTrue();
    assertThat(period(0, 0, 1, 0).overlaps(period(22, 0, 0, 0))).isFalse();
  }

  // --- WeeklyHoursCalendar -----------------------------------------------------------------------

  @Test
  void overlappingPeriodsAreRejected() {
    assertRejected(
        () ->
            WeeklyHoursCalendar.builder()
                .zone(BERLIN)
                .putHours(DayOfWeek.MONDAY, period(8, 0, 12, 0))
                .putHours(DayOfWeek.TUESDAY, period(8, 0, 12, 0))
                .putHours(DayOfWeek.TUESDAY, period(14, 0, 17, 0))
                .putHours(DayOfWeek.TUESDAY, period(11, 30, 13, 0))
                .build(),
        "WeeklyHoursCalendar.hours[TUESDAY]",
        "[08:00-12:00, 11:30-13:00, 14:00-17:00]");
  }

  @Test
  void overlapWithAPeriodUntilMidnightIsRejected() {
    assertRejected(
        () ->
            WeeklyHoursCalendar.builder()
                .zone(BERLIN)
                .putHours(DayOfWeek.FRIDAY, WorkingPeriod.allDay())
                .putHours(DayOfWeek.FRIDAY, period(9, 0, 10, 0))
                .build(),
        "WeeklyHoursCalendar.hours[FRIDAY]",
        "[00:00-24:00, 09:00-10:00]");
  }

  @Test
  void calendarWithoutAnyPeriodIsRejected() {
    assertRejected(
        () -> WeeklyHoursCalendar.builder().zone(BERLIN).build(),
        "WeeklyHoursCalendar.hours",
        "{}");
  }

  @Test
  void negativeWorkingTimeAndReversedIntervalsAreRejected() {
    WeeklyHoursCalendar calendar =
        WeeklyHoursCalendar.builder()
            .zone(BERLIN)
            .putHours(DayOfWeek.MONDAY, period(8, 0, 17, 0))
            .build();
    assertRejected(() -> calendar.add(T0, Duration.ofNanos(-1)), "workingTime", "PT-0.000000001S");
    assertRejected(
        () -> calendar.between(T0, T0.minusNanos(1)), "to", "2026-03-02T07:59:59.999999999Z");
    CoverageCalendar always = CoverageCalendar.alwaysOn();
    assertRejected(() -> always.add(T0, Duration.ofHours(-1)), "workingTime", "PT-1H");
    assertRejected(() -> always.between(T0, T0.minusSeconds(1)), "to", "2026-03-02T07:59:59Z");
  }

  // --- Pause -------------------------------------------------------------------------------------

  @Test
  void pauseEndingBeforeItStartsIsRejected() {
    assertRejected(
        () -> Pause.between(T0, T0.minusNanos(1)), "Pause.end", "2026-03-02T07:59:59.999999999Z");
    assertThat(Pause.between(T0, T0).end()).contains(T0);
  }

  // --- PausableClock -----------------------------------------------------------------------------

  @Test
  void pausesOutOfOrderAreRejected() {
    assertRejected(
        () ->
            PausableClock.builder()
                .calendar(CoverageCalendar.alwaysOn())
                .start(T0)
                .addPause(Pause.between(T0.plusSeconds(3600), T0.plusSeconds(7200)))
                .addPause(Pause.between(T0.plusSeconds(1800), T0.plusSeconds(2400)))
                .build(),
        "PausableClock.pauses[1].start",
        "2026-03-02T08:30:00Z");
  }

  @Test
  void overlappingPausesAreRejected() {
    assertRejected(
        () ->
            PausableClock.builder()
                .calendar(CoverageCalendar.alwaysOn())
                .start(T0)
                .addPause(Pause.between(T0.plusSeconds(3600), T0.plusSeconds(7200)))
                .addPause(Pause.since(T0.plusSeconds(7199)))
                .build(),
        "PausableClock.pauses[1].start",
        "2026-03-02T09:59:59Z");
  }

  @Test
  void pauseBeforeTheStartIsRejected() {
    assertRejected(
        () ->
            PausableClock.builder()
                .calendar(CoverageCalendar.alwaysOn())
                .start(T0)
                .addPause(Pause.between(T0.minusSeconds(1), T0.plusSeconds(60)))
                .build(),
        "PausableClock.pauses[0].start",
        "2026-03-02T07:59:59Z");
  }

  @Test
  void openPauseThatIsNotLastIsRejected() {
    assertRejected(
        () ->
            PausableClock.builder()
                .calendar(CoverageCalendar.alwaysOn())
                .start(T0)
                .addPause(Pause.since(T0.plusSeconds(60)))
                .addPause(Pause.between(T0.plusSeconds(120), T0.plusSeconds(180)))
                .build(),
        "PausableClock.pauses[0].end",
        "empty");
  }

  @Test
  void adjacentPausesAndAnOpenLastPauseAreAccepted() {
    PausableClock clock =
        PausableClock.builder()
            .calendar(CoverageCalendar.alwaysOn())
            .start(T0)
            .addPause(Pause.between(T0, T0.plusSeconds(60)))
            .addPause(Pause.between(T0.plusSeconds(60), T0.plusSeconds(120)))
            .addPause(Pause.since(T0.plusSeconds(120)))
            .build();
    assertThat(clock.pauses()).hasSize(3);
  }

  // --- WarningPoint ------------------------------------------------------------------------------

  @Test
  void warningAtZeroPercentIsRejected() {
    assertRejected(() -> WarningPoint.percentOfTarget(0), "WarningPoint.percent", "0");
  }

  @Test
  void warningAboveHundredPercentIsRejected() {
    assertRejected(
        () -> WarningPoint.percentOfTarget(new BigDecimal("100.5")),
        "WarningPoint.percent",
        "100.5");
    assertRejected(() -> WarningPoint.percentOfTarget(101), "WarningPoint.percent", "101");
    assertRejected(() -> WarningPoint.percentOfTarget(-5), "WarningPoint.percent", "-5");
  }

  @Test
  void warningAtHundredPercentIsAllowed() {
    WarningPoint atDeadline = WarningPoint.percentOfTarget(100);
    assertThat(atDeadline.workingTimeInto(Duration.ofHours(4))).contains(Duration.ofHours(4));
    assertThat(WarningPoint.percentOfTarget(new BigDecimal("0.001")).percent()).isPresent();
  }

  @Test
  void negativeOrZeroLeadIsRejected() {
    assertRejected(
        () -> WarningPoint.before(Duration.ofMinutes(-30)), "WarningPoint.lead", "PT-30M");
    assertRejected(() -> WarningPoint.before(Duration.ZERO), "WarningPoint.lead", "PT0S");
  }

  @Test
  void warningWithNeitherOrBothMeasuresIsRejected() {
    assertThatThrownBy(() -> ImmutableWarningPoint.builder().build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("WarningPoint must be either a percent or a lead but was ")
        .hasMessageContaining("percent none")
        .hasMessageContaining("lead none");
    assertThatThrownBy(
            () ->
                ImmutableWarningPoint.builder()
                    .percent(BigDecimal.TEN)
                    .lead(Duration.ofHours(1))
                    .build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("WarningPoint must be either a percent or a lead but was ")
        .hasMessageContaining("percent 10")
        .hasMessageContaining("lead PT1H");
  }

  @Test
  void warningTimesAreWorkingTimeIntoTheTarget() {
    Duration target = Duration.ofHours(4);
    assertThat(WarningPoint.percentOfTarget(75).workingTimeInto(target))
        .contains(Duration.ofHours(3));
    assertThat(WarningPoint.before(Duration.ofHours(1)).workingTimeInto(target))
        .contains(Duration.ofHours(3));
    // A lead as long as the target, or a zero target, would warn at the start: no warning.
    assertThat(WarningPoint.before(Duration.ofHours(4)).workingTimeInto(target)).isEmpty();
    assertThat(WarningPoint.before(Duration.ofHours(5)).workingTimeInto(target)).isEmpty();
    assertThat(WarningPoint.percentOfTarget(75).workingTimeInto(Duration.ZERO)).isEmpty();
    // 33.3% of 10 ns is 3.33 ns: a share that is not a whole nanosecond rounds up, to 4 ns.
    assertThat(
            WarningPoint.percentOfTarget(new BigDecimal("33.3"))
                .workingTimeInto(Duration.ofNanos(10)))
        .contains(Duration.ofNanos(4));
    assertThat(WarningPoint.percentOfTarget(75)).hasToString("75% of target");
    assertThat(WarningPoint.before(Duration.ofHours(1))).hasToString("PT1H before deadline");
  }
}
