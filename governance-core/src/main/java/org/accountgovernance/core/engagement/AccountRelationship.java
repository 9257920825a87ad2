package org.accountgovernance.core.engagement;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What an engagement policy evaluates: the account's profile and zone, when the relationship
 * started, and its executive exchanges, contacts, expectation metrics and ideas shared.
 *
 * <p>Example: {@code
 * AccountRelationship.builder().profile(profile).zone(ZoneId.of("America/Denver"))
 * .since(t0).addExchanges(ExecutiveExchange.of(t1, "VP Sales", "CFO")).build()}.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class AccountRelationship {
  AccountRelationship() {}

  /**
   * The profile.
   *
   * @return the account's profile, which sets how often its executives should meet
   */
  public abstract AccountProfile profile();

  /**
   * The account's zone: intervals are counted on its calendar.
   *
   * @return the account's time zone, on whose calendar the months between exchanges are counted
   */
  public abstract ZoneId zone();

  /**
   * When the relationship started: intervals count from here until a first exchange or contact.
   *
   * @return the instant the relationship started
   */
  public abstract Instant since();

  /**
   * Executive exchanges, in any order.
   *
   * @return the executive exchanges held, in any order; empty when none has been
   */
  public abstract List<ExecutiveExchange> exchanges();

  /**
   * Contacts at every level, in any order.
   *
   * @return the conversations with people at the customer, in any order; empty when none is
   *     recorded
   */
  public abstract List<Contact> contacts();

  /**
   * Expectation metrics, in any order.
   *
   * @return the measurements on which the customer's expectation is compared with the contract, in
   *     any order; empty when none is tracked
   */
  public abstract List<ExpectationMetric> metrics();

  /**
   * Ideas shared, in any order.
   *
   * @return the ideas shared with the customer, in any order; empty when none has been
   */
  public abstract List<IdeaRecord> ideas();

  /**
   * A builder.
   *
   * @return a new builder with nothing set; profile, zone and since are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AccountRelationship}. */
  public static final class Builder extends ImmutableAccountRelationship.Builder {}
}
