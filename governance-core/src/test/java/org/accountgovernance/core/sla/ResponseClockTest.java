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
import java.util.List;
import java.util.Optional;
import org.accountgovernance.core.sla.ResponseClock.Status;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Worked examples of response clocks, each expected value computed by hand. */
class ResponseClockTest {

  /** 08:00 UTC on Monday 2026-03-02; the examples run on a 24x7 calendar unless stated. */
  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  private static Instant hour(int h) {
    return T0.plus(Duration.ofHours(h - 8));
  }

  private static PausableClock clock(Pause... pauses) {
    return PausableClock.builder()
        .calendar(CoverageCalendar.alwaysOn())
        .start(T0)
        .addPauses(pauses)
        .build();
  }

  private static ResponseClock evaluate(
      Duration target,
      List<WarningPoint> warnings,
      PausableClock clock,
      Optional<Instant> respondedAt,
      Optional<Instant> endedAt,
      Instant now) {
    return ResponseClock.evaluate("L2", target, warnings, clock, respondedAt, endedAt, now);
  }

  private static ResponseClock fourHours(
      Optional<Instant> respondedAt, Optional<Instant> endedAt, Instant now) {
    return evaluate(Duration.ofHours(4), List.of(), clock(), respondedAt, endedAt, now);
  }

  @Nested
  class DeadlinesAndPauses {

    @Test
    void javadocExample() {
      ResponseClock state =
          evaluate(
              Duration.ofHours(4),
              List.of(WarningPoint.percentOfTarget(75)),
              clock(),
              Optional.empty(),
              Optional.empty(),
              hour(9));
      assertThat(state.status()).isEqualTo(Status.RUNNING);
      assertThat(state.deadline()).contains(hour(12));
      assertThat(state.nextChangeAt()).contains(hour(11));
      assertThat(state.warningsGiven()).isEmpty();
      assertThat(state.breach()).isEmpty();
      assertThat(state.remainingWhilePaused()).isEmpty();
      assertThat(state.startedAt()).isEqualTo(T0);
      assertThat(state.levelId()).isEqualTo("L2");
    }

    @Test
    void aTwoHourPauseMovesAFourHourDeadlineByTwoHours() {
      ResponseClock unpaused = fourHours(Optional.empty(), Optional.empty(), hour(9));
      ResponseClock paused =
          evaluate(
              Duration.ofHours(4),
              List.of(),
              clock(Pause.between(hour(9), hour(11))),
              Optional.empty(),
              Optional.empty(),
              hour(12));
      assertThat(unpaused.deadline()).contains(hour(12));
      assertThat(paused.deadline()).contains(hour(14));
      assertThat(paused.status()).isEqualTo(Status.RUNNING);
      assertThat(paused.nextChangeAt()).contains(hour(14).plusNanos(1));
    }

    @Test
    void anOpenPauseGivesPausedWithTheRemainingTimeAndNoDeadline() {
      PausableClock pausedAtTen = clock(Pause.since(hour(10)));
      ResponseClock expected =
          ResponseClock.builder()
              .levelId("L2")
              .startedAt(T0)
              .target(Duration.ofHours(4))
              .status(Status.PAUSED)
              .remainingWhilePaused(Duration.ofHours(2))
              .build();
      assertThat(
              evaluate(
                  Duration.ofHours(4),
                  List.of(),
                  pausedAtTen,
                  Optional.empty(),
                  Optional.empty(),
                  hour(11)))
          .isEqualTo(expected);
      // Long after the unpaused deadline (12:00) nothing has changed.
      assertThat(
              evaluate(
                  Duration.ofHours(4),
                  List.of(),
                  pausedAtTen,
                  Optional.empty(),
                  Optional.empty(),
                  hour(20)))
          .isEqualTo(expected);
    }

    @Test
    void warningsBeforeAnOpenPauseAreGivenAndLaterOnesWait() {
      // 25% of 4 h is 1 h: 09:00, before the pause; 75% is 3 h: after it, so not due while paused.
      ResponseClock state =
          evaluate(
              Duration.ofHours(4),
              List.of(WarningPoint.percentOfTarget(25), WarningPoint.percentOfTarget(75)),
              clock(Pause.since(hour(10))),
              Optional.empty(),
              Optional.empty(),
              hour(11));
      assertThat(state.status()).isEqualTo(Status.PAUSED);
      assertThat(state.warningsGiven()).containsExactly(hour(9));
      assertThat(state.nextChangeAt()).isEmpty();
    }

