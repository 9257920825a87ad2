package org.accountgovernance.core.engagement;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Instant;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A meeting between one of the supplier's executives and the customer's leadership: when, who from
 * each side.
 *
 * <p>Example: {@code ExecutiveExchange.of(t, "VP Sales Jordan Ames", "CFO Lee Park")}.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class ExecutiveExchange {
  ExecutiveExchange() {}

  /**
   * When it took place.
   *
   * @return the instant the exchange took place
   */
  @Value.Parameter
  public abstract Instant at();

  /**
   * The supplier's executive.
   *
   * @return the supplier's executive who took part, by name and title (e.g. {@code "VP Sales Jordan
   *     Ames"}); never blank
   */
  @Value.Parameter
  public abstract String supplierExecutive();

  /**
   * The customer's executive.
   *
   * @return the customer's executive who took part, by name and title (e.g. {@code "CFO Lee
   *     Park"}); never blank
   */
  @Value.Parameter
  public abstract String customerExecutive();

  /**
   * An exchange.
   *
   * @param at when the exchange took place
   * @param supplierExecutive the supplier's executive, by name and title; must not be blank
   * @param customerExecutive the customer's executive, by name and title; must not be blank
   * @return the exchange
   */
  public static ExecutiveExchange of(
      Instant at, String supplierExecutive, String customerExecutive) {
    return ImmutableExecutiveExchange.of(at, supplierExecutive, customerExecutive);
  }

  @Value.Check
  void check() {
    Checks.notBlank("ExecutiveExchange.supplierExecutive", supplierExecutive());
    Checks.notBlank("ExecutiveExchange.customerExecutive", customerExecutive());
  }
}
