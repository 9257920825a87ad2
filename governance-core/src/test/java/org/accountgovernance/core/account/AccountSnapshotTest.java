package org.accountgovernance.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.Finding;
import org.accountgovernance.core.IssueId;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.RuleId;
import org.accountgovernance.core.Subject;
import org.accountgovernance.core.cadence.AccountMeetings;
import org.accountgovernance.core.cadence.AccountPhase;
import org.accountgovernance.core.engagement.AccountProfile;
import org.accountgovernance.core.engagement.AccountRelationship;
import org.accountgovernance.core.engagement.Rating;
import org.accountgovernance.core.escalation.Issue;
import org.accountgovernance.core.program.AccountEscalation;
import org.accountgovernance.core.readiness.ReadinessFacts;
import org.accountgovernance.core.team.AccountTeam;
import org.accountgovernance.core.team.ClientFacingApproach;
import org.accountgovernance.core.team.TeamMember;
import org.accountgovernance.core.update.RagStatus;
import org.junit.jupiter.api.Test;

/**
 * An account snapshot refuses facts about another account, naming the part; report items sort by
 * urgency.
 */
class AccountSnapshotTest {
  private static final AccountId ACME = AccountId.of("ACME");
  private static final AccountId OTHER = AccountId.of("GLOBEX");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  private static AccountSnapshot.Builder snapshot() {
    AccountSnapshot.Builder builder = AccountSnapshot.builder();
    builder.account(ACME).zone(BERLIN);
    return builder;
  }

  private static Issue issue(String id, AccountId account) {
    return Issue.builder().id(IssueId.of(id)).account(account).openedAt(T0).build();
  }

  private static AccountEscalation escalation(AccountId account) {
    return AccountEscalation.builder().id("AEM-7").account(account).zone(BERLIN).build();
  }

  private static AccountMeetings meetings(AccountId account) {
    return AccountMeetings.builder()
        .account(account)
        .phase(AccountPhase.ACTIVE_PRODUCTION)
        .zone(BERLIN)
        .cadenceStart(T0)
        .build();
  }

  private static AccountRelationship relationship(AccountId account) {
    return AccountRelationship.builder()
        .profile(AccountProfile.of(account, Rating.HIGH, Rating.MEDIUM, Rating.HIGH))
        .zone(BERLIN)
        .since(T0)
        .build();
  }

  private static AccountTeam team(AccountId account) {
    return AccountTeam.builder()
        .account(account)
        .approach(ClientFacingApproach.OPEN)
        .addMembers(
            TeamMember.builder()
                .name("Dana Lee")
                .role(PartyRole.supplier("Account Manager"))
                .build())
        .build();
  }

  private static ReadinessFacts readiness(AccountId account) {
    return ReadinessFacts.builder().account(account).build();
  }

  @Test
  void aSnapshotOfOneAccountHoldsEveryPart() {
    AccountSnapshot full =
        snapshot()
            .addIssues(issue("CASE-1", ACME), issue("CASE-2", ACME))
            .escalation(escalation(ACME))
            .meetings(meetings(ACME))
            .relationship(relationship(ACME))
            .team(team(ACME))
            .readiness(readiness(ACME))
            .build();

    assertThat(full.issues())
        .extracting(Issue::id)
        .containsExactly(IssueId.of("CASE-1"), IssueId.of("CASE-2"));
    assertThat(full.escalation()).isPresent();
    assertThat(full.team()).contains(team(ACME));
    assertThat(snapshot().build().issues()).isEmpty();
    assertThat(snapshot().build().readiness()).isEmpty();
  }

