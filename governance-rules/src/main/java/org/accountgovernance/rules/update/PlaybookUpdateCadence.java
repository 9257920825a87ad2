package org.accountgovernance.rules.update;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import org.accountgovernance.core.Reason;
import org.accountgovernance.core.update.RagStatus;
import org.accountgovernance.core.update.UpdateCadence;
import org.accountgovernance.core.update.UpdateDue;
import org.apiguardian.api.API;

/**
 * The playbook's update cadence (UPD, UPD-FRIDAY): the next update is due a number of days after
 * the day of the last one (RED 1, YELLOW 2, GREEN 3), counted on the escalation's local calendar,
 * by the cut-off time of that day; for YELLOW and GREEN a Friday that comes after the last update's
 * day and before the regular due day is the due day instead.
 *
 * <p>Worked examples (defaults): YELLOW updated Monday → due Wednesday; YELLOW updated Thursday →
 * due Friday (UPD-FRIDAY); GREEN updated Tuesday → due Friday; GREEN updated Friday → due Monday;
 * RED updated any day → due the next day.
 *
 * <pre>{@code
 * UpdateDue due = PlaybookUpdateCadence.ofDefaults()
 *     .due(RagStatus.YELLOW, Instant.parse("2026-03-05T15:00:00Z"), ZoneId.of("Europe/Paris"));
 * due.dueDate();   // 2026-03-06, a Friday
 * }</pre>
 *
 * <p>The due instant is the last instant of the due day, in the escalation's zone, whose local time
 * is at or before the cut-off: where clocks go back and the cut-off happens twice, the later one;
 * where clocks skip over it, the last instant before the jump. Immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class PlaybookUpdateCadence implements UpdateCadence {
  private final UpdateSettings settings;

  private PlaybookUpdateCadence(UpdateSettings settings) {
    this.settings = settings;
  }

  /**
   * The cadence with the playbook's settings.
   *
   * @return the cadence on {@link UpdateSettings#ofDefaults()}: RED daily, YELLOW every other day,
   *     GREEN every three days, Friday mandatory for YELLOW and GREEN, due by the end of the day
   */
  public static PlaybookUpdateCadence ofDefaults() {
    return of(UpdateSettings.ofDefaults());
  }

  /**
   * The cadence with {@code settings}.
   *
   * @param settings the intervals by status, the mandatory weekday and the statuses it applies to,
   *     the cut-off time and how days are counted
   * @return the cadence on {@code settings}
   */
  public static PlaybookUpdateCadence of(UpdateSettings settings) {
    return new PlaybookUpdateCadence(settings);
  }

  /**
   * The settings in force.
   *
   * @return the settings this cadence was created with
   */
  public UpdateSettings settings() {
    return settings;
  }

  @Override
  public UpdateDue due(RagStatus status, Instant lastUpdate, ZoneId zone) {
    LocalDate lastDay = lastUpdate.atZone(zone).toLocalDate();
    int interval = settings.intervalFor(status);
    LocalDate regular = advance(lastDay, interval);
    LocalDate due = regular;
    Reason reason =
        Reason.of(
            UpdateRules.CADENCE,
            "last update " + lastDay + " (" + lastDay.getDayOfWeek() + ")",
            status + ": every " + interval + " " + unit(interval),
            status
                + " escalation: next update due "
                + regular
                + " ("
                + regular.getDayOfWeek()
                + ")");
    if (settings.mandatoryWeekday().isPresent()
        && settings.mandatoryWeekdayStatuses().contains(status)) {
      DayOfWeek weekday = settings.mandatoryWeekday().get();
      LocalDate mandatory = lastDay.with(TemporalAdjusters.next(weekday));
      if (mandatory.isBefore(regular)) {
        due = mandatory;
        reason =
            Reason.of(
                UpdateRules.FRIDAY,
                "last update " + lastDay + " (" + lastDay.getDayOfWeek() + ")",
                status + ": mandatory update on " + weekday,
                status
                    + " escalation: the mandatory "
                    + weekday
                    + " update ("
                    + mandatory
                    + ") comes before the regular due day "
                    + regular);
      }
    }
    return UpdateDue.builder()
        .status(status)
        .countedFrom(lastUpdate)
        .dueDate(due)
        .dueAt(cutoffOn(due, zone))
        .reason(reason)
        .build();
  }

  /** The cut-off on {@code day}, kept on that day even where a gap would push it past midnight. */
  private Instant cutoffOn(LocalDate day, ZoneId zone) {
    LocalDateTime local = LocalDateTime.of(day, settings.cutoff());
    ZoneOffsetTransition transition = zone.getRules().getTransition(local);
    if (transition != null && transition.isGap()) {
      // The cut-off's local time does not exist that day: the last instant before the clocks jump.
      return transition.getInstant().minusNanos(1);
    }
    // Where the local time happens twice (clocks going back), the later one: the day is longer.
    return ZonedDateTime.of(local, zone).withLaterOffsetAtOverlap().toInstant();
  }

  private String unit(int interval) {
    String day = settings.dayCounting() == UpdateSettings.DayCounting.WEEKDAYS ? "weekday" : "day";
    return interval == 1 ? day : day + "s";
  }

  private LocalDate advance(LocalDate from, int days) {
    if (settings.dayCounting() == UpdateSettings.DayCounting.CALENDAR_DAYS) {
      return from.plusDays(days);
    }
    LocalDate date = from;
    for (int counted = 0; counted < days; ) {
      date = date.plusDays(1);
      if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
        counted++;
      }
    }
    return date;
  }
}
