package org.accountgovernance.rules.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.cadence.AccountMeetings;
import org.accountgovernance.core.cadence.AccountPhase;
import org.accountgovernance.core.cadence.MeetingRecord;
import org.accountgovernance.core.cadence.MeetingTier;
import org.accountgovernance.core.cadence.ScheduleRule;
import org.accountgovernance.core.engagement.AccountProfile;
import org.accountgovernance.core.engagement.AccountSegment;
import org.accountgovernance.core.engagement.ExpectationMetric;
import org.accountgovernance.core.engagement.Rating;
import org.accountgovernance.rules.cadence.CadenceSettings;
import org.junit.jupiter.api.Test;

/** Settings and inputs that must be possible, or must be refused, after the second review. */
class EngagementEdgeCasesTest {
  private static final Instant T = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void whatMakesAnAccountKeyIsASetting() {
    AccountProfile mediumImportance =
        AccountProfile.of(AccountId.of("ACME"), Rating.LOW, Rating.LOW, Rating.MEDIUM);
    assertThat(
            new PlaybookExecutiveFrequency(EngagementSettings.ofDefaults())
                .cadence(mediumImportance)
                .segment())
        .isEqualTo(AccountSegment.KEY);
    EngagementSettings stricter =
        EngagementSettings.from(EngagementSettings.ofDefaults()).keyImportance(Rating.HIGH).build();
    assertThat(new PlaybookExecutiveFrequency(stricter).cadence(mediumImportance).segment())
        .isEqualTo(AccountSegment.STANDARD);
  }

  @Test
  void aDeliveryOfTwoAndAHalfDaysCanBeRecorded() {
    ExpectationMetric metric =
        ExpectationMetric.lowerIsBetter(
            T, "delivery days", new BigDecimal("2.5"), new BigDecimal("30"), new BigDecimal("3"));
    assertThat(metric.meetsContract()).isTrue();
    assertThat(metric.meetsExpectation()).isTrue();
  }

  @Test
  void twoTiersWithOneIdAreRefused() {
    MeetingTier impostor =
        MeetingTier.builder()
            .from(CadenceSettings.MONTHLY_PERFORMANCE_REVIEW)
            .id(CadenceSettings.WEEKLY)
            .build();
    assertThatThrownBy(
            () ->
                CadenceSettings.from(CadenceSettings.ofDefaults())
                    .tiers(
                        List.of(
                            CadenceSettings.WEEKLY_OPERATIONS_SYNC,
                            impostor,
                            CadenceSettings.QUARTERLY_BUSINESS_REVIEW))
                    .schedule(
                        Map.of(
                            CadenceSettings.WEEKLY,
                                ScheduleRule.weekly(DayOfWeek.MONDAY, LocalTime.NOON),
                            CadenceSettings.QUARTERLY,
                                ScheduleRule.weekly(DayOfWeek.FRIDAY, LocalTime.NOON)))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CadenceSettings.tiers must be free of duplicate ids but was WEEKLY twice");
  }

  @Test
  void twoRecordsWithOneIdAreRefused() {
    MeetingRecord record =
        MeetingRecord.builder().id("M-1").addTierIds(CadenceSettings.WEEKLY).heldAt(T).build();
    assertThatThrownBy(
            () ->
                AccountMeetings.builder()
                    .account(AccountId.of("ACME"))
                    .phase(AccountPhase.ACTIVE_PRODUCTION)
                    .zone(ZoneId.of("Europe/Berlin"))
                    .cadenceStart(T)
                    .addRecords(
                        record,
                        MeetingRecord.builder().from(record).heldAt(T.plusSeconds(60)).build())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("AccountMeetings.records must be free of duplicate ids but was M-1 twice");
  }
}
