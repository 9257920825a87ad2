package org.accountgovernance.core.authority;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.List;
import java.util.Optional;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.Reason;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * Where a request for authority goes: up the ladder from the role that asks, until a role whose
 * limit covers the amount — the chain walked, and the approver, or none when nobody's limit covers
 * it.
 *
 * <p>Example: a USD 4,000 goodwill gesture asked by an Account Manager (limit 500) goes to the
 * Account Director (limit 5,000): chain {@code [Account Manager, Account Director]}.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class AuthorityRoute {
  AuthorityRoute() {}

  /**
   * The kind of authority.
   *
   * @return the kind of authority asked for, e.g. a goodwill gesture or extra spend
   */
  public abstract AuthorityKind kind();

  /**
   * The amount asked for.
   *
   * @return the amount to be authorised, in the currency it was asked in
   */
  public abstract Money amount();

  /**
   * The roles asked, from the requester up, ending at the approver (or the top).
   *
   * @return the roles the request goes through, from the requester up to and including the
   *     approver, or up to the top rung when nobody may authorise it
   */
  public abstract List<PartyRole> chain();

  /**
   * The role that may authorise it; empty when none may.
   *
   * @return the first role up the chain whose limit for {@link #kind()} covers {@link #amount()};
   *     empty when no rung's limit covers it
   */
  public abstract Optional<PartyRole> approver();

  /**
   * Why.
   *
   * @return the rule, the amount and the limit that decided the route, for the requester to read
   */
  public abstract Reason reason();

  /**
   * A builder, for policies.
   *
   * @return a new builder with nothing set, for policies that route requests up a ladder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AuthorityRoute}. */
  public static final class Builder extends ImmutableAuthorityRoute.Builder {}
}
