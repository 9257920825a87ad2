package org.accountgovernance.benchmarks;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.accountgovernance.core.sla.WeeklyHoursCalendar;
import org.accountgovernance.core.sla.WorkingPeriod;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Working-time arithmetic on an L1 desk's business calendar (Monday to Friday 08:00–12:00 and
 * 14:00–17:00 in Europe/Berlin, five yearly and four one-off holidays): {@code add} of a response
 * target to 1,024 random start instants across 2026, taken in turn.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class WorkingTimeBenchmark {
  private static final int SIZE = 1 << 10;
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** The working time to add: the playbook's L2 (4 h) and L1 (24 h) response targets. */
  @Param({"PT4H", "PT24H"})
  public String workingTime = "PT4H";

  private WeeklyHoursCalendar desk;
  private Instant[] starts;
  private Duration duration;
  private int next;

  /** Builds the calendar and the start instants. */
  @Setup
  public void setUp() {
    desk =
        WeeklyHoursCalendar.builder()
            .from(
                WeeklyHoursCalendar.workweek(
                    BERLIN,
                    EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                    WorkingPeriod.of(LocalTime.of(8, 0), LocalTime.of(12, 0)),
                    WorkingPeriod.of(LocalTime.of(14, 0), LocalTime.of(17, 0))))
            .addYearlyHolidays(
                MonthDay.of(1, 1),
                MonthDay.of(5, 1),
                MonthDay.of(10, 3),
                MonthDay.of(12, 25),
                MonthDay.of(12, 26))
            .addHolidays(
                LocalDate.of(2026, 4, 3),
                LocalDate.of(2026, 4, 6),
                LocalDate.of(2026, 5, 14),
                LocalDate.of(2026, 5, 25))
            .build();
    Random random = new Random(Samples.SEED);
    long start = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
    starts = new Instant[SIZE];
    for (int i = 0; i < SIZE; i++) {
      starts[i] = Instant.ofEpochSecond(start + random.nextInt(365 * 24 * 3600));
    }
    duration = Duration.parse(workingTime);
  }

  /**
   * Working time added on the business calendar.
   *
   * @return the instant the working time is used up
   */
  @Benchmark
  public Instant workingTimeAdd() {
    Instant start = starts[next];
    next = (next + 1) & (SIZE - 1);
    return desk.add(start, duration);
  }
}
