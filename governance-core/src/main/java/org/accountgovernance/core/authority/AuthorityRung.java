package org.accountgovernance.core.authority;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Map;
import java.util.Optional;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One step of an authority ladder: a role and what it may authorise, up to how much. A kind without
 * a limit is not the role's to authorise.
 *
 * <p>Example: {@code AuthorityRung.builder().role(PartyRole.supplier("Account Manager"))
 * .putLimit(AuthorityKind.GOODWILL, Money.of(USD, 500)).build()}.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class AuthorityRung {
  AuthorityRung() {}

  /**
   * The role.
   *
   * @return the role standing on this rung
   */
  public abstract PartyRole role();

  /**
   * The highest amount the role may authorise, by kind.
   *
   * @return the highest amount the role may authorise, per kind of authority; each limit is zero or
   *     positive, and a kind missing from the map is not the role's to authorise
   */
  public abstract Map<AuthorityKind, Money> limits();

  /**
   * A builder.
   *
   * @return a new builder with nothing set; the role is required, the limits may be left empty
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AuthorityRung}. */
  public static final class Builder extends ImmutableAuthorityRung.Builder {}

  @Value.Check
  void check() {
    limits()
        .forEach(
            (kind, limit) ->
                Checks.check(
                    !limit.isNegative(),
                    "AuthorityRung[" + role().name() + "].limits[" + kind + "]",
                    "zero or positive",
                    limit));
  }

  /**
   * The limit for {@code kind}, if the role has authority of that kind.
   *
   * @param kind the kind of authority asked for
   * @return the highest amount of that kind the role may authorise; empty when the role may not
   *     authorise that kind at all
   */
  public Optional<Money> limit(AuthorityKind kind) {
    return Optional.ofNullable(limits().get(kind));
  }
}
