package org.accountgovernance.rules.cadence;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Month;
import java.util.Map;
import org.accountgovernance.core.cadence.MonthlyRule;
import org.accountgovernance.core.cadence.ScheduleRule;

/**
 * A host's calendar in the small hours of Sunday — exactly where clocks skip and repeat an hour in
 * most zones — keeps every calendar property.
 */
class NightScheduleContractTest extends DefaultScheduleContractTest {
  private static final PlaybookCadencePolicy NIGHT =
      PlaybookCadencePolicy.of(
          CadenceSettings.from(CadenceSettings.ofDefaults())
              .schedule(
                  Map.of(
                      CadenceSettings.WEEKLY,
                          ScheduleRule.weekly(DayOfWeek.SUNDAY, LocalTime.of(2, 30)),
                      CadenceSettings.MONTHLY,
                          MonthlyRule.nthWeekday(1, -1, DayOfWeek.SUNDAY, LocalTime.of(3, 15)),
                      CadenceSettings.QUARTERLY,
                          MonthlyRule.dayOfMonth(3, 31, LocalTime.of(1, 30))
                              .withAnchorMonth(Month.MARCH)))
              .build());

  @Override
  public Map<String, ScheduleRule> schedule() {
    return NIGHT.settings().schedule();
  }
}
