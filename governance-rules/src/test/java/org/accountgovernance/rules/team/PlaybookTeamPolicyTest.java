package org.accountgovernance.rules.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.Finding;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.RuleId;
import org.accountgovernance.core.Subject;
import org.accountgovernance.core.escalation.EscalationLadder;
import org.accountgovernance.core.escalation.EscalationLevel;
import org.accountgovernance.core.escalation.EscalationPath;
import org.accountgovernance.core.sla.CoverageCalendar;
import org.accountgovernance.core.sla.CoverageWindow;
import org.accountgovernance.core.sla.WeeklyHoursCalendar;
import org.accountgovernance.core.sla.WorkingPeriod;
import org.accountgovernance.core.team.AccountTeam;
import org.accountgovernance.core.team.ClientFacingApproach;
import org.accountgovernance.core.team.TeamMember;
import org.accountgovernance.rules.escalation.EscalationSettings;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PlaybookTeamPolicyTest {
  private static final AccountId BANK = AccountId.of("MERIDIAN-BANK");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final PartyRole PM = PartyRole.supplier("Factory PM");
  private static final PartyRole AM = PartyRole.supplier("Account Manager");
  private static final PartyRole VP = PartyRole.supplier("VP Sales / Plant Director");
  private static final PartyRole ANALYST = PartyRole.supplier("Support Analyst");

  /** Monday 2 March 2026, 00:00 in London (GMT, so also 00:00Z). */
  private static final Instant WEEK = Instant.parse("2026-03-02T00:00:00Z");

  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final EscalationLadder LADDER = EscalationSettings.ofDefaults().ladder();
  private static final EnumSet<DayOfWeek> WEEKDAYS =
      EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
  private static final EnumSet<DayOfWeek> WEEKEND =
      EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

  private final PlaybookTeamPolicy policy = PlaybookTeamPolicy.ofDefaults();

  private static TeamMember.Builder member(String name, PartyRole role) {
    return TeamMember.builder()
        .name(name)
        .role(role)
        .summary("Serves the bank as " + role.name())
        .email(name.toLowerCase().replace(' ', '.') + "@supplier.example")
        .mobile("+44 7700 900000");
  }

  private static TeamMember pm() {
    return member("Pat Kim", PM).standIn("Sam Ortiz").addLevels("L1").build();
  }

  private static TeamMember am() {
    return member("Dana Lee", AM).standIn("Sam Ortiz").addLevels("L2").clientContact(true).build();
  }

  private static TeamMember vp() {
    return member("Lee Park", VP).addLevels("L3").build();
  }

  private static TeamMember analyst() {
    return member("Sam Ortiz", ANALYST).build();
  }

  private static AccountTeam team(TeamMember... members) {
    return AccountTeam.builder()
        .account(BANK)
        .approach(ClientFacingApproach.DESIGNATED_CONTACTS)
        .addMembers(members)
        .build();
  }

  private static WeeklyHoursCalendar londonBusinessHours() {
    return WeeklyHoursCalendar.workweek(
        LONDON, WEEKDAYS, WorkingPeriod.of(LocalTime.of(9, 0), LocalTime.of(17, 30)));
  }

  private static Instant t(String utc) {
    return Instant.parse(utc);
  }

  private static CoverageWindow w(String start, String end) {
    return CoverageWindow.of(t(start), t(end));
  }

  private List<Finding> findings(AccountTeam team, RuleId rule) {
    return policy.evaluate(team, LADDER, WEEK, NOW).stream()
        .filter(f -> f.ruleId().equals(rule))
        .toList();
  }

  @Test
  void aCompleteTeamWithRoundTheClockContactsHasNoFinding() {
    assertThat(policy.evaluate(team(pm(), am(), vp(), analyst()), LADDER, WEEK, NOW)).isEmpty();
  }

  @Nested
  class Gap {
    @Test
    void aRequiredRoleWithNobodyIsAFinding() {
      List<Finding> gaps = findings(team(pm(), am(), analyst()), TeamRules.GAP);
      assertThat(gaps).hasSize(1);
      Finding gap = gaps.get(0);
      assertThat(gap.subject()).isEqualTo(Subject.account(BANK));
      assertThat(gap.observed()).isEqualTo("nobody is VP Sales / Plant Director");
      assertThat(gap.threshold()).isEqualTo("someone in every required role");
      assertThat(gap.message()).isEqualTo("No one on the team is VP Sales / Plant Director");
      assertThat(gap.since()).isEqualTo(NOW);
    }

    @Test
    void oneHolderFillsTheRole() {
      assertThat(findings(team(pm(), am(), vp(), analyst()), TeamRules.GAP)).isEmpty();
    }

    @Test
    void theSameTitleOnTheCustomerSideDoesNotFillASupplierRole() {
      TeamMember customerSide =
          member("Lee Park", PartyRole.customer("VP Sales / Plant Director")).build();
      assertThat(findings(team(pm(), am(), customerSide, analyst()), TeamRules.GAP))
          .extracting(Finding::observed)
          .containsExactly("nobody is VP Sales / Plant Director");
    }

    @Test
    void anEmptyTeamMissesEveryRequiredRole() {
      assertThat(findings(team(), TeamRules.GAP))
          .extracting(Finding::observed)
          .containsExactlyInAnyOrder(
              "nobody is Factory PM",
              "nobody is Account Manager",
              "nobody is VP Sales / Plant Director");
    }

    @Test
    void requiredRolesAreConfigurable() {
      PlaybookTeamPolicy strict =
          PlaybookTeamPolicy.of(
              TeamSettings.builder()
                  .addRequiredRoles(PartyRole.supplier("Quality Manager"))
                  .build());
      assertThat(strict.evaluate(team(pm(), am(), vp(), analyst()), LADDER, WEEK, NOW))
          .extracting(Finding::ruleId, Finding::observed)
          .containsExactly(tuple(TeamRules.GAP, "nobody is Quality Manager"));
    }
  }

  @Nested
  class Overlap {
    @Test
    void twoAccountManagersAreAFinding() {
      TeamMember second = member("Ravi Shah", AM).standIn("Dana Lee").build();
      List<Finding> overlaps =
          findings(team(pm(), am(), second, vp(), analyst()), TeamRules.OVERLAP);
      assertThat(overlaps).hasSize(1);
      Finding overlap = overlaps.get(0);
      assertThat(overlap.subject()).isEqualTo(Subject.account(BANK));
      assertThat(overlap.observed()).isEqualTo("2 are Account Manager: Dana Lee, Ravi Shah");
      assertThat(overlap.threshold()).isEqualTo("one Account Manager");
      assertThat(overlap.message())
          .isEqualTo("Account Manager is held by several members: Dana Lee, Ravi Shah");
    }

    @Test
    void oneAccountManagerIsFine() {
      assertThat(findings(team(pm(), am(), vp(), analyst()), TeamRules.OVERLAP)).isEmpty();
    }

    @Test
    void aNonExclusiveRoleMayBeHeldTwice() {
      TeamMember secondPm = member("Kai Moss", PM).standIn("Pat Kim").build();
      assertThat(findings(team(pm(), secondPm, am(), vp(), analyst()), TeamRules.OVERLAP))
          .isEmpty();
    }
  }

  @Nested
  class Summary {
    @Test
    void aMemberWithoutSummaryIsAFindingAboutThatMember() {
      TeamMember silent = TeamMember.builder().name("Jo Byrne").role(ANALYST).build();
      List<Finding> summaries =
          findings(team(pm(), am(), vp(), analyst(), silent), TeamRules.SUMMARY);
      assertThat(summaries).hasSize(1);
      Finding summary = summaries.get(0);
      assertThat(summary.subject()).isEqualTo(Subject.of("team-member", "Jo Byrne"));
      assertThat(summary.observed()).isEqualTo("no summary");
      assertThat(summary.threshold()).isEqualTo("a summary of what they do for the client");
      assertThat(summary.message())
          .isEqualTo("Jo Byrne has no summary of what they do for this client");
    }

    @Test
    void aBlankSummaryIsRejectedWhenBuilt() {
      assertThatThrownBy(
              () -> TeamMember.builder().name("Jo Byrne").role(ANALYST).summary(" ").build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("TeamMember[Jo Byrne].summary");
    }
  }

  @Nested
  class StandIn {
    @Test
    void aCriticalRoleWithoutStandInIsAFinding() {
      TeamMember alone = member("Dana Lee", AM).addLevels("L2").build();
      List<Finding> standIns = findings(team(pm(), alone, vp(), analyst()), TeamRules.STAND_IN);
      assertThat(standIns).hasSize(1);
      Finding standIn = standIns.get(0);
      assertThat(standIn.subject()).isEqualTo(Subject.of("team-member", "Dana Lee"));
      assertThat(standIn.observed()).isEqualTo("no stand-in");
      assertThat(standIn.threshold()).isEqualTo("a stand-in for Account Manager");
      assertThat(standIn.message()).isEqualTo("Dana Lee (Account Manager) has no stand-in");
    }

    @Test
    void theFactoryPmIsCriticalToo() {
      TeamMember alone = member("Pat Kim", PM).addLevels("L1").build();
      assertThat(findings(team(alone, am(), vp(), analyst()), TeamRules.STAND_IN))
          .extracting(f -> f.subject().id())
          .containsExactly("Pat Kim");
    }

    @Test
    void withAStandInItIsFine() {
      assertThat(findings(team(pm(), am(), vp(), analyst()), TeamRules.STAND_IN)).isEmpty();
    }

    @Test
    void aNonCriticalRoleNeedsNoStandIn() {
      // vp() and analyst() have no stand-in; neither role is critical by default.
      assertThat(vp().standIn()).isEmpty();
      assertThat(findings(team(pm(), am(), vp(), analyst()), TeamRules.STAND_IN)).isEmpty();
    }
  }

  @Nested
  class RoundTheClock {
    /** The seed 002 bank: L3 on 24x7, its only contact in the office Mon–Fri 09:00–17:30. */
    private TeamMember officeHoursVp() {
      return member("Lee Park", VP).addLevels("L3").availability(londonBusinessHours()).build();
    }

    @Test
    void theMerchantBankCaseListsTheOutOfHoursWindowsAndTheWeeklyTotal() {
      List<Finding> found =
          findings(team(pm(), am(), officeHoursVp(), analyst()), TeamRules.ROUND_THE_CLOCK);
      assertThat(found).hasSize(1);
      Finding finding = found.get(0);
      assertThat(finding.subject()).isEqualTo(Subject.of("escalation-level", "L3"));
      // 168 h in the week, 5 x 8.5 h = 42.5 h reachable: 125.5 h not, in 6 windows.
      assertThat(finding.observed())
          .isEqualTo(
              "125h30m a week unreachable: "
                  + "[2026-03-06T17:30:00Z, 2026-03-09T00:00:00Z), "
                  + "[2026-03-02T17:30:00Z, 2026-03-03T09:00:00Z), "
                  + "[2026-03-03T17:30:00Z, 2026-03-04T09:00:00Z), "
                  + "[2026-03-04T17:30:00Z, 2026-03-05T09:00:00Z), "
                  + "[2026-03-05T17:30:00Z, 2026-03-06T09:00:00Z)"
                  + " and 1 more");
      assertThat(finding.threshold())
          .isEqualTo("a contact for L3 reachable at every hour of the week");
      assertThat(finding.message()).startsWith("L3 is covered round the clock");
      assertThat(policy.unreachable(team(officeHoursVp()), "L3", WEEK))
          .containsExactly(
              w("2026-03-02T00:00:00Z", "2026-03-02T09:00:00Z"),
              w("2026-03-02T17:30:00Z", "2026-03-03T09:00:00Z"),
              w("2026-03-03T17:30:00Z", "2026-03-04T09:00:00Z"),
              w("2026-03-04T17:30:00Z", "2026-03-05T09:00:00Z"),
              w("2026-03-05T17:30:00Z", "2026-03-06T09:00:00Z"),
              w("2026-03-06T17:30:00Z", "2026-03-09T00:00:00Z"));
    }

    @Test
    void aSecondContactForNightsAndWeekendsClosesTheGap() {
      WeeklyHoursCalendar.Builder nights = WeeklyHoursCalendar.builder().zone(LONDON);
      for (DayOfWeek day : WEEKDAYS) {
        nights.putAllHours(
            day,
            List.of(
                WorkingPeriod.of(LocalTime.MIDNIGHT, LocalTime.of(9, 0)),
                WorkingPeriod.of(LocalTime.of(17, 30), LocalTime.MIDNIGHT)));
      }
      for (DayOfWeek day : WEEKEND) {
        nights.putHours(day, WorkingPeriod.allDay());
      }
      TeamMember duty =
          member("Noor Ali", PartyRole.supplier("Duty Director"))
              .addLevels("L3")
              .availability(nights.build())
              .build();
      AccountTeam covered = team(pm(), am(), officeHoursVp(), analyst(), duty);
      assertThat(findings(covered, TeamRules.ROUND_THE_CLOCK)).isEmpty();
      assertThat(policy.unreachable(covered, "L3", WEEK)).isEmpty();
    }

    @Test
    void aContactWhoDoesNotAnswerForTheLevelDoesNotCount() {
      // The analyst is reachable round the clock, but is not an L3 contact.
      List<CoverageWindow> gaps = policy.unreachable(team(officeHoursVp(), analyst()), "L3", WEEK);
      assertThat(gaps).hasSize(6);
      assertThat(policy.unreachable(team(analyst()), "L3", WEEK))
          .containsExactly(w("2026-03-02T00:00:00Z", "2026-03-09T00:00:00Z"));
    }

    @Test
    void aLevelWithNoContactAtAllIsUnreachableAllWeek() {
      List<Finding> found =
          findings(
              team(member("Lee Park", VP).build(), pm(), am(), analyst()),
              TeamRules.ROUND_THE_CLOCK);
      assertThat(found).extracting(f -> f.subject().id()).containsExactly("L3");
      assertThat(found.get(0).observed())
          .isEqualTo("168h a week unreachable: [2026-03-02T00:00:00Z, 2026-03-09T00:00:00Z)");
    }

    /** A level on London business hours, whose contacts the 24x7 check leaves alone. */
    private EscalationLevel office(String id, int rank) {
      return EscalationLevel.builder()
          .id(id)
          .name("Office " + id)
          .rank(rank)
          .responseTarget(Duration.ofHours(8))
          .calendar(londonBusinessHours())
          .path(EscalationPath.of(PM, PartyRole.customer("Buyer " + id)))
          .build();
    }

    @Test
    void aLevelOnBusinessHoursIsNotChecked() {
      EscalationLevel officeL3 =
          EscalationLevel.builder()
              .id("L3")
              .name("Executive")
              .rank(3)
              .responseTarget(Duration.ofHours(4))
              .calendar(londonBusinessHours())
              .path(EscalationPath.of(VP, PartyRole.customer("VP Ops")))
              .build();
      EscalationLevel roundTheClockL1 =
          EscalationLevel.builder()
              .id("L1")
              .name("Operational")
              .rank(1)
              .responseTarget(Duration.ofHours(24))
              .calendar(CoverageCalendar.alwaysOn())
              .path(EscalationPath.of(PM, PartyRole.customer("Customer Buyer")))
              .build();
      EscalationLevel officeL2 = office("L2", 2);
      EscalationLadder custom = EscalationLadder.of(List.of(roundTheClockL1, officeL2, officeL3));
      // Nobody at all answers for L3, and the L1 contact keeps office hours.
      TeamMember officePm =
          member("Pat Kim", PM)
              .standIn("Sam Ortiz")
              .addLevels("L1")
              .availability(londonBusinessHours())
              .build();
      AccountTeam team = team(officePm, am(), member("Lee Park", VP).build(), analyst());
      List<Finding> found =
          policy.evaluate(team, custom, WEEK, NOW).stream()
              .filter(f -> f.ruleId().equals(TeamRules.ROUND_THE_CLOCK))
              .toList();
      assertThat(found).extracting(f -> f.subject().id()).containsExactly("L1");
    }

    @Test
    void aSevenDayAllDayCalendarCountsAsRoundTheClock() {
      WeeklyHoursCalendar.Builder allWeek = WeeklyHoursCalendar.builder().zone(LONDON);
      for (DayOfWeek day : DayOfWeek.values()) {
        allWeek.putHours(day, WorkingPeriod.allDay());
      }
      EscalationLevel l3 =
          EscalationLevel.builder()
              .id("L3")
              .name("Executive")
              .rank(3)
              .responseTarget(Duration.ZERO)
              .calendar(allWeek.build())
              .path(EscalationPath.of(VP, PartyRole.customer("VP Ops")))
              .build();
      List<Finding> found =
          policy
              .evaluate(
                  team(pm(), am(), officeHoursVp(), analyst()),
                  EscalationLadder.of(List.of(office("L1", 1), office("L2", 2), l3)),
                  WEEK,
                  NOW)
              .stream()
              .filter(f -> f.ruleId().equals(TeamRules.ROUND_THE_CLOCK))
              .toList();
      assertThat(found).extracting(f -> f.subject().id()).containsExactly("L3");
    }

    @Test
    void unreachableIsTheExactComplementAcrossTheUkClockChange() {
      // Week of Monday 23 March 2026 (GMT); on Sunday 29 March at 01:00 GMT clocks go to 02:00 BST.
      // The week is 7 x 24 h from 2026-03-23T00:00Z, so it ends 2026-03-30T00:00Z (01:00 BST).
      Instant week = t("2026-03-23T00:00:00Z");
      WeeklyHoursCalendar.Builder weekend = WeeklyHoursCalendar.builder().zone(LONDON);
      for (DayOfWeek day : WEEKEND) {
        weekend.putAllHours(
            day,
            List.of(
                WorkingPeriod.of(LocalTime.MIDNIGHT, LocalTime.of(3, 0)),
                WorkingPeriod.of(LocalTime.of(10, 0), LocalTime.of(16, 0))));
      }
      TeamMember weekday =
          member("Lee Park", VP).addLevels("L3").availability(londonBusinessHours()).build();
      TeamMember weekender =
          member("Noor Ali", PartyRole.supplier("Duty Director"))
              .addLevels("L3")
              .availability(weekend.build())
              .build();
      List<CoverageWindow> gaps = policy.unreachable(team(weekday, weekender), "L3", week);
      // Reachable (UTC): Mon–Fri 09:00–17:30; Sat 00:00–03:00 and 10:00–16:00 (GMT);
      // Sun 00:00–03:00 local is 00:00–01:00 GMT then 02:00–03:00 BST = 00:00Z–02:00Z,
      // and Sun 10:00–16:00 BST = 09:00Z–15:00Z.
      assertThat(gaps)
          .containsExactly(
              w("2026-03-23T00:00:00Z", "2026-03-23T09:00:00Z"),
              w("2026-03-23T17:30:00Z", "2026-03-24T09:00:00Z"),
              w("2026-03-24T17:30:00Z", "2026-03-25T09:00:00Z"),
              w("2026-03-25T17:30:00Z", "2026-03-26T09:00:00Z"),
              w("2026-03-26T17:30:00Z", "2026-03-27T09:00:00Z"),
              w("2026-03-27T17:30:00Z", "2026-03-28T00:00:00Z"),
              w("2026-03-28T03:00:00Z", "2026-03-28T10:00:00Z"),
              w("2026-03-28T16:00:00Z", "2026-03-29T00:00:00Z"),
              w("2026-03-29T02:00:00Z", "2026-03-29T09:00:00Z"),
              w("2026-03-29T15:00:00Z", "2026-03-30T00:00:00Z"));
      Duration total = Duration.ZERO;
      for (CoverageWindow gap : gaps) {
        total = total.plus(gap.length());
      }
      // 168 h - (5 x 8.5 h + (3 + 6) h + (2 + 6) h) = 168 h - 59.5 h.
      assertThat(total).isEqualTo(Duration.ofMinutes(108 * 60 + 30));
    }
  }

  @Nested
  class TeamValidation {
    @Test
    void duplicateNamesAreRejected() {
      assertThatThrownBy(() -> team(am(), member("Dana Lee", PM).build()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("AccountTeam.members must be free of duplicate names but was Dana Lee twice");
    }

    @Test
    void aStandInMustBeOnTheTeam() {
      assertThatThrownBy(() -> team(member("Dana Lee", AM).standIn("Ghost").build()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("TeamMember[Dana Lee].standIn must be a member of the team but was 'Ghost'");
    }

    @Test
    void aStandInListedLaterOnTheTeamIsAccepted() {
      assertThat(team(am(), analyst()).member("Dana Lee").flatMap(TeamMember::standIn))
          .contains("Sam Ortiz");
    }

    @Test
    void nobodyStandsInForThemselves() {
      assertThatThrownBy(() -> member("Dana Lee", AM).standIn("Dana Lee").build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("TeamMember[Dana Lee].standIn must be someone else but was 'Dana Lee'");
    }

    @Test
    void aSinglePointTeamHasExactlyOneClientContact() {
      List<TeamMember> members = new ArrayList<>(List.of(am(), analyst()));
      AccountTeam one =
          AccountTeam.builder()
              .account(BANK)
              .approach(ClientFacingApproach.SINGLE_POINT)
              .addAllMembers(members)
              .build();
      assertThat(one.members()).hasSize(2);
      members.add(member("Ravi Shah", ANALYST).clientContact(true).build());
      assertThatThrownBy(
              () ->
                  AccountTeam.builder()
                      .account(BANK)
                      .approach(ClientFacingApproach.SINGLE_POINT)
                      .addAllMembers(members)
                      .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "AccountTeam.members must be exactly one client contact under SINGLE_POINT"
                  + " but was 2 client contacts");
      assertThatThrownBy(
              () ->
                  AccountTeam.builder()
                      .account(BANK)
                      .approach(ClientFacingApproach.SINGLE_POINT)
                      .addMembers(analyst())
                      .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "AccountTeam.members must be exactly one client contact under SINGLE_POINT"
                  + " but was 0 client contacts");
    }

    @Test
    void aLevelTheLadderDoesNotHaveIsATypoNotAGap() {
      AccountTeam typo = team(member("Lee Park", VP).addLevels("l3").build());
      assertThatThrownBy(
              () -> policy.evaluate(typo, EscalationSettings.ofDefaults().ladder(), WEEK, NOW))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageEndingWith("but was 'l3'");
    }

    @Test
    void aContactWithNoWayToReachThemDoesNotCover() {
      AccountTeam ghost =
          AccountTeam.builder()
              .account(BANK)
              .approach(ClientFacingApproach.OPEN)
              .addMembers(TeamMember.builder().name("Ghost").role(VP).addLevels("L3").build())
              .build();
      assertThat(policy.unreachable(ghost, "L3", WEEK))
          .containsExactly(CoverageWindow.of(WEEK, WEEK.plus(Duration.ofDays(7))));
    }

    @Test
    void designatedContactsMayBeSeveral() {
      AccountTeam team =
          team(am(), analyst(), member("Ravi Shah", ANALYST).clientContact(true).build());
      assertThat(team.members().stream().filter(TeamMember::clientContact)).hasSize(2);
    }
  }

  @Nested
  class SpeakingToTheClient {
    private AccountTeam with(ClientFacingApproach approach) {
      return AccountTeam.builder()
          .account(BANK)
          .approach(approach)
          .addMembers(am(), analyst())
          .build();
    }

    @Test
    void singlePointOnlyTheContact() {
      AccountTeam team = with(ClientFacingApproach.SINGLE_POINT);
      assertThat(team.maySpeakToClient("Dana Lee")).isTrue();
      assertThat(team.maySpeakToClient("Sam Ortiz")).isFalse();
      assertThat(team.maySpeakToClient("Outsider")).isFalse();
    }

    @Test
    void designatedContactsOnlyTheDesignated() {
      AccountTeam team = with(ClientFacingApproach.DESIGNATED_CONTACTS);
      assertThat(team.maySpeakToClient("Dana Lee")).isTrue();
      assertThat(team.maySpeakToClient("Sam Ortiz")).isFalse();
      assertThat(team.maySpeakToClient("Outsider")).isFalse();
    }

    @Test
    void openEveryMemberButNoOutsider() {
      AccountTeam team = with(ClientFacingApproach.OPEN);
      assertThat(team.maySpeakToClient("Dana Lee")).isTrue();
      assertThat(team.maySpeakToClient("Sam Ortiz")).isTrue();
      assertThat(team.maySpeakToClient("Outsider")).isFalse();
    }
  }
}
