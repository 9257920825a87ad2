package org.accountgovernance.testkit.cadence;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.cadence.KpiResult;
import org.accountgovernance.core.cadence.MeetingRecord;
import org.accountgovernance.core.cadence.MonthlyRule;
import org.accountgovernance.core.cadence.ScheduleRule;
import org.accountgovernance.core.engagement.AccountProfile;
import org.accountgovernance.core.engagement.Rating;
import org.apiguardian.api.API;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the {@code cadence} and {@code engagement} types: schedule rules
 * (weekly, monthly by date or by n-th weekday, quarterly) at any minute of the day — the hours that
 * daylight-saving changes skip or repeat included — meeting records and account profiles.
 *
 * <p>Example: {@code qt().forAll(CadenceGenerators.weeklyRules(), SlaGenerators.zones())...}.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class CadenceGenerators {
  private CadenceGenerators() {}

  /**
   * Local times on the minute, biased to 00:00–03:59 where clocks change.
   *
   * @return times from 00:00 to 23:59 with whole minutes and no seconds, a large share of them in
   *     the early-morning hours that daylight-saving changes skip or repeat
   */
  public static Gen<LocalTime> times() {
    return Generate.range(0, 1439)
        .mix(Generate.range(0, 239), 40)
        .map(minute -> LocalTime.ofSecondOfDay(minute * 60L));
  }

  /**
   * Weekly rules.
   *
   * @return weekly rules on any day of the week at any time of {@link #times()}
   */
  public static Gen<ScheduleRule> weeklyRules() {
    return Generate.enumValues(DayOfWeek.class).zip(times(), ScheduleRule::weekly);
  }

  /**
   * Monthly (interval 1) or quarterly (interval 3) rules, by date or by n-th weekday.
   *
   * @param intervalMonths the months between meetings of every generated rule, 1 to 12
   * @return rules, about half by date (day 1 to 31, so days that some months lack are included) and
   *     half by weekday (first to fourth, or last), at any time of {@link #times()}, anchored on
   *     any month
   */
  public static Gen<ScheduleRule> monthlyRules(int intervalMonths) {
    Gen<ScheduleRule> byDate =
        Generate.range(1, 31)
            .zip(
                times(),
                Generate.enumValues(Month.class),
                (day, time, anchor) ->
                    (ScheduleRule)
                        MonthlyRule.dayOfMonth(intervalMonths, day, time).withAnchorMonth(anchor));
    Gen<ScheduleRule> byWeekday =
        Generate.pick(List.of(1, 2, 3, 4, -1))
            .zip(
                Generate.enumValues(DayOfWeek.class),
                times(),
                Generate.enumValues(Month.class),
                (nth, day, time, anchor) ->
                    (ScheduleRule)
                        MonthlyRule.nthWeekday(intervalMonths, nth, day, time)
                            .withAnchorMonth(anchor));
    return byDate.mix(byWeekday, 50);
  }

  /**
   * Account profiles with every combination of ratings.
   *
   * @return profiles of the account {@code ACME} with any size, growth potential and strategic
   *     importance rating, so every segment of the executive frequency is reached
   */
  public static Gen<AccountProfile> profiles() {
    return Generate.enumValues(Rating.class)
        .zip(
            Generate.enumValues(Rating.class),
            Generate.enumValues(Rating.class),
            (size, growth, importance) ->
                AccountProfile.of(AccountId.of("ACME"), size, growth, importance));
  }

  /**
   * Meeting records of {@code tierId} at {@code heldAt}, with a random subset of {@code attendees},
   * {@code inputs} and {@code outputs}, and up to two KPIs around their targets.
   *
   * @param tierId the one tier every record is held as; its id is {@code tierId@heldAt}
   * @param heldAt when every record was held
   * @param attendees the required attendees, of which each record has some, all or none
   * @param inputs the required inputs, of which each record has some, all or none
   * @param outputs the required outputs, of which each record has some, all or none
   * @return records that may miss any attendee, input or output, each with a KPI whose actual value
   *     lies from 80 to 110 against a target of 95, higher or lower being better, with or without a
   *     CAPA
   */
  public static Gen<MeetingRecord> records(
      String tierId,
      Instant heldAt,
      List<PartyRole> attendees,
      List<String> inputs,
      List<String> outputs) {
    Gen<Integer> mask = Generate.range(0, 255);
    Gen<KpiResult> kpi =
        Generate.range(80, 110)
            .zip(
                Generate.booleans(),
                Generate.booleans(),
                (actual, higher, capa) -> {
                  KpiResult result =
                      KpiResult.of(
                          "KPI", BigDecimal.valueOf(actual), BigDecimal.valueOf(95), higher);
                  return capa ? result.withCapa("CAPA for KPI") : result;
                });
    return mask.zip(
        mask,
        mask,
        kpi,
        (a, i, o, k) -> {
          MeetingRecord.Builder record =
              MeetingRecord.builder().id(tierId + "@" + heldAt).addTierIds(tierId).heldAt(heldAt);
          record.addAllAttendees(subset(attendees, a));
          record.addAllInputs(subset(inputs, i));
          record.addAllOutputs(subset(outputs, o));
          record.addKpis(k);
          return record.build();
        });
  }

  private static <T> List<T> subset(List<T> all, int mask) {
    List<T> chosen = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if ((mask & (1 << (i % 8))) != 0) {
        chosen.add(all.get(i));
      }
    }
    return chosen;
  }
}
