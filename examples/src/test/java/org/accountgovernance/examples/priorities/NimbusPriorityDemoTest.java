package org.accountgovernance.examples.priorities;

import static org.accountgovernance.testkit.escalation.EscalationDecisionAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import org.accountgovernance.core.escalation.EscalationChange;
import org.accountgovernance.core.escalation.EscalationDecision;
import org.accountgovernance.core.escalation.Issue;
import org.accountgovernance.core.escalation.LevelChange;
import org.junit.jupiter.api.Test;

/**
 * The demo's tickets at Friday 24 April 2026, 20:00 in Amsterdam (18:00Z). Amsterdam is on CEST
 * (UTC+2) from 29 March: 15:00 local is 13:00Z. Every expected instant below is worked out from
 * {@link NimbusPriorities}' table, not read back from the policy.
 */
class NimbusPriorityDemoTest {
  private static final Instant NOW = NimbusPriorityDemo.DEFAULT_NOW;

  private static EscalationDecision decide(String id, Instant at) {
    Issue ticket =
        NimbusPriorityDemo.sampleTickets().stream()
            .filter(t -> t.id().value().equals(id))
            .findFirst()
            .orElseThrow();
    return NimbusPriorities.policy().decide(ticket, at);
  }

  private static String line(EscalationChange c) {
    return c.at() + " " + c.type() + " " + c.levelId() + " " + c.ruleId();
  }

  @Test
  void aRequestRaisedBeforeTheLongWeekendIsDueOnWednesdayOnTheDesksHours() {
    // P5 runs on the desk's hours, 09:00-17:00 Mon-Fri. Raised Fri 15:00: 2 h on Friday; Sat, Sun,
    // and Mon 27 April (King's Day) are closed; Tue 8 h (10 h); Wed 09:00 + 6 h = 15:00 CEST
    // (16 h) = 13:00Z. The 75 % warning (12 h) falls on Wed 09:00 + 2 h = 11:00 CEST = 09:00Z.
    EscalationDecision d = decide("NIM-101", NOW);
    assertThat(d)
        .isAtLevel("P5")
        .hasReason("NIMBUS-NONE")
        .hasResponseDue(Instant.parse("2026-04-29T13:00:00Z"))
        .hasNextChangeAt(Instant.parse("2026-04-29T09:00:00Z"));
    assertThat(d.path().toString()).isEqualTo("Service Desk <-> Customer Admin");
    // The second warning, 5 working minutes before the deadline: Wed 14:55 CEST = 12:55Z.
    EscalationDecision wednesday = decide("NIM-101", Instant.parse("2026-04-29T12:00:00Z"));
    assertThat(wednesday).hasNextChangeAt(Instant.parse("2026-04-29T12:55:00Z"));
  }

  @Test
  void theRequestBecomesMinorAfterAWorkingWeekOf40DeskHours() {
    // 40 desk hours: Fri 2, Tue 8 (10), Wed (18), Thu (26), Fri 1 May (34), Mon 4 May 09:00 + 6 h
    // = 15:00 CEST = 13:00Z (40); "more than" 40 h is one nanosecond later.
    Instant timer = Instant.parse("2026-05-04T13:00:00.000000001Z");
    EscalationDecision d = decide("NIM-101", Instant.parse("2026-05-04T14:00:00Z"));
    assertThat(d).isAtLevel("P4").hasReason("ESC-AUTO");
    assertThat(d.levelHistory())
        .extracting(LevelChange::at, LevelChange::to, LevelChange::cause)
        .containsExactly(
            tuple(NimbusPriorityDemo.FRIDAY_AFTERNOON, "P5", LevelChange.Cause.OPENED),
            tuple(timer, "P4", LevelChange.Cause.TIMER));
    // P4 is 24x7: 8 h after the timer.
    assertThat(d).hasResponseDue(timer.plusSeconds(8 * 3600));
  }

  @Test
  void aMajorIncidentUnresolvedForFourHoursIsCritical() {
    // P3 entered 13:00Z; the P3 timer is 4 h on 24x7: P2 at 17:00Z plus one nanosecond. Both
    // responses came before any warning (P3 warns at 14:30Z and 14:55Z, P2 at 17:22:30Z and
    // 17:25Z), so the history is the two level changes only.
    EscalationDecision d = decide("NIM-102", NOW);
    assertThat(d).isAtLevel("P2").hasReason("ESC-AUTO").hasNoResponseDue().hasNoNextChange();
    assertThat(d.changes())
        .extracting(NimbusPriorityDemoTest::line)
        .containsExactly(
            "2026-04-24T13:00:00Z LEVEL P3 NIMBUS-USERS",
            "2026-04-24T17:00:00.000000001Z LEVEL P2 ESC-AUTO");
    assertThat(d.path().toString()).isEqualTo("Head of Operations <-> Customer IT Director");
  }

  @Test
  void lostDataTakesAMinorTicketStraightToP1AsABypass() {
    EscalationDecision d = decide("NIM-103", NOW);
    assertThat(d).isAtLevel("P1").hasReason("NIMBUS-DATALOSS").hasNoNextChange();
    assertThat(d.levelHistory())
        .extracting(LevelChange::to, LevelChange::cause)
        .containsExactly(
            tuple("P4", LevelChange.Cause.OPENED), tuple("P1", LevelChange.Cause.BYPASS));
    // P1: 15 min from 13:20Z, answered at 13:28Z, before the 75 % warning (13:31:15Z).
    assertThat(d.clock().deadline()).contains(Instant.parse("2026-04-24T13:35:00Z"));
    assertThat(d.clock().respondedAt()).contains(Instant.parse("2026-04-24T13:28:00Z"));
  }

  @Test
  void anUnansweredDollarCreditIsWarnedTwiceAndBreached() {
    // P2, 30 min on 24x7 from 13:00Z: 75 % at 13:22:30Z, 5 min before at 13:25Z, due 13:30Z, the
    // breach one nanosecond after.
    EscalationDecision d = decide("NIM-104", NOW);
    assertThat(d)
        .isAtLevel("P2")
        .hasReason("NIMBUS-CREDIT", "USD 12000.00 (EUR 11040.00)", "> EUR 10000.00")
        .hasResponseDue(Instant.parse("2026-04-24T13:30:00Z"))
        .hasFindings("ESC-SLA", 1)
        .hasNoNextChange();
    assertThat(d.changes())
        .extracting(NimbusPriorityDemoTest::line)
        .containsExactly(
            "2026-04-24T13:00:00Z LEVEL P2 NIMBUS-CREDIT",
            "2026-04-24T13:22:30Z WARNING P2 ESC-SLA-WARN",
            "2026-04-24T13:25:00Z WARNING P2 ESC-SLA-WARN",
            "2026-04-24T13:30:00.000000001Z BREACH P2 ESC-SLA");
  }

  @Test
  void theDashboardIsDeterministicAndShowsEveryTicket() {
    String text = NimbusPriorityDemo.render(NOW);
    assertThat(text).isEqualTo(NimbusPriorityDemo.render(NOW));
    for (String id : List.of("NIM-101", "NIM-102", "NIM-103", "NIM-104")) {
      assertThat(text).contains(id);
    }
    assertThat(text)
        .startsWith("Nimbus service desk at 2026-04-24T18:00:00Z\n")
        .contains("NIM-104  P2 Critical  (OPEN)\n")
        .contains("  respond by 2026-04-29T13:00:00Z\n");
  }
}