    @Test
    void resumingGivesADeadlineAgain() {
      // 2 h before the pause (08-10), paused 10-13, the remaining 2 h run 13-15.
      ResponseClock state =
          evaluate(
              Duration.ofHours(4),
              List.of(),
              clock(Pause.between(hour(10), hour(13))),
              Optional.empty(),
              Optional.empty(),
              hour(13));
      assertThat(state.status()).isEqualTo(Status.RUNNING);
      assertThat(state.deadline()).contains(hour(15));
      assertThat(state.remainingWhilePaused()).isEmpty();
    }

    @Test
    void businessHoursDeadlineAcrossTheWeekend() {
      WeeklyHoursCalendar berlin =
          WeeklyHoursCalendar.workweek(
              ZoneId.of("Europe/Berlin"),
              EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
              WorkingPeriod.of(LocalTime.of(8, 0), LocalTime.of(12, 0)),
              WorkingPeriod.of(LocalTime.of(14, 0), LocalTime.of(17, 0)));
      // Friday 2026-03-06 16:00 CET: 1 h on Friday, 3 h on Monday 08:00-11:00.
      Instant friday = OffsetDateTime.parse("2026-03-06T16:00+01:00").toInstant();
      ResponseClock state =
          ResponseClock.evaluate(
              "L1",
              Duration.ofHours(4),
              List.of(WarningPoint.percentOfTarget(75)),
              PausableClock.of(berlin, friday),
              Optional.empty(),
              Optional.empty(),
              OffsetDateTime.parse("2026-03-07T12:00+01:00").toInstant());
      assertThat(state.deadline()).contains(Instant.parse("2026-03-09T10:00:00Z"));
      // 75% is 3 h: 1 h Friday + 2 h Monday -> Monday 10:00 CET.
      assertThat(state.nextChangeAt()).contains(Instant.parse("2026-03-09T09:00:00Z"));
    }
  }

  @Nested
  class ResponsesAndEnds {

    @Test
    void responseOnTimeIsMet() {
      ResponseClock state = fourHours(Optional.of(hour(10)), Optional.empty(), hour(13));
      assertThat(state.status()).isEqualTo(Status.MET);
      assertThat(state.deadline()).contains(hour(12));
      assertThat(state.respondedAt()).contains(hour(10));
      assertThat(state.breach()).isEmpty();
      assertThat(state.nextChangeAt()).isEmpty();
    }

    @Test
    void responseExactlyAtTheDeadlineIsMet() {
      ResponseClock state = fourHours(Optional.of(hour(12)), Optional.empty(), hour(12));
      assertThat(state.status()).isEqualTo(Status.MET);
      assertThat(state.breach()).isEmpty();
      assertThat(state.nextChangeAt()).isEmpty();
    }

    @Test
    void responseOneNanosecondLateIsBreachedByOneNanosecond() {
      Instant late = hour(12).plusNanos(1);
      ResponseClock state = fourHours(Optional.of(late), Optional.empty(), hour(13));
      Breach breach = Breach.builder().levelId("L2").deadline(hour(12)).respondedAt(late).build();
      assertThat(state)
          .isEqualTo(
              ResponseClock.builder()
                  .levelId("L2")
                  .startedAt(T0)
                  .target(Duration.ofHours(4))
                  .status(Status.BREACHED)
                  .deadline(hour(12))
                  .respondedAt(late)
                  .breach(breach)
                  .build());
      assertThat(breach.at()).isEqualTo(late);
      assertThat(breach.lateness()).contains(Duration.ofNanos(1));
      assertThat(breach.latenessAt(hour(20))).isEqualTo(Duration.ofNanos(1));
    }

