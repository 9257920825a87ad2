package org.accountgovernance.core.cadence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.PartyRole;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The validation of meeting tiers, meeting records and KPI results, and which KPIs miss. */
class CadenceValidationTest {
  private static final Instant T0 = Instant.parse("2026-03-03T09:00:00Z");

  private static void assertRejected(ThrowingCallable call, String message) {
    assertThatThrownBy(call)
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  private static BigDecimal num(String value) {
    return new BigDecimal(value);
  }

  @Nested
  class Tiers {
    private MeetingTier.Builder weekly() {
      return MeetingTier.builder()
          .id("WEEKLY")
          .name("Weekly Operations Sync")
          .frequency(MeetingTier.Frequency.WEEKLY)
          .objective("Clear immediate roadblocks")
          .horizon("T+0 to T+4 weeks")
          .addInputs("Open Order Report", "Material Shortage List")
          .addOutputs("Confirmed ship dates for the next 2 weeks")
          .addRequiredAttendees(
              PartyRole.customer("Customer Buyer"), PartyRole.supplier("Factory PM"));
    }

    @Test
    void aTierIsData() {
      MeetingTier tier = weekly().build();

      assertThat(tier.id()).isEqualTo("WEEKLY");
      assertThat(tier.frequency()).isEqualTo(MeetingTier.Frequency.WEEKLY);
      assertThat(tier.inputs()).containsExactly("Open Order Report", "Material Shortage List");
      assertThat(tier.requiredAttendees())
          .containsExactly(PartyRole.customer("Customer Buyer"), PartyRole.supplier("Factory PM"));
      assertThat(tier).hasToString("Weekly Operations Sync (WEEKLY)");
    }

    @Test
    void aBlankIdIsRejected() {
      assertRejected(
          () -> weekly().id(" ").build(), "MeetingTier.id must be non-blank but was ' '");
    }

    @Test
    void aBlankNameIsRejectedNamingTheTier() {
      assertRejected(
          () -> weekly().name("").build(), "MeetingTier[WEEKLY].name must be non-blank but was ''");
    }

    @Test
    void aBlankObjectiveIsRejectedNamingTheTier() {
      assertRejected(
          () -> weekly().objective("\t").build(),
          "MeetingTier[WEEKLY].objective must be non-blank but was '\t'");
    }

    @Test
    void aMissingFrequencyIsRejectedNamingIt() {
      assertThatThrownBy(
              () ->
                  MeetingTier.builder()
                      .id("WEEKLY")
                      .name("Weekly Operations Sync")
                      .objective("Clear immediate roadblocks")
                      .horizon("T+0 to T+4 weeks")
                      .build())
          .isExactlyInstanceOf(IllegalStateException.class)
          .hasMessageContaining("frequency");
    }
  }

  @Nested
  class Records {
    @Test
    void aRecordHoldsWhatHappened() {
      MeetingRecord record =
          MeetingRecord.builder()
              .id("M-2026-10")
              .addTierIds("WEEKLY")
              .heldAt(T0)
              .addAttendees(PartyRole.customer("Customer Buyer"), PartyRole.supplier("Factory PM"))
              .addInputs("Open Order Report", "Material Shortage List")
              .addOutputs("Confirmed ship dates for the next 2 weeks")
              .build();

      assertThat(record.tierIds()).containsExactly("WEEKLY");
      assertThat(record.heldAt()).isEqualTo(T0);
      assertThat(record.attendees()).hasSize(2);
      assertThat(record.kpis()).isEmpty();
    }

    @Test
    void aBlankIdIsRejected() {
      assertRejected(
          () -> MeetingRecord.builder().id("").addTierIds("WEEKLY").heldAt(T0).build(),
          "MeetingRecord.id must be non-blank but was ''");
    }

    @Test
    void aBlankTierIdIsRejectedNamingTheMeeting() {
      assertRejected(
          () -> MeetingRecord.builder().id("M-1").addTierIds("WEEKLY", " ").heldAt(T0).build(),
          "MeetingRecord[M-1].tierIds must be non-blank but was ' '");
    }

    @Test
    void aKpiReviewedTwiceInOneMeetingIsRejected() {
      KpiResult otif = KpiResult.of("OTIF %", num("91.5"), num("95"), true);
      KpiResult rma = KpiResult.of("RMA rate %", num("0.3"), num("0.5"), false);
      MeetingRecord.Builder record =
          MeetingRecord.builder().id("M-1").addTierIds("MONTHLY").heldAt(T0).addKpis(otif, rma);
      assertThat(record.build().kpis()).containsExactly(otif, rma);
      assertRejected(
          () -> record.addKpis(otif.withCapa("CAPA-17")).build(),
          "MeetingRecord[M-1].kpis must be free of duplicate KPI names but was OTIF % twice");
    }

    @Test
    void aRecordWithoutTierIsRejectedNamingTheMeeting() {
      assertRejected(
          () -> MeetingRecord.builder().id("M-1").heldAt(T0).build(),
          "MeetingRecord[M-1].tierIds must be at least one tier but was []");
    }
  }

  @Nested
  class AccountMeetingsAndReports {
    private MeetingRecord weekly(String id) {
      return MeetingRecord.builder().id(id).addTierIds("WEEKLY").heldAt(T0).build();
    }

    @Test
    void theMeetingsOfAnAccountHaveDistinctIds() {
      AccountMeetings.Builder meetings =
          AccountMeetings.builder()
              .account(AccountId.of("ACME"))
              .phase(AccountPhase.ACTIVE_PRODUCTION)
              .zone(ZoneId.of("Europe/Berlin"))
              .cadenceStart(T0);
      assertThat(meetings.addRecords(weekly("M-1"), weekly("M-2")).build().records()).hasSize(2);
      assertRejected(
          () -> meetings.addRecords(weekly("M-1")).build(),
          "AccountMeetings.records must be free of duplicate ids but was M-1 twice");
    }

    @Test
    void aCadenceReportAtAnotherInstantKeepsItsOutcome() {
      CadenceReport report =
          CadenceReport.builder()
              .account(AccountId.of("ACME"))
              .at(T0)
              .mandatory(true)
              .nextSyncDue(T0.plusSeconds(7 * 86_400))
              .build();
      CadenceReport later = report.withAt(T0.plusSeconds(60));
      assertThat(later.at()).isEqualTo(T0.plusSeconds(60));
      assertThat(later.nextSyncDue()).isEqualTo(report.nextSyncDue());
      assertThat(later.mandatory()).isTrue();
    }
  }

  @Nested
  class Kpis {
    @Test
    void aHigherIsBetterKpiMissesBelowItsTarget() {
      assertThat(KpiResult.of("OTIF %", num("91.5"), num("95"), true).belowTarget()).isTrue();
      assertThat(KpiResult.of("OTIF %", num("94.99"), num("95"), true).belowTarget()).isTrue();
    }

    @Test
    void aHigherIsBetterKpiAtOrAboveItsTargetDoesNotMiss() {
      assertThat(KpiResult.of("OTIF %", num("95"), num("95"), true).belowTarget()).isFalse();
      // compared by value, not by scale
      assertThat(KpiResult.of("OTIF %", num("95.00"), num("95"), true).belowTarget()).isFalse();
      assertThat(KpiResult.of("OTIF %", num("97"), num("95"), true).belowTarget()).isFalse();
    }

    @Test
    void aLowerIsBetterKpiMissesAboveItsTarget() {
      assertThat(KpiResult.of("RMA rate %", num("0.8"), num("0.5"), false).belowTarget()).isTrue();
      assertThat(KpiResult.of("RMA rate %", num("0.51"), num("0.5"), false).belowTarget()).isTrue();
    }

    @Test
    void aLowerIsBetterKpiAtOrBelowItsTargetDoesNotMiss() {
      assertThat(KpiResult.of("RMA rate %", num("0.5"), num("0.5"), false).belowTarget()).isFalse();
      assertThat(KpiResult.of("RMA rate %", num("0.3"), num("0.5"), false).belowTarget()).isFalse();
    }

    @Test
    void aCapaIsAddedWithoutChangingTheResult() {
      KpiResult miss = KpiResult.of("OTIF %", num("91.5"), num("95"), true);
      KpiResult withCapa = miss.withCapa("CAPA-17: second shift on line 3");

      assertThat(miss.capa()).isEmpty();
      assertThat(withCapa.capa()).contains("CAPA-17: second shift on line 3");
      assertThat(withCapa.belowTarget()).isTrue();
      assertThat(withCapa.name()).isEqualTo("OTIF %");
    }

    @Test
    void aBlankNameIsRejected() {
      assertRejected(
          () -> KpiResult.of(" ", num("1"), num("1"), true),
          "KpiResult.name must be non-blank but was ' '");
    }

    @Test
    void aBlankCapaIsRejectedNamingTheKpi() {
      assertRejected(
          () -> KpiResult.of("OTIF %", num("91.5"), num("95"), true).withCapa(" "),
          "KpiResult[OTIF %].capa must be non-blank but was ' '");
    }
  }
}
