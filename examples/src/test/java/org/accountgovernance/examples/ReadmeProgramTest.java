package org.accountgovernance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.Reason;
import org.accountgovernance.core.program.AccountEscalation;
import org.accountgovernance.core.program.ProgramEvent;
import org.accountgovernance.core.program.ProgramReport;
import org.accountgovernance.core.program.ProgramState;
import org.accountgovernance.core.program.RequestSource;
import org.accountgovernance.core.program.Stakeholder;
import org.accountgovernance.core.program.SuccessCriterion;
import org.accountgovernance.core.update.RagStatus;
import org.accountgovernance.core.update.StatusUpdate;
import org.accountgovernance.rules.program.PlaybookProgramPolicy;
import org.junit.jupiter.api.Test;

/** The README's account-level escalation example gives what the README says it gives. */
class ReadmeProgramTest {

  @Test
  void yellowEscalationUpdatedOnThursdayIsDueFriday() {
    ZoneId paris = ZoneId.of("Europe/Paris");
    Instant t0 = Instant.parse("2026-03-02T08:00:00Z"); // Monday 09:00 in Paris
    Instant thursday = Instant.parse("2026-03-05T14:00:00Z");
    Instant now = Instant.parse("2026-03-05T15:00:00Z");
    AccountEscalation aem =
        AccountEscalation.builder()
            .id("AEM-7")
            .account(AccountId.of("ACME-EU"))
            .zone(paris)
            .addEvent(ProgramEvent.requested(t0, RequestSource.SALES, "renewal in 60 days at risk"))
            .addEvent(ProgramEvent.declared(t0, RagStatus.YELLOW, List.of("AEM-CRITERIA-DEAL"), ""))
            .addEvent(
                ProgramEvent.criterionSet(t0, SuccessCriterion.of("SC-1", "no P1 for 14 days")))
            .addEvent(ProgramEvent.stakeholderAdded(t0, Stakeholder.required("Customer CIO")))
            .addEvent(ProgramEvent.updated(StatusUpdate.of(thursday, "hotfix deployed")))
            .build();
    ProgramReport r = PlaybookProgramPolicy.ofDefaults().evaluate(aem, now);

    assertThat(r.state()).isEqualTo(ProgramState.ACTIVE);
    assertThat(r.nextUpdateDue())
        .hasValueSatisfying(
            due -> {
              assertThat(due.dueDate()).isEqualTo(LocalDate.of(2026, 3, 6));
              assertThat(due.reason().ruleId().value()).isEqualTo("UPD-FRIDAY");
              // The end of Friday in Paris (UTC+1 in March before the change).
              assertThat(due.dueAt()).isEqualTo(Instant.parse("2026-03-06T22:59:59.999999999Z"));
            });
    assertThat(r.updateOverdueSince()).isEmpty();
    assertThat(r.closingBlockers())
        .extracting(Reason::explanation)
        .containsExactly(
            "success criterion SC-1 (no P1 for 14 days) is not met",
            "consent missing from Customer CIO",
            "closure has not been proposed");
    // Declared on Monday as YELLOW, the first update was due by the end of Wednesday: Thursday's
    // update came 15 hours after that day ended.
    assertThat(r.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId().value()).isEqualTo("UPD-OVERDUE");
              assertThat(f.observed()).isEqualTo("update at 2026-03-05T14:00:00Z, 15h late");
              assertThat(f.since()).isEqualTo(Instant.parse("2026-03-04T23:00:00Z"));
            });
  }
}