  @Test
  void anIssueOfAnotherAccountIsRefusedNamingIt() {
    assertThatThrownBy(
            () -> snapshot().addIssues(issue("CASE-1", ACME), issue("CASE-9", OTHER)).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("AccountSnapshot.issues[CASE-9].account must be ACME but was GLOBEX");
  }

  @Test
  void everyOtherPartOfAnotherAccountIsRefusedNamingThePart() {
    assertThatThrownBy(() -> snapshot().escalation(escalation(OTHER)).build())
        .hasMessage("AccountSnapshot.escalation.account must be ACME but was GLOBEX");
    assertThatThrownBy(() -> snapshot().meetings(meetings(OTHER)).build())
        .hasMessage("AccountSnapshot.meetings.account must be ACME but was GLOBEX");
    assertThatThrownBy(() -> snapshot().relationship(relationship(OTHER)).build())
        .hasMessage("AccountSnapshot.relationship.profile.account must be ACME but was GLOBEX");
    assertThatThrownBy(() -> snapshot().readiness(readiness(OTHER)).build())
        .hasMessage("AccountSnapshot.readiness.account must be ACME but was GLOBEX");
    assertThatThrownBy(() -> snapshot().team(team(OTHER)).build())
        .hasMessage("AccountSnapshot.team.account must be ACME but was GLOBEX");
  }

  // --- ReportItem --------------------------------------------------------------------------------

  private static Finding.Builder finding(String rule, Instant since) {
    Finding.Builder builder = Finding.builder();
    builder
        .ruleId(RuleId.of(rule))
        .subject(Subject.account(ACME))
        .observed("no update")
        .threshold("an update by Friday")
        .message("YELLOW update overdue")
        .since(since);
    return builder;
  }

  @Test
  void aFindingIsWrongWhileItLastsAndPastOnceItEnded() {
    Instant end = T0.plusSeconds(3600);
    Finding ended = finding("UPD-OVERDUE", T0).until(end).build();

    ReportItem whileItLasts = ReportItem.of(ended, end.minusNanos(1));
    assertThat(whileItLasts.kind()).isEqualTo(ReportItem.Kind.WRONG);
    assertThat(whileItLasts.at()).isEqualTo(T0);
    assertThat(whileItLasts.ruleId()).isEqualTo(RuleId.of("UPD-OVERDUE"));
    assertThat(whileItLasts.subject()).isEqualTo(Subject.account(ACME));
    assertThat(whileItLasts.observed()).isEqualTo("no update");
    assertThat(whileItLasts.threshold()).isEqualTo("an update by Friday");
    assertThat(whileItLasts.message()).isEqualTo("YELLOW update overdue");
    assertThat(ReportItem.of(ended, end).kind()).isEqualTo(ReportItem.Kind.PAST);
    assertThat(ReportItem.of(finding("UPD-OVERDUE", T0).build(), end).kind())
        .isEqualTo(ReportItem.Kind.WRONG);
  }

  @Test
  void itemsSortWrongOldestFirstThenDueSoonestFirstThenHistory() {
    ReportItem oldWrong = ReportItem.of(finding("UPD-OVERDUE", T0).build(), T0.plusSeconds(60));
    ReportItem newWrong =
        ReportItem.of(finding("AEM-ACTION", T0.plusSeconds(30)).build(), T0.plusSeconds(60));
    ReportItem past = ReportItem.of(finding("ESC-SLA", T0.minusSeconds(60)).until(T0).build(), T0);
    ReportItem soonDue =
        ReportItem.builder()
            .from(oldWrong)
            .kind(ReportItem.Kind.DUE)
            .at(T0.plusSeconds(120))
            .ruleId(RuleId.of("UPD-FRIDAY"))
            .build();
    ReportItem laterDue = ReportItem.builder().from(soonDue).at(T0.plusSeconds(240)).build();

    assertThat(Stream.of(laterDue, past, soonDue, newWrong, oldWrong).sorted())
        .containsExactly(oldWrong, newWrong, soonDue, laterDue, past);
    assertThat(soonDue)
        .hasToString("DUE 2026-03-02T08:02:00Z UPD-FRIDAY account ACME: YELLOW update overdue");
  }

  @Test
  void aGovernanceReportCarriesItsItemsInTheGivenOrder() {
    ReportItem item = ReportItem.of(finding("UPD-OVERDUE", T0).build(), T0);
    GovernanceReport report =
        GovernanceReport.builder()
            .account(ACME)
            .at(T0)
            .status(RagStatus.YELLOW)
            .addItems(item)
            .nextChangeAt(T0.plusSeconds(60))
            .build();

    assertThat(report.items()).containsExactly(item);
    assertThat(report.status()).isEqualTo(RagStatus.YELLOW);
    assertThat(report.decisions()).isEmpty();
    assertThat(report.nextChangeAt()).contains(T0.plusSeconds(60));
  }
}
