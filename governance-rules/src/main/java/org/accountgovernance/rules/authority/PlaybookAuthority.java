package org.accountgovernance.rules.authority;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.Reason;
import org.accountgovernance.core.authority.AuthorityKind;
import org.accountgovernance.core.authority.AuthorityLadder;
import org.accountgovernance.core.authority.AuthorityRoute;
import org.accountgovernance.core.authority.AuthorityRung;
import org.apiguardian.api.API;
import org.joda.money.Money;

/**
 * RACI-LADDER: who may authorise a request, walking up the ladder from the role that asks until a
 * role's limit covers the amount (inclusive: a limit of USD 500 covers USD 500), with the chain
 * shown; or the report that nobody's does.
 *
 * <pre>{@code
 * AuthorityRoute r = PlaybookAuthority.ofDefaults()
 *     .route(AuthorityKind.GOODWILL, Money.of(USD, 4_000), PartyRole.supplier("Account Manager"));
 * r.approver();   // Optional[Account Director (supplier)]
 * r.chain();      // [Account Manager, Account Director]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class PlaybookAuthority {
  private final AuthoritySettings settings;

  private PlaybookAuthority(AuthoritySettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * The default ladder.
   *
   * @return routing on {@link AuthoritySettings#ofDefaults()}: the example Account Manager, Account
   *     Director, VP Sales ladder in USD
   */
  public static PlaybookAuthority ofDefaults() {
    return of(AuthoritySettings.ofDefaults());
  }

  /**
   * The ladder of {@code settings}.
   *
   * @param settings the ladder to route on and the converter for amounts in other currencies
   * @return routing on {@code settings}
   */
  public static PlaybookAuthority of(AuthoritySettings settings) {
    return new PlaybookAuthority(settings);
  }

  /**
   * Whether {@code superior} may overrule {@code subordinate}.
   *
   * @param superior the role that would overrule; must be on the ladder
   * @param subordinate the role whose decision would be overruled; must be on the ladder
   * @return {@code true} if {@code superior} stands strictly higher on the ladder, {@code false} if
   *     it stands lower or is the same role
   * @throws IllegalArgumentException when either role is not on the ladder
   */
  public boolean mayOverrule(PartyRole superior, PartyRole subordinate) {
    return settings.ladder().mayOverrule(superior, subordinate);
  }

  /**
   * Routes a request of {@code kind} for {@code amount} made by {@code requestedBy}.
   *
   * @param kind the kind of authority asked for: extra spend, discount, goodwill, overtime or a
   *     host's own kind; a rung without a limit of this kind cannot authorise it
   * @param amount the amount asked for, zero or positive, in any currency the converter handles
   * @param requestedBy the role making the request; the walk up the ladder starts at it
   * @return the chain of roles asked, from {@code requestedBy} up to the first whose limit covers
   *     the amount (its approver) or to the top of the ladder with no approver, and why
   * @throws IllegalArgumentException when {@code requestedBy} is not on the ladder, or the amount
   *     is negative
   * @throws org.accountgovernance.core.money.CurrencyMismatchException when the amount's currency
   *     differs from a limit's and the converter cannot convert it
   */
  public AuthorityRoute route(AuthorityKind kind, Money amount, PartyRole requestedBy) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException("amount must be zero or positive but was " + amount);
    }
    AuthorityLadder ladder = settings.ladder();
    List<PartyRole> chain = new ArrayList<>();
    for (int i = ladder.position(requestedBy); i < ladder.rungs().size(); i++) {
      AuthorityRung rung = ladder.rungs().get(i);
      chain.add(rung.role());
      Optional<Money> limit = rung.limit(kind);
      if (limit.isPresent()
          && settings.currencyConverter().compare("amount", amount, limit.get()) <= 0) {
        return AuthorityRoute.builder()
            .kind(kind)
            .amount(amount)
            .addAllChain(chain)
            .approver(rung.role())
            .reason(
                Reason.of(
                    RaciRules.LADDER,
                    kind + " " + amount,
                    "<= " + limit.get() + " (" + rung.role().name() + ")",
                    rung.role().name()
                        + " may authorise it"
                        + (chain.size() > 1
                            ? ", after " + names(chain.subList(0, chain.size() - 1))
                            : "")))
            .build();
      }
    }
    return AuthorityRoute.builder()
        .kind(kind)
        .amount(amount)
        .addAllChain(chain)
        .reason(
            Reason.of(
                RaciRules.LADDER,
                kind + " " + amount,
                "a limit on the ladder covering it",
                "nobody from "
                    + requestedBy.name()
                    + " up may authorise "
                    + kind
                    + " of "
                    + amount))
        .build();
  }

  private static String names(List<PartyRole> roles) {
    return String.join(", ", roles.stream().map(PartyRole::name).toList());
  }
}
