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

  /** The account. */
  public abstract AccountId account();

  /** The evaluation instant. */
  public abstract Instant at();

  /** Whether the cadence is mandatory in the account's phase. */
  public abstract boolean mandatory();

  /** What is or was wrong, sorted. */
  public abstract List<Finding> findings();

  /**
   * The last instant at which the next weekly sync is on time, while the cadence is mandatory and
   * no skip is under way.
   */
  public abstract Optional<Instant> nextSyncDue();

  /** When the report next changes with no new meeting. */
  public abstract Optional<Instant> nextChangeAt();

  /** A builder, for policies. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CadenceReport}. */
  public static final class Builder extends ImmutableCadenceReport.Builder {}

  /** The same report at another instant with the same outcome. */
  public abstract CadenceReport withAt(Instant at);
}
