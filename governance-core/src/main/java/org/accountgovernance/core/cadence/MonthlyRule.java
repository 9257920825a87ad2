package org.accountgovernance.core.cadence;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Once every {@code intervalMonths} months (1 = monthly, 3 = quarterly), counted from {@code
 * anchorMonth}, on either a day of the month or the n-th weekday of the month, at one local time.
 *
 * <p>Examples: {@code MonthlyRule.nthWeekday(1, 1, DayOfWeek.THURSDAY, LocalTime.of(14, 0))} is the
 * first Thursday of every month at 14:00; {@code MonthlyRule.dayOfMonth(3, 15, LocalTime.of(9, 0))
 * .withAnchorMonth(Month.FEBRUARY)} is 15 February, May, August and November at 09:00. A day of the
 * month beyond the month's length falls on its last day; {@code nth = -1} is the last such weekday.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class MonthlyRule implements ScheduleRule {
  MonthlyRule() {}

  /**
   * Months between meetings: 1 (monthly) to 12.
   *
   * @return the number of months from one meeting to the next: 1 for monthly, 3 for quarterly, up
   *     to 12 for yearly
   */
  public abstract int intervalMonths();

  /**
   * A month that has a meeting; every {@code intervalMonths} from it too. Default January.
   *
   * @return a month in which the tier meets; the others follow every {@link #intervalMonths()}
   *     months from it, in both directions
   */
  @Value.Default
  public Month anchorMonth() {
    return Month.JANUARY;
  }

  /**
   * The day of the month (1–31), when the rule is by date.
   *
   * @return the day of the month, 1 to 31, moved to the month's last day in shorter months; empty
   *     when the rule is by weekday
   */
  public abstract Optional<Integer> dayOfMonth();

  /**
   * Which occurrence of {@link #weekday()} (1–5, or -1 for the last), when the rule is by weekday.
   *
   * @return 1 to 5 for the first to fifth such weekday (a month without a fifth one has no
   *     meeting), or -1 for the last; empty when the rule is by date
   */
  public abstract Optional<Integer> nth();

  /**
   * The weekday, when the rule is by weekday.
   *
   * @return the weekday the meeting falls on; empty when the rule is by date
   */
  public abstract Optional<DayOfWeek> weekday();

  @Override
  public abstract LocalTime time();

  /**
   * The same rule anchored on another month.
   *
   * @param anchorMonth a month in which the tier is to meet
   * @return a copy of this rule that counts its intervals from {@code anchorMonth}
   */
  public abstract MonthlyRule withAnchorMonth(Month anchorMonth);

  /**
   * On {@code day} of the month, every {@code intervalMonths} months.
   *
   * @param intervalMonths the months from one meeting to the next, 1 to 12
   * @param day the day of the month, 1 to 31; in a shorter month the meeting is on its last day
   * @param time the local time at which the meeting starts
   * @return the rule, anchored on January
   */
  public static MonthlyRule dayOfMonth(int intervalMonths, int day, LocalTime time) {
    return ImmutableMonthlyRule.builder()
        .intervalMonths(intervalMonths)
        .dayOfMonth(day)
        .time(time)
        .build();
  }

  /**
   * On the {@code nth} {@code weekday} of the month, every {@code intervalMonths} months.
   *
   * @param intervalMonths the months from one meeting to the next, 1 to 12
   * @param nth which occurrence of {@code weekday} in the month, 1 to 5, or -1 for the last
   * @param weekday the weekday of the meeting
   * @param time the local time at which the meeting starts
   * @return the rule, anchored on January
   */
  public static MonthlyRule nthWeekday(
      int intervalMonths, int nth, DayOfWeek weekday, LocalTime time) {
    return ImmutableMonthlyRule.builder()
        .intervalMonths(intervalMonths)
        .nth(nth)
        .weekday(weekday)
        .time(time)
        .build();
  }

  @Value.Check
  void check() {
    Checks.check(
        intervalMonths() >= 1 && intervalMonths() <= 12,
        "MonthlyRule.intervalMonths",
        "in [1, 12]",
        intervalMonths());
    if (!(dayOfMonth().isPresent() != weekday().isPresent()
        && weekday().isPresent() == nth().isPresent())) {
      throw Checks.failure(
          "MonthlyRule",
          "either a dayOfMonth or an nth weekday",
          "dayOfMonth "
              + dayOfMonth().map(String::valueOf).orElse("none")
              + ", nth "
              + nth().map(String::valueOf).orElse("none")
              + ", weekday "
              + weekday().map(String::valueOf).orElse("none"));
    }
    dayOfMonth()
        .ifPresent(d -> Checks.check(d >= 1 && d <= 31, "MonthlyRule.dayOfMonth", "in [1, 31]", d));
    nth()
        .ifPresent(
            n ->
                Checks.check(
                    (n >= 1 && n <= 5) || n == -1,
                    "MonthlyRule.nth",
                    "1 to 5, or -1 for the last",
                    n));
  }

  private boolean meetsIn(LocalDate anyDayOfMonth) {
    int offset = anyDayOfMonth.getMonthValue() - anchorMonth().getValue();
    return Math.floorMod(offset, intervalMonths()) == 0;
  }

  /** The meeting day of the month containing {@code firstOfMonth}, if that month has one. */
  private Optional<LocalDate> dayIn(LocalDate firstOfMonth) {
    if (dayOfMonth().isPresent()) {
      return Optional.of(
          firstOfMonth.withDayOfMonth(Math.min(dayOfMonth().get(), firstOfMonth.lengthOfMonth())));
    }
    DayOfWeek day = weekday().orElseThrow();
    int n = nth().orElseThrow();
    if (n == -1) {
      return Optional.of(firstOfMonth.with(TemporalAdjusters.lastInMonth(day)));
    }
    LocalDate date = firstOfMonth.with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    // A fifth weekday the month does not have: no meeting that month.
    return date.getMonth() == firstOfMonth.getMonth() ? Optional.of(date) : Optional.empty();
  }

  @Override
  public LocalDate nextOnOrAfter(LocalDate date) {
    LocalDate giveUp = date.plusYears(100);
    for (LocalDate month = date.withDayOfMonth(1); ; month = month.plusMonths(1)) {
      if (month.isAfter(giveUp)) {
        throw new IllegalStateException(
            this + " has no meeting day in the 100 years after " + date);
      }
      if (!meetsIn(month)) {
        continue;
      }
      Optional<LocalDate> day = dayIn(month);
      if (day.isPresent() && !day.get().isBefore(date)) {
        return day.get();
      }
    }
  }

  @Override
  public String toString() {
    String day =
        dayOfMonth()
            .map(d -> "day " + d)
            .orElseGet(
                () ->
                    (nth().orElseThrow() == -1 ? "last" : "#" + nth().orElseThrow())
                        + " "
                        + weekday().orElseThrow());
    return "every "
        + intervalMonths()
        + " month(s) from "
        + anchorMonth()
        + " on "
        + day
        + " at "
        + time();
  }
}
