package org.accountgovernance.rules.cadence;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.accountgovernance.core.cadence.ScheduleRule;
import org.accountgovernance.core.cadence.ScheduledMeeting;
import org.accountgovernance.testkit.cadence.CadenceScheduleContract;

/** The playbook's default calendar keeps every calendar property. */
class DefaultScheduleContractTest implements CadenceScheduleContract {
  private static final PlaybookCadencePolicy POLICY = PlaybookCadencePolicy.ofDefaults();

  @Override
  public Map<String, ScheduleRule> schedule() {
    return POLICY.settings().schedule();
  }

  @Override
  public List<ScheduledMeeting> calendar(ZoneId zone, LocalDate from) {
    return POLICY.calendar(zone, from);
  }
}
