package org.accountgovernance.rules.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.IssueId;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.account.AccountSnapshot;
import org.accountgovernance.core.account.GovernanceReport;
import org.accountgovernance.core.account.ReportItem;
import org.accountgovernance.core.escalation.EscalationDecision;
import org.accountgovernance.core.escalation.EscalationPolicy;
import org.accountgovernance.core.escalation.Issue;
import org.accountgovernance.core.escalation.IssueEvent;
import org.accountgovernance.core.escalation.Trigger;
import org.accountgovernance.core.program.AccountEscalation;
import org.accountgovernance.core.program.ProgramEvent;
import org.accountgovernance.core.program.RequestSource;
import org.accountgovernance.core.readiness.ReadinessFacts;
import org.accountgovernance.core.team.AccountTeam;
import org.accountgovernance.core.team.ClientFacingApproach;
import org.accountgovernance.core.team.TeamMember;
import org.accountgovernance.core.update.RagStatus;
import org.accountgovernance.rules.escalation.EscalationSettings;
import org.accountgovernance.rules.escalation.PlaybookEscalationPolicy;
import org.junit.jupiter.api.Test;

class PlaybookTest {
  private static final AccountId ACME = AccountId.of("ACME");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");
  private static final Instant NOW = Instant.parse("2026-03-03T10:00:00Z");
  private static final Playbook PLAYBOOK = Playbook.ofDefaults();

  private static Issue.Builder issue(String id, Instant openedAt) {
    return Issue.builder().id(IssueId.of(id)).account(ACME).openedAt(openedAt);
  }

  @Test
  void aHealthyAccountIsGreenWithItsDeadlinesInOrder() {
    Issue answered =
        issue("CASE-1", MONDAY)
            .addTrigger(Trigger.informationRequest())
            .addEvent(IssueEvent.responded(MONDAY.plusSeconds(600)))
            .build();
    Issue fresh = issue("CASE-2", NOW.minusSeconds(3600)).addTrigger(Trigger.unitDefect(1)).build();
    AccountSnapshot snapshot =
        AccountSnapshot.builder().account(ACME).zone(BERLIN).addIssues(answered, fresh).build();

    GovernanceReport report = PLAYBOOK.report(snapshot, NOW);

    assertThat(report.status()).isEqualTo(RagStatus.GREEN);
    assertThat(report.decisions()).hasSize(2);
    assertThat(report.items()).allSatisfy(i -> assertThat(i.kind()).isEqualTo(ReportItem.Kind.DUE));
    // CASE-2's L1 response is due 24 h after it was opened.
    assertThat(report.items())
        .extracting(ReportItem::at)
        .containsExactly(NOW.minusSeconds(3600).plusSeconds(24 * 3600));
    // CASE-1 escalates by ESC-AUTO at 48 h + 1 ns; CASE-2 warns at 75 % of its target first.
    assertThat(report.nextChangeAt()).contains(NOW.minusSeconds(3600).plusSeconds(18 * 3600));
  }

  @Test
  void anIssueAtTheTopIsRedAndWhatIsWrongComesFirst() {
    Issue lineDown = issue("CASE-3", MONDAY).addTrigger(Trigger.lineDownConfirmed()).build();
    Issue fresh = issue("CASE-4", NOW.minusSeconds(3600)).addTrigger(Trigger.unitDefect(1)).build();
    AccountEscalation aem =
        AccountEscalation.builder()
            .id("AEM-1")
            .account(ACME)
            .zone(BERLIN)
            .addEvents(
                ProgramEvent.requested(MONDAY, RequestSource.SALES, "renewal at risk"),
                ProgramEvent.declared(MONDAY, RagStatus.YELLOW, List.of("AEM-CRITERIA-DEAL"), ""))
            .build();
    AccountTeam team =
        AccountTeam.builder()
            .account(ACME)
            .approach(ClientFacingApproach.OPEN)
            .addMembers(
                TeamMember.builder()
                    .name("Dana Lee")
                    .role(PartyRole.supplier("Account Manager"))
                    .summary("owns the relationship")
                    .standIn("Sam Ortiz")
                    .email("dana@example.com")
                    .addLevels("L3")
                    .build(),
                TeamMember.builder()
                    .name("Sam Ortiz")
                    .role(PartyRole.supplier("Factory PM"))
                    .summary("runs the weekly sync")
                    .standIn("Dana Lee")
                    .build())
            .build();
    AccountSnapshot snapshot =
        AccountSnapshot.builder()
            .account(ACME)
            .zone(BERLIN)
            .addIssues(lineDown, fresh)
            .escalation(aem)
            .team(team)
            .readiness(ReadinessFacts.builder().account(ACME).poSignatory("Lee Park").build())
            .build();

    GovernanceReport report = PLAYBOOK.report(snapshot, NOW);

    assertThat(report.status()).isEqualTo(RagStatus.RED);
    List<ReportItem> items = report.items();
    int firstDue =
        items.indexOf(
            items.stream().filter(i -> i.kind() == ReportItem.Kind.DUE).findFirst().orElseThrow());
    assertThat(items.subList(0, firstDue))
        .allSatisfy(i -> assertThat(i.kind()).isEqualTo(ReportItem.Kind.WRONG));
    assertThat(items.subList(firstDue, items.size()))
        .allSatisfy(i -> assertThat(i.kind()).isEqualTo(ReportItem.Kind.DUE));
    for (int i = 1; i < items.size(); i++) {
      if (items.get(i).kind() == items.get(i - 1).kind()) {
        assertThat(items.get(i).at()).isAfterOrEqualTo(items.get(i - 1).at());
      }
    }
    // Team findings date from the start of the week (Monday 00:00 in Berlin): the oldest.
    assertThat(items.get(0).at()).isEqualTo(Instant.parse("2026-03-01T23:00:00Z"));
    // The L3 breach (immediate target, no response) a nanosecond after the line went down.
    assertThat(items)
        .anySatisfy(
            i -> {
              assertThat(i.ruleId().value()).isEqualTo("ESC-SLA");
              assertThat(i.at()).isEqualTo(MONDAY.plusNanos(1));
            });
    assertThat(items)
        .extracting(i -> i.ruleId().value())
        .contains("TEAM-GAP", "TEAM-24x7", "UPD-CADENCE");
    assertThat(report.program()).isPresent();
    assertThat(report.readiness().orElseThrow().ready()).isFalse();
    assertThat(report.nextChangeAt()).isPresent();
    assertThat(report.nextChangeAt().get()).isAfter(NOW);
  }

