package org.accountgovernance.flink;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.cadence.MeetingRecord;
import org.accountgovernance.core.escalation.Trigger;
import org.accountgovernance.core.program.RequestSource;
import org.accountgovernance.core.update.RagStatus;
import org.accountgovernance.rules.cadence.CadenceSettings;

/** The multi-account scenario every Flink test runs. */
final class Scenario {
  static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  /** UMBRELLA's late update: Wednesday 4 March, 09:30 UTC. */
  static final Instant UMBRELLA_LATE_UPDATE = Instant.parse("2026-03-04T09:30:00Z");

  private Scenario() {}

  /** A weekly sync of {@code account} held at {@code at}, with the attendees the tier asks for. */
  static AccountEvent weeklySync(String account, String id, Instant at) {
    return AccountEvent.meetingHeld(
        account,
        MeetingRecord.builder()
            .id(id)
            .addTierIds(CadenceSettings.WEEKLY)
            .heldAt(at)
            .addAttendees(PartyRole.customer("Customer Buyer"), PartyRole.supplier("Factory PM"))
            .addInputs("Open Order Report")
            .addOutputs("Confirmed ship dates")
            .build());
  }

  static Instant at(Duration offset) {
    return T0.plus(offset);
  }

  static Instant hours(long h) {
    return T0.plus(Duration.ofHours(h));
  }

  /**
   * ACME: CASE-1 opened at L1, never answered: its L1 response is missed at 24 h and it escalates
   * to L2 after 48 h. GLOBEX: CASE-2 answered and resolved at 30 h: the resolution cancels the
   * auto-escalation. INITECH: CASE-3 opened at L1; a delay of 5 days dated 50 h arrives after its
   * L1 deadline passed. UMBRELLA: an account-level escalation (AEM-1) requested and declared RED on
   * Monday 2 March, whose daily update (UPD) is missed on Tuesday and sent late on Wednesday
   * morning; the next one, due Thursday, is missed again.
   */
  static List<AccountEvent> events() {
    return List.of(
        AccountEvent.opened("ACME", "CASE-1", T0, Trigger.unitDefect(1)),
        AccountEvent.opened("GLOBEX", "CASE-2", hours(1), Trigger.unitDefect(2)),
        AccountEvent.opened("INITECH", "CASE-3", hours(2), Trigger.informationRequest()),
        AccountEvent.of(AccountEvent.Type.RESPONDED, "GLOBEX", "CASE-2", hours(3)),
        AccountEvent.of(AccountEvent.Type.RESOLVED, "GLOBEX", "CASE-2", hours(30)),
        AccountEvent.triggerAdded("INITECH", "CASE-3", hours(50), Trigger.delay(5)),
        AccountEvent.escalationRequested(
            "UMBRELLA",
            "AEM-1",
            at(Duration.ofMinutes(90)),
            RequestSource.SALES,
            "renewal at risk"),
        AccountEvent.escalationDeclared(
            "UMBRELLA",
            "AEM-1",
            at(Duration.ofMinutes(150)),
            RagStatus.RED,
            List.of("AEM-CRITERIA-ACCOUNT"),
            ""),
        AccountEvent.escalationUpdated(
            "UMBRELLA", "AEM-1", UMBRELLA_LATE_UPDATE, "hotfix deployed", null));
  }
}
