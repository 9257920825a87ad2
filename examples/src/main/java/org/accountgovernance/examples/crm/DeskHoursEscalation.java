package org.accountgovernance.examples.crm;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.accountgovernance.core.escalation.EscalationLadder;
import org.accountgovernance.core.escalation.EscalationLevel;
import org.accountgovernance.core.sla.WeeklyHoursCalendar;
import org.accountgovernance.core.sla.WorkingPeriod;
import org.accountgovernance.rules.escalation.EscalationSettings;
import org.accountgovernance.rules.escalation.PlaybookEscalationPolicy;

/**
 * How this CRM's owner reads the playbook's escalation matrix: L1 is answered on the factory desk's
 * hours, Monday to Friday 08:00–18:00 on the <em>account's</em> wall clock, so its 24 h target and
 * its 48 h ESC-AUTO timer count working hours; L2 and L3 run round the clock; and L3's "immediate"
 * means within 15 minutes. Everything else is the playbook's default.
 *
 * <p>Example: {@code DeskHoursEscalation.policyFor(ZoneId.of("Europe/Berlin"))} is the policy of
 * every account in Berlin; an issue opened there on Monday 09:00 is due at L1 on Wednesday 13:00 (9
 * + 10 + 5 working hours). {@link CrmGovernanceService} asks for one policy per account zone.
 */
public final class DeskHoursEscalation {
  /** The desk's hours on each working day, in the account's zone. */
  public static final WorkingPeriod DESK_DAY =
      WorkingPeriod.of(LocalTime.of(8, 0), LocalTime.of(18, 0));

  /** What "immediate" means at L3 here. */
  public static final Duration L3_RESPONSE = Duration.ofMinutes(15);

  private DeskHoursEscalation() {}

  /** The playbook's settings with L1 on the desk's hours in {@code zone} and L3 within 15 min. */
  public static EscalationSettings settingsFor(ZoneId zone) {
    EscalationLadder playbook = EscalationSettings.DEFAULT_LADDER;
    EscalationLevel l1 = playbook.level(EscalationSettings.DEFAULT_OPERATIONAL_LEVEL);
    EscalationLevel l3 = playbook.level(EscalationSettings.DEFAULT_EXECUTIVE_LEVEL);
    WeeklyHoursCalendar desk =
        WeeklyHoursCalendar.workweek(
            zone, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), DESK_DAY);
    EscalationLadder ladder =
        EscalationLadder.of(
            List.of(
                EscalationLevel.builder().from(l1).calendar(desk).build(),
                playbook.level(EscalationSettings.DEFAULT_MANAGERIAL_LEVEL),
                EscalationLevel.builder().from(l3).responseTarget(L3_RESPONSE).build()));
    return EscalationSettings.from(EscalationSettings.ofDefaults()).ladder(ladder).build();
  }

  /** The policy for accounts in {@code zone}: the playbook's, on {@link #settingsFor}. */
  public static PlaybookEscalationPolicy policyFor(ZoneId zone) {
    return PlaybookEscalationPolicy.of(settingsFor(zone));
  }
}
