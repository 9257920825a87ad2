package org.accountgovernance.core.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of {@link PausableClock} and {@link ResponseClock} over random histories. */
class ResponseClockProperties {

  private static final List<CoverageCalendar> CALENDARS =
      List.of(
          CoverageCalendar.alwaysOn(),
          WeeklyHoursCalendar.workweek(
              ZoneId.of("Europe/Berlin"),
              EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
              WorkingPeriod.of(LocalTime.of(8, 0), LocalTime.of(12, 0)),
              WorkingPeriod.of(LocalTime.of(14, 0), LocalTime.of(17, 0))),
          WeeklyHoursCalendar.workweek(
              ZoneId.of("America/New_York"),
              EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
              WorkingPeriod.of(LocalTime.of(9, 0), LocalTime.of(17, 0))));

  private static final List<WarningPoint> WARNING_POINTS =
      List.of(
          WarningPoint.percentOfTarget(50),
          WarningPoint.percentOfTarget(75),
          WarningPoint.percentOfTarget(100),
          WarningPoint.before(Duration.ofHours(1)),
          WarningPoint.before(Duration.ofMinutes(30)));

  /** One evaluation's inputs; {@code now} is at or after every pause start and every end. */
  record Inputs(
      Duration target,
      List<WarningPoint> warnings,
      PausableClock clock,
      Optional<Instant> respondedAt,
      Optional<Instant> endedAt,
      Instant now,
      Duration later) {

    ResponseClock evaluateAt(Instant instant) {
      return ResponseClock.evaluate("L2", target, warnings, clock, respondedAt, endedAt, instant);
    }
  }

  /** Some minutes plus, now and then, a few nanoseconds, so that edges are hit. */
  private static Gen<Duration> span(int maxMinutes) {
    return Generate.range(0, maxMinutes)
        .zip(
            Generate.pick(List.of(0L, 0L, 0L, 1L, 999_999_999L)),
            (minutes, nanos) -> Duration.ofMinutes(minutes).plusNanos(nanos));
  }

  private static Gen<Inputs> inputs() {
    return in -> {
      CoverageCalendar calendar = Generate.pick(CALENDARS).generate(in);
      // Minute-aligned starts over all of 2026, DST changes included.
      Instant start =
          Instant.parse("2026-01-01T00:00:00Z")
              .plus(Duration.ofMinutes(Generate.range(0, 365 * 24 * 60).generate(in)));
      Duration target =
          Generate.range(0, 4).generate(in) == 0 ? Duration.ZERO : span(3000).generate(in);
      List<WarningPoint> warnings = new ArrayList<>();
      for (WarningPoint point : WARNING_POINTS) {
        if (Generate.booleans().generate(in)) {
          warnings.add(point);
        }
      }
      PausableClock.Builder clock = PausableClock.builder();
      clock.calendar(calendar).start(start);
      Instant cursor = start;
      int pauses = Generate.range(0, 3).generate(in);
      for (int i = 0; i < pauses; i++) {
        Instant pauseStart = cursor.plus(span(900).generate(in));
        if (i == pauses - 1 && Generate.range(0, 2).generate(in) == 0) {
          clock.addPause(Pause.since(pauseStart));
          cursor = pauseStart;
        } else {
          Instant pauseEnd = pauseStart.plus(span(900).generate(in));
          clock.addPause(Pause.between(pauseStart, pauseEnd));
          cursor = pauseEnd;
        }
      }
      Instant now = cursor.plus(span(3000).generate(in));
      long window = Duration.between(start, now).toNanos();
      Optional<Instant> respondedAt = Optional.empty();
      Optional<Instant> endedAt = Optional.empty();
      if (Generate.range(0, 2).generate(in) == 0) {
        respondedAt =
            Optional.of(start.plusNanos(fraction(window, Generate.range(0, 1000).generate(in))));
      }
      if (Generate.range(0, 3).generate(in) == 0) {
        endedAt =
            Optional.of(start.plusNanos(fraction(window, Generate.range(0, 1000).generate(in))));
      }
      Duration later = span(3000).generate(in);
      return new Inputs(target, warnings, clock.build(), respondedAt, endedAt, now, later);
    };
  }

  private static long fraction(long nanos, int perMille) {
    return nanos / 1000 * perMille;
  }

  @Test
  void theDeadlineIsNeverBeforeTheStartAndCountsTheTarget() {
    qt().withFixedSeed(1L)
        .withExamples(200)
        .forAll(inputs())
        .checkAssert(
            inputs -> {
              ResponseClock state = inputs.evaluateAt(inputs.now());
              Instant start = inputs.clock().start();
              state
                  .deadline()
                  .ifPresent(
                      deadline -> {
                        assertThat(deadline).as("%s", inputs).isAfterOrEqualTo(start);
                        assertThat(inputs.clock().elapsed(deadline))
                            .as("%s", inputs)
                            .isEqualTo(inputs.target());
                      });
              assertThat(state.warningsGiven()).allSatisfy(w -> assertThat(w).isAfter(start));
              state
                  .breach()
                  .ifPresent(
                      b ->
                          assertThat(b.at()).isAfter(b.deadline()).isBeforeOrEqualTo(inputs.now()));
              state.nextChangeAt().ifPresent(next -> assertThat(next).isAfter(inputs.now()));
            });
  }

  @Test
  void nothingChangesBetweenTwoInstantsWithoutAWarningOrBreachBetweenThem() {
    qt().withFixedSeed(1L)
        .withExamples(200)
        .forAll(inputs())
        .checkAssert(
            inputs -> {
              ResponseClock first = inputs.evaluateAt(inputs.now());
              Instant second = inputs.now().plus(inputs.later());
              Optional<Instant> next = first.nextChangeAt();
              if (next.isPresent() && !next.get().isAfter(second)) {
                second = next.get().minusNanos(1);
              }
              assertThat(inputs.evaluateAt(second))
                  .as("%s at %s and %s", inputs, inputs.now(), second)
                  .isEqualTo(first);
            });
  }

  @Test
  void theClockChangesExactlyAtNextChangeAt() {
    qt().withFixedSeed(1L)
        .withExamples(200)
        .forAll(inputs())
        .checkAssert(
            inputs -> {
              ResponseClock first = inputs.evaluateAt(inputs.now());
              first
                  .nextChangeAt()
                  .ifPresent(
                      next ->
                          assertThat(inputs.evaluateAt(next))
                              .as("%s at %s and %s", inputs, inputs.now(), next)
                              .isNotEqualTo(first));
            });
  }

  @Test
  void instantAtIsTheEarliestInstantAtWhichTheWorkingTimeHasElapsed() {
    qt().withFixedSeed(1L)
        .withExamples(200)
        .forAll(inputs(), span(3000))
        .checkAssert(
            (inputs, work) -> {
              PausableClock clock = inputs.clock();
              Optional<Instant> reached = clock.instantAt(work);
              if (reached.isPresent()) {
                assertThat(clock.elapsed(reached.get())).as("%s %s", inputs, work).isEqualTo(work);
                if (!work.isZero()) {
                  assertThat(clock.elapsed(reached.get().minusNanos(1)))
                      .as("%s %s", inputs, work)
                      .isLessThan(work);
                }
              } else {
                // Only an open pause can keep the time from being reached, and it does so forever.
                Pause last = clock.pauses().get(clock.pauses().size() - 1);
                assertThat(last.end()).isEmpty();
                assertThat(clock.elapsed(last.start().plus(Duration.ofDays(3650))))
                    .isLessThan(work);
              }
            });
  }
}
