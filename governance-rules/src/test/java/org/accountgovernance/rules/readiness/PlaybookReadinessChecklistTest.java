package org.accountgovernance.rules.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.RuleId;
import org.accountgovernance.core.readiness.ControlPoint;
import org.accountgovernance.core.readiness.EscalationContact;
import org.accountgovernance.core.readiness.ReadinessFacts;
import org.accountgovernance.core.readiness.ReadinessReport;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PlaybookReadinessChecklistTest {
  private static final AccountId ACME = AccountId.of("ACME");
  private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

  /** 2026-02-24 03:00Z is still Monday 23 February 19:00 in Los Angeles. */
  private static final Instant NOW = Instant.parse("2026-02-24T03:00:00Z");

  /** The day before the same date next year, in Los Angeles. */
  private static final LocalDate NEEDED = LocalDate.of(2027, 2, 22);

  private static final String AGREEMENT = "MSA 12.3: customer pays for ECO-obsoleted material";
  private static final String SIGNATORY = "Lee Park, Procurement Director";

  private final PlaybookReadinessChecklist checklist = PlaybookReadinessChecklist.ofDefaults();

  private static EscalationContact.Builder contact(String level, PartyRole.Side side) {
    String who = level.toLowerCase() + "-" + side.name().toLowerCase();
    return EscalationContact.builder()
        .levelId(level)
        .side(side)
        .name("Contact " + who)
        .email(who + "@example.com")
        .mobile("+1 555 0100");
  }

  private static List<EscalationContact> allContacts() {
    List<EscalationContact> contacts = new ArrayList<>();
    for (String level : List.of("L1", "L2", "L3")) {
      for (PartyRole.Side side : PartyRole.Side.values()) {
        contacts.add(contact(level, side).build());
      }
    }
    return contacts;
  }

  private static ReadinessFacts.Builder full() {
    return ReadinessFacts.builder()
        .account(ACME)
        .putInvitesSentUntil("WEEKLY", NEEDED)
        .putInvitesSentUntil("MONTHLY", NEEDED.plusMonths(1))
        .putInvitesSentUntil("QBR", NEEDED.plusYears(1))
        .addAllEscalationContacts(allContacts())
        .ecoAgreement(AGREEMENT)
        .liabilityCap(Money.of(CurrencyUnit.USD, 250_000))
        .poSignatory(SIGNATORY);
  }

  private ReadinessReport assess(ReadinessFacts facts) {
    return checklist.assess(facts, LOS_ANGELES, NOW);
  }

  private static ControlPoint point(ReadinessReport report, RuleId id) {
    return report.points().stream().filter(p -> p.ruleId().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void fullFactsPassEveryPointInTheChecklistsOrder() {
    ReadinessReport report = assess(full().build());
    assertThat(report.ready()).isTrue();
    assertThat(report.failed()).isEmpty();
    assertThat(report.account()).isEqualTo(ACME);
    assertThat(report.at()).isEqualTo(NOW);
    assertThat(report.points())
        .containsExactly(
            ControlPoint.of(
                ReadinessRules.CALENDAR,
                "Cadence calendar",
                true,
                "invites of [WEEKLY, MONTHLY, QBR] sent until at least 2027-02-22"),
            ControlPoint.of(
                ReadinessRules.CONTACTS,
                "Escalation contacts",
                true,
                "name, e-mail and mobile for [L1, L2, L3] on both sides"),
            ControlPoint.of(ReadinessRules.ECO, "ECO process", true, "agreed: " + AGREEMENT),
            ControlPoint.of(
                ReadinessRules.LIABILITY, "Liability cap", true, "USD 250000.00 authorised"),
            ControlPoint.of(
                ReadinessRules.SIGNATORY,
                "Decision authority",
                true,
                "PO signatory: " + SIGNATORY));
  }

  @Nested
  class OneAtATime {
    private void onlyFails(ReadinessReport report, ControlPoint expected) {
      assertThat(report.ready()).isFalse();
      assertThat(report.failed()).containsExactly(expected);
      assertThat(report.points()).hasSize(5);
    }

    @Test
    void calendarWithATierNeverSent() {
      ReadinessFacts facts =
          ReadinessFacts.builder()
              .from(full().build())
              .invitesSentUntil(Map.of("WEEKLY", NEEDED, "MONTHLY", NEEDED))
              .build();
      onlyFails(
          assess(facts),
          ControlPoint.of(
              ReadinessRules.CALENDAR,
              "Cadence calendar",
              false,
              "needed until 2027-02-22: QBR none sent"));
    }

    @Test
    void contactsWithOneMobileMissingNameTheLevelAndSide() {
      List<EscalationContact> contacts = new ArrayList<>(allContacts());
      contacts.removeIf(c -> c.levelId().equals("L2") && c.side() == PartyRole.Side.CUSTOMER);
      contacts.add(
          EscalationContact.builder()
              .levelId("L2")
              .side(PartyRole.Side.CUSTOMER)
              .name("Ana Ruiz, Ops Manager")
              .email("ana@client.example")
              .build());
      ReadinessFacts facts =
          ReadinessFacts.builder().from(full().build()).escalationContacts(contacts).build();
      onlyFails(
          assess(facts),
          ControlPoint.of(
              ReadinessRules.CONTACTS,
              "Escalation contacts",
              false,
              "missing or incomplete (name, e-mail, mobile): L2 customer"));
    }

    @Test
    void ecoWithoutAgreement() {
      ReadinessFacts.Builder facts = full();
      ReadinessFacts noEco =
          ReadinessFacts.builder().from(facts.build()).ecoAgreement(Optional.empty()).build();
      onlyFails(
          assess(noEco),
          ControlPoint.of(
              ReadinessRules.ECO,
              "ECO process",
              false,
              "no agreement on who pays for obsolete material"));
    }

    @Test
    void ecoWithABlankAgreement() {
      ReadinessFacts blank =
          ReadinessFacts.builder().from(full().build()).ecoAgreement(" ").build();
      onlyFails(
          assess(blank),
          ControlPoint.of(
              ReadinessRules.ECO,
              "ECO process",
              false,
              "no agreement on who pays for obsolete material"));
    }

    @Test
    void liabilityWithoutCap() {
      ReadinessFacts facts =
          ReadinessFacts.builder().from(full().build()).liabilityCap(Optional.empty()).build();
      onlyFails(
          assess(facts),
          ControlPoint.of(
              ReadinessRules.LIABILITY, "Liability cap", false, "no maximum exposure authorised"));
    }

    @Test
    void liabilityOfZeroIsNoCap() {
      ReadinessFacts facts =
          ReadinessFacts.builder()
              .from(full().build())
              .liabilityCap(Money.zero(CurrencyUnit.USD))
              .build();
      onlyFails(
          assess(facts),
          ControlPoint.of(
              ReadinessRules.LIABILITY,
              "Liability cap",
              false,
              "USD 0.00 is not a positive amount"));
    }

    @Test
    void liabilityOfOneCentPasses() {
      ReadinessFacts facts =
          ReadinessFacts.builder()
              .from(full().build())
              .liabilityCap(Money.of(CurrencyUnit.USD, 0.01))
              .build();
      assertThat(point(assess(facts), ReadinessRules.LIABILITY).passed()).isTrue();
    }

    @Test
    void signatoryNotNamed() {
      ReadinessFacts facts =
          ReadinessFacts.builder().from(full().build()).poSignatory(Optional.empty()).build();
      onlyFails(
          assess(facts),
          ControlPoint.of(
              ReadinessRules.SIGNATORY, "Decision authority", false, "no PO signatory named"));
      ReadinessFacts blank = ReadinessFacts.builder().from(full().build()).poSignatory("").build();
      onlyFails(
          assess(blank),
          ControlPoint.of(
              ReadinessRules.SIGNATORY, "Decision authority", false, "no PO signatory named"));
    }

    @Test
    void emptyFactsFailEverything() {
      ReadinessReport report = assess(ReadinessFacts.builder().account(ACME).build());
      assertThat(report.failed())
          .extracting(ControlPoint::ruleId)
          .containsExactly(
              ReadinessRules.CALENDAR,
              ReadinessRules.CONTACTS,
              ReadinessRules.ECO,
              ReadinessRules.LIABILITY,
              ReadinessRules.SIGNATORY);
      assertThat(point(report, ReadinessRules.CALENDAR).evidence())
          .isEqualTo("needed until 2027-02-22: WEEKLY none sent, MONTHLY none sent, QBR none sent");
      assertThat(point(report, ReadinessRules.CONTACTS).evidence())
          .isEqualTo(
              "missing or incomplete (name, e-mail, mobile): L1 supplier, L1 customer,"
                  + " L2 supplier, L2 customer, L3 supplier, L3 customer");
    }
  }

  @Nested
  class CalendarBoundary {
    private ReadinessFacts weeklyUntil(LocalDate until) {
      return ReadinessFacts.builder()
          .from(full().build())
          .invitesSentUntil(
              Map.of("WEEKLY", until, "MONTHLY", NEEDED.plusMonths(1), "QBR", NEEDED.plusYears(1)))
          .build();
    }

    @Test
    void untilTheDayBeforeTheSameDateNextYearPasses() {
      // Local date in Los Angeles is 2026-02-23: needed until 2027-02-22.
      ControlPoint calendar =
          point(assess(weeklyUntil(LocalDate.of(2027, 2, 22))), ReadinessRules.CALENDAR);
      assertThat(calendar.passed()).isTrue();
    }

    @Test
    void aDayLessFails() {
      ControlPoint calendar =
          point(assess(weeklyUntil(LocalDate.of(2027, 2, 21))), ReadinessRules.CALENDAR);
      assertThat(calendar.passed()).isFalse();
      assertThat(calendar.evidence())
          .isEqualTo("needed until 2027-02-22: WEEKLY only until 2027-02-21");
    }

    @Test
    void theZoneDecidesWhichDayItIs() {
      // At the same instant it is already 2026-02-24 in UTC: needed until 2027-02-23.
      ControlPoint calendar =
          point(
              checklist.assess(weeklyUntil(LocalDate.of(2027, 2, 22)), ZoneOffset.UTC, NOW),
              ReadinessRules.CALENDAR);
      assertThat(calendar.passed()).isFalse();
      assertThat(calendar.evidence())
          .isEqualTo("needed until 2027-02-23: WEEKLY only until 2027-02-22");
    }
  }

  @Nested
  class Contacts {
    private ReadinessReport with(List<EscalationContact> contacts) {
      return assess(
          ReadinessFacts.builder().from(full().build()).escalationContacts(contacts).build());
    }

    @Test
    void aContactWithoutEmailIsIncomplete() {
      List<EscalationContact> contacts = new ArrayList<>(allContacts());
      contacts.removeIf(c -> c.levelId().equals("L3") && c.side() == PartyRole.Side.SUPPLIER);
      contacts.add(
          EscalationContact.builder()
              .levelId("L3")
              .side(PartyRole.Side.SUPPLIER)
              .name("Lee Park")
              .mobile("+44 7700 900123")
              .build());
      assertThat(point(with(contacts), ReadinessRules.CONTACTS).evidence())
          .isEqualTo("missing or incomplete (name, e-mail, mobile): L3 supplier");
    }

    @Test
    void aCompleteContactOnTheOtherSideDoesNotCount() {
      List<EscalationContact> contacts = new ArrayList<>(allContacts());
      contacts.removeIf(c -> c.levelId().equals("L1") && c.side() == PartyRole.Side.CUSTOMER);
      ControlPoint point = point(with(contacts), ReadinessRules.CONTACTS);
      assertThat(point.passed()).isFalse();
      assertThat(point.evidence())
          .isEqualTo("missing or incomplete (name, e-mail, mobile): L1 customer");
    }

    @Test
    void oneCompleteContactBesideAnIncompleteOneSuffices() {
      List<EscalationContact> contacts = new ArrayList<>(allContacts());
      contacts.add(
          EscalationContact.builder()
              .levelId("L1")
              .side(PartyRole.Side.CUSTOMER)
              .name("Deputy buyer")
              .build());
      assertThat(point(with(contacts), ReadinessRules.CONTACTS).passed()).isTrue();
    }

    @Test
    void completeMeansEmailAndMobileNotBlank() {
      assertThat(contact("L1", PartyRole.Side.SUPPLIER).build().complete()).isTrue();
      assertThatThrownBy(() -> contact("L1", PartyRole.Side.SUPPLIER).mobile(" ").build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageEndingWith(".mobile must be a phone number but was ' '");
      assertThatThrownBy(() -> contact("L1", PartyRole.Side.SUPPLIER).email("n/a").build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageEndingWith(".email must be an e-mail address but was 'n/a'");
      assertThatThrownBy(() -> contact("L1", PartyRole.Side.SUPPLIER).email("").build())
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
