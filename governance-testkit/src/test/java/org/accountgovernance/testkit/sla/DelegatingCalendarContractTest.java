package org.accountgovernance.testkit.sla;

import java.time.Duration;
import java.time.Instant;
import org.accountgovernance.core.sla.CoverageCalendar;
import org.quicktheories.core.Gen;

/**
 * A host calendar that implements only the three required methods: the SPI's default {@code
 * windows} must still be exact.
 */
class DelegatingCalendarContractTest implements CoverageCalendarContract {
  @Override
  public Gen<CoverageCalendar> calendars() {
    return SlaGenerators.weeklyHoursCalendars()
        .map(
            inner ->
                new CoverageCalendar() {
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

                  @Override
                  public String toString() {
                    return "delegating " + inner;
                  }
                });
  }

  @Override
  public Gen<Instant> instants(CoverageCalendar calendar) {
    return SlaGenerators.minuteInstants();
  }
}
