package org.accountgovernance.rules.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accountgovernance.core.Reason;
import org.accountgovernance.core.RuleId;
import org.accountgovernance.core.update.RagStatus;
import org.accountgovernance.core.update.UpdateDue;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The playbook's update cadence (UPD, UPD-FRIDAY) on the worked cases. The week used is
 * Monday 2 March 2026 to Sunday 8 March 2026; Europe/Berlin is UTC+1 that week, so a noon update in
 * Berlin is at 11:00Z and the end of a day in Berlin is 22:59:59.999999999Z.
 */
class PlaybookUpdateCadenceTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final PlaybookUpdateCadence DEFAULTS = PlaybookUpdateCadence.ofDefaults();

  private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
  private static final LocalDate TUESDAY = LocalDate.of(2026, 3, 3);
  private static final LocalDate WEDNESDAY = LocalDate.of(2026, 3, 4);
  private static final LocalDate THURSDAY = LocalDate.of(2026, 3, 5);
  private static final LocalDate FRIDAY = LocalDate.of(2026, 3, 6);
  private static final LocalDate SATURDAY = LocalDate.of(2026, 3, 7);
  private static final LocalDate SUNDAY = LocalDate.of(2026, 3, 8);
  private static final LocalDate NEXT_MONDAY = LocalDate.of(2026, 3, 9);
  private static final LocalDate NEXT_TUESDAY = LocalDate.of(2026, 3, 10);
  private static final LocalDate NEXT_WEDNESDAY = LocalDate.of(2026, 3, 11);

  /** Noon in Berlin on {@code day} (a day of the first week of March 2026, UTC+1). */
  private static Instant noonInBerlin(LocalDate day) {
    return day.atTime(12, 0).atZone(BERLIN).toInstant();
  }

  private static UpdateDue due(RagStatus status, LocalDate lastUpdateDay) {
    return DEFAULTS.due(status, noonInBerlin(lastUpdateDay), BERLIN);
  }

  private static void assertDue(UpdateDue due, LocalDate day, RuleId rule) {
    assertThat(due.dueDate()).isEqualTo(day);
    assertThat(due.reason().ruleId()).isEqualTo(rule);
  }

  @Test
  void theRuleIds() {
    assertThat(UpdateRules.CADENCE.value()).isEqualTo("UPD-CADENCE");
    assertThat(UpdateRules.FRIDAY.value()).isEqualTo("UPD-FRIDAY");
    assertThat(UpdateRules.OVERDUE.value()).isEqualTo("UPD-OVERDUE");
    assertThat(UpdateRules.CADENCE.family()).isEqualTo("UPD");
  }

  @Nested
  class WorkedCases {
    @Test
    void yellowUpdatedMondayIsDueWednesday() {
      UpdateDue due = due(RagStatus.YELLOW, MONDAY);

      assertDue(due, WEDNESDAY, UpdateRules.CADENCE);
      assertThat(due.status()).isEqualTo(RagStatus.YELLOW);
      assertThat(due.countedFrom()).isEqualTo(Instant.parse("2026-03-02T11:00:00Z"));
      assertThat(due.reason())
          .isEqualTo(
              Reason.of(
                  UpdateRules.CADENCE,
                  "last update 2026-03-02 (MONDAY)",
                  "YELLOW: every 2 days",
                  "YELLOW escalation: next update due 2026-03-04 (WEDNESDAY)"));
    }

    @Test
    void yellowUpdatedThursdayIsDueFridayByTheMandatoryFriday() {
      UpdateDue due = due(RagStatus.YELLOW, THURSDAY);

      assertDue(due, FRIDAY, UpdateRules.FRIDAY);
      assertThat(due.reason())
          .isEqualTo(
              Reason.of(
                  UpdateRules.FRIDAY,
                  "last update 2026-03-05 (THURSDAY)",
                  "YELLOW: mandatory update on FRIDAY",
                  "YELLOW escalation: the mandatory FRIDAY update (2026-03-06) comes before the"
                      + " regular due day 2026-03-07"));
    }

    @Test
    void yellowUpdatedWednesdayIsDueFridayAsItsRegularDay() {
      assertDue(due(RagStatus.YELLOW, WEDNESDAY), FRIDAY, UpdateRules.CADENCE);
    }

    @Test
    void yellowUpdatedFridayIsDueSunday() {
      // Every other day from Friday is Sunday; the next Friday is a week away.
      assertDue(due(RagStatus.YELLOW, FRIDAY), SUNDAY, UpdateRules.CADENCE);
    }

    @Test
    void greenUpdatedTuesdayIsDueFridayWhichIsItsRegularDay() {
      // Tuesday + 3 = Friday: the Friday is not *before* the regular day, so the rule is UPD.
      UpdateDue due = due(RagStatus.GREEN, TUESDAY);

      assertDue(due, FRIDAY, UpdateRules.CADENCE);
      assertThat(due.reason().threshold()).isEqualTo("GREEN: every 3 days");
    }

    @Test
    void greenUpdatedWednesdayIsDueFridayByTheMandatoryFriday() {
      // Wednesday + 3 = Saturday; Friday comes first.
      assertDue(due(RagStatus.GREEN, WEDNESDAY), FRIDAY, UpdateRules.FRIDAY);
    }

    @Test
    void greenUpdatedMondayIsDueThursday() {
      assertDue(due(RagStatus.GREEN, MONDAY), THURSDAY, UpdateRules.CADENCE);
    }

    @Test
    void greenUpdatedFridayIsDueMonday() {
      assertDue(due(RagStatus.GREEN, FRIDAY), NEXT_MONDAY, UpdateRules.CADENCE);
    }

    @Test
    void greenUpdatedSaturdayIsDueTuesday() {
      assertDue(due(RagStatus.GREEN, SATURDAY), NEXT_TUESDAY, UpdateRules.CADENCE);
    }

    @Test
    void redIsDueTheNextDayWhateverTheWeekday() {
      List<LocalDate> week =
          List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY);
      for (LocalDate day : week) {
        UpdateDue due = due(RagStatus.RED, day);
        assertThat(due.dueDate()).as("RED updated %s", day).isEqualTo(day.plusDays(1));
        assertThat(due.reason().ruleId()).as("RED updated %s", day).isEqualTo(UpdateRules.CADENCE);
      }
      assertThat(due(RagStatus.RED, THURSDAY).reason())
          .isEqualTo(
              Reason.of(
                  UpdateRules.CADENCE,
                  "last update 2026-03-05 (THURSDAY)",
                  "RED: every 1 day",
                  "RED escalation: next update due 2026-03-06 (FRIDAY)"));
    }
  }

  @Nested
  class DueInstant {
    @Test
    void dueAtIsTheLastNanosecondOfTheDueDayInTheZone() {
      UpdateDue due = due(RagStatus.YELLOW, MONDAY);

      // Wednesday 4 March 2026, 23:59:59.999999999 in Berlin (UTC+1).
      assertThat(due.dueAt()).isEqualTo(Instant.parse("2026-03-04T22:59:59.999999999Z"));
      assertThat(due.overdueFrom()).isEqualTo(Instant.parse("2026-03-04T23:00:00Z"));
      assertThat(due.isOverdueAt(Instant.parse("2026-03-04T22:59:59.999999999Z"))).isFalse();
      assertThat(due.isOverdueAt(Instant.parse("2026-03-04T23:00:00Z"))).isTrue();
    }

    @Test
    void theDayOfTheLastUpdateIsTheDayInTheEscalationsZone() {
      // 02:00Z on Tuesday 3 March is Monday 21:00 in New York but Tuesday 03:00 in Berlin.
      Instant update = Instant.parse("2026-03-03T02:00:00Z");

      UpdateDue inNewYork = DEFAULTS.due(RagStatus.YELLOW, update, NEW_YORK);
      UpdateDue inBerlin = DEFAULTS.due(RagStatus.YELLOW, update, BERLIN);

      assertThat(inNewYork.dueDate()).isEqualTo(WEDNESDAY);
      // New York is UTC-5 in early March (before 8 March).
      assertThat(inNewYork.dueAt()).isEqualTo(Instant.parse("2026-03-05T04:59:59.999999999Z"));
      assertThat(inBerlin.dueDate()).isEqualTo(THURSDAY);
      assertThat(inBerlin.dueAt()).isEqualTo(Instant.parse("2026-03-05T22:59:59.999999999Z"));
    }

    @Test
    void berlinSpringForwardDayEndsAtTwentyTwoUtc() {
      // Clocks go from 02:00 CET to 03:00 CEST on Sunday 29 March 2026.
      UpdateDue dueSaturday =
          DEFAULTS.due(RagStatus.RED, Instant.parse("2026-03-27T12:00:00Z"), BERLIN);
      UpdateDue dueSunday =
          DEFAULTS.due(RagStatus.RED, Instant.parse("2026-03-28T12:00:00Z"), BERLIN);
      UpdateDue dueMonday =
          DEFAULTS.due(RagStatus.RED, Instant.parse("2026-03-29T12:00:00Z"), BERLIN);

      assertThat(dueSaturday.dueDate()).isEqualTo(LocalDate.of(2026, 3, 28));
      assertThat(dueSaturday.dueAt()).isEqualTo(Instant.parse("2026-03-28T22:59:59.999999999Z"));
      assertThat(dueSunday.dueDate()).isEqualTo(LocalDate.of(2026, 3, 29));
      assertThat(dueSunday.dueAt()).isEqualTo(Instant.parse("2026-03-29T21:59:59.999999999Z"));
      assertThat(dueMonday.dueDate()).isEqualTo(LocalDate.of(2026, 3, 30));
      assertThat(dueMonday.dueAt()).isEqualTo(Instant.parse("2026-03-30T21:59:59.999999999Z"));
    }

    @Test
    void berlinFallBackDayEndsAtTwentyThreeUtc() {
      // Clocks go from 03:00 CEST back to 02:00 CET on Sunday 25 October 2026.
      UpdateDue due = DEFAULTS.due(RagStatus.RED, Instant.parse("2026-10-24T10:00:00Z"), BERLIN);

      assertThat(due.dueDate()).isEqualTo(LocalDate.of(2026, 10, 25));
      assertThat(due.dueAt()).isEqualTo(Instant.parse("2026-10-25T22:59:59.999999999Z"));
    }

    @Test
    void newYorkSpringForwardDayEndsAtFourUtc() {
      // Clocks go from 02:00 EST to 03:00 EDT on Sunday 8 March 2026.
      UpdateDue dueSunday =
          DEFAULTS.due(RagStatus.RED, Instant.parse("2026-03-07T17:00:00Z"), NEW_YORK);
      UpdateDue dueSaturday =
          DEFAULTS.due(RagStatus.RED, Instant.parse("2026-03-06T17:00:00Z"), NEW_YORK);

      assertThat(dueSunday.dueDate()).isEqualTo(SUNDAY);
      assertThat(dueSunday.dueAt()).isEqualTo(Instant.parse("2026-03-09T03:59:59.999999999Z"));
      assertThat(dueSaturday.dueDate()).isEqualTo(SATURDAY);
      assertThat(dueSaturday.dueAt()).isEqualTo(Instant.parse("2026-03-08T04:59:59.999999999Z"));
    }

    @Test
    void theDueTimeIsAfterTheLastUpdateEvenForAnUpdateJustBeforeMidnight() {
      Instant lateMonday = Instant.parse("2026-03-02T22:59:59.999999999Z");

      UpdateDue due = DEFAULTS.due(RagStatus.RED, lateMonday, BERLIN);

      assertThat(due.dueDate()).isEqualTo(TUESDAY);
      assertThat(due.dueAt()).isEqualTo(Instant.parse("2026-03-03T22:59:59.999999999Z"));
    }
  }

  @Nested
  class Settings {
    @Test
    void aCutOffOfFiveInTheAfternoon() {
      PlaybookUpdateCadence cadence =
          PlaybookUpdateCadence.of(
              UpdateSettings.from(UpdateSettings.ofDefaults()).cutoff(LocalTime.of(17, 0)).build());

      UpdateDue due = cadence.due(RagStatus.YELLOW, noonInBerlin(MONDAY), BERLIN);

      assertThat(due.dueDate()).isEqualTo(WEDNESDAY);
      assertThat(due.dueAt()).isEqualTo(Instant.parse("2026-03-04T16:00:00Z"));
      assertThat(due.isOverdueAt(Instant.parse("2026-03-04T16:00:00Z"))).isFalse();
      assertThat(due.overdueFrom()).isEqualTo(Instant.parse("2026-03-04T16:00:00.000000001Z"));
    }

    @Test
    void aCutOffInTheSkippedHourIsTheLastInstantBeforeTheJump() {
      // 02:30 does not exist in Berlin on 29 March 2026: clocks jump from 02:00 CET (01:00Z) to
      // 03:00 CEST, so the last instant at or before 02:30 local is just before the jump.
      PlaybookUpdateCadence cadence =
          PlaybookUpdateCadence.of(UpdateSettings.builder().cutoff(LocalTime.of(2, 30)).build());

      UpdateDue due = cadence.due(RagStatus.RED, Instant.parse("2026-03-28T12:00:00Z"), BERLIN);

      assertThat(due.dueDate()).isEqualTo(LocalDate.of(2026, 3, 29));
      assertThat(due.dueAt()).isEqualTo(Instant.parse("2026-03-29T00:59:59.999999999Z"));
    }

    @Test
    void aCutOffThatHappensTwiceIsTheLaterOne() {
      // On 25 October 2026 Berlin's clocks go back from 03:00 CEST to 02:00 CET: 02:30 happens at
      // 00:30Z and again at 01:30Z; an update at the second 02:30 is on time.
      PlaybookUpdateCadence cadence =
          PlaybookUpdateCadence.of(UpdateSettings.builder().cutoff(LocalTime.of(2, 30)).build());

      UpdateDue due = cadence.due(RagStatus.RED, Instant.parse("2026-10-24T12:00:00Z"), BERLIN);

      assertThat(due.dueAt()).isEqualTo(Instant.parse("2026-10-25T01:30:00Z"));
    }

    @Test
    void theEndOfADayWhoseLastHourHappensTwiceIsItsSecondEnd() {
      // Beirut went back from 00:00 EEST to 23:00 EET at the end of 25 October 2025: that Saturday
      // ended at 22:00Z, not 21:00Z.
      ZoneId beirut = ZoneId.of("Asia/Beirut");
      UpdateDue due =
          PlaybookUpdateCadence.ofDefaults()
              .due(RagStatus.RED, Instant.parse("2025-10-24T09:00:00Z"), beirut);
      assertThat(due.dueDate()).isEqualTo(LocalDate.of(2025, 10, 25));
      assertThat(due.dueAt()).isEqualTo(Instant.parse("2025-10-25T21:59:59.999999999Z"));
      assertThat(due.isOverdueAt(Instant.parse("2025-10-25T21:30:00Z"))).isFalse();
    }

    @Test
    void weekdayCountingSkipsTheWeekend() {
      PlaybookUpdateCadence cadence =
          PlaybookUpdateCadence.of(
              UpdateSettings.builder().dayCounting(UpdateSettings.DayCounting.WEEKDAYS).build());

      UpdateDue redFriday = cadence.due(RagStatus.RED, noonInBerlin(FRIDAY), BERLIN);
      assertDue(redFriday, NEXT_MONDAY, UpdateRules.CADENCE);
      assertThat(redFriday.reason().threshold()).isEqualTo("RED: every 1 weekday");
      assertDue(
          cadence.due(RagStatus.RED, noonInBerlin(SATURDAY), BERLIN),
          NEXT_MONDAY,
          UpdateRules.CADENCE);
      assertDue(
          cadence.due(RagStatus.RED, noonInBerlin(THURSDAY), BERLIN), FRIDAY, UpdateRules.CADENCE);
      // YELLOW Friday: Monday (1), Tuesday (2).
      UpdateDue yellowFriday = cadence.due(RagStatus.YELLOW, noonInBerlin(FRIDAY), BERLIN);
      assertDue(yellowFriday, NEXT_TUESDAY, UpdateRules.CADENCE);
      assertThat(yellowFriday.reason().threshold()).isEqualTo("YELLOW: every 2 weekdays");
      // YELLOW Thursday: the regular day would be Monday; the Friday comes first.
      assertDue(
          cadence.due(RagStatus.YELLOW, noonInBerlin(THURSDAY), BERLIN),
          FRIDAY,
          UpdateRules.FRIDAY);
      // GREEN Friday: Monday, Tuesday, Wednesday.
      assertDue(
          cadence.due(RagStatus.GREEN, noonInBerlin(FRIDAY), BERLIN),
          NEXT_WEDNESDAY,
          UpdateRules.CADENCE);
    }

    @Test
    void anotherMandatoryWeekday() {
      PlaybookUpdateCadence cadence =
          PlaybookUpdateCadence.of(
              UpdateSettings.builder().mandatoryWeekday(DayOfWeek.THURSDAY).build());

      // YELLOW Wednesday: regular Friday, the Thursday comes first.
      UpdateDue yellowWednesday = cadence.due(RagStatus.YELLOW, noonInBerlin(WEDNESDAY), BERLIN);
      assertDue(yellowWednesday, THURSDAY, UpdateRules.FRIDAY);
      assertThat(yellowWednesday.reason().threshold())
          .isEqualTo("YELLOW: mandatory update on THURSDAY");
      // YELLOW Tuesday: the Thursday is the regular day.
      assertDue(
          cadence.due(RagStatus.YELLOW, noonInBerlin(TUESDAY), BERLIN),
          THURSDAY,
          UpdateRules.CADENCE);
      // Friday is no longer special: YELLOW Thursday is due Saturday.
      assertDue(
          cadence.due(RagStatus.YELLOW, noonInBerlin(THURSDAY), BERLIN),
          SATURDAY,
          UpdateRules.CADENCE);
      // GREEN Tuesday: regular Friday, the Thursday comes first.
      assertDue(
          cadence.due(RagStatus.GREEN, noonInBerlin(TUESDAY), BERLIN),
          THURSDAY,
          UpdateRules.FRIDAY);
    }

    @Test
    void noMandatoryWeekday() {
      PlaybookUpdateCadence cadence =
          PlaybookUpdateCadence.of(
              UpdateSettings.builder().mandatoryWeekday(Optional.empty()).build());

      assertDue(
          cadence.due(RagStatus.GREEN, noonInBerlin(WEDNESDAY), BERLIN),
          SATURDAY,
          UpdateRules.CADENCE);
      assertDue(
          cadence.due(RagStatus.YELLOW, noonInBerlin(THURSDAY), BERLIN),
          SATURDAY,
          UpdateRules.CADENCE);
    }

    @Test
    void theDefaultsAreThePlaybooksNumbers() {
      UpdateSettings defaults = UpdateSettings.ofDefaults();

      assertThat(defaults.intervalDays())
          .containsOnly(
              Map.entry(RagStatus.RED, 1),
              Map.entry(RagStatus.YELLOW, 2),
              Map.entry(RagStatus.GREEN, 3));
      assertThat(defaults.mandatoryWeekday()).contains(DayOfWeek.FRIDAY);
      assertThat(defaults.mandatoryWeekdayStatuses())
          .containsExactlyInAnyOrder(RagStatus.YELLOW, RagStatus.GREEN);
      assertThat(defaults.cutoff()).isEqualTo(LocalTime.MAX);
      assertThat(defaults.dayCounting()).isEqualTo(UpdateSettings.DayCounting.CALENDAR_DAYS);
      assertThat(DEFAULTS.settings()).isEqualTo(defaults);
    }
  }

  @Nested
  class StricterNeverLater {
    private void assertOrdered(PlaybookUpdateCadence cadence, String label) {
      for (int offset = 0; offset < 7; offset++) {
        Instant update = noonInBerlin(MONDAY.plusDays(offset));
        Instant red = cadence.due(RagStatus.RED, update, BERLIN).dueAt();
        Instant yellow = cadence.due(RagStatus.YELLOW, update, BERLIN).dueAt();
        Instant green = cadence.due(RagStatus.GREEN, update, BERLIN).dueAt();
        String day = MONDAY.plusDays(offset).getDayOfWeek().toString();
        assertThat(red).as("%s, %s: RED <= YELLOW", label, day).isBeforeOrEqualTo(yellow);
        assertThat(yellow).as("%s, %s: YELLOW <= GREEN", label, day).isBeforeOrEqualTo(green);
      }
    }

    @Test
    void withTheDefaults() {
      assertOrdered(DEFAULTS, "defaults");
    }

    @Test
    void withWeekdayCountingAndAThursday() {
      assertOrdered(
          PlaybookUpdateCadence.of(
              UpdateSettings.builder()
                  .dayCounting(UpdateSettings.DayCounting.WEEKDAYS)
                  .mandatoryWeekday(DayOfWeek.THURSDAY)
                  .build()),
          "weekdays, Thursday");
    }

    @Test
    void withAMandatorySaturdayForEveryStatus() {
      assertOrdered(
          PlaybookUpdateCadence.of(
              UpdateSettings.builder()
                  .dayCounting(UpdateSettings.DayCounting.WEEKDAYS)
                  .mandatoryWeekday(DayOfWeek.SATURDAY)
                  .mandatoryWeekdayStatuses(EnumSet.allOf(RagStatus.class))
                  .build()),
          "weekdays, Saturday for all");
    }

    @Test
    void withEqualIntervalsAndTheWeekdayOnlyForTheStricterStatuses() {
      assertOrdered(
          PlaybookUpdateCadence.of(
              UpdateSettings.builder()
                  .intervalDays(Map.of(RagStatus.RED, 2, RagStatus.YELLOW, 2, RagStatus.GREEN, 2))
                  .mandatoryWeekdayStatuses(EnumSet.of(RagStatus.RED, RagStatus.YELLOW))
                  .build()),
          "2/2/2, Friday for RED and YELLOW");
    }
  }

  @Nested
  class Validation {
    /** Asserts the message form {@code "<field> must be <rule> but was <value>"}. */
    private void assertRejected(ThrowingCallable call, String field, String value) {
      assertThatThrownBy(call)
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith(field + " must be ")
          .hasMessageEndingWith(" but was " + value);
    }

    @Test
    void anIntervalOfZeroIsRejected() {
      assertRejected(
          () ->
              UpdateSettings.builder()
                  .intervalDays(Map.of(RagStatus.RED, 0, RagStatus.YELLOW, 2, RagStatus.GREEN, 3))
                  .build(),
          "UpdateSettings.intervalDays[RED]",
          "0");
    }

    @Test
    void aMissingStatusIsRejected() {
      assertThatThrownBy(
              () ->
                  UpdateSettings.builder()
                      .intervalDays(Map.of(RagStatus.RED, 1, RagStatus.YELLOW, 2))
                      .build())
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage("UpdateSettings.intervalDays[GREEN] must be at least 1 day but was missing");
    }

    @Test
    void yellowLongerThanGreenIsRejected() {
      assertThatThrownBy(
              () ->
                  UpdateSettings.builder()
                      .intervalDays(
                          Map.of(RagStatus.RED, 1, RagStatus.YELLOW, 4, RagStatus.GREEN, 3))
                      .build())
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "UpdateSettings.intervalDays must be no longer for a stricter status"
                  + " (RED <= YELLOW <= GREEN) but was {RED=1, YELLOW=4, GREEN=3}");
    }

    @Test
    void aMandatoryWeekdayForGreenButNotYellowIsRejected() {
      assertThatThrownBy(
              () ->
                  UpdateSettings.builder()
                      .mandatoryWeekdayStatuses(EnumSet.of(RagStatus.GREEN))
                      .build())
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "UpdateSettings.mandatoryWeekdayStatuses must be including YELLOW when it includes"
                  + " GREEN (a stricter status may not owe less) but was [GREEN]");
    }

    @Test
    void aWeekendMandatoryDayWithWeekdayCountingMustIncludeRed() {
      // Counting weekdays, RED updated Friday is due Monday, but YELLOW would owe the Saturday:
      // RED "every 1 weekday" is not "the very next day", so RED must owe the Saturday too.
      assertThatThrownBy(
              () ->
                  UpdateSettings.builder()
                      .dayCounting(UpdateSettings.DayCounting.WEEKDAYS)
                      .mandatoryWeekday(DayOfWeek.SATURDAY)
                      .build())
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "UpdateSettings.mandatoryWeekdayStatuses must be including RED when it includes"
                  + " YELLOW (a stricter status may not owe less) but was [YELLOW, GREEN]");
    }

    @Test
    void aWeekdayMandatoryDayWithWeekdayCountingNeedNotIncludeRed() {
      UpdateSettings settings =
          UpdateSettings.builder()
              .dayCounting(UpdateSettings.DayCounting.WEEKDAYS)
              .mandatoryWeekday(DayOfWeek.MONDAY)
              .build();

      assertThat(settings.mandatoryWeekdayStatuses())
          .containsExactlyInAnyOrder(RagStatus.YELLOW, RagStatus.GREEN);
    }
  }
}
