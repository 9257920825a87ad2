package org.accountgovernance.core.engagement;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.accountgovernance.core.Finding;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An account's executive involvement at an instant: the cadence its profile calls for, when the
 * next executive exchange is due, the ideas archive in order, the findings (EXE-LAPSE,
 * EXE-ROTATION, EXE-LEVELS, EXE-EXPECTATION, EXE-IDEAS), and when the report next changes by time
 * alone.
 *
 * <p>Example: {@code policy.evaluate(relationship, now).nextExchangeDue()}.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class EngagementReport {
  EngagementReport() {}

  /** The evaluation instant. */
  public abstract Instant at();

  /** The executive cadence the profile calls for. */
  public abstract ExecutiveCadence cadence();

  /** The last executive exchange, if any. */
  public abstract Optional<ExecutiveExchange> lastExchange();

  /** The last instant at which the next exchange is on time. */
  public abstract Instant nextExchangeDue();

  /** The ideas shared, oldest first. */
  public abstract List<IdeaRecord> ideas();

  /** What is or was wrong, sorted. */
  public abstract List<Finding> findings();

  /** When the report next changes with no new fact. */
  public abstract Optional<Instant> nextChangeAt();

  /** A builder, for policies. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EngagementReport}. */
  public static final class Builder extends ImmutableEngagementReport.Builder {}

  /** The same report at another instant with the same outcome. */
  public abstract EngagementReport withAt(Instant at);
}
