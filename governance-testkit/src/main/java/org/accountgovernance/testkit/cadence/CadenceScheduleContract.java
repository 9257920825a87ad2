package org.accountgovernance.testkit.cadence;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accountgovernance.core.cadence.ScheduleRule;
import org.accountgovernance.core.cadence.ScheduledMeeting;
import org.accountgovernance.testkit.Theories;
import org.accountgovernance.testkit.sla.SlaGenerators;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The properties every governance calendar must have (CAD-CALENDAR), as JUnit 5 tests a host
 * inherits: every day each rule asks for is there and no other; meetings strictly ordered; never
 * two of one tier on one local day; never two tiers in one occurrence; all inside the horizon; each
 * at the local time its rule asks for — in every zone, on the days clocks skip or repeat an hour (a
 * skipped time moves forward by the gap, or to the gap's end where another tier already starts
 * there; a repeated one is its first occurrence). Rules are the host's own and random ones, at any
 * minute of the day; a rule set the calendar refuses as a CAD-SEPARATE clash is skipped.
 *
 * <pre>{@code
 * class MyCalendarTest implements CadenceScheduleContract {
 *   public Map<String, ScheduleRule> schedule() { return mySettings.schedule(); }
 *   public List<ScheduledMeeting> calendar(Map<String, ScheduleRule> rules, ZoneId zone, LocalDate from) {
 *     return myCalendar(rules, zone, from);
 *   }
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface CadenceScheduleContract {

  /**
   * The host's rules by tier id.
   *
   * @return the schedule the host runs, one rule per tier id; it is tested as it is, and its first
   *     three ids (in sorted order) also carry the random rules; an empty schedule leaves nothing
   *     to test
   */
  Map<String, ScheduleRule> schedule();

  /**
   * The calendar under test for {@code rules}, from {@code from} over {@link #horizon()}.
   *
   * @param rules the rules by tier id: the host's own or random ones, at any minute of the day
   * @param zone the zone the rules' local days and times are read in; any zone, often one with
   *     daylight-saving changes
   * @param from the first local day of the calendar, included; about six months before a clock
   *     change of {@code zone}
   * @return every meeting of every tier on the local days {@code [from, from + horizon())}, in time
   *     order; the contract checks exactly these properties. To refuse a rule set with two tiers in
   *     one occurrence, throw an {@link IllegalArgumentException} whose message contains {@code
   *     CAD-SEPARATE}: the case is then skipped
   */
  List<ScheduledMeeting> calendar(Map<String, ScheduleRule> rules, ZoneId zone, LocalDate from);

  /**
   * The horizon; by default 12 months.
   *
   * @return the period of local days the calendar under test covers, as the contract expects it;
   *     override it when the host's calendar reaches further or less far
   */
  default Period horizon() {
    return Period.ofMonths(12);
  }

  /**
   * The rule sets to test: the host's, and random weekly, monthly and quarterly rules under the
   * host's tier ids (the first three in order).
   *
   * @return mostly random rule sets: the host's schedule with its first three tier ids, in sorted
   *     order, given a random weekly, monthly and quarterly rule, other tiers keeping the host's
   *     rules; now and then the host's schedule unchanged
   */
  default Gen<Map<String, ScheduleRule>> schedules() {
    List<String> ids = new ArrayList<>(new java.util.TreeSet<>(schedule().keySet()));
    Gen<Map<String, ScheduleRule>> random =
        CadenceGenerators.weeklyRules()
            .zip(
                CadenceGenerators.monthlyRules(1),
                CadenceGenerators.monthlyRules(3),
                (w, m, q) -> {
                  Map<String, ScheduleRule> rules = new java.util.HashMap<>(schedule());
                  List<ScheduleRule> pick = List.of(w, m, q);
                  for (int i = 0; i < ids.size() && i < 3; i++) {
                    rules.put(ids.get(i), pick.get(i));
                  }
                  return Map.copyOf(rules);
                });
    return Generate.constant(schedule()).mix(random, 80);
  }

  /** A zone, a start day near one of its DST changes, and rules. */
  private Gen<Object[]> cases() {
    return SlaGenerators.zones()
        .flatMap(
            zone ->
                SlaGenerators.instantsNearTransitions(zone)
                    .zip(
                        schedules(),
                        (t, rules) ->
                            new Object[] {
                              zone, t.atZone(zone).toLocalDate().minusMonths(6), rules
                            }));
  }

  /** The calendar, or null when the rules are refused as a CAD-SEPARATE clash. */
  private @org.jspecify.annotations.Nullable List<ScheduledMeeting> calendarOrNull(Object[] args) {
    @SuppressWarnings("unchecked")
    Map<String, ScheduleRule> rules = (Map<String, ScheduleRule>) args[2];
    try {
      return calendar(rules, (ZoneId) args[0], (LocalDate) args[1]);
    } catch (IllegalArgumentException clash) {
      if (clash.getMessage() != null && clash.getMessage().contains("CAD-SEPARATE")) {
        return null;
      }
      throw clash;
    }
  }

  /** Every day each rule asks for, and no other; ordered; separate; inside the horizon. */
  @Test
  default void everyMeetingDayIsThereInOrderAndApart() {
    Theories.qt(20)
        .forAll(cases())
        .checkAssert(
            args -> {
              List<ScheduledMeeting> meetings = calendarOrNull(args);
              if (meetings == null) {
                return;
              }
              ZoneId zone = (ZoneId) args[0];
              LocalDate from = (LocalDate) args[1];
              @SuppressWarnings("unchecked")
              Map<String, ScheduleRule> rules = (Map<String, ScheduleRule>) args[2];
              LocalDate until = from.plus(horizon());
              for (Map.Entry<String, ScheduleRule> rule : rules.entrySet()) {
                List<LocalDate> expected = new ArrayList<>();
                for (LocalDate d = rule.getValue().nextOnOrAfter(from);
                    d.isBefore(until);
                    d = rule.getValue().nextOnOrAfter(d.plusDays(1))) {
                  expected.add(d);
                }
                assertThat(
                        meetings.stream()
                            .filter(m -> m.tierId().equals(rule.getKey()))
                            .map(m -> m.requestedLocal().toLocalDate()))
                    .as("days of %s (%s) from %s in %s", rule.getKey(), rule.getValue(), from, zone)
                    .containsExactlyElementsOf(expected);
              }
              Set<String> tierDays = new HashSet<>();
              for (int i = 0; i < meetings.size(); i++) {
                ScheduledMeeting m = meetings.get(i);
                if (i > 0) {
                  assertThat(m.start()).as("order at %s", m).isAfter(meetings.get(i - 1).start());
                }
                assertThat(tierDays.add(m.tierId() + "@" + m.requestedLocal().toLocalDate()))
                    .as("two %s meetings on %s", m.tierId(), m.requestedLocal().toLocalDate())
                    .isTrue();
                assertThat(m.zone()).isEqualTo(zone);
              }
            });
  }

  /** Each meeting starts at the local time its rule asks for, as the zone's clocks allow. */
  @Test
  default void eachMeetingIsAtItsLocalTimeInTheZone() {
    Theories.qt(20)
        .forAll(cases())
        .checkAssert(
            args -> {
              List<ScheduledMeeting> meetings = calendarOrNull(args);
              if (meetings == null) {
                return;
              }
              ZoneId zone = (ZoneId) args[0];
              @SuppressWarnings("unchecked")
              Map<String, ScheduleRule> rules = (Map<String, ScheduleRule>) args[2];
              Set<Instant> starts = new HashSet<>();
              meetings.forEach(m -> starts.add(m.start()));
              for (ScheduledMeeting m : meetings) {
                LocalDateTime requested = m.requestedLocal();
                assertThat(requested.toLocalTime())
                    .as("%s", m)
                    .isEqualTo(java.util.Objects.requireNonNull(rules.get(m.tierId())).time());
                ZoneOffsetTransition transition = zone.getRules().getTransition(requested);
                LocalDateTime actual = LocalDateTime.ofInstant(m.start(), zone);
                if (transition == null) {
                  assertThat(actual).as("%s", m).isEqualTo(requested);
                } else if (transition.isGap()) {
                  LocalDateTime shifted = requested.plus(transition.getDuration());
                  if (!actual.equals(shifted)) {
                    // Only to stay apart from another tier that starts at the shifted time.
                    assertThat(actual)
                        .as("%s in the gap %s", m, transition)
                        .isEqualTo(transition.getDateTimeAfter());
                    assertThat(starts)
                        .as("%s left %s only for another tier", m, shifted)
                        .contains(shifted.atZone(zone).toInstant());
                  }
                } else {
                  assertThat(m.start())
                      .as("%s: the first of two %s", m, requested)
                      .isEqualTo(requested.toInstant(transition.getOffsetBefore()));
                }
              }
            });
  }
}
