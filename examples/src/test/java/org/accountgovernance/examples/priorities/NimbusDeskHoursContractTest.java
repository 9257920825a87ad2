package org.accountgovernance.examples.priorities;

import org.accountgovernance.core.sla.CoverageCalendar;
import org.accountgovernance.testkit.sla.CoverageCalendarContract;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The desk's hours, on which P5 targets and the P5 timer run, pass the library's calendar contract:
 * working time agrees with a minute-by-minute count, {@code add} inverts {@code between}, and the
 * windows are exactly the covered time, around Amsterdam's daylight-saving changes.
 */
class NimbusDeskHoursContractTest implements CoverageCalendarContract {

  @Override
  public Gen<CoverageCalendar> calendars() {
    return Generate.constant(NimbusPriorities.DESK_HOURS);
  }
}
