package org.accountgovernance.core.cadence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The 12-month governance calendar (CAD-CALENDAR). Hand-checked facts used below: Europe/Berlin
 * goes from +01:00 to +02:00 at 02:00 on Sunday 29 March 2026 and back at 03:00 on Sunday 25
 * October 2026; America/New_York goes from -05:00 to -04:00 at 02:00 on Sunday 8 March 2026 and
 * back at 02:00 on Sunday 1 November 2026, and in 2027 on 14 March and 7 November. 1 March 2026 is
 * a Sunday, 1 March 2027 a Monday, 1 January 2026 a Thursday; 2028 is a leap year.
 */
class MeetingScheduleTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final Period YEAR = Period.ofMonths(12);

  /** Weekly Tuesday 10:00, monthly first Thursday 14:00, quarterly second Wednesday 15:00. */
  private static final Map<String, ScheduleRule> THREE_TIERS =
      Map.of(
          "WEEKLY", ScheduleRule.weekly(DayOfWeek.TUESDAY, LocalTime.of(10, 0)),
          "MONTHLY", MonthlyRule.nthWeekday(1, 1, DayOfWeek.THURSDAY, LocalTime.of(14, 0)),
          "QBR", MonthlyRule.nthWeekday(3, 2, DayOfWeek.WEDNESDAY, LocalTime.of(15, 0)));

  private static List<ScheduledMeeting> ofTier(List<ScheduledMeeting> meetings, String tierId) {
    return meetings.stream().filter(m -> m.tierId().equals(tierId)).toList();
  }

  private static List<LocalDate> days(List<ScheduledMeeting> meetings) {
    return meetings.stream().map(m -> m.requestedLocal().toLocalDate()).toList();
  }

  private static ScheduledMeeting on(List<ScheduledMeeting> meetings, LocalDateTime local) {
    return meetings.stream()
        .filter(m -> m.requestedLocal().equals(local))
        .findFirst()
        .orElseThrow();
  }

  @Nested
  class TwelveMonthsInBerlin {
    private final LocalDate from = LocalDate.of(2026, 3, 1);
    private final List<ScheduledMeeting> year =
        MeetingSchedule.generate(THREE_TIERS, BERLIN, from, YEAR);

    @Test
    void countsFiftyTwoWeeklyTwelveMonthlyAndFourQuarterly() {
      // 1 March 2026 to 28 February 2027: 365 days, only Sundays occur 53 times
      assertThat(ofTier(year, "WEEKLY")).hasSize(52);
      assertThat(ofTier(year, "MONTHLY")).hasSize(12);
      assertThat(ofTier(year, "QBR")).hasSize(4);
      assertThat(year).hasSize(68);
    }

    @Test
    void isSortedByStart() {
      assertThat(year).isSortedAccordingTo(Comparator.comparing(ScheduledMeeting::start));
      assertThat(year.get(0).requestedLocal()).isEqualTo(LocalDateTime.of(2026, 3, 3, 10, 0));
      assertThat(year.get(year.size() - 1).requestedLocal())
          .isEqualTo(LocalDateTime.of(2027, 2, 23, 10, 0));
    }

    @Test
    void staysWithinTheTwelveMonths() {
      assertThat(days(year))
          .allSatisfy(d -> assertThat(d).isAfterOrEqualTo(from).isBefore(LocalDate.of(2027, 3, 1)));
    }

    @Test
    void theMonthlyReviewsFallOnEachFirstThursday() {
      assertThat(days(ofTier(year, "MONTHLY")))
          .containsExactly(
              LocalDate.of(2026, 3, 5),
              LocalDate.of(2026, 4, 2),
              LocalDate.of(2026, 5, 7),
              LocalDate.of(2026, 6, 4),
              LocalDate.of(2026, 7, 2),
              LocalDate.of(2026, 8, 6),
              LocalDate.of(2026, 9, 3),
              LocalDate.of(2026, 10, 1),
              LocalDate.of(2026, 11, 5),
              LocalDate.of(2026, 12, 3),
              LocalDate.of(2027, 1, 7),
              LocalDate.of(2027, 2, 4));
    }

    @Test
    void theQuarterlyReviewsFallOnEachSecondWednesdayOfTheQuarter() {
      assertThat(days(ofTier(year, "QBR")))
          .containsExactly(
              LocalDate.of(2026, 4, 8),
              LocalDate.of(2026, 7, 8),
              LocalDate.of(2026, 10, 14),
              LocalDate.of(2027, 1, 13));
    }

    @Test
    void eachStartIsTheRequestedLocalTimeInTheZone() {
      // winter time (+01:00) until 29 March, summer time (+02:00) until 25 October
      assertThat(on(year, LocalDateTime.of(2026, 3, 24, 10, 0)).start())
          .isEqualTo(Instant.parse("2026-03-24T09:00:00Z"));
      assertThat(on(year, LocalDateTime.of(2026, 3, 31, 10, 0)).start())
          .isEqualTo(Instant.parse("2026-03-31T08:00:00Z"));
      assertThat(on(year, LocalDateTime.of(2026, 10, 27, 10, 0)).start())
          .isEqualTo(Instant.parse("2026-10-27T09:00:00Z"));
      assertThat(on(year, LocalDateTime.of(2026, 3, 5, 14, 0)).start())
          .isEqualTo(Instant.parse("2026-03-05T13:00:00Z"));
      assertThat(on(year, LocalDateTime.of(2026, 10, 14, 15, 0)).start())
          .isEqualTo(Instant.parse("2026-10-14T13:00:00Z"));
      assertThat(year).allSatisfy(m -> assertThat(m.zone()).isEqualTo(BERLIN));
    }
  }

  @Nested
  class TwelveMonthsInNewYork {
    @Test
    void aYearWithFebruary29thHasFiftyThreeTuesdays() {
      // 1 March 2027 (a Monday) to 29 February 2028: 366 days, Mondays and Tuesdays occur 53 times
      List<ScheduledMeeting> year =
          MeetingSchedule.generate(THREE_TIERS, NEW_YORK, LocalDate.of(2027, 3, 1), YEAR);

      assertThat(ofTier(year, "WEEKLY")).hasSize(53);
      assertThat(ofTier(year, "MONTHLY")).hasSize(12);
      assertThat(ofTier(year, "QBR")).hasSize(4);
      assertThat(year).isSortedAccordingTo(Comparator.comparing(ScheduledMeeting::start));
      assertThat(days(ofTier(year, "WEEKLY")))
          .startsWith(LocalDate.of(2027, 3, 2))
          .endsWith(LocalDate.of(2028, 2, 29));
      // -05:00 before 14 March 2027, -04:00 after
      assertThat(on(year, LocalDateTime.of(2027, 3, 9, 10, 0)).start())
          .isEqualTo(Instant.parse("2027-03-09T15:00:00Z"));
      assertThat(on(year, LocalDateTime.of(2027, 3, 16, 10, 0)).start())
          .isEqualTo(Instant.parse("2027-03-16T14:00:00Z"));
    }

    @Test
    void theWeekdayOfTheFirstDayOccursFiftyThreeTimesInA365DayYear() {
      List<ScheduledMeeting> year =
          MeetingSchedule.generate(
              Map.of("WEEKLY", ScheduleRule.weekly(DayOfWeek.THURSDAY, LocalTime.of(9, 0))),
              NEW_YORK,
              LocalDate.of(2026, 1, 1),
              YEAR);

      assertThat(year).hasSize(53);
      assertThat(days(year))
          .startsWith(LocalDate.of(2026, 1, 1))
          .endsWith(LocalDate.of(2026, 12, 31));
    }
  }

  @Nested
  class DaylightSavingChanges {
    private List<ScheduledMeeting> sundays(ZoneId zone, LocalTime time) {
      return MeetingSchedule.generate(
          Map.of("WEEKLY", ScheduleRule.weekly(DayOfWeek.SUNDAY, time)),
          zone,
          LocalDate.of(2026, 1, 1),
          YEAR);
    }

    @Test
    void aTimeInTheBerlinSpringGapMovesForwardByTheGap() {
      ScheduledMeeting meeting =
          on(sundays(BERLIN, LocalTime.of(2, 30)), LocalDateTime.of(2026, 3, 29, 2, 30));

      assertThat(meeting.requestedLocal()).isEqualTo(LocalDateTime.of(2026, 3, 29, 2, 30));
      // 03:30 summer time
      assertThat(meeting.start()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
      assertThat(meeting.start().atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(3, 30));
    }

    @Test
    void aTimeInTheBerlinAutumnOverlapIsItsFirstOccurrence() {
      ScheduledMeeting meeting =
          on(sundays(BERLIN, LocalTime.of(2, 30)), LocalDateTime.of(2026, 10, 25, 2, 30));

      // 02:30 summer time (+02:00), not 02:30 winter time (01:30Z)
      assertThat(meeting.start()).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
    }

    @Test
    void aTimeInTheNewYorkSpringGapMovesForwardByTheGap() {
      ScheduledMeeting meeting =
          on(sundays(NEW_YORK, LocalTime.of(2, 30)), LocalDateTime.of(2026, 3, 8, 2, 30));

      // 03:30 daylight time (-04:00)
      assertThat(meeting.start()).isEqualTo(Instant.parse("2026-03-08T07:30:00Z"));
    }

    @Test
    void aTimeInTheNewYorkAutumnOverlapIsItsFirstOccurrence() {
      // New York repeats 01:00 to 02:00; 02:30 that day happens once, in standard time
      assertThat(
              on(sundays(NEW_YORK, LocalTime.of(1, 30)), LocalDateTime.of(2026, 11, 1, 1, 30))
                  .start())
          .isEqualTo(Instant.parse("2026-11-01T05:30:00Z"));
      assertThat(
              on(sundays(NEW_YORK, LocalTime.of(2, 30)), LocalDateTime.of(2026, 11, 1, 2, 30))
                  .start())
          .isEqualTo(Instant.parse("2026-11-01T07:30:00Z"));
    }

    @Test
    void everySundayStillHasItsMeeting() {
      // 1 January 2026 is a Thursday: 52 Sundays in 2026
      assertThat(sundays(BERLIN, LocalTime.of(2, 30))).hasSize(52);
      assertThat(sundays(NEW_YORK, LocalTime.of(2, 30))).hasSize(52);
    }
  }

  @Nested
  class NeverCombined {
    @Test
    void twoTiersAtTheSameLocalDateAndTimeAreRefusedNamingBoth() {
      Map<String, ScheduleRule> clash =
          Map.of(
              "WEEKLY", ScheduleRule.weekly(DayOfWeek.THURSDAY, LocalTime.of(14, 0)),
              "MONTHLY", MonthlyRule.nthWeekday(1, 1, DayOfWeek.THURSDAY, LocalTime.of(14, 0)));

      assertThatThrownBy(
              () -> MeetingSchedule.generate(clash, BERLIN, LocalDate.of(2026, 3, 1), YEAR))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "rules must be free of two tiers at one local date and time"
                  + " (CAD-SEPARATE: never combine meetings)"
                  + " but was MONTHLY and WEEKLY both at 2026-03-05T14:00");
    }

    @Test
    void twoTiersOnOneDayAtDifferentTimesAreFine() {
      Map<String, ScheduleRule> sameDay =
          Map.of(
              "WEEKLY", ScheduleRule.weekly(DayOfWeek.THURSDAY, LocalTime.of(10, 0)),
              "MONTHLY", MonthlyRule.nthWeekday(1, 1, DayOfWeek.THURSDAY, LocalTime.of(14, 0)));

      List<ScheduledMeeting> year =
          MeetingSchedule.generate(sameDay, BERLIN, LocalDate.of(2026, 3, 1), YEAR);

      assertThat(year)
          .filteredOn(m -> m.requestedLocal().toLocalDate().equals(LocalDate.of(2026, 3, 5)))
          .extracting(ScheduledMeeting::tierId)
          .containsExactly("WEEKLY", "MONTHLY");
    }

    @Test
    void aTierThatTheSpringGapMovesOntoAnotherStartsAtTheEndOfTheGap() {
      // 02:30 does not exist on 29 March 2026 in Berlin (02:00 CET jumps to 03:00 CEST); moved
      // forward by the gap it would be 03:30, the monthly review's start. The weekly sync, whose
      // time was skipped, starts at the end of the gap instead: 03:00 CEST (01:00Z).
      Map<String, ScheduleRule> night =
          Map.of(
              "WEEKLY", ScheduleRule.weekly(DayOfWeek.SUNDAY, LocalTime.of(2, 30)),
              "MONTHLY", MonthlyRule.nthWeekday(1, -1, DayOfWeek.SUNDAY, LocalTime.of(3, 30)));

      List<ScheduledMeeting> year =
          MeetingSchedule.generate(night, BERLIN, LocalDate.of(2026, 3, 1), YEAR);

      assertThat(year)
          .filteredOn(m -> m.requestedLocal().toLocalDate().equals(LocalDate.of(2026, 3, 29)))
          .extracting(ScheduledMeeting::tierId, ScheduledMeeting::start)
          .containsExactly(
              tuple("WEEKLY", Instant.parse("2026-03-29T01:00:00Z")),
              tuple("MONTHLY", Instant.parse("2026-03-29T01:30:00Z")));
    }
  }

  @Nested
  class Horizon {
    @Test
    void theLastDayIsExcluded() {
      List<ScheduledMeeting> week =
          MeetingSchedule.generate(
              Map.of("WEEKLY", ScheduleRule.weekly(DayOfWeek.TUESDAY, LocalTime.of(10, 0))),
              BERLIN,
              LocalDate.of(2026, 3, 3),
              Period.ofWeeks(1));

      assertThat(days(week)).containsExactly(LocalDate.of(2026, 3, 3));
    }

    @Test
    void noRulesNoMeetings() {
      assertThat(MeetingSchedule.generate(Map.of(), BERLIN, LocalDate.of(2026, 3, 1), YEAR))
          .isEmpty();
    }

    @Test
    void anEmptyOrNegativeHorizonIsRejected() {
      assertThatThrownBy(
              () ->
                  MeetingSchedule.generate(
                      THREE_TIERS, BERLIN, LocalDate.of(2026, 3, 1), Period.ZERO))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage("horizon must be positive but was P0D");
      assertThatThrownBy(
              () ->
                  MeetingSchedule.generate(
                      THREE_TIERS, BERLIN, LocalDate.of(2026, 3, 1), Period.ofMonths(-1)))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage("horizon must be positive but was P-1M");
    }
  }

  @Test
  void aSkippedTimeThatFindsBothItsPlacesTakenIsRefusedNamingIt() {
    // Berlin, 29 March 2026: 02:00 does not exist; moved forward by the gap it is 03:00, the end of
    // the gap too, where the monthly review already starts.
    Map<String, ScheduleRule> night =
        Map.of(
            "WEEKLY", ScheduleRule.weekly(DayOfWeek.SUNDAY, LocalTime.of(2, 0)),
            "MONTHLY", MonthlyRule.nthWeekday(1, -1, DayOfWeek.SUNDAY, LocalTime.of(3, 0)));
    assertThatThrownBy(
            () -> MeetingSchedule.generate(night, BERLIN, LocalDate.of(2026, 3, 1), YEAR))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("rules must be free of two tiers starting together")
        .hasMessageContaining("WEEKLY 2026-03-29T02:00");
  }

  @Test
  void aHostRuleThatGoesBackInTimeIsRefused() {
    ScheduleRule backwards =
        new ScheduleRule() {
          @Override
          public LocalDate nextOnOrAfter(LocalDate date) {
            return date.minusDays(1);
          }

          @Override
          public LocalTime time() {
            return LocalTime.NOON;
          }
        };
    assertThatThrownBy(
            () ->
                MeetingSchedule.generate(
                    Map.of("ODD", backwards), BERLIN, LocalDate.of(2026, 3, 1), YEAR))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "rules[ODD].nextOnOrAfter(2026-03-01) must be on or after 2026-03-01")
        .hasMessageEndingWith("but was 2026-02-28");
  }
}
