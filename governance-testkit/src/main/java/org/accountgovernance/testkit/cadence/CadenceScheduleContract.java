package org.accountgovernance.testkit.cadence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accountgovernance.core.cadence.ScheduleRule;
import org.accountgovernance.core.cadence.ScheduledMeeting;
import org.accountgovernance.testkit.Theories;
import org.accountgovernance.testkit.sla.SlaGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The properties every governance calendar must have (CAD-CALENDAR), as JUnit 5 tests a host
 * inherits: meetings strictly ordered; never two of one tier on one local day; never two tiers in
 * one occurrence; all inside the horizon; each at the local time its rule asks for — in every zone,
 * on the days clocks skip or repeat an hour (a skipped time moves forward by the gap, a repeated
 * one is its first occurrence).
 *
 * <pre>{@code
 * class MyCalendarTest implements CadenceScheduleContract {
 *   public Map<String, ScheduleRule> schedule() { return mySettings.schedule(); }
 *   public List<ScheduledMeeting> calendar(ZoneId zone, LocalDate from) { return myPolicy.calendar(zone, from); }
 * }
 * }</pre>
 */
public interface CadenceScheduleContract {

  /** The rules by tier id. */
  Map<String, ScheduleRule> schedule();

  /** The calendar under test, from {@code from} over {@link #horizon()} in {@code zone}. */
  List<ScheduledMeeting> calendar(ZoneId zone, LocalDate from);

  /** The horizon; by default 12 months. */
  default Period horizon() {
    return Period.ofMonths(12);
  }

  /** Start days near the zone's DST changes, with the zone. */
  private Gen<Object[]> zonesAndStarts() {
    return SlaGenerators.zones()
        .flatMap(
            zone ->
                SlaGenerators.instantsNearTransitions(zone)
                    .map(t -> new Object[] {zone, t.atZone(zone).toLocalDate().minusMonths(6)}));
  }

  /** Strictly ordered, one per tier and local day, no two tiers at once, inside the horizon. */
  @Test
  default void meetingsAreOrderedSeparateAndInsideTheHorizon() {
    Theories.qt(20)
        .forAll(zonesAndStarts())
        .checkAssert(
            args -> {
              ZoneId zone = (ZoneId) args[0];
              LocalDate from = (LocalDate) args[1];
              List<ScheduledMeeting> meetings = calendar(zone, from);
              Set<String> tierDays = new HashSet<>();
              for (int i = 0; i < meetings.size(); i++) {
                ScheduledMeeting m = meetings.get(i);
                if (i > 0) {
                  assertThat(m.start()).as("order at %s", m).isAfter(meetings.get(i - 1).start());
                }
                assertThat(tierDays.add(m.tierId() + "@" + m.requestedLocal().toLocalDate()))
                    .as("two %s meetings on %s", m.tierId(), m.requestedLocal().toLocalDate())
                    .isTrue();
                LocalDate day = m.requestedLocal().toLocalDate();
                assertThat(day)
                    .as("%s inside [%s, %s)", m, from, from.plus(horizon()))
                    .isAfterOrEqualTo(from)
                    .isBefore(from.plus(horizon()));
                assertThat(m.zone()).isEqualTo(zone);
              }
              for (String tier : schedule().keySet()) {
                assertThat(meetings.stream().filter(m -> m.tierId().equals(tier)))
                    .as("tier %s meets within %s", tier, horizon())
                    .isNotEmpty();
              }
            });
  }

  /** Each meeting starts at the local time its rule asks for, as the zone's clocks allow. */
  @Test
  default void eachMeetingIsAtItsLocalTimeInTheZone() {
    Theories.qt(20)
        .forAll(zonesAndStarts())
        .checkAssert(
            args -> {
              ZoneId zone = (ZoneId) args[0];
              for (ScheduledMeeting m : calendar(zone, (LocalDate) args[1])) {
                LocalDateTime requested = m.requestedLocal();
                assertThat(requested.toLocalTime())
                    .as("%s", m)
                    .isEqualTo(schedule().get(m.tierId()).time());
                ZoneOffsetTransition transition = zone.getRules().getTransition(requested);
                LocalDateTime actual = LocalDateTime.ofInstant(m.start(), zone);
                if (transition == null) {
                  assertThat(actual).as("%s", m).isEqualTo(requested);
                } else if (transition.isGap()) {
                  // Moved forward by the gap, or — to stay apart from another tier — to its end.
                  assertThat(actual)
                      .as("%s in the gap %s", m, transition)
                      .isIn(
                          requested.plus(transition.getDuration()), transition.getDateTimeAfter());
                } else {
                  assertThat(actual).as("%s in the overlap %s", m, transition).isEqualTo(requested);
                  assertThat(m.start())
                      .as("the first of two %s", requested)
                      .isEqualTo(requested.toInstant(transition.getOffsetBefore()));
                }
              }
            });
  }
}