    @Test
    void withoutResponseTheBreachComesOneNanosecondAfterTheDeadline() {
      ResponseClock atDeadline = fourHours(Optional.empty(), Optional.empty(), hour(12));
      assertThat(atDeadline.status()).isEqualTo(Status.RUNNING);
      assertThat(atDeadline.nextChangeAt()).contains(hour(12).plusNanos(1));

      ResponseClock justAfter =
          fourHours(Optional.empty(), Optional.empty(), hour(12).plusNanos(1));
      assertThat(justAfter.status()).isEqualTo(Status.BREACHED);
      assertThat(justAfter.nextChangeAt()).isEmpty();
      Breach breach = justAfter.breach().orElseThrow();
      assertThat(breach.at()).isEqualTo(hour(12).plusNanos(1));
      assertThat(breach.respondedAt()).isEmpty();
      assertThat(breach.lateness()).isEmpty();
      assertThat(breach.latenessAt(hour(13))).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void endedBeforeTheDeadlineWithoutResponseIsEnded() {
      ResponseClock state = fourHours(Optional.empty(), Optional.of(hour(11)), hour(13));
      assertThat(state.status()).isEqualTo(Status.ENDED);
      assertThat(state.endedAt()).contains(hour(11));
      assertThat(state.breach()).isEmpty();
      assertThat(state.nextChangeAt()).isEmpty();
    }

    @Test
    void endedExactlyAtTheDeadlineIsEndedNotBreached() {
      ResponseClock state = fourHours(Optional.empty(), Optional.of(hour(12)), hour(13));
      assertThat(state.status()).isEqualTo(Status.ENDED);
      assertThat(state.breach()).isEmpty();
    }

    @Test
    void endedAfterTheDeadlineWithoutResponseStaysBreached() {
      ResponseClock state =
          fourHours(Optional.empty(), Optional.of(hour(12).plusSeconds(1)), hour(13));
      assertThat(state.status()).isEqualTo(Status.BREACHED);
      assertThat(state.breach().orElseThrow().respondedAt()).isEmpty();
      assertThat(state.nextChangeAt()).isEmpty();
    }

    @Test
    void aResponseInTimeStaysMetWhenTheLevelEndsAfterTheDeadline() {
      // Responded at 10:00, due 12:00, the level left at 13:00: the response stopped the clock.
      ResponseClock state = fourHours(Optional.of(hour(10)), Optional.of(hour(13)), hour(14));
      assertThat(state.status()).isEqualTo(Status.MET);
      assertThat(state.breach()).isEmpty();
      assertThat(state.endedAt()).contains(hour(13));
    }

    @Test
    void aResponseAfterTheLevelEndedDoesNotCount() {
      ResponseClock state =
          fourHours(Optional.of(hour(11).plusSeconds(1)), Optional.of(hour(11)), hour(13));
      assertThat(state.status()).isEqualTo(Status.ENDED);
    }
  }

  @Nested
  class Warnings {
    // 8 h target from 08:00: 75% = 6 h -> 14:00; 1 h before the deadline -> 15:00; due 16:00.
    private final List<WarningPoint> warnings =
        List.of(WarningPoint.before(Duration.ofHours(1)), WarningPoint.percentOfTarget(75));

    private ResponseClock at(Instant now) {
      return evaluate(
          Duration.ofHours(8), warnings, clock(), Optional.empty(), Optional.empty(), now);
    }

    @Test
    void beforeAnyWarning() {
      ResponseClock state = at(hour(13));
      assertThat(state.deadline()).contains(hour(16));
      assertThat(state.warningsGiven()).isEmpty();
      assertThat(state.nextChangeAt()).contains(hour(14));
    }

    @Test
    void theFirstWarningIsGivenAtItsInstant() {
      assertThat(at(hour(14).minusNanos(1)).warningsGiven()).isEmpty();
      ResponseClock state = at(hour(14));
      assertThat(state.warningsGiven()).containsExactly(hour(14));
      assertThat(state.nextChangeAt()).contains(hour(15));
    }

    @Test
    void bothWarningsGivenThenTheBreachIsNext() {
      ResponseClock state = at(hour(15).plusSeconds(1800));
      assertThat(state.status()).isEqualTo(Status.RUNNING);
      assertThat(state.warningsGiven()).containsExactly(hour(14), hour(15));
      assertThat(state.nextChangeAt()).contains(hour(16).plusNanos(1));
    }

    @Test
    void warningsStayOnRecordAfterTheBreach() {
      ResponseClock state = at(hour(17));
      assertThat(state.status()).isEqualTo(Status.BREACHED);
      assertThat(state.warningsGiven()).containsExactly(hour(14), hour(15));
      assertThat(state.nextChangeAt()).isEmpty();
    }

    @Test
    void aResponseStopsFurtherWarnings() {
      ResponseClock state =
          evaluate(
              Duration.ofHours(8),
              warnings,
              clock(),
              Optional.of(hour(14).plusSeconds(1800)),
              Optional.empty(),
              hour(17));
      assertThat(state.status()).isEqualTo(Status.MET);
      assertThat(state.warningsGiven()).containsExactly(hour(14));
      assertThat(state.nextChangeAt()).isEmpty();
    }

    @Test
    void twoPointsOnOneInstantWarnOnceWhateverTheirOrder() {
      // 75 % of 8 h and 2 h before the deadline are both 14:00.
      WarningPoint share = WarningPoint.percentOfTarget(75);
      WarningPoint lead = WarningPoint.before(Duration.ofHours(2));
      ResponseClock oneOrder =
          evaluate(
              Duration.ofHours(8),
              List.of(share, lead),
              clock(),
              Optional.empty(),
              Optional.empty(),
              hour(15));
      ResponseClock otherOrder =
          evaluate(
              Duration.ofHours(8),
              List.of(lead, share),
              clock(),
              Optional.empty(),
              Optional.empty(),
              hour(15));

      assertThat(otherOrder).isEqualTo(oneOrder);
      assertThat(oneOrder.warnings())
          .containsExactly(PreBreachWarning.of(hour(14), share, hour(16)));
    }

