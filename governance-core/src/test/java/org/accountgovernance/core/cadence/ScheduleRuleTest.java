package org.accountgovernance.core.cadence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The schedule rules on hand-checked 2026 dates: 1 March 2026 is a Sunday, 1 January 2026 a
 * Thursday; the Mondays of 2026 fall five times in March (30th), June (29th), August (31st) and
 * November (30th) only.
 */
class ScheduleRuleTest {
  private static final LocalTime TEN = LocalTime.of(10, 0);
  private static final LocalTime TWO_PM = LocalTime.of(14, 0);

  private static LocalDate day(int year, int month, int dayOfMonth) {
    return LocalDate.of(year, month, dayOfMonth);
  }

  /** Asserts the message form {@code "<field> must be <rule> but was <value>"}. */
  private static void assertRejected(ThrowingCallable call, String message) {
    assertThatThrownBy(call)
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Nested
  class Weekly {
    private final WeeklyRule tuesdays = WeeklyRule.of(DayOfWeek.TUESDAY, TEN);

    @Test
    void theWeekdayItselfIsItsOwnNextDay() {
      assertThat(tuesdays.nextOnOrAfter(day(2026, 3, 3))).isEqualTo(day(2026, 3, 3));
    }

    @Test
    void anyOtherDayGoesToTheFollowingWeekday() {
      assertThat(tuesdays.nextOnOrAfter(day(2026, 3, 1))).isEqualTo(day(2026, 3, 3));
      assertThat(tuesdays.nextOnOrAfter(day(2026, 3, 4))).isEqualTo(day(2026, 3, 10));
      // across a year end: Wednesday 30 December 2026 to Tuesday 5 January 2027
      assertThat(tuesdays.nextOnOrAfter(day(2026, 12, 30))).isEqualTo(day(2027, 1, 5));
    }

    @Test
    void theFactoryMethodOfTheSpiIsTheWeeklyRule() {
      ScheduleRule rule = ScheduleRule.weekly(DayOfWeek.TUESDAY, TEN);

      assertThat(rule).isEqualTo(tuesdays);
      assertThat(rule.time()).isEqualTo(TEN);
      assertThat(tuesdays.day()).isEqualTo(DayOfWeek.TUESDAY);
      assertThat(rule).hasToString("every TUESDAY at 10:00");
    }
  }

  @Nested
  class ByWeekday {
    @Test
    void theFirstThursdayOfEveryMonth() {
      MonthlyRule rule = MonthlyRule.nthWeekday(1, 1, DayOfWeek.THURSDAY, TWO_PM);

      assertThat(rule.nextOnOrAfter(day(2026, 3, 1))).isEqualTo(day(2026, 3, 5));
      assertThat(rule.nextOnOrAfter(day(2026, 3, 5))).isEqualTo(day(2026, 3, 5));
      assertThat(rule.nextOnOrAfter(day(2026, 3, 6))).isEqualTo(day(2026, 4, 2));
      // October 2026 starts on a Thursday
      assertThat(rule.nextOnOrAfter(day(2026, 9, 4))).isEqualTo(day(2026, 10, 1));
      assertThat(rule.time()).isEqualTo(TWO_PM);
      assertThat(rule.anchorMonth()).isEqualTo(Month.JANUARY);
    }

    @Test
    void theLastFridayOfTheMonth() {
      MonthlyRule rule = MonthlyRule.nthWeekday(1, -1, DayOfWeek.FRIDAY, TEN);

      assertThat(rule.nextOnOrAfter(day(2026, 1, 1))).isEqualTo(day(2026, 1, 30));
      assertThat(rule.nextOnOrAfter(day(2026, 1, 30))).isEqualTo(day(2026, 1, 30));
      assertThat(rule.nextOnOrAfter(day(2026, 1, 31))).isEqualTo(day(2026, 2, 27));
      assertThat(rule).hasToString("every 1 month(s) from JANUARY on last FRIDAY at 10:00");
    }

    @Test
    void aMonthWithoutAFifthMondayIsSkipped() {
      MonthlyRule rule = MonthlyRule.nthWeekday(1, 5, DayOfWeek.MONDAY, TEN);

      // January and February 2026 have four Mondays each
      assertThat(rule.nextOnOrAfter(day(2026, 1, 1))).isEqualTo(day(2026, 3, 30));
      // April and May have four too
      assertThat(rule.nextOnOrAfter(day(2026, 3, 31))).isEqualTo(day(2026, 6, 29));
      assertThat(rule.nextOnOrAfter(day(2026, 6, 30))).isEqualTo(day(2026, 8, 31));
      assertThat(rule.nextOnOrAfter(day(2026, 9, 1))).isEqualTo(day(2026, 11, 30));
    }

    @Test
    void quarterlyAnchoredOnJanuaryMeetsInJanuaryAprilJulyAndOctober() {
      MonthlyRule rule = MonthlyRule.nthWeekday(3, 2, DayOfWeek.WEDNESDAY, LocalTime.of(15, 0));

      assertThat(rule.nextOnOrAfter(day(2026, 1, 1))).isEqualTo(day(2026, 1, 14));
      assertThat(rule.nextOnOrAfter(day(2026, 1, 15))).isEqualTo(day(2026, 4, 8));
      assertThat(rule.nextOnOrAfter(day(2026, 4, 9))).isEqualTo(day(2026, 7, 8));
      assertThat(rule.nextOnOrAfter(day(2026, 7, 9))).isEqualTo(day(2026, 10, 14));
      assertThat(rule.nextOnOrAfter(day(2026, 10, 15))).isEqualTo(day(2027, 1, 13));
    }
  }

  @Nested
  class ByDate {
    @Test
    void day31FallsOnTheLastDayOfShorterMonths() {
      MonthlyRule rule = MonthlyRule.dayOfMonth(1, 31, TEN);

      assertThat(rule.nextOnOrAfter(day(2026, 1, 31))).isEqualTo(day(2026, 1, 31));
      assertThat(rule.nextOnOrAfter(day(2026, 2, 1))).isEqualTo(day(2026, 2, 28));
      assertThat(rule.nextOnOrAfter(day(2026, 3, 1))).isEqualTo(day(2026, 3, 31));
      assertThat(rule.nextOnOrAfter(day(2026, 4, 1))).isEqualTo(day(2026, 4, 30));
      // 2028 is a leap year
      assertThat(rule.nextOnOrAfter(day(2028, 2, 1))).isEqualTo(day(2028, 2, 29));
    }

    @Test
    void quarterlyAnchoredOnJanuaryByDefault() {
      MonthlyRule rule = MonthlyRule.dayOfMonth(3, 15, TEN);

      assertThat(rule.anchorMonth()).isEqualTo(Month.JANUARY);
      assertThat(rule.nextOnOrAfter(day(2026, 1, 15))).isEqualTo(day(2026, 1, 15));
      assertThat(rule.nextOnOrAfter(day(2026, 1, 16))).isEqualTo(day(2026, 4, 15));
      assertThat(rule.nextOnOrAfter(day(2026, 11, 20))).isEqualTo(day(2027, 1, 15));
    }

    @Test
    void quarterlyAnchoredOnFebruaryMeetsInFebruaryMayAugustAndNovember() {
      MonthlyRule rule = MonthlyRule.dayOfMonth(3, 15, TEN).withAnchorMonth(Month.FEBRUARY);

      assertThat(rule.anchorMonth()).isEqualTo(Month.FEBRUARY);
      assertThat(rule.nextOnOrAfter(day(2026, 1, 1))).isEqualTo(day(2026, 2, 15));
      assertThat(rule.nextOnOrAfter(day(2026, 2, 16))).isEqualTo(day(2026, 5, 15));
      assertThat(rule.nextOnOrAfter(day(2026, 5, 16))).isEqualTo(day(2026, 8, 15));
      assertThat(rule.nextOnOrAfter(day(2026, 8, 16))).isEqualTo(day(2026, 11, 15));
      assertThat(rule.nextOnOrAfter(day(2026, 11, 16))).isEqualTo(day(2027, 2, 15));
      assertThat(rule).hasToString("every 3 month(s) from FEBRUARY on day 15 at 10:00");
    }

    @Test
    void anAnchorLaterInTheYearStillCountsBackwards() {
      // every 3 months from November: February, May, August, November
      MonthlyRule rule = MonthlyRule.dayOfMonth(3, 1, TEN).withAnchorMonth(Month.NOVEMBER);

      assertThat(rule.nextOnOrAfter(day(2026, 1, 2))).isEqualTo(day(2026, 2, 1));
    }

    @Test
    void yearlyMeetsOnlyInItsAnchorMonth() {
      MonthlyRule rule = MonthlyRule.dayOfMonth(12, 10, TEN).withAnchorMonth(Month.JUNE);

      assertThat(rule.nextOnOrAfter(day(2026, 6, 11))).isEqualTo(day(2027, 6, 10));
    }
  }

  @Nested
  class Validation {
    @Test
    void anIntervalOfZeroMonthsIsRejected() {
      assertRejected(
          () -> MonthlyRule.dayOfMonth(0, 15, TEN),
          "MonthlyRule.intervalMonths must be in [1, 12] but was 0");
    }

    @Test
    void anIntervalOf13MonthsIsRejected() {
      assertRejected(
          () -> MonthlyRule.nthWeekday(13, 1, DayOfWeek.THURSDAY, TEN),
          "MonthlyRule.intervalMonths must be in [1, 12] but was 13");
    }

    @Test
    void intervalsFromOneTo12AreAccepted() {
      assertThat(MonthlyRule.dayOfMonth(1, 1, TEN).intervalMonths()).isEqualTo(1);
      assertThat(MonthlyRule.dayOfMonth(12, 1, TEN).intervalMonths()).isEqualTo(12);
    }

    @Test
    void aSixthWeekdayIsRejected() {
      assertRejected(
          () -> MonthlyRule.nthWeekday(1, 6, DayOfWeek.MONDAY, TEN),
          "MonthlyRule.nth must be 1 to 5, or -1 for the last but was 6");
    }

    @Test
    void aZerothOrSecondToLastWeekdayIsRejected() {
      assertRejected(
          () -> MonthlyRule.nthWeekday(1, 0, DayOfWeek.MONDAY, TEN),
          "MonthlyRule.nth must be 1 to 5, or -1 for the last but was 0");
      assertRejected(
          () -> MonthlyRule.nthWeekday(1, -2, DayOfWeek.MONDAY, TEN),
          "MonthlyRule.nth must be 1 to 5, or -1 for the last but was -2");
    }

    @Test
    void aDayOfTheMonthOutside1To31IsRejected() {
      assertRejected(
          () -> MonthlyRule.dayOfMonth(1, 0, TEN),
          "MonthlyRule.dayOfMonth must be in [1, 31] but was 0");
      assertRejected(
          () -> MonthlyRule.dayOfMonth(1, 32, TEN),
          "MonthlyRule.dayOfMonth must be in [1, 31] but was 32");
    }

    @Test
    void bothADayOfTheMonthAndAWeekdayAreRejected() {
      assertRejected(
          () ->
              ImmutableMonthlyRule.builder()
                  .intervalMonths(1)
                  .dayOfMonth(15)
                  .nth(1)
                  .weekday(DayOfWeek.THURSDAY)
                  .time(TEN)
                  .build(),
          "MonthlyRule must be either a dayOfMonth or an nth weekday"
              + " but was dayOfMonth 15, nth 1, weekday THURSDAY");
    }

    @Test
    void neitherADayOfTheMonthNorAWeekdayIsRejected() {
      assertRejected(
          () -> ImmutableMonthlyRule.builder().intervalMonths(1).time(TEN).build(),
          "MonthlyRule must be either a dayOfMonth or an nth weekday"
              + " but was dayOfMonth none, nth none, weekday none");
    }

    @Test
    void aWeekdayWithoutItsOccurrenceIsRejected() {
      assertRejected(
          () ->
              ImmutableMonthlyRule.builder()
                  .intervalMonths(1)
                  .weekday(DayOfWeek.THURSDAY)
                  .time(TEN)
                  .build(),
          "MonthlyRule must be either a dayOfMonth or an nth weekday"
              + " but was dayOfMonth none, nth none, weekday THURSDAY");
    }
  }
}
