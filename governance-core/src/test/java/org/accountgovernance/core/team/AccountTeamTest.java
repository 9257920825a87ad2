package org.accountgovernance.core.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.sla.CoverageCalendar;
import org.accountgovernance.core.sla.WeeklyHoursCalendar;
import org.accountgovernance.core.sla.WorkingPeriod;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The account team's roster: its validation, and who may speak to the client. */
class AccountTeamTest {
  private static final AccountId MERIDIAN = AccountId.of("MERIDIAN-BANK");

  /** Asserts the message form {@code "<field> must be <rule> but was <value>"}. */
  static void assertRejected(ThrowingCallable call, String field, String value) {
    assertThatThrownBy(call)
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(field + " must be ")
        .hasMessageEndingWith(" but was " + value);
  }

  private static TeamMember.Builder member(String name, String role) {
    TeamMember.Builder builder = TeamMember.builder();
    builder.name(name).role(PartyRole.supplier(role));
    return builder;
  }

  private static TeamMember dana() {
    return member("Dana Lee", "Account Manager")
        .summary("Owns the relationship; runs the monthly review")
        .email("dana@example.com")
        .mobile("+44 7700 900123")
        .standIn("Sam Ortiz")
        .addLevels("L2")
        .clientContact(true)
        .build();
  }

  private static TeamMember sam() {
    return member("Sam Ortiz", "Service Delivery Manager").standIn("Dana Lee").build();
  }

  private static TeamMember kim() {
    return member("Kim Ode", "Solution Engineer").build();
  }

  private static AccountTeam.Builder team(ClientFacingApproach approach) {
    AccountTeam.Builder builder = AccountTeam.builder();
    builder.account(MERIDIAN).approach(approach);
    return builder;
  }

  // --- TeamMember --------------------------------------------------------------------------------

  @Test
  void aMemberIsReachableRoundTheClockAndNoClientContactUnlessSaid() {
    assertThat(kim().availability()).isEqualTo(CoverageCalendar.alwaysOn());
    assertThat(kim().clientContact()).isFalse();
    assertThat(kim().levels()).isEmpty();
    assertThat(dana().clientContact()).isTrue();
    assertThat(dana().levels()).containsExactly("L2");

    WeeklyHoursCalendar officeHours =
        WeeklyHoursCalendar.workweek(
            ZoneId.of("Europe/London"),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            WorkingPeriod.of(LocalTime.of(9, 0), LocalTime.of(17, 0)));
    assertThat(
            member("Kim Ode", "Solution Engineer").availability(officeHours).build().availability())
        .isEqualTo(officeHours);
  }

  @Test
  void aBlankNameIsRejected() {
    assertRejected(() -> member(" ", "Account Manager").build(), "TeamMember.name", "' '");
  }

  @Test
  void blankContactDetailsAreRejectedNamingTheMember() {
    assertRejected(
        () -> member("Dana Lee", "Account Manager").summary("").build(),
        "TeamMember[Dana Lee].summary",
        "''");
    assertRejected(
        () -> member("Dana Lee", "Account Manager").mobile("  ").build(),
        "TeamMember[Dana Lee].mobile",
        "'  '");
  }

  @Test
  void anEmailWithoutAtSignIsRejected() {
    assertRejected(
        () -> member("Dana Lee", "Account Manager").email("dana.example.com").build(),
        "TeamMember[Dana Lee].email",
        "'dana.example.com'");
    assertThatThrownBy(() -> member("Dana Lee", "Account Manager").email("dana").build())
        .hasMessage("TeamMember[Dana Lee].email must be an e-mail address but was 'dana'");
  }

