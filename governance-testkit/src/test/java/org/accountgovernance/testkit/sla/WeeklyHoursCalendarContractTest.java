package org.accountgovernance.testkit.sla;

import org.accountgovernance.core.sla.CoverageCalendar;
import org.quicktheories.core.Gen;

/** The calendar contract on random weekly calendars in random zones, around DST changes. */
class WeeklyHoursCalendarContractTest implements CoverageCalendarContract {
  @Override
  public Gen<CoverageCalendar> calendars() {
    return SlaGenerators.weeklyHoursCalendars().map(c -> (CoverageCalendar) c);
  }
}
