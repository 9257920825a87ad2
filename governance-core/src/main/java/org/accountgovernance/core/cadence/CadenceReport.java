package org.accountgovernance.core.cadence;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.Finding;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An account's operating cadence at an instant: whether it is mandatory, the findings (CAD-SKIP,
 * CAD-SEPARATE, CAD-ATTENDANCE, CAD-CAPA), and when the report next changes by time alone (the next
 * weekly sync falling overdue).
 *
 * <p>Example: {@code policy.evaluate(meetings, now).findings()}. Every attribute except {@link
 * #at()} is constant between two consecutive changes.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class CadenceReport {
  CadenceReport() {}

  /**
   * The account.
   *
   * @return the account the report is about
   */
  public abstract AccountId account();

  /**
   * The evaluation instant.
   *
   * @return the instant at which the cadence was evaluated
   */
  public abstract Instant at();

  /**
   * Whether the cadence is mandatory in the account's phase.
   *
   * @return {@code true} when the account's phase makes the operating cadence mandatory; while it
   *     is not, no sync falls due
   */
  public abstract boolean mandatory();

  /**
   * What is or was wrong, sorted.
   *
   * @return the CAD-SKIP, CAD-SEPARATE, CAD-ATTENDANCE and CAD-CAPA findings that are or were true,
   *     in {@link Finding}'s order; empty when the cadence has been kept
   */
  public abstract List<Finding> findings();

  /**
   * The last instant at which the next weekly sync is on time, while the cadence is mandatory and
   * no skip is under way.
   *
   * @return the last on-time instant for the next weekly sync; empty while the cadence is not
   *     mandatory or a skip is already under way
   */
  public abstract Optional<Instant> nextSyncDue();

  /**
   * When the report next changes with no new meeting.
   *
   * @return the instant at which the report changes by time alone, e.g. the nanosecond after {@link
   *     #nextSyncDue()}; empty when only a new meeting or phase can change it
   */
  public abstract Optional<Instant> nextChangeAt();

  /**
   * A builder, for policies.
   *
   * @return a new builder with nothing set, for cadence policies
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CadenceReport}. */
  public static final class Builder extends ImmutableCadenceReport.Builder {}

  /**
   * The same report at another instant with the same outcome.
   *
   * @param at another evaluation instant with the same outcome, i.e. before {@link #nextChangeAt()}
   * @return a copy of this report that differs only in {@link #at()}
   */
  public abstract CadenceReport withAt(Instant at);
}
