package org.accountgovernance.benchmarks;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.accountgovernance.core.cadence.ScheduledMeeting;
import org.accountgovernance.rules.cadence.PlaybookCadencePolicy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * CAD-CALENDAR: the playbook's 12-month calendar of weekly, monthly and quarterly meetings in
 * Europe/Berlin (across both daylight-saving changes), from 2026-11-23.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CadenceBenchmark {
  private final PlaybookCadencePolicy cadence = PlaybookCadencePolicy.ofDefaults();
  private final ZoneId berlin = ZoneId.of("Europe/Berlin");
  private final LocalDate from = LocalDate.of(2026, 11, 23);

  /**
   * Twelve months of meetings.
   *
   * @return the meetings, in time order
   */
  @Benchmark
  public List<ScheduledMeeting> calendar12Months() {
    return cadence.calendar(berlin, from);
  }
}
