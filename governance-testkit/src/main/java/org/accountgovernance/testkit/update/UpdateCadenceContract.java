package org.accountgovernance.testkit.update;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.util.Optional;
import java.util.Set;
import org.accountgovernance.core.update.RagStatus;
import org.accountgovernance.core.update.UpdateCadence;
import org.accountgovernance.core.update.UpdateDue;
import org.accountgovernance.testkit.Theories;
import org.accountgovernance.testkit.sla.SlaGenerators;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The properties every {@link UpdateCadence} must have, as JUnit 5 tests a host inherits: the due
 * time is never before the last update, a stricter status is never due later, the mandatory weekday
 * (Friday) after an update is never skipped where the status requires it, the due instant lies on
 * the due day in the escalation's zone (in every zone, across DST), and the same input gives the
 * same answer.
 *
 * <pre>{@code
 * class MyCadenceTest implements UpdateCadenceContract {
 *   public UpdateCadence cadence() { return PlaybookUpdateCadence.of(mySettings); }
 *   public Optional<DayOfWeek> mandatoryWeekday() { return Optional.of(DayOfWeek.THURSDAY); }
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface UpdateCadenceContract {

  /**
   * The cadence under test.
   *
   * @return the host's update cadence; called many times per property, so it may return one shared
   *     instance, which must then be safe to call again and again
   */
  UpdateCadence cadence();

  /**
   * The weekday on which an update is mandatory; by default Friday.
   *
   * @return the weekday the cadence under test treats as mandatory; empty if it has none, which
   *     leaves the mandatory-weekday property with nothing to check
   */
  default Optional<DayOfWeek> mandatoryWeekday() {
    return Optional.of(DayOfWeek.FRIDAY);
  }

  /**
   * The statuses that owe the mandatory weekday; by default YELLOW and GREEN.
   *
   * @return the statuses for which the cadence under test never lets the mandatory weekday after an
   *     update pass; empty leaves the mandatory-weekday property with nothing to check
   */
  default Set<RagStatus> statusesWithMandatoryWeekday() {
    return Set.of(RagStatus.YELLOW, RagStatus.GREEN);
  }

  /** The due time is never before the update it counts from, and counts from it. */
  @Test
  default void aDueTimeIsNeverBeforeTheLastUpdate() {
    Theories.qt()
        .forAll(
            Generate.enumValues(RagStatus.class),
            SlaGenerators.zones(),
            SlaGenerators.minuteInstants())
        .checkAssert(
            (status, zone, last) -> {
              UpdateDue due = cadence().due(status, last, zone);
              assertThat(due.dueAt())
                  .as("%s last %s in %s", status, last, zone)
                  .isAfterOrEqualTo(last);
              assertThat(due.countedFrom()).isEqualTo(last);
              assertThat(due.status()).isEqualTo(status);
            });
  }

  /** RED is never due later than YELLOW, nor YELLOW later than GREEN, from the same update. */
  @Test
  default void aStricterStatusIsNeverDueLater() {
    Theories.qt()
        .forAll(SlaGenerators.zones(), SlaGenerators.minuteInstants())
        .checkAssert(
            (zone, last) -> {
              Instant red = cadence().due(RagStatus.RED, last, zone).dueAt();
              Instant yellow = cadence().due(RagStatus.YELLOW, last, zone).dueAt();
              Instant green = cadence().due(RagStatus.GREEN, last, zone).dueAt();
              assertThat(red)
                  .as("RED vs YELLOW, last %s in %s", last, zone)
                  .isBeforeOrEqualTo(yellow);
              assertThat(yellow)
                  .as("YELLOW vs GREEN, last %s in %s", last, zone)
                  .isBeforeOrEqualTo(green);
            });
  }

  /** Where the status requires it, the due day is never after the first mandatory weekday. */
  @Test
  default void theMandatoryWeekdayIsNeverSkipped() {
    Theories.qt()
        .forAll(
            Generate.enumValues(RagStatus.class),
            SlaGenerators.zones(),
            SlaGenerators.minuteInstants())
        .assuming(
            (status, zone, last) ->
                mandatoryWeekday().isPresent() && statusesWithMandatoryWeekday().contains(status))
        .checkAssert(
            (status, zone, last) -> {
              LocalDate lastDay = last.atZone(zone).toLocalDate();
              LocalDate mandatory = lastDay.with(TemporalAdjusters.next(mandatoryWeekday().get()));
              assertThat(cadence().due(status, last, zone).dueDate())
                  .as("%s updated %s (%s)", status, lastDay, lastDay.getDayOfWeek())
                  .isBeforeOrEqualTo(mandatory);
            });
  }

  /**
   * The local cut-off time on the due day; by default the end of the day.
   *
   * @return the local time, in the escalation's zone, by which the cadence under test makes an
   *     update due: the due instant is expected to be the last instant of the due day whose local
   *     time is at or before it
   */
  default LocalTime cutoff() {
    return LocalTime.MAX;
  }

  /**
   * The due instant is the last instant of the due day, in the escalation's zone, whose local time
   * is at or before the cut-off — in every zone, on the days clocks go forward or back — and the
   * due day is never before the last update's day.
   */
  @Test
  default void theDueInstantIsTheLastOfTheDueDayAtOrBeforeTheCutoff() {
    Theories.qt()
        .forAll(
            Generate.enumValues(RagStatus.class),
            SlaGenerators.zones()
                .flatMap(
                    zone ->
                        SlaGenerators.instantsNearTransitions(zone)
                            .map(last -> new ZonedUpdate(zone, last))))
        .checkAssert(
            (status, update) -> {
              ZoneId zone = update.zone();
              UpdateDue due = cadence().due(status, update.last(), zone);
              LocalDateTime at = LocalDateTime.ofInstant(due.dueAt(), zone);
              LocalDateTime after = LocalDateTime.ofInstant(due.dueAt().plusNanos(1), zone);
              String what = status + " after " + update + ": " + due;
              assertThat(at.toLocalDate()).as(what).isEqualTo(due.dueDate());
              assertThat(at.toLocalTime()).as(what).isBeforeOrEqualTo(cutoff());
              assertThat(
                      after.toLocalDate().isAfter(due.dueDate())
                          || after.toLocalTime().isAfter(cutoff()))
                  .as("the next nanosecond is still on time: %s", what)
                  .isTrue();
              ZoneOffsetTransition next = zone.getRules().nextTransition(due.dueAt());
              if (next != null && next.getDateTimeAfter().toLocalDate().equals(due.dueDate())) {
                assertThat(next.getDateTimeAfter().toLocalTime())
                    .as(
                        "clocks go back to %s on the due day: a later instant is on time: %s",
                        next, what)
                    .isAfter(cutoff());
              }
              assertThat(due.dueDate()).isAfterOrEqualTo(update.last().atZone(zone).toLocalDate());
            });
  }

  /** An update instant in a zone. */
  record ZonedUpdate(ZoneId zone, Instant last) {}

  /** The same input always gives an equal answer. */
  @Test
  default void theSameInputGivesTheSameAnswer() {
    Theories.qt()
        .forAll(
            Generate.enumValues(RagStatus.class),
            SlaGenerators.zones(),
            SlaGenerators.minuteInstants())
        .checkAssert(
            (status, zone, last) ->
                assertThat(cadence().due(status, last, zone))
                    .isEqualTo(cadence().due(status, last, ZoneId.of(zone.getId()))));
  }
}