  @Test
  void factsFromAnotherAccountAreRefused() {
    Issue foreign =
        Issue.builder()
            .id(IssueId.of("X-1"))
            .account(AccountId.of("OTHER"))
            .openedAt(MONDAY)
            .build();
    assertThatThrownBy(
            () -> AccountSnapshot.builder().account(ACME).zone(BERLIN).addIssues(foreign).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("AccountSnapshot.issues[X-1].account must be ACME but was OTHER");
  }

  @Test
  void issuesOpenedLaterAreNotYetKnown() {
    Issue later =
        issue("CASE-9", NOW.plusSeconds(1))
            .addTrigger(Trigger.yieldDrop(new BigDecimal("9")))
            .build();
    GovernanceReport report =
        PLAYBOOK.report(
            AccountSnapshot.builder().account(ACME).zone(BERLIN).addIssues(later).build(), NOW);
    assertThat(report.decisions()).isEmpty();
    assertThat(report.status()).isEqualTo(RagStatus.GREEN);
    // The report changes when the issue opens: a sweep must wake the account then.
    assertThat(report.nextChangeAt()).isEqualTo(Optional.of(NOW.plusSeconds(1)));
    assertThat(LocalDate.of(2026, 3, 3)).isEqualTo(NOW.atZone(BERLIN).toLocalDate());
  }

  @Test
  void aBreachAnsweredAndResolvedLongAgoIsHistoryNotTrouble() {
    Instant january = Instant.parse("2025-01-06T08:00:00Z");
    Issue old =
        issue("CASE-10", january)
            .addTrigger(Trigger.safetyIncident())
            .addEvents(
                IssueEvent.responded(january.plusSeconds(60)),
                IssueEvent.resolved(january.plusSeconds(3600)))
            .build();
    GovernanceReport report =
        PLAYBOOK.report(
            AccountSnapshot.builder().account(ACME).zone(BERLIN).addIssues(old).build(), NOW);
    assertThat(report.status()).isEqualTo(RagStatus.GREEN);
    assertThat(report.items())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.kind()).isEqualTo(ReportItem.Kind.PAST);
              assertThat(i.ruleId().value()).isEqualTo("ESC-SLA");
            });
  }

  @Test
  void aFailingReadinessChecklistIsSomethingWrong() {
    GovernanceReport report =
        PLAYBOOK.report(
            AccountSnapshot.builder()
                .account(ACME)
                .zone(BERLIN)
                .readiness(ReadinessFacts.builder().account(ACME).build())
                .build(),
            NOW);
    assertThat(report.status()).isEqualTo(RagStatus.YELLOW);
    assertThat(report.items())
        .extracting(i -> i.ruleId().value())
        .containsExactlyInAnyOrder(
            "CHK-CALENDAR", "CHK-CONTACTS", "CHK-ECO", "CHK-LIABILITY", "CHK-SIGNATORY");
    // Dated from the start of the local day; the checklist is looked at again at the next midnight.
    assertThat(report.items())
        .allSatisfy(i -> assertThat(i.at()).isEqualTo(Instant.parse("2026-03-02T23:00:00Z")));
    assertThat(report.nextChangeAt()).contains(Instant.parse("2026-03-03T23:00:00Z"));
  }

  @Test
  void readinessOfAnotherAccountIsRefused() {
    assertThatThrownBy(
            () ->
                AccountSnapshot.builder()
                    .account(ACME)
                    .zone(BERLIN)
                    .readiness(ReadinessFacts.builder().account(AccountId.of("THIRD")).build())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("AccountSnapshot.readiness.account must be ACME but was THIRD");
  }

  @Test
  void aHostPolicyWhoseNextChangeIsNotAheadIsReportedNotSkipped() {
    PlaybookEscalationPolicy real = PlaybookEscalationPolicy.ofDefaults();
    // A broken host policy: it says the issue changes right now, which would never wake anyone.
    EscalationPolicy stuck =
        (issue, at) ->
            EscalationDecision.builder().from(real.decide(issue, at)).nextChangeAt(at).build();
    Playbook playbook =
        Playbook.ofDefaults().withEscalation(stuck, EscalationSettings.ofDefaults().ladder());
    Issue open = issue("CASE-5", MONDAY).addTrigger(Trigger.unitDefect(1)).build();

    assertThatThrownBy(
            () ->
                playbook.report(
                    AccountSnapshot.builder().account(ACME).zone(BERLIN).addIssues(open).build(),
                    NOW))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "EscalationDecision[CASE-5].nextChangeAt must be after the evaluation instant "
                + NOW
                + " but was "
                + NOW);
  }
}
