package org.accountgovernance.rules.escalation;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.Reason;
import org.accountgovernance.core.RuleId;
import org.accountgovernance.core.escalation.Classification;
import org.accountgovernance.core.escalation.EscalationLadder;
import org.accountgovernance.core.escalation.EscalationLevel;
import org.accountgovernance.core.escalation.EscalationPath;
import org.accountgovernance.core.escalation.EscalationPolicy;
import org.accountgovernance.core.escalation.SeverityClassifier;
import org.accountgovernance.core.escalation.Trigger;
import org.accountgovernance.core.escalation.TriggerKind;
import org.accountgovernance.core.sla.CoverageCalendar;
import org.accountgovernance.core.sla.WeeklyHoursCalendar;
import org.accountgovernance.core.sla.WorkingPeriod;
import org.accountgovernance.testkit.escalation.EscalationPolicyContract;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A host's own ladder, P5 (lowest) to P1, with its own trigger kinds, classifier, timers on two
 * levels and business hours on P5: the playbook policy's machinery keeps every invariant with it.
 */
class PriorityLadderContractTest implements EscalationPolicyContract {
  static final TriggerKind USERS_AFFECTED =
      TriggerKind.of(
          "USERS_AFFECTED", TriggerKind.Measure.COUNT, TriggerKind.Direction.HIGHER_IS_WORSE);
  static final TriggerKind DATA_LOSS =
      TriggerKind.of("DATA_LOSS", TriggerKind.Measure.FLAG, TriggerKind.Direction.HIGHER_IS_WORSE);

  static final EscalationLadder LADDER =
      EscalationLadder.of(
          List.of(
              level("P5", 1, Duration.ofHours(16), businessHours()),
              level("P4", 2, Duration.ofHours(8), CoverageCalendar.alwaysOn()),
              level("P3", 3, Duration.ofHours(2), CoverageCalendar.alwaysOn()),
              level("P2", 4, Duration.ofMinutes(30), CoverageCalendar.alwaysOn()),
              level("P1", 5, Duration.ofMinutes(15), CoverageCalendar.alwaysOn())));

  static final EscalationSettings SETTINGS =
      EscalationSettings.builder()
          .ladder(LADDER)
          .operationalLevel("P5")
          .managerialLevel("P3")
          .executiveLevel("P1")
          .autoEscalationTimers(Map.of("P5", Duration.ofHours(24), "P3", Duration.ofHours(6)))
          .build();

  /** P1 on data loss (a bypass); by users affected: > 1000 P2, > 100 P3, > 0 P4; else P5. */
  static final SeverityClassifier CLASSIFIER =
      (triggers, ladder) -> {
        String level = "P5";
        boolean bypass = false;
        Reason reason =
            Reason.of(RuleId.of("ACME-PRIO"), "no impact", "any users affected", "no impact: P5");
        for (Trigger trigger : triggers.stream().sorted().toList()) {
          if (trigger.kind().equals(DATA_LOSS)) {
            return Classification.builder()
                .levelId("P1")
                .bypass(true)
                .addReason(
                    Reason.of(
                        RuleId.of("ACME-DATALOSS"),
                        "data loss",
                        "present",
                        "data loss: P1 at once"))
                .build();
          }
          long users = trigger.quantity().orElse(BigDecimal.ZERO).longValueExact();
          String candidate = users > 1000 ? "P2" : users > 100 ? "P3" : users > 0 ? "P4" : "P5";
          if (ladder.compare(candidate, level) > 0) {
            level = candidate;
            reason =
                Reason.of(
                    RuleId.of("ACME-PRIO"),
                    users + " users",
                    "thresholds 0/100/1000",
                    users + " users affected: " + candidate);
          }
        }
        return Classification.builder().levelId(level).bypass(bypass).addReason(reason).build();
      };

  private static EscalationLevel level(
      String id, int rank, Duration target, CoverageCalendar calendar) {
    return EscalationLevel.builder()
        .id(id)
        .name("Priority " + id)
        .rank(rank)
        .responseTarget(target)
        .calendar(calendar)
        .path(
            EscalationPath.of(PartyRole.supplier("Support " + id), PartyRole.customer("IT " + id)))
        .build();
  }

  private static WeeklyHoursCalendar businessHours() {
    return WeeklyHoursCalendar.workweek(
        ZoneId.of("America/New_York"),
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
        WorkingPeriod.of(LocalTime.of(8, 0), LocalTime.of(18, 0)));
  }

  @Override
  public EscalationPolicy policy() {
    return PlaybookEscalationPolicy.of(SETTINGS, CLASSIFIER);
  }

  @Override
  public EscalationLadder ladder() {
    return LADDER;
  }

  @Override
  public Gen<Trigger> triggers() {
    return Generate.longRange(0, 3_000)
        .map(users -> Trigger.of(USERS_AFFECTED, BigDecimal.valueOf(users)))
        .mix(Generate.constant(Trigger.of(DATA_LOSS)), 5);
  }
}
