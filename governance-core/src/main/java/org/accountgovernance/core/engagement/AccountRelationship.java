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

  /** The profile. */
  public abstract AccountProfile profile();

  /** The account's zone: intervals are counted on its calendar. */
  public abstract ZoneId zone();

  /** When the relationship started: intervals count from here until a first exchange or contact. */
  public abstract Instant since();

  /** Executive exchanges, in any order. */
  public abstract List<ExecutiveExchange> exchanges();

  /** Contacts at every level, in any order. */
  public abstract List<Contact> contacts();

  /** Expectation metrics, in any order. */
  public abstract List<ExpectationMetric> metrics();

  /** Ideas shared, in any order. */
  public abstract List<IdeaRecord> ideas();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AccountRelationship}. */
  public static final class Builder extends ImmutableAccountRelationship.Builder {}
}
