package org.accountgovernance.rules.authority;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.math.BigDecimal;
import java.util.List;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.authority.AuthorityKind;
import org.accountgovernance.core.authority.AuthorityLadder;
import org.accountgovernance.core.authority.AuthorityRung;
import org.accountgovernance.core.money.CurrencyConverter;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The authority ladder (RACI-LADDER) and the converter for amounts in other currencies. The
 * playbook asks for the ladder but names no amounts: the default is an example to replace
 * (*interp.*).
 *
 * <table>
 *   <caption>Default ladder (USD)</caption>
 *   <tr><th>role</th><th>extra spend</th><th>discount</th><th>goodwill</th><th>overtime</th></tr>
 *   <tr><td>Account Manager</td><td>1,000</td><td>2,500</td><td>500</td><td>2,000</td></tr>
 *   <tr><td>Account Director</td><td>10,000</td><td>25,000</td><td>5,000</td><td>10,000</td></tr>
 *   <tr><td>VP Sales</td><td>100,000</td><td>250,000</td><td>50,000</td><td>50,000</td></tr>
 * </table>
 *
 * <p>Example: {@code AuthoritySettings.builder().ladder(myLadder).build()}.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class AuthoritySettings {
  /** The default ladder. */
  public static final AuthorityLadder DEFAULT_LADDER =
      AuthorityLadder.of(
          List.of(
              rung("Account Manager", 1_000, 2_500, 500, 2_000),
              rung("Account Director", 10_000, 25_000, 5_000, 10_000),
              rung("VP Sales", 100_000, 250_000, 50_000, 50_000)));

  private static final AuthoritySettings DEFAULTS = builder().build();

  AuthoritySettings() {}

  private static AuthorityRung rung(
      String role, long spend, long discount, long goodwill, long overtime) {
    return AuthorityRung.builder()
        .role(PartyRole.supplier(role))
        .putLimit(AuthorityKind.EXTRA_SPEND, Money.of(CurrencyUnit.USD, BigDecimal.valueOf(spend)))
        .putLimit(AuthorityKind.DISCOUNT, Money.of(CurrencyUnit.USD, BigDecimal.valueOf(discount)))
        .putLimit(AuthorityKind.GOODWILL, Money.of(CurrencyUnit.USD, BigDecimal.valueOf(goodwill)))
        .putLimit(AuthorityKind.OVERTIME, Money.of(CurrencyUnit.USD, BigDecimal.valueOf(overtime)))
        .build();
  }

  /**
   * The ladder.
   *
   * @return the roles from the bottom up, each with its limit per kind of authority; default {@link
   *     #DEFAULT_LADDER}, an example in USD to replace with the host's real limits
   */
  @Value.Default
  public AuthorityLadder ladder() {
    return DEFAULT_LADDER;
  }

  /**
   * Converts amounts into a limit's currency; default: none (other currencies are refused).
   *
   * @return the converter that expresses a requested amount in the currency of each limit it is
   *     compared with
   */
  @Value.Default
  public CurrencyConverter currencyConverter() {
    return CurrencyConverter.none();
  }

  /**
   * The default settings.
   *
   * @return settings with {@link #DEFAULT_LADDER} and no currency conversion
   */
  public static AuthoritySettings ofDefaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder in which every attribute left unset keeps its default
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AuthoritySettings}. */
  public static final class Builder extends ImmutableAuthoritySettings.Builder {}
}
