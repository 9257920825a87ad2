package org.accountgovernance.core.cadence;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One meeting of the generated governance calendar: which tier, the local date and time it was
 * asked for, and the instant it starts in the account's zone.
 *
 * <p>Example: the weekly sync of Tuesday 2026-03-31 10:00 in Europe/Berlin starts at
 * 2026-03-31T08:00:00Z (summer time).
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class ScheduledMeeting implements Comparable<ScheduledMeeting> {
  ScheduledMeeting() {}

  /**
   * The tier's id.
   *
   * @return the id of the tier the meeting belongs to, as the schedule's rules are keyed
   */
  public abstract String tierId();

  /**
   * The local date and time the rule asked for.
   *
   * @return the local date and time the tier's rule asked for, before any daylight-saving
   *     adjustment
   */
  public abstract LocalDateTime requestedLocal();

  /**
   * The zone of the account.
   *
   * @return the account's time zone, in which {@link #requestedLocal()} is read
   */
  public abstract ZoneId zone();

  /**
   * The start: the requested local time in the zone; a time the clocks skip moves forward by the
   * gap, a time that happens twice is its first occurrence.
   *
   * @return the instant the meeting starts
   */
  public abstract Instant start();

  /**
   * A builder.
   *
   * @return a new builder with nothing set; every attribute is required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScheduledMeeting}. */
  public static final class Builder extends ImmutableScheduledMeeting.Builder {}

  @Override
  public int compareTo(ScheduledMeeting other) {
    int byStart = start().compareTo(other.start());
    return byStart != 0 ? byStart : tierId().compareTo(other.tierId());
  }

  @Override
  public String toString() {
    return tierId() + " " + requestedLocal() + " " + zone() + " (" + start() + ")";
  }
}
