package org.accountgovernance.core.cadence;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What a cadence policy evaluates: an account's phase, zone, the instant its cadence started (the
 * start of Active Production), and the meetings held.
 *
 * <p>Example: {@code
 * AccountMeetings.builder().account(AccountId.of("ACME")).phase(ACTIVE_PRODUCTION)
 * .zone(ZoneId.of("Europe/Berlin")).cadenceStart(t0).addRecords(weekly1, monthly1).build()}.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class AccountMeetings {
  AccountMeetings() {}

  /**
   * The account.
   *
   * @return the account whose meetings these are
   */
  public abstract AccountId account();

  /**
   * Its phase now.
   *
   * @return the account's phase at evaluation; the cadence is mandatory only in some phases (by
   *     default {@link AccountPhase#ACTIVE_PRODUCTION})
   */
  public abstract AccountPhase phase();

  /**
   * Its zone.
   *
   * @return the account's time zone, in which weeks and meeting days are counted
   */
  public abstract ZoneId zone();

  /**
   * When the cadence started: a sync is owed counting from here.
   *
   * @return the instant the cadence started, usually the start of Active Production; the first
   *     weekly sync is owed counting from here
   */
  public abstract Instant cadenceStart();

  /**
   * The meetings held, in any order.
   *
   * @return the meetings held, in any order, each id at most once; empty when none has been held
   */
  public abstract List<MeetingRecord> records();

  /**
   * A builder.
   *
   * @return a new builder with nothing set; account, phase, zone and cadenceStart are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AccountMeetings}. */
  public static final class Builder extends ImmutableAccountMeetings.Builder {}

  @Value.Check
  void check() {
    Set<String> ids = new HashSet<>();
    for (MeetingRecord record : records()) {
      if (!ids.add(record.id())) {
        throw Checks.failure(
            "AccountMeetings.records", "free of duplicate ids", record.id() + " twice");
      }
    }
  }
}
