package org.accountgovernance.core.engagement;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Instant;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An idea shared with the customer — what, when, by whom, and what became of it — kept so that gaps
 * in the flow of ideas are visible.
 *
 * <p>Example: {@code IdeaRecord.of(t, "Consignment stock at the customer's plant", "Account
 * Manager", IdeaRecord.Outcome.ADOPTED)}.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class IdeaRecord {
  IdeaRecord() {}

  /** What became of an idea. */
  public enum Outcome {
    /** No answer yet. */
    PENDING,
    /** The customer took it up. */
    ADOPTED,
    /** The customer turned it down. */
    DECLINED
  }

  /**
   * When it was shared.
   *
   * @return the instant the idea was put to the customer
   */
  @Value.Parameter
  public abstract Instant sharedAt();

  /**
   * The idea.
   *
   * @return the idea in a phrase, e.g. {@code "Consignment stock at the customer's plant"}; never
   *     blank
   */
  @Value.Parameter
  public abstract String what();

  /**
   * Who shared it.
   *
   * @return who shared it, by name or role; never blank
   */
  @Value.Parameter
  public abstract String by();

  /**
   * What became of it.
   *
   * @return whether the customer took the idea up, turned it down or has not answered yet
   */
  @Value.Parameter
  public abstract Outcome outcome();

  /**
   * An idea.
   *
   * @param sharedAt when the idea was put to the customer
   * @param what the idea in a phrase; must not be blank
   * @param by who shared it, by name or role; must not be blank
   * @param outcome what became of it so far
   * @return the record
   */
  public static IdeaRecord of(Instant sharedAt, String what, String by, Outcome outcome) {
    return ImmutableIdeaRecord.of(sharedAt, what, by, outcome);
  }

  @Value.Check
  void check() {
    Checks.notBlank("IdeaRecord.what", what());
    Checks.notBlank("IdeaRecord.by", by());
  }
}
