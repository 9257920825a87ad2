package org.accountgovernance.testkit.sla;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.accountgovernance.core.sla.CoverageCalendar;
import org.accountgovernance.core.sla.WeeklyHoursCalendar;
import org.accountgovernance.testkit.Theories;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The properties every {@link CoverageCalendar} must have, as JUnit 5 tests a host inherits:
 * working time agrees with a minute-by-minute count of {@link CoverageCalendar#isCovered}, {@code
 * add} is the exact inverse of {@code between}, and both are additive — in every zone, across
 * daylight-saving changes and holidays.
 *
 * <pre>{@code
 * class MyCalendarTest implements CoverageCalendarContract {
 *   public Gen<CoverageCalendar> calendars() { return myCalendars(); }
 * }
 * }</pre>
 *
 * <p>The minute-by-minute oracle requires coverage to change only on whole minutes.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface CoverageCalendarContract {

  /**
   * The calendars under test.
   *
   * @return the generator of the host's calendars, in as many zones, hours and holidays as it
   *     supports; each calendar's coverage must start and end on whole minutes
   */
  Gen<CoverageCalendar> calendars();

  /**
   * Minute-aligned instants to test {@code calendar} at; by default near its zone's DST changes.
   *
   * @param calendar one of the generated calendars; the default looks for a {@link
   *     WeeklyHoursCalendar} to find its zone
   * @return instants on a whole minute, where the properties start counting; for a calendar of
   *     another type, by default instants spread from 2000 to 2040 without regard to any zone
   */
  default Gen<Instant> instants(CoverageCalendar calendar) {
    return calendar instanceof WeeklyHoursCalendar weekly
        ? SlaGenerators.instantsNearTransitions(weekly.zone())
        : SlaGenerators.minuteInstants();
  }

  /** A calendar with a start instant and a span of minutes up to {@code maxMinutes}. */
  private Gen<Object[]> calendarStartSpan(long maxMinutes) {
    return calendars()
        .flatMap(
            calendar ->
                instants(calendar)
                    .zip(
                        Generate.longRange(0, maxMinutes),
                        (start, minutes) -> new Object[] {calendar, start, minutes}));
  }

  /** {@code between} counts exactly the covered minutes of {@code [from, to)}. */
  @Test
  default void betweenCountsTheCoveredMinutes() {
    Theories.qt(3)
        .forAll(calendarStartSpan(6 * 24 * 60))
        .checkAssert(
            args -> {
              CoverageCalendar calendar = (CoverageCalendar) args[0];
              Instant from = (Instant) args[1];
              long minutes = (Long) args[2];
              long covered = 0;
              for (long m = 0; m < minutes; m++) {
                if (calendar.isCovered(from.plusSeconds(60 * m))) {
                  covered++;
                }
              }
              assertThat(calendar.between(from, from.plusSeconds(60 * minutes)))
                  .as("%s between %s and +%d min", calendar, from, minutes)
                  .isEqualTo(Duration.ofMinutes(covered));
            });
  }

  /** {@code add} returns the earliest instant at which the working time has been counted. */
  @Test
  default void addIsTheEarliestInstantReachingTheWorkingTime() {
    Theories.qt()
        .forAll(calendarStartSpan(4 * 24 * 60))
        .checkAssert(
            args -> {
              CoverageCalendar calendar = (CoverageCalendar) args[0];
              Instant start = (Instant) args[1];
              Duration work = Duration.ofMinutes((Long) args[2]);
              Instant end = calendar.add(start, work);
              assertThat(end).as("%s: add(%s, %s)", calendar, start, work).isAfterOrEqualTo(start);
              assertThat(calendar.between(start, end))
                  .as("%s: between(%s, add(%s, %s) = %s)", calendar, start, start, work, end)
                  .isEqualTo(work);
              if (!work.isZero()) {
                assertThat(calendar.between(start, end.minusNanos(1)))
                    .as("%s: one nanosecond before add(%s, %s) = %s", calendar, start, work, end)
                    .isLessThan(work);
              }
            });
  }

  /** Working time over two adjacent spans is the working time over both. */
  @Test
  default void betweenIsAdditive() {
    Theories.qt()
        .forAll(calendarStartSpan(3 * 24 * 60), Generate.longRange(0, 3 * 24 * 60))
        .checkAssert(
            (args, more) -> {
              CoverageCalendar calendar = (CoverageCalendar) args[0];
              Instant a = (Instant) args[1];
              Instant b = a.plusSeconds(60 * (Long) args[2]);
              Instant c = b.plusSeconds(60 * more);
              assertThat(calendar.between(a, b).plus(calendar.between(b, c)))
                  .as("%s over %s, %s, %s", calendar, a, b, c)
                  .isEqualTo(calendar.between(a, c));
            });
  }

  /** Working time never exceeds wall-clock time. */
  @Test
  default void workingTimeNeverExceedsWallClockTime() {
    Theories.qt()
        .forAll(calendarStartSpan(8 * 24 * 60))
        .checkAssert(
            args -> {
              CoverageCalendar calendar = (CoverageCalendar) args[0];
              Instant from = (Instant) args[1];
              Instant to = from.plusSeconds(60 * (Long) args[2]);
              assertThat(calendar.between(from, to))
                  .isLessThanOrEqualTo(Duration.between(from, to));
            });
  }

  /**
   * {@code windows} are ordered, maximal (never touching), inside the range, and cover exactly the
   * minutes {@code isCovered} says are covered.
   */
  @Test
  default void windowsAreExactlyTheCoveredTime() {
    Theories.qt(5)
        .forAll(calendarStartSpan(4 * 24 * 60))
        .checkAssert(
            args -> {
              CoverageCalendar calendar = (CoverageCalendar) args[0];
              Instant from = (Instant) args[1];
              long minutes = (Long) args[2];
              Instant to = from.plusSeconds(60 * minutes);
              java.util.List<org.accountgovernance.core.sla.CoverageWindow> windows =
                  calendar.windows(from, to);
              for (int i = 0; i < windows.size(); i++) {
                assertThat(windows.get(i).start()).isAfterOrEqualTo(from);
                assertThat(windows.get(i).end()).isBeforeOrEqualTo(to);
                if (i > 0) {
                  assertThat(windows.get(i).start())
                      .as("%s after %s", windows.get(i), windows.get(i - 1))
                      .isAfter(windows.get(i - 1).end());
                }
              }
              for (long m = 0; m < minutes; m++) {
                Instant minute = from.plusSeconds(60 * m);
                boolean inWindow = windows.stream().anyMatch(w -> w.contains(minute));
                assertThat(inWindow)
                    .as("%s at %s, windows %s", calendar, minute, windows)
                    .isEqualTo(calendar.isCovered(minute));
              }
            });
  }
}
