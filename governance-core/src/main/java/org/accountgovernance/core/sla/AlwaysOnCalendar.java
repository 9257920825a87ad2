package org.accountgovernance.core.sla;

import java.time.Duration;
import java.time.Instant;
import org.accountgovernance.core.internal.Checks;

/** 24×7 coverage: working time is wall-clock time. */
final class AlwaysOnCalendar implements CoverageCalendar {
  static final AlwaysOnCalendar INSTANCE = new AlwaysOnCalendar();

  private AlwaysOnCalendar() {}

  @Override
  public Instant add(Instant start, Duration workingTime) {
    Checks.nonNegative("workingTime", workingTime);
    return start.plus(workingTime);
  }

  @Override
  public Duration between(Instant from, Instant to) {
    if (to.isBefore(from)) {
      throw Checks.failure("to", "at or after from (" + from + ")", to);
    }
    return Duration.between(from, to);
  }

  @Override
  public java.util.List<CoverageWindow> windows(Instant from, Instant to) {
    if (to.isBefore(from)) {
      throw Checks.failure("to", "at or after from (" + from + ")", to);
    }
    return from.equals(to) ? java.util.List.of() : java.util.List.of(CoverageWindow.of(from, to));
  }

  @Override
  public boolean isCovered(Instant instant) {
    return true;
  }

  @Override
  public String toString() {
    return "24x7";
  }
}
