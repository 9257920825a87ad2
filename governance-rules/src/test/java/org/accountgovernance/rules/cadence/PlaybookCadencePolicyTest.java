package org.accountgovernance.rules.cadence;

import static org.accountgovernance.core.PartyRole.customer;
import static org.accountgovernance.core.PartyRole.supplier;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.Finding;
import org.accountgovernance.core.RuleId;
import org.accountgovernance.core.Subject;
import org.accountgovernance.core.cadence.AccountMeetings;
import org.accountgovernance.core.cadence.AccountPhase;
import org.accountgovernance.core.cadence.CadenceReport;
import org.accountgovernance.core.cadence.KpiResult;
import org.accountgovernance.core.cadence.MeetingRecord;
import org.accountgovernance.core.cadence.MeetingTier;
import org.accountgovernance.core.cadence.MonthlyRule;
import org.accountgovernance.core.cadence.ScheduleRule;
import org.accountgovernance.core.cadence.ScheduledMeeting;
import org.accountgovernance.core.cadence.WeeklyRule;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The playbook's operating cadence (CAD) on an account in Europe/Berlin whose cadence starts on
 * Tuesday 3 March 2026 at 10:00 local (09:00Z). Berlin is +01:00 until 02:00 on 29 March 2026,
 * +02:00 until 03:00 on 25 October 2026, +01:00 after; the weekly syncs are held on Tuesdays at
 * 10:00 local, i.e. 09:00Z in winter and 08:00Z in summer.
 */
class PlaybookCadencePolicyTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final AccountId ACME = AccountId.of("ACME");
  private static final Subject ACCOUNT = Subject.account(ACME);
  private static final PlaybookCadencePolicy DEFAULTS = PlaybookCadencePolicy.ofDefaults();

  /** Tuesday 3 March 2026, 10:00 in Berlin. */
  private static final Instant START = Instant.parse("2026-03-03T09:00:00Z");

  private static final String SKIP_THRESHOLD = "a weekly sync at least every P14D";
  private static final String SKIP_MESSAGE =
      "Weekly sync skipped for more than P14D:"
          + " the probability of an uncommunicated delay rises to about 80%";

  /** 10:00 in Berlin on the given day of 2026. */
  private static Instant tenAm(int month, int day) {
    return LocalDateTime.of(2026, month, day, 10, 0).atZone(BERLIN).toInstant();
  }

  private static MeetingRecord weekly(String id, Instant at) {
    return MeetingRecord.builder()
        .id(id)
        .addTierIds("WEEKLY")
        .heldAt(at)
        .addAttendees(customer("Customer Buyer"), supplier("Factory PM"))
        .addInputs("Open Order Report", "Material Shortage List")
        .addOutputs("Confirmed ship dates for the next 2 weeks")
        .build();
  }

  /** A complete weekly sync every Tuesday at 10:00 from {@code first} to {@code last}. */
  private static List<MeetingRecord> weeklySyncs(LocalDate first, LocalDate last) {
    List<MeetingRecord> syncs = new ArrayList<>();
    for (LocalDate day = first; !day.isAfter(last); day = day.plusWeeks(1)) {
      syncs.add(weekly("W-" + day, day.atTime(10, 0).atZone(BERLIN).toInstant()));
    }
    return syncs;
  }

  private static MeetingRecord.Builder monthly(String id, Instant at) {
    return MeetingRecord.builder()
        .id(id)
        .addTierIds("MONTHLY")
        .heldAt(at)
        .addAttendees(customer("Customer Ops Lead"), supplier("Account Manager"))
        .addInputs("Quality Report (Yield/RMA)", "OTIF", "AR Aging")
        .addOutputs("CAPA for every metric below target");
  }

  private static AccountMeetings meetings(AccountPhase phase, List<MeetingRecord> records) {
    return AccountMeetings.builder()
        .account(ACME)
        .phase(phase)
        .zone(BERLIN)
        .cadenceStart(START)
        .addAllRecords(records)
        .build();
  }

  private static AccountMeetings active(MeetingRecord... records) {
    return meetings(AccountPhase.ACTIVE_PRODUCTION, List.of(records));
  }

  private static List<Finding> findings(CadenceReport report, RuleId rule) {
    return report.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
  }

  private static Finding ongoingSkip(String lastSync, Instant since) {
    return Finding.builder()
        .ruleId(CadenceRules.SKIP)
        .subject(ACCOUNT)
        .observed("no weekly sync since " + lastSync)
        .threshold(SKIP_THRESHOLD)
        .message(SKIP_MESSAGE)
        .since(since)
        .build();
  }

  private static Finding endedSkip(String lastSync, String lateSync, Instant since) {
    return Finding.builder()
        .ruleId(CadenceRules.SKIP)
        .subject(ACCOUNT)
        .observed("no weekly sync from " + lastSync + " until " + lateSync)
        .threshold(SKIP_THRESHOLD)
        .message(SKIP_MESSAGE)
        .since(since)
        // The late sync ended the skip.
        .until(Instant.parse(lateSync))
        .build();
  }

  @Test
  void theRuleIds() {
    assertThat(CadenceRules.CALENDAR.value()).isEqualTo("CAD-CALENDAR");
    assertThat(CadenceRules.SKIP.value()).isEqualTo("CAD-SKIP");
    assertThat(CadenceRules.SEPARATE.value()).isEqualTo("CAD-SEPARATE");
    assertThat(CadenceRules.ATTENDANCE.value()).isEqualTo("CAD-ATTENDANCE");
    assertThat(CadenceRules.CAPA.value()).isEqualTo("CAD-CAPA");
  }

  @Nested
  class TheDefaultTiers {
    @Test
    void areTheThreeTiersOfThePlaybookTableInOrder() {
      assertThat(DEFAULTS.settings().tiers())
          .containsExactly(
              CadenceSettings.WEEKLY_OPERATIONS_SYNC,
              CadenceSettings.MONTHLY_PERFORMANCE_REVIEW,
              CadenceSettings.QUARTERLY_BUSINESS_REVIEW);
      assertThat(CadenceSettings.DEFAULT_TIERS)
          .extracting(MeetingTier::id)
          .containsExactly("WEEKLY", "MONTHLY", "QBR");
    }

    @Test
    void tier1IsTheWeeklyOperationsSync() {
      MeetingTier tier = CadenceSettings.WEEKLY_OPERATIONS_SYNC;

      assertThat(tier.id()).isEqualTo(CadenceSettings.WEEKLY).isEqualTo("WEEKLY");
      assertThat(tier.name()).isEqualTo("Weekly Operations Sync");
      assertThat(tier.frequency()).isEqualTo(MeetingTier.Frequency.WEEKLY);
      assertThat(tier.objective()).isEqualTo("Clear immediate roadblocks");
      assertThat(tier.horizon()).isEqualTo("T+0 to T+4 weeks");
      assertThat(tier.inputs()).containsExactly("Open Order Report", "Material Shortage List");
      assertThat(tier.outputs()).containsExactly("Confirmed ship dates for the next 2 weeks");
      assertThat(tier.requiredAttendees())
          .containsExactly(customer("Customer Buyer"), supplier("Factory PM"));
    }

    @Test
    void tier2IsTheMonthlyPerformanceReview() {
      MeetingTier tier = CadenceSettings.MONTHLY_PERFORMANCE_REVIEW;

      assertThat(tier.id()).isEqualTo(CadenceSettings.MONTHLY).isEqualTo("MONTHLY");
      assertThat(tier.name()).isEqualTo("Monthly Performance Review");
      assertThat(tier.frequency()).isEqualTo(MeetingTier.Frequency.MONTHLY);
      assertThat(tier.objective()).isEqualTo("Review KPI deviation and systemic issues");
      assertThat(tier.inputs()).containsExactly("Quality Report (Yield/RMA)", "OTIF", "AR Aging");
      assertThat(tier.outputs()).containsExactly("CAPA for every metric below target");
      assertThat(tier.requiredAttendees())
          .containsExactly(customer("Customer Ops Lead"), supplier("Account Manager"));
    }

    @Test
    void tier3IsTheQuarterlyBusinessReview() {
      MeetingTier tier = CadenceSettings.QUARTERLY_BUSINESS_REVIEW;

      assertThat(tier.id()).isEqualTo(CadenceSettings.QUARTERLY).isEqualTo("QBR");
      assertThat(tier.name()).isEqualTo("Quarterly Business Review");
      assertThat(tier.frequency()).isEqualTo(MeetingTier.Frequency.QUARTERLY);
      assertThat(tier.objective()).isEqualTo("Align the 12-month roadmap and commercial terms");
      assertThat(tier.horizon()).isEqualTo("12 months");
      assertThat(tier.inputs())
          .containsExactly(
              "12-month Forecast", "Cost Down/Re-price analysis", "EOL component risks");
      assertThat(tier.outputs()).containsExactly("Re-signed Master Agreement or Pricing Addendum");
      assertThat(tier.requiredAttendees())
          .containsExactly(
              customer("Customer VP/Director"), supplier("Head of Sales/Plant Director"));
    }

    @Test
    void theOtherDefaults() {
      CadenceSettings settings = CadenceSettings.ofDefaults();

      assertThat(settings.mandatoryPhases()).containsExactly(AccountPhase.ACTIVE_PRODUCTION);
      assertThat(settings.skipAfter()).isEqualTo(Period.ofWeeks(2)).isEqualTo(Period.ofDays(14));
      assertThat(settings.horizon()).isEqualTo(Period.ofMonths(12));
      assertThat(settings.schedule())
          .containsOnlyKeys("WEEKLY", "MONTHLY", "QBR")
          .containsEntry("WEEKLY", WeeklyRule.of(DayOfWeek.TUESDAY, LocalTime.of(10, 0)))
          .containsEntry(
              "MONTHLY", MonthlyRule.nthWeekday(1, 1, DayOfWeek.THURSDAY, LocalTime.of(14, 0)))
          .containsEntry(
              "QBR", MonthlyRule.nthWeekday(3, 2, DayOfWeek.WEDNESDAY, LocalTime.of(15, 0)));
    }
  }

  @Nested
  class Calendar {
    private List<ScheduledMeeting> ofTier(List<ScheduledMeeting> meetings, String tierId) {
      return meetings.stream().filter(m -> m.tierId().equals(tierId)).toList();
    }

    @Test
    void twelveMonthsInBerlin() {
      LocalDate from = LocalDate.of(2026, 3, 1);
      List<ScheduledMeeting> year = DEFAULTS.calendar(BERLIN, from);

      // 1 March 2026 (a Sunday) to 28 February 2027: 365 days, 52 Tuesdays
      assertThat(ofTier(year, "WEEKLY")).hasSize(52);
      assertThat(ofTier(year, "MONTHLY")).hasSize(12);
      assertThat(ofTier(year, "QBR"))
          .extracting(ScheduledMeeting::requestedLocal)
          .containsExactly(
              LocalDateTime.of(2026, 4, 8, 15, 0),
              LocalDateTime.of(2026, 7, 8, 15, 0),
              LocalDateTime.of(2026, 10, 14, 15, 0),
              LocalDateTime.of(2027, 1, 13, 15, 0));
      assertThat(year).isSortedAccordingTo(Comparator.comparing(ScheduledMeeting::start));
      assertThat(year)
          .allSatisfy(
              m ->
                  assertThat(m.requestedLocal().toLocalDate())
                      .isAfterOrEqualTo(from)
                      .isBefore(LocalDate.of(2027, 3, 1)));
      ScheduledMeeting first = year.get(0);
      assertThat(first.tierId()).isEqualTo("WEEKLY");
      assertThat(first.start()).isEqualTo(Instant.parse("2026-03-03T09:00:00Z"));
      // the javadoc's example: Tuesday 31 March 2026 10:00 in summer time
      assertThat(year)
          .filteredOn(m -> m.requestedLocal().equals(LocalDateTime.of(2026, 3, 31, 10, 0)))
          .singleElement()
          .extracting(ScheduledMeeting::start)
          .isEqualTo(Instant.parse("2026-03-31T08:00:00Z"));
    }

    @Test
    void twelveMonthsInNewYorkAcrossFebruary29th() {
      // 1 March 2027 (a Monday) to 29 February 2028: 366 days, 53 Tuesdays
      List<ScheduledMeeting> year = DEFAULTS.calendar(NEW_YORK, LocalDate.of(2027, 3, 1));

      assertThat(ofTier(year, "WEEKLY")).hasSize(53);
      assertThat(ofTier(year, "MONTHLY")).hasSize(12);
      assertThat(ofTier(year, "QBR")).hasSize(4);
      assertThat(year).hasSize(69);
      assertThat(year).isSortedAccordingTo(Comparator.comparing(ScheduledMeeting::start));
      // the first Thursday of April 2027, 14:00 daylight time (-04:00)
      assertThat(ofTier(year, "MONTHLY").get(1).start())
          .isEqualTo(Instant.parse("2027-04-01T18:00:00Z"));
    }

    @Test
    void theHorizonIsASetting() {
      PlaybookCadencePolicy quarter =
          PlaybookCadencePolicy.of(CadenceSettings.builder().horizon(Period.ofMonths(3)).build());

      List<ScheduledMeeting> meetings = quarter.calendar(BERLIN, LocalDate.of(2026, 3, 1));

      // Tuesdays 3 March to 26 May: 5 + 4 + 4; first Thursdays of March, April, May; QBR 8 April
      assertThat(ofTier(meetings, "WEEKLY")).hasSize(13);
      assertThat(ofTier(meetings, "MONTHLY")).hasSize(3);
      assertThat(ofTier(meetings, "QBR")).hasSize(1);
    }

    @Test
    void theScheduleIsASetting() {
      PlaybookCadencePolicy mondays =
          PlaybookCadencePolicy.of(
              CadenceSettings.builder()
                  .schedule(
                      Map.of(
                          "WEEKLY", ScheduleRule.weekly(DayOfWeek.MONDAY, LocalTime.of(9, 0)),
                          "MONTHLY", MonthlyRule.dayOfMonth(1, 5, LocalTime.of(14, 0)),
                          "QBR",
                              MonthlyRule.nthWeekday(
                                  3, 2, DayOfWeek.WEDNESDAY, LocalTime.of(15, 0))))
                  .build());

      List<ScheduledMeeting> year = mondays.calendar(BERLIN, LocalDate.of(2026, 3, 1));

      assertThat(ofTier(year, "WEEKLY").get(0).requestedLocal())
          .isEqualTo(LocalDateTime.of(2026, 3, 2, 9, 0));
      assertThat(ofTier(year, "MONTHLY").get(0).requestedLocal())
          .isEqualTo(LocalDateTime.of(2026, 3, 5, 14, 0));
    }
  }

  @Nested
  class Skip {
    /** The last sync: Tuesday 10 March 2026 10:00 (09:00Z); two weeks later is 24 March 09:00Z. */
    private final MeetingRecord lastSync = weekly("W-1", tenAm(3, 10));

    private final Instant limit = Instant.parse("2026-03-24T09:00:00Z");

    @Test
    void exactlyTwoWeeksAfterTheLastSyncIsNoFinding() {
      CadenceReport report = DEFAULTS.evaluate(active(lastSync), limit);

      assertThat(report.mandatory()).isTrue();
      assertThat(report.findings()).isEmpty();
      assertThat(report.nextChangeAt()).contains(limit.plusNanos(1));
    }

    @Test
    void justBeforeTheLimitIsNoFindingEither() {
      CadenceReport report = DEFAULTS.evaluate(active(lastSync), limit.minusNanos(1));

      assertThat(report.findings()).isEmpty();
      assertThat(report.nextChangeAt()).contains(limit.plusNanos(1));
    }

    @Test
    void oneNanosecondLaterIsASkipSinceThen() {
      CadenceReport report = DEFAULTS.evaluate(active(lastSync), limit.plusNanos(1));

      assertThat(report.findings())
          .containsExactly(ongoingSkip("2026-03-10T09:00:00Z", limit.plusNanos(1)));
      assertThat(report.nextChangeAt()).isEmpty();
    }

    @Test
    void theSkipStaysTheSameWhileItLasts() {
      CadenceReport early = DEFAULTS.evaluate(active(lastSync), limit.plusNanos(1));
      CadenceReport late = DEFAULTS.evaluate(active(lastSync), tenAm(6, 30));

      assertThat(late.findings()).isEqualTo(early.findings());
      assertThat(late).isEqualTo(early.withAt(tenAm(6, 30)));
    }

    @Test
    void aSyncHeldExactlyTwoWeeksLaterIsOnTime() {
      CadenceReport report =
          DEFAULTS.evaluate(active(lastSync, weekly("W-2", limit)), tenAm(3, 25));

      assertThat(report.findings()).isEmpty();
      // 7 April 10:00 is summer time: 08:00Z
      assertThat(report.nextChangeAt()).contains(Instant.parse("2026-04-07T08:00:00.000000001Z"));
    }

    @Test
    void aSyncHeldOneNanosecondTooLateLeavesTheSkipAsHistory() {
      MeetingRecord late = weekly("W-2", limit.plusNanos(1));

      CadenceReport report = DEFAULTS.evaluate(active(lastSync, late), tenAm(3, 25));

      assertThat(report.findings())
          .containsExactly(
              endedSkip(
                  "2026-03-10T09:00:00Z", "2026-03-24T09:00:00.000000001Z", limit.plusNanos(1)));
    }

    @Test
    void withoutAnySyncTheTwoWeeksCountFromTheCadenceStart() {
      Instant twoWeeksAfterStart = Instant.parse("2026-03-17T09:00:00Z");

      CadenceReport onTime = DEFAULTS.evaluate(active(), twoWeeksAfterStart);
      CadenceReport skipped = DEFAULTS.evaluate(active(), twoWeeksAfterStart.plusNanos(1));

      assertThat(onTime.findings()).isEmpty();
      assertThat(onTime.nextChangeAt()).contains(twoWeeksAfterStart.plusNanos(1));
      assertThat(skipped.findings())
          .containsExactly(ongoingSkip("2026-03-03T09:00:00Z", twoWeeksAfterStart.plusNanos(1)));
    }

    @Test
    void aSyncBeforeTheCadenceStartDoesNotCount() {
      MeetingRecord before = weekly("W-0", tenAm(3, 2));

      CadenceReport report =
          DEFAULTS.evaluate(active(before), Instant.parse("2026-03-17T09:00:00.000000001Z"));

      assertThat(report.findings())
          .containsExactly(
              ongoingSkip("2026-03-03T09:00:00Z", Instant.parse("2026-03-17T09:00:00.000000001Z")));
    }

    @Test
    void theTwoWeeksAreCalendarDaysAcrossTheSpringChange() {
      // last sync Tuesday 24 March 10:00 +01:00; two weeks later is 7 April 10:00 +02:00
      AccountMeetings meetings =
          meetings(
              AccountPhase.ACTIVE_PRODUCTION,
              weeklySyncs(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 24)));
      Instant springLimit = Instant.parse("2026-04-07T08:00:00Z");
      assertThat(Duration.between(tenAm(3, 24), springLimit)).isEqualTo(Duration.ofHours(335));

      CadenceReport atLimit = DEFAULTS.evaluate(meetings, springLimit);
      CadenceReport after = DEFAULTS.evaluate(meetings, springLimit.plusNanos(1));

      assertThat(atLimit.findings()).isEmpty();
      assertThat(atLimit.nextChangeAt()).contains(springLimit.plusNanos(1));
      assertThat(after.findings())
          .containsExactly(ongoingSkip("2026-03-24T09:00:00Z", springLimit.plusNanos(1)));
    }

    @Test
    void theTwoWeeksAreCalendarDaysAcrossTheAutumnChange() {
      // last sync Tuesday 20 October 10:00 +02:00 (08:00Z); 3 November 10:00 +01:00 is 09:00Z
      AccountMeetings meetings =
          meetings(
              AccountPhase.ACTIVE_PRODUCTION,
              weeklySyncs(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 10, 20)));
      Instant autumnLimit = Instant.parse("2026-11-03T09:00:00Z");
      assertThat(Duration.between(Instant.parse("2026-10-20T08:00:00Z"), autumnLimit))
          .isEqualTo(Duration.ofHours(337));

      // 336 h 30 min after the last sync: more than 336 h, not more than 14 calendar days
      CadenceReport notYet = DEFAULTS.evaluate(meetings, Instant.parse("2026-11-03T08:30:00Z"));
      CadenceReport after = DEFAULTS.evaluate(meetings, autumnLimit.plusNanos(1));

      assertThat(notYet.findings()).isEmpty();
      assertThat(notYet.nextChangeAt()).contains(autumnLimit.plusNanos(1));
      assertThat(after.findings())
          .containsExactly(ongoingSkip("2026-10-20T08:00:00Z", autumnLimit.plusNanos(1)));
    }

    @Test
    void aPastGapThatEndedWithALateSyncStaysAFinding() {
      // syncs on 10 March, then not until 7 April (four weeks), then weekly again
      List<MeetingRecord> records = new ArrayList<>();
      records.add(lastSync);
      records.addAll(weeklySyncs(LocalDate.of(2026, 4, 7), LocalDate.of(2026, 4, 21)));

      CadenceReport report =
          DEFAULTS.evaluate(meetings(AccountPhase.ACTIVE_PRODUCTION, records), tenAm(4, 22));

      assertThat(report.findings())
          .containsExactly(
              endedSkip("2026-03-10T09:00:00Z", "2026-04-07T08:00:00Z", limit.plusNanos(1)));
      // 21 April 10:00 +02:00 plus two weeks
      assertThat(report.nextChangeAt()).contains(Instant.parse("2026-05-05T08:00:00.000000001Z"));
    }

    @Test
    void twoGapsAreTwoFindingsInOrder() {
      List<MeetingRecord> records =
          List.of(
              weekly("W-1", tenAm(3, 10)),
              weekly("W-2", tenAm(4, 7)),
              weekly("W-3", tenAm(5, 5)),
              weekly("W-4", tenAm(5, 12)));

      CadenceReport report =
          DEFAULTS.evaluate(meetings(AccountPhase.ACTIVE_PRODUCTION, records), tenAm(5, 13));

      assertThat(report.findings())
          .containsExactly(
              endedSkip("2026-03-10T09:00:00Z", "2026-04-07T08:00:00Z", limit.plusNanos(1)),
              endedSkip(
                  "2026-04-07T08:00:00Z",
                  "2026-05-05T08:00:00Z",
                  Instant.parse("2026-04-21T08:00:00.000000001Z")));
    }

    @Test
    void theLongestGapIsASetting() {
      PlaybookCadencePolicy threeWeeks =
          PlaybookCadencePolicy.of(CadenceSettings.builder().skipAfter(Period.ofWeeks(3)).build());

      CadenceReport report = threeWeeks.evaluate(active(lastSync), limit.plusNanos(1));

      assertThat(report.findings()).isEmpty();
      assertThat(report.nextChangeAt()).contains(Instant.parse("2026-03-31T08:00:00.000000001Z"));
    }

    @Test
    void aSyncAfterNowDoesNotEndTheSkip() {
      Instant now = limit.plusNanos(1);

      CadenceReport report =
          DEFAULTS.evaluate(active(lastSync, weekly("W-2", now.plusNanos(1))), now);

      assertThat(report.findings()).containsExactly(ongoingSkip("2026-03-10T09:00:00Z", now));
    }

    @Test
    void aSyncAtNowCounts() {
      CadenceReport report = DEFAULTS.evaluate(active(lastSync, weekly("W-2", limit)), limit);

      assertThat(report.findings()).isEmpty();
      assertThat(report.nextChangeAt()).contains(Instant.parse("2026-04-07T08:00:00.000000001Z"));
    }
  }

  @Nested
  class Phases {
    @ParameterizedTest
    @EnumSource(
        value = AccountPhase.class,
        names = "ACTIVE_PRODUCTION",
        mode = EnumSource.Mode.EXCLUDE)
    void outsideActiveProductionNoSkipIsReported(AccountPhase phase) {
      CadenceReport report = DEFAULTS.evaluate(meetings(phase, List.of()), tenAm(6, 30));

      assertThat(report.mandatory()).isFalse();
      assertThat(report.findings()).isEmpty();
      assertThat(report.nextChangeAt()).isEmpty();
    }

    @Test
    void outsideActiveProductionTheContentOfMeetingsHeldStillCounts() {
      MeetingRecord incomplete =
          MeetingRecord.builder()
              .from(weekly("W-1", tenAm(3, 10)))
              .attendees(List.of(supplier("Factory PM")))
              .build();

      CadenceReport report =
          DEFAULTS.evaluate(meetings(AccountPhase.RAMP_DOWN, List.of(incomplete)), tenAm(6, 30));

      assertThat(report.findings())
          .extracting(Finding::ruleId)
          .containsExactly(CadenceRules.ATTENDANCE);
    }

    @Test
    void theMandatoryPhasesAreASetting() {
      PlaybookCadencePolicy fromOnboarding =
          PlaybookCadencePolicy.of(
              CadenceSettings.builder()
                  .mandatoryPhases(
                      EnumSet.of(AccountPhase.ONBOARDING, AccountPhase.ACTIVE_PRODUCTION))
                  .build());
      Instant now = Instant.parse("2026-03-17T09:00:00.000000001Z");

      CadenceReport onboarding =
          fromOnboarding.evaluate(meetings(AccountPhase.ONBOARDING, List.of()), now);
      CadenceReport rampDown =
          fromOnboarding.evaluate(meetings(AccountPhase.RAMP_DOWN, List.of()), now);

      assertThat(onboarding.mandatory()).isTrue();
      assertThat(onboarding.findings()).containsExactly(ongoingSkip("2026-03-03T09:00:00Z", now));
      assertThat(rampDown.mandatory()).isFalse();
      assertThat(rampDown.findings()).isEmpty();
    }

    @Test
    void noMandatoryPhaseAtAll() {
      PlaybookCadencePolicy never =
          PlaybookCadencePolicy.of(
              CadenceSettings.builder()
                  .mandatoryPhases(EnumSet.noneOf(AccountPhase.class))
                  .build());

      CadenceReport report = never.evaluate(active(), tenAm(6, 30));

      assertThat(report.mandatory()).isFalse();
      assertThat(report.findings()).isEmpty();
    }
  }

  @Nested
  class Separate {
    private final Instant thursday = LocalDateTime.of(2026, 3, 5, 14, 0).atZone(BERLIN).toInstant();

    @Test
    void aMeetingRecordedAsBothWeeklyAndMonthlyIsAViolation() {
      MeetingRecord both =
          MeetingRecord.builder()
              .from(monthly("M-7", thursday).build())
              .addTierIds("WEEKLY")
              .addAttendees(customer("Customer Buyer"), supplier("Factory PM"))
              .addInputs("Open Order Report", "Material Shortage List")
              .addOutputs("Confirmed ship dates for the next 2 weeks")
              .build();

      CadenceReport report = DEFAULTS.evaluate(active(both), tenAm(3, 6));

      assertThat(report.findings())
          .containsExactly(
              Finding.builder()
                  .ruleId(CadenceRules.SEPARATE)
                  .subject(Subject.of("meeting", "M-7"))
                  .observed("held as [MONTHLY, WEEKLY]")
                  .threshold("weekly and monthly meetings held apart")
                  .message(
                      "Meeting M-7 combined the weekly sync and the monthly review:"
                          + " tactical fires consume the time meant for systemic problems")
                  .since(thursday)
                  .build());
    }

    @Test
    void aMeetingRecordedAsWeeklyOrMonthlyWithTheQuarterlyReviewIsNoSeparateFinding() {
      MeetingRecord weeklyAndQbr =
          MeetingRecord.builder().from(weekly("W-1", thursday)).addTierIds("QBR").build();
      MeetingRecord monthlyAndQbr = monthly("M-1", thursday).addTierIds("QBR").build();

      CadenceReport report = DEFAULTS.evaluate(active(weeklyAndQbr, monthlyAndQbr), tenAm(3, 6));

      assertThat(findings(report, CadenceRules.SEPARATE)).isEmpty();
    }

    @Test
    void tiersAreToldApartByFrequencyNotById() {
      MeetingTier ops =
          MeetingTier.builder()
              .from(CadenceSettings.WEEKLY_OPERATIONS_SYNC)
              .id("OPS")
              .name("Ops call")
              .build();
      MeetingTier perf =
          MeetingTier.builder()
              .from(CadenceSettings.MONTHLY_PERFORMANCE_REVIEW)
              .id("PERF")
              .name("Performance review")
              .build();
      PlaybookCadencePolicy custom =
          PlaybookCadencePolicy.of(
              CadenceSettings.builder()
                  .tiers(List.of(ops, perf))
                  .schedule(
                      Map.of(
                          "OPS", ScheduleRule.weekly(DayOfWeek.MONDAY, LocalTime.of(9, 0)),
                          "PERF", MonthlyRule.dayOfMonth(1, 5, LocalTime.of(14, 0))))
                  .build());
      MeetingRecord combined =
          MeetingRecord.builder()
              .from(monthly("X-1", tenAm(3, 10)).build())
              .tierIds(List.of("OPS", "PERF"))
              .addAttendees(customer("Customer Buyer"), supplier("Factory PM"))
              .addInputs("Open Order Report", "Material Shortage List")
              .addOutputs("Confirmed ship dates for the next 2 weeks")
              .build();

      // two weeks after 10 March 10:00 (+01:00): 24 March 09:00Z
      Instant limit = Instant.parse("2026-03-24T09:00:00Z");
      CadenceReport report = custom.evaluate(active(combined), limit);

      // the OPS record is a weekly sync: no skip at the limit; it is combined with PERF
      assertThat(report.findings())
          .extracting(Finding::ruleId)
          .containsExactly(CadenceRules.SEPARATE);
      assertThat(report.nextChangeAt()).contains(limit.plusNanos(1));
    }
  }

  @Nested
  class Attendance {
    private final Instant held = tenAm(3, 10);

    @Test
    void eachMissingAttendeeInputAndOutputIsListed() {
      MeetingRecord incomplete =
          MeetingRecord.builder()
              .id("W-1")
              .addTierIds("WEEKLY")
              .heldAt(held)
              .addAttendees(supplier("Factory PM"))
              .addInputs("Open Order Report")
              .build();

      CadenceReport report = DEFAULTS.evaluate(active(incomplete), tenAm(3, 11));

      String missing =
          "attendee Customer Buyer (customer), input Material Shortage List,"
              + " output Confirmed ship dates for the next 2 weeks";
      assertThat(report.findings())
          .containsExactly(
              Finding.builder()
                  .ruleId(CadenceRules.ATTENDANCE)
                  .subject(Subject.of("meeting", "W-1"))
                  .observed("missing " + missing)
                  .threshold(
                      "every required attendee, input and output of the Weekly Operations Sync")
                  .message("Weekly Operations Sync W-1 held without " + missing)
                  .since(held)
                  .build());
    }

    @Test
    void aRoleOnTheWrongSideIsMissing() {
      MeetingRecord wrongSide =
          MeetingRecord.builder()
              .from(weekly("W-1", held))
              .attendees(List.of(customer("Customer Buyer"), customer("Factory PM")))
              .build();

      CadenceReport report = DEFAULTS.evaluate(active(wrongSide), tenAm(3, 11));

      assertThat(report.findings())
          .singleElement()
          .extracting(Finding::observed)
          .isEqualTo("missing attendee Factory PM (supplier)");
    }

    @Test
    void anEmptyQuarterlyReviewMissesEverything() {
      MeetingRecord empty =
          MeetingRecord.builder().id("Q-1").addTierIds("QBR").heldAt(held).build();

      CadenceReport report = DEFAULTS.evaluate(active(empty, weekly("W-1", held)), tenAm(3, 11));

      assertThat(report.findings())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.ruleId()).isEqualTo(CadenceRules.ATTENDANCE);
                assertThat(f.subject()).isEqualTo(Subject.of("meeting", "Q-1"));
                assertThat(f.observed())
                    .isEqualTo(
                        "missing attendee Customer VP/Director (customer),"
                            + " attendee Head of Sales/Plant Director (supplier),"
                            + " input 12-month Forecast, input Cost Down/Re-price analysis,"
                            + " input EOL component risks,"
                            + " output Re-signed Master Agreement or Pricing Addendum");
                assertThat(f.threshold())
                    .isEqualTo(
                        "every required attendee, input and output of the Quarterly Business"
                            + " Review");
              });
    }

    @Test
    void completeMeetingsWithExtrasAreFine() {
      MeetingRecord withGuest =
          MeetingRecord.builder()
              .from(weekly("W-1", held))
              .addAttendees(supplier("Quality Engineer"))
              .addInputs("Logistics tracker")
              .build();
      MeetingRecord review = monthly("M-1", held.plus(Duration.ofHours(4))).build();

      CadenceReport report = DEFAULTS.evaluate(active(withGuest, review), tenAm(3, 11));

      assertThat(report.findings()).isEmpty();
    }
  }

  @Nested
  class Capa {
    private final Instant held = LocalDateTime.of(2026, 3, 5, 14, 0).atZone(BERLIN).toInstant();
    private final Instant now = tenAm(3, 6);

    private KpiResult otif(String actual) {
      return KpiResult.of("OTIF %", new BigDecimal(actual), new BigDecimal("95"), true);
    }

    private KpiResult rma(String actual) {
      return KpiResult.of("RMA rate %", new BigDecimal(actual), new BigDecimal("0.5"), false);
    }

    @Test
    void aKpiBelowTargetWithoutCapaIsAFinding() {
      MeetingRecord review = monthly("R-3", held).addKpis(otif("91.5")).build();

      CadenceReport report = DEFAULTS.evaluate(active(review), now);

      assertThat(report.findings())
          .containsExactly(
              Finding.builder()
                  .ruleId(CadenceRules.CAPA)
                  .subject(Subject.of("meeting", "R-3"))
                  .observed("OTIF % 91.5 without a CAPA")
                  .threshold("target 95 or more")
                  .message("Monthly review R-3: OTIF % below target and no corrective action plan")
                  .since(held)
                  .build());
    }

    @Test
    void aLowerIsBetterKpiAboveTargetWithoutCapaIsAFinding() {
      MeetingRecord review = monthly("R-3", held).addKpis(rma("0.8")).build();

      CadenceReport report = DEFAULTS.evaluate(active(review), now);

      assertThat(report.findings())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.ruleId()).isEqualTo(CadenceRules.CAPA);
                assertThat(f.observed()).isEqualTo("RMA rate % 0.8 without a CAPA");
                assertThat(f.threshold()).isEqualTo("target 0.5 or less");
              });
    }

    @Test
    void aKpiBelowTargetWithACapaIsNoFinding() {
      MeetingRecord review =
          monthly("R-3", held)
              .addKpis(otif("91.5").withCapa("CAPA-17: second shift on line 3"))
              .addKpis(rma("0.8").withCapa("CAPA-18: incoming inspection"))
              .build();

      assertThat(DEFAULTS.evaluate(active(review), now).findings()).isEmpty();
    }

    @Test
    void aKpiExactlyAtTargetIsNoFinding() {
      MeetingRecord review = monthly("R-3", held).addKpis(otif("95"), rma("0.5")).build();

      assertThat(DEFAULTS.evaluate(active(review), now).findings()).isEmpty();
    }

    @Test
    void eachMissedKpiIsOneFinding() {
      MeetingRecord review = monthly("R-3", held).addKpis(otif("91.5"), rma("0.8")).build();

      CadenceReport report = DEFAULTS.evaluate(active(review), now);

      assertThat(report.findings())
          .extracting(Finding::observed)
          .containsExactly("OTIF % 91.5 without a CAPA", "RMA rate % 0.8 without a CAPA");
    }

    @Test
    void onlyMonthlyReviewsOweACapa() {
      MeetingRecord sync =
          MeetingRecord.builder().from(weekly("W-1", held)).addKpis(otif("91.5")).build();

      assertThat(DEFAULTS.evaluate(active(sync), now).findings()).isEmpty();
    }
  }

  @Nested
  class Records {
    @Test
    void anUnknownTierIsRejectedNamingIt() {
      MeetingRecord unknown = weekly("W-1", tenAm(3, 10));
      MeetingRecord misnamed =
          MeetingRecord.builder().from(unknown).tierIds(List.of("WEEKLY_SYNC")).build();

      assertThatThrownBy(() -> DEFAULTS.evaluate(active(misnamed), tenAm(3, 11)))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "MeetingRecord.tierIds must name configured tiers [WEEKLY, MONTHLY, QBR]"
                  + " but was 'WEEKLY_SYNC'");
    }

    @Test
    void anUnknownTierBesideAKnownOneIsRejectedNamingIt() {
      MeetingRecord mixed =
          MeetingRecord.builder().from(weekly("W-1", tenAm(3, 10))).addTierIds("ADHOC").build();

      assertThatThrownBy(() -> DEFAULTS.evaluate(active(mixed), tenAm(3, 11)))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessageEndingWith(" but was 'ADHOC'");
    }

    @Test
    void anUnknownTierIsRejectedOutsideActiveProductionToo() {
      MeetingRecord misnamed =
          MeetingRecord.builder()
              .from(weekly("W-1", tenAm(3, 10)))
              .tierIds(List.of("WEEKLY_SYNC"))
              .build();

      assertThatThrownBy(
              () ->
                  DEFAULTS.evaluate(
                      meetings(AccountPhase.ONBOARDING, List.of(misnamed)), tenAm(3, 11)))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessageEndingWith(" but was 'WEEKLY_SYNC'");
    }

    @Test
    void recordsAfterNowAreIgnored() {
      Instant now = tenAm(3, 11);
      MeetingRecord future =
          MeetingRecord.builder()
              .id("F-1")
              .tierIds(List.of("WEEKLY", "MONTHLY"))
              .heldAt(now.plusNanos(1))
              .build();

      CadenceReport report = DEFAULTS.evaluate(active(weekly("W-1", tenAm(3, 10)), future), now);

      assertThat(report.findings()).isEmpty();
      assertThat(report.nextChangeAt()).contains(Instant.parse("2026-03-24T09:00:00.000000001Z"));
    }

    @Test
    void anUnknownTierIsRejectedEvenInARecordNotYetHeld() {
      Instant now = tenAm(3, 11);
      MeetingRecord future =
          MeetingRecord.builder()
              .id("F-2")
              .addTierIds("WEEKLYY")
              .heldAt(now.plusSeconds(3600))
              .build();
      assertThatThrownBy(() -> DEFAULTS.evaluate(active(future), now))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessageEndingWith("but was 'WEEKLYY'");
    }

    @Test
    void aKpiListedTwiceInOneRecordIsRejected() {
      assertThatThrownBy(
              () ->
                  monthly("R-4", tenAm(3, 10))
                      .addKpis(
                          KpiResult.of(
                              "OTIF %", new BigDecimal("91.5"), new BigDecimal("95"), true),
                          KpiResult.of("OTIF %", new BigDecimal("96"), new BigDecimal("95"), true))
                      .build())
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "MeetingRecord[R-4].kpis must be free of duplicate KPI names but was OTIF % twice");
    }

    @Test
    void theReportNamesTheAccountAndInstantAndSortsItsFindings() {
      MeetingRecord both =
          MeetingRecord.builder()
              .from(monthly("M-1", tenAm(4, 7)).build())
              .addTierIds("WEEKLY")
              .build();
      Instant now = tenAm(4, 8);

      CadenceReport report = DEFAULTS.evaluate(active(weekly("W-1", tenAm(3, 10)), both), now);

      assertThat(report.account()).isEqualTo(ACME);
      assertThat(report.at()).isEqualTo(now);
      // a skip since 24 March, then the combined meeting of 7 April with its missing weekly items
      assertThat(report.findings())
          .extracting(Finding::ruleId)
          .containsExactly(CadenceRules.SKIP, CadenceRules.ATTENDANCE, CadenceRules.SEPARATE);
      assertThat(report.findings()).isSorted();
    }
  }

  @Nested
  class Settings {
    @Test
    void everyTierNeedsARule() {
      assertThatThrownBy(
              () ->
                  CadenceSettings.builder()
                      .schedule(
                          Map.of(
                              "WEEKLY",
                              ScheduleRule.weekly(DayOfWeek.TUESDAY, LocalTime.of(10, 0)),
                              "MONTHLY",
                              MonthlyRule.dayOfMonth(1, 5, LocalTime.of(14, 0))))
                      .build())
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "CadenceSettings.schedule must be a rule for every tier but was none for QBR");
    }

    @Test
    void aRuleForAnUnknownTierIsRejected() {
      assertThatThrownBy(
              () ->
                  CadenceSettings.builder()
                      .schedule(
                          Map.of(
                              "WEEKLY",
                              ScheduleRule.weekly(DayOfWeek.TUESDAY, LocalTime.of(10, 0)),
                              "MONTHLY",
                              MonthlyRule.dayOfMonth(1, 5, LocalTime.of(14, 0)),
                              "QBR",
                              MonthlyRule.dayOfMonth(3, 5, LocalTime.of(15, 0)),
                              "ADHOC",
                              MonthlyRule.dayOfMonth(1, 20, LocalTime.of(15, 0))))
                      .build())
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "CadenceSettings.schedule must be rules for known tiers only"
                  + " but was a rule for unknown tier ADHOC");
    }

    @Test
    void theLongestGapAndTheHorizonMustBePositive() {
      assertThatThrownBy(() -> CadenceSettings.builder().skipAfter(Period.ZERO).build())
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage("CadenceSettings.skipAfter must be positive but was P0D");
      assertThatThrownBy(() -> CadenceSettings.builder().horizon(Period.ofMonths(-12)).build())
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage("CadenceSettings.horizon must be positive but was P-12M");
    }

    @Test
    void fromKeepsTheBaseAndChangesWhatIsSet() {
      CadenceSettings mine =
          CadenceSettings.from(CadenceSettings.ofDefaults()).skipAfter(Period.ofDays(10)).build();

      assertThat(mine.skipAfter()).isEqualTo(Period.ofDays(10));
      assertThat(mine.tiers()).isEqualTo(CadenceSettings.DEFAULT_TIERS);
      assertThat(PlaybookCadencePolicy.of(mine).settings()).isSameAs(mine);
    }
  }
}
