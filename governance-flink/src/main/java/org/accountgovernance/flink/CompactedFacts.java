package org.accountgovernance.flink;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What an account's keyed state keeps of the facts {@link AccountGovernanceFunction} compacted away
 * (see {@link AccountGovernanceFunction.Builder#resolvedRetention}): the account's zone, the id of
 * its account-level escalation once that was compacted, the latest instant among the compacted
 * events, and how many issues and events were compacted. The ids of the compacted issues and
 * escalation, with the instants they finished, sit beside it in a map state that only grows.
 *
 * <p>Example: after ACME's issues CASE-1 and CASE-2 (two events each, the latest on 5 March) were
 * compacted, {@code zone} is {@code "Europe/Berlin"}, {@code latest} is 2026-03-05T10:00:00Z,
 * {@code issues} is 2 and {@code events} is 4. A Flink POJO; mutable.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class CompactedFacts {
  private @Nullable String zone;
  private @Nullable Instant latest;
  private @Nullable String escalation;
  private long issues;
  private long events;

  /** Nothing compacted yet, for Flink's POJO serializer. */
  public CompactedFacts() {}

  /**
   * The account's zone, fixed by its first applied event (or the builder's default zone), which may
   * have been compacted away.
   *
   * @return an IANA zone id such as {@code "Europe/Berlin"} or {@code "Z"}; null before the first
   *     compaction
   */
  public @Nullable String getZone() {
    return zone;
  }

  /**
   * Sets the account's zone.
   *
   * @param zone an id {@link java.time.ZoneId#of} accepts, e.g. {@code "Asia/Tokyo"}
   */
  public void setZone(@Nullable String zone) {
    this.zone = zone;
  }

  /**
   * The latest instant among the compacted events, including late paperwork on a compacted issue
   * that was accepted and ignored: with the kept facts, it decides how far the end of input is
   * caught up.
   *
   * @return e.g. {@code 2026-03-05T10:00:00Z}; null before the first compaction
   */
  public @Nullable Instant getLatest() {
    return latest;
  }

  /**
   * Sets the latest compacted instant.
   *
   * @param latest e.g. {@code Instant.parse("2026-03-05T10:00:00Z")}
   */
  public void setLatest(@Nullable Instant latest) {
    this.latest = latest;
  }

  /**
   * The id of the account's account-level escalation once it was compacted: the account still has
   * had it, so a programme event naming another id is refused as before.
   *
   * @return e.g. {@code "AEM-1"}; null while the escalation, if any, is kept in full
   */
  public @Nullable String getEscalation() {
    return escalation;
  }

  /**
   * Sets the compacted escalation's id.
   *
   * @param escalation e.g. {@code "AEM-1"}
   */
  public void setEscalation(@Nullable String escalation) {
    this.escalation = escalation;
  }

  /**
   * How many issues were compacted.
   *
   * @return zero or more, e.g. {@code 2}
   */
  public long getIssues() {
    return issues;
  }

  /**
   * Sets how many issues were compacted.
   *
   * @param issues zero or more
   */
  public void setIssues(long issues) {
    this.issues = issues;
  }

  /**
   * How many events were compacted away or accepted as late paperwork on compacted ids.
   *
   * @return zero or more, e.g. {@code 4}
   */
  public long getEvents() {
    return events;
  }

  /**
   * Sets how many events were compacted.
   *
   * @param events zero or more
   */
  public void setEvents(long events) {
    this.events = events;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof CompactedFacts that)) {
      return false;
    }
    return issues == that.issues
        && events == that.events
        && Objects.equals(zone, that.zone)
        && Objects.equals(latest, that.latest)
        && Objects.equals(escalation, that.escalation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(zone, latest, escalation, issues, events);
  }

  @Override
  public String toString() {
    return "CompactedFacts[zone="
        + zone
        + ", latest="
        + latest
        + ", escalation="
        + escalation
        + ", issues="
        + issues
        + ", events="
        + events
        + "]";
  }
}
