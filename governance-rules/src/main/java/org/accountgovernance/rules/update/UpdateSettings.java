package org.accountgovernance.rules.update;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.accountgovernance.core.internal.Checks;
import org.accountgovernance.core.update.RagStatus;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Every number of the playbook's update cadence (UPD), with the playbook's values as defaults: RED
 * every day, YELLOW every other day, GREEN every three days, a mandatory update on Friday for
 * YELLOW and GREEN, counted in calendar days, due by the end of the due day.
 *
 * <pre>{@code
 * UpdateSettings businessDays = UpdateSettings.from(UpdateSettings.ofDefaults())
 *     .dayCounting(UpdateSettings.DayCounting.WEEKDAYS)
 *     .mandatoryWeekday(DayOfWeek.THURSDAY)
 *     .cutoff(LocalTime.of(17, 0))
 *     .build();
 * }</pre>
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class UpdateSettings {
  /** Days between updates by status: RED 1, YELLOW 2, GREEN 3. */
  public static final Map<RagStatus, Integer> DEFAULT_INTERVAL_DAYS =
      Map.of(RagStatus.RED, 1, RagStatus.YELLOW, 2, RagStatus.GREEN, 3);

  /** The mandatory weekday: Friday. */
  public static final DayOfWeek DEFAULT_MANDATORY_WEEKDAY = DayOfWeek.FRIDAY;

  /** The statuses for which the mandatory weekday applies: YELLOW and GREEN. */
  public static final Set<RagStatus> DEFAULT_MANDATORY_WEEKDAY_STATUSES =
      EnumSet.of(RagStatus.YELLOW, RagStatus.GREEN);

  /** The cut-off on the due day: its last nanosecond, i.e. the end of the day. */
  public static final LocalTime DEFAULT_CUTOFF = LocalTime.MAX;

  private static final UpdateSettings DEFAULTS = builder().build();

  /** How days between updates are counted. */
  public enum DayCounting {
    /** Every calendar day counts (the playbook's reading). */
    CALENDAR_DAYS,
    /** Only Monday to Friday count: a business-day cadence. */
    WEEKDAYS
  }

  UpdateSettings() {}

  /**
   * Days between updates by status; every status needs an entry of at least 1. To change one
   * status, pass the whole map ({@code intervalDays(Map.of(RED, 1, YELLOW, 2, GREEN, 4))}): adding
   * an entry to a builder that already holds the defaults is a duplicate key.
   *
   * @return the number of days, counted as {@link #dayCounting()} says, from the last update's day
   *     to the next update's due day, for each of RED, YELLOW and GREEN; never longer for a
   *     stricter status; default {@link #DEFAULT_INTERVAL_DAYS}
   */
  @Value.Default
  public Map<RagStatus, Integer> intervalDays() {
    return DEFAULT_INTERVAL_DAYS;
  }

  /**
   * The weekday on which an update is mandatory; empty for none.
   *
   * @return the weekday that, falling after the last update's day and before the regular due day,
   *     becomes the due day for the statuses of {@link #mandatoryWeekdayStatuses()}; default {@link
   *     #DEFAULT_MANDATORY_WEEKDAY}; empty turns UPD-FRIDAY off
   */
  @Value.Default
  public Optional<DayOfWeek> mandatoryWeekday() {
    return Optional.of(DEFAULT_MANDATORY_WEEKDAY);
  }

  /**
   * The statuses for which the mandatory weekday applies.
   *
   * @return the statuses that owe an update on {@link #mandatoryWeekday()}; a stricter status is
   *     included whenever a laxer one is, unless it is due the very next day anyway; default {@link
   *     #DEFAULT_MANDATORY_WEEKDAY_STATUSES}; empty is allowed
   */
  @Value.Default
  public Set<RagStatus> mandatoryWeekdayStatuses() {
    return DEFAULT_MANDATORY_WEEKDAY_STATUSES;
  }

  /**
   * The local time on the due day by which the update is due (inclusive).
   *
   * @return the cut-off, read in the escalation's zone; an update at exactly this time is on time;
   *     default {@link #DEFAULT_CUTOFF}, the end of the day
   */
  @Value.Default
  public LocalTime cutoff() {
    return DEFAULT_CUTOFF;
  }

  /**
   * How days are counted; default {@link DayCounting#CALENDAR_DAYS}.
   *
   * @return whether the intervals count every calendar day or only Monday to Friday
   */
  @Value.Default
  public DayCounting dayCounting() {
    return DayCounting.CALENDAR_DAYS;
  }

  /**
   * The playbook's settings.
   *
   * @return settings with RED 1, YELLOW 2 and GREEN 3 calendar days, Friday mandatory for YELLOW
   *     and GREEN, and the end of the day as cut-off
   */
  public static UpdateSettings ofDefaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder in which every attribute left unset keeps its playbook default
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder starting from {@code base}.
   *
   * @param base the settings to copy; they are not changed
   * @return a new builder holding every value of {@code base}, validated again when built
   */
  public static Builder from(UpdateSettings base) {
    return builder().from(base);
  }

  /** Builds {@link UpdateSettings}. */
  public static final class Builder extends ImmutableUpdateSettings.Builder {}

  @Value.Check
  void check() {
    for (RagStatus status : RagStatus.values()) {
      Integer days = intervalDays().get(status);
      if (!(days != null && days >= 1)) {
        throw Checks.failure(
            "UpdateSettings.intervalDays[" + status + "]",
            "at least 1 day",
            days == null ? "missing" : days);
      }
    }
    // A stricter status must never get a later due day than a laxer one.
    Checks.check(
        intervalFor(RagStatus.RED) <= intervalFor(RagStatus.YELLOW)
            && intervalFor(RagStatus.YELLOW) <= intervalFor(RagStatus.GREEN),
        "UpdateSettings.intervalDays",
        "no longer for a stricter status (RED <= YELLOW <= GREEN)",
        intervalDays());
    if (mandatoryWeekday().isPresent()) {
      // A laxer status owing the weekday while a stricter one does not could make the stricter
      // status due later, unless the stricter one is due the very next day anyway. Counting
      // weekdays, one day is the next weekday: a weekend mandatory day can come before it.
      boolean weekendDay =
          mandatoryWeekday().get() == DayOfWeek.SATURDAY
              || mandatoryWeekday().get() == DayOfWeek.SUNDAY;
      boolean oneDayIsNextDay = dayCounting() == DayCounting.CALENDAR_DAYS || !weekendDay;
      for (RagStatus stricter : RagStatus.values()) {
        for (RagStatus laxer : RagStatus.values()) {
          boolean gap =
              stricter.isStricterThan(laxer)
                  && mandatoryWeekdayStatuses().contains(laxer)
                  && !mandatoryWeekdayStatuses().contains(stricter)
                  && (intervalFor(stricter) > 1 || !oneDayIsNextDay);
          if (gap) {
            throw Checks.failure(
                "UpdateSettings.mandatoryWeekdayStatuses",
                "including "
                    + stricter
                    + " when it includes "
                    + laxer
                    + " (a stricter status may not owe less)",
                mandatoryWeekdayStatuses());
          }
        }
      }
    }
  }

  /**
   * The days between updates under {@code status}.
   *
   * @param status the escalation's RAG status
   * @return the entry of {@link #intervalDays()} for {@code status}: at least 1, counted as {@link
   *     #dayCounting()} says
   */
  public int intervalFor(RagStatus status) {
    Integer days = intervalDays().get(status);
    if (days == null) {
      throw new IllegalArgumentException(
          "UpdateSettings.intervalDays[" + status + "] must be at least 1 day but was missing");
    }
    return days;
  }
}
