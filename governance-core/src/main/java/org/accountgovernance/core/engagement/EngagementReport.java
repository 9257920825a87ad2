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

  /**
   * The evaluation instant.
   *
   * @return the instant at which the relationship was evaluated
   */
  public abstract Instant at();

  /**
   * The executive cadence the profile calls for.
   *
   * @return the segment, interval and reason the account's profile calls for
   */
  public abstract ExecutiveCadence cadence();

  /**
   * The last executive exchange, if any.
   *
   * @return the latest executive exchange known at {@link #at()}; empty when none has been held
   */
  public abstract Optional<ExecutiveExchange> lastExchange();

  /**
   * The last instant at which the next exchange is on time.
   *
   * @return the deadline for the next executive exchange: the last exchange, or the start of the
   *     relationship, plus the cadence's interval on the account's calendar
   */
  public abstract Instant nextExchangeDue();

  /**
   * The ideas shared, oldest first.
   *
   * @return the ideas shared, oldest first; empty when none has been
   */
  public abstract List<IdeaRecord> ideas();

  /**
   * What is or was wrong, sorted.
   *
   * @return the EXE-LAPSE, EXE-ROTATION, EXE-LEVELS, EXE-EXPECTATION and EXE-IDEAS findings that
   *     are or were true, in {@link Finding}'s order; empty when nothing is or was wrong
   */
  public abstract List<Finding> findings();

  /**
   * When the report next changes with no new fact.
   *
   * @return the instant at which the report changes by time alone, e.g. when the next exchange
   *     falls overdue; empty when only a new fact can change it
   */
  public abstract Optional<Instant> nextChangeAt();

  /**
   * A builder, for policies.
   *
   * @return a new builder with nothing set, for engagement policies
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EngagementReport}. */
  public static final class Builder extends ImmutableEngagementReport.Builder {}

  /**
   * The same report at another instant with the same outcome.
   *
   * @param at another evaluation instant with the same outcome, i.e. before {@link #nextChangeAt()}
   * @return a copy of this report that differs only in {@link #at()}
   */
  public abstract EngagementReport withAt(Instant at);
}