    @Test
    void aPauseMovesTheWarningsWithTheDeadline() {
      ResponseClock state =
          evaluate(
              Duration.ofHours(8),
              warnings,
              clock(Pause.between(hour(9), hour(10))),
              Optional.empty(),
              Optional.empty(),
              hour(15).plusSeconds(1800));
      assertThat(state.deadline()).contains(hour(17));
      assertThat(state.warningsGiven()).containsExactly(hour(15));
      assertThat(state.nextChangeAt()).contains(hour(16));
    }
  }

  @Nested
  class ImmediateTarget {
    private final List<WarningPoint> warnings =
        List.of(WarningPoint.percentOfTarget(75), WarningPoint.before(Duration.ofHours(1)));

    @Test
    void theDeadlineIsTheStartAndTheBreachOneNanosecondLater() {
      ResponseClock state =
          evaluate(Duration.ZERO, warnings, clock(), Optional.empty(), Optional.empty(), T0);
      assertThat(state.status()).isEqualTo(Status.RUNNING);
      assertThat(state.deadline()).contains(T0);
      assertThat(state.warningsGiven()).isEmpty();
      assertThat(state.nextChangeAt()).contains(T0.plusNanos(1));

      ResponseClock breached =
          evaluate(
              Duration.ZERO,
              warnings,
              clock(),
              Optional.empty(),
              Optional.empty(),
              T0.plusNanos(1));
      assertThat(breached.status()).isEqualTo(Status.BREACHED);
      assertThat(breached.breach().orElseThrow().at()).isEqualTo(T0.plusNanos(1));
      assertThat(breached.warningsGiven()).isEmpty();
    }

    @Test
    void aResponseAtTheStartMeetsIt() {
      ResponseClock state =
          evaluate(Duration.ZERO, warnings, clock(), Optional.of(T0), Optional.empty(), hour(9));
      assertThat(state.status()).isEqualTo(Status.MET);
      assertThat(state.breach()).isEmpty();
    }

    @Test
    void aResponseOneNanosecondAfterTheStartIsLate() {
      ResponseClock state =
          evaluate(
              Duration.ZERO,
              warnings,
              clock(),
              Optional.of(T0.plusNanos(1)),
              Optional.empty(),
              hour(9));
      assertThat(state.status()).isEqualTo(Status.BREACHED);
      assertThat(state.breach().orElseThrow().lateness()).contains(Duration.ofNanos(1));
    }
  }

  @Nested
  class InvalidInputs {

    @Test
    void evaluatingBeforeTheStartIsRejected() {
      assertThatThrownBy(() -> fourHours(Optional.empty(), Optional.empty(), T0.minusNanos(1)))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("now must be ")
          .hasMessageEndingWith(" but was 2026-03-02T07:59:59.999999999Z");
    }

    @Test
    void aResponseOutsideTheClockIsRejected() {
      assertThatThrownBy(() -> fourHours(Optional.of(hour(14)), Optional.empty(), hour(13)))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("respondedAt must be ")
          .hasMessageEndingWith(" but was 2026-03-02T14:00:00Z");
      assertThatThrownBy(
              () -> fourHours(Optional.empty(), Optional.of(T0.minusSeconds(1)), hour(13)))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("endedAt must be ")
          .hasMessageEndingWith(" but was 2026-03-02T07:59:59Z");
    }

    @Test
    void aPauseThatHasNotBegunYetIsRejected() {
      assertThatThrownBy(
              () ->
                  evaluate(
                      Duration.ofHours(4),
                      List.of(),
                      clock(Pause.since(hour(12))),
                      Optional.empty(),
                      Optional.empty(),
                      hour(11)))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("clock.pauses.start must be ")
          .hasMessageEndingWith(" but was 2026-03-02T12:00:00Z");
    }

    @Test
    void aPauseEndingAfterNowIsRejected() {
      assertThatThrownBy(
              () ->
                  evaluate(
                      Duration.ofHours(4),
                      List.of(),
                      clock(Pause.between(hour(9), hour(13))),
                      Optional.empty(),
                      Optional.empty(),
                      hour(10)))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("clock.pauses.end must be ")
          .hasMessageEndingWith(" but was 2026-03-02T13:00:00Z");
    }

    @Test
    void aNegativeTargetIsRejected() {
      assertThatThrownBy(
              () ->
                  evaluate(
                      Duration.ofHours(-1),
                      List.of(),
                      clock(),
                      Optional.empty(),
                      Optional.empty(),
                      T0))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage("target must be zero or positive but was PT-1H");
    }
  }
}