  @Test
  void nobodyStandsInForThemselves() {
    assertThatThrownBy(() -> member("Dana Lee", "Account Manager").standIn("Dana Lee").build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("TeamMember[Dana Lee].standIn must be someone else but was 'Dana Lee'");
  }

  // --- AccountTeam -------------------------------------------------------------------------------

  @Test
  void membersAreFoundByName() {
    AccountTeam team =
        team(ClientFacingApproach.DESIGNATED_CONTACTS).addMembers(dana(), sam()).build();

    assertThat(team.member("Sam Ortiz")).contains(sam());
    assertThat(team.member("Dana Lee")).contains(dana());
    assertThat(team.member("Kim Ode")).isEmpty();
  }

  @Test
  void twoMembersWithOneNameAreRejected() {
    TeamMember otherDana = member("Dana Lee", "Finance").build();
    assertThatThrownBy(
            () -> team(ClientFacingApproach.OPEN).addMembers(dana(), sam(), otherDana).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("AccountTeam.members must be free of duplicate names but was Dana Lee twice");
  }

  @Test
  void aStandInFromOutsideTheTeamIsRejectedNamingTheMember() {
    // Dana's stand-in, Sam, is not on this team.
    assertThatThrownBy(() -> team(ClientFacingApproach.OPEN).addMembers(dana(), kim()).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "TeamMember[Dana Lee].standIn must be a member of the team but was 'Sam Ortiz'");
  }

  @Test
  void aSinglePointTeamHasExactlyOneClientContact() {
    AccountTeam one =
        team(ClientFacingApproach.SINGLE_POINT).addMembers(dana(), sam(), kim()).build();
    assertThat(one.members()).containsExactly(dana(), sam(), kim());

    assertRejected(
        () -> team(ClientFacingApproach.SINGLE_POINT).addMembers(kim()).build(),
        "AccountTeam.members",
        "0 client contacts");
    TeamMember kimAsContact = member("Kim Ode", "Solution Engineer").clientContact(true).build();
    assertThatThrownBy(
            () ->
                team(ClientFacingApproach.SINGLE_POINT)
                    .addMembers(dana(), sam(), kimAsContact)
                    .build())
        .hasMessage(
            "AccountTeam.members must be exactly one client contact under SINGLE_POINT but was 2"
                + " client contacts");
  }

  @Test
  void severalOrNoClientContactsAreFineUnlessSinglePoint() {
    TeamMember kimAsContact = member("Kim Ode", "Solution Engineer").clientContact(true).build();
    assertThat(
            team(ClientFacingApproach.DESIGNATED_CONTACTS)
                .addMembers(dana(), sam(), kimAsContact)
                .build()
                .members())
        .hasSize(3);
    assertThat(team(ClientFacingApproach.OPEN).addMembers(kim()).build().members()).hasSize(1);
  }

  @Test
  void onlyDesignatedContactsSpeakToTheClientUnlessTheTeamIsOpen() {
    AccountTeam designated =
        team(ClientFacingApproach.DESIGNATED_CONTACTS).addMembers(dana(), sam(), kim()).build();
    assertThat(designated.maySpeakToClient("Dana Lee")).isTrue();
    assertThat(designated.maySpeakToClient("Sam Ortiz")).isFalse();

    AccountTeam single =
        team(ClientFacingApproach.SINGLE_POINT).addMembers(dana(), sam(), kim()).build();
    assertThat(single.maySpeakToClient("Dana Lee")).isTrue();
    assertThat(single.maySpeakToClient("Kim Ode")).isFalse();

    AccountTeam open = team(ClientFacingApproach.OPEN).addMembers(dana(), sam(), kim()).build();
    assertThat(open.maySpeakToClient("Kim Ode")).isTrue();
    assertThat(open.maySpeakToClient("Dana Lee")).isTrue();
  }

  @Test
  void someoneOffTheTeamNeverSpeaksToTheClient() {
    AccountTeam open = team(ClientFacingApproach.OPEN).addMembers(dana(), sam()).build();
    assertThat(open.maySpeakToClient("Kim Ode")).isFalse();
    assertThat(open.maySpeakToClient("dana lee")).isFalse();
  }
}
