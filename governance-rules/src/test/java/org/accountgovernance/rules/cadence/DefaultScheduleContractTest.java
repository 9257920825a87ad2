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
  public List<ScheduledMeeting> calendar(
      Map<String, ScheduleRule> rules, ZoneId zone, LocalDate from) {
    return PlaybookCadencePolicy.of(CadenceSettings.from(POLICY.settings()).schedule(rules).build())
        .calendar(zone, from);
  }
}
