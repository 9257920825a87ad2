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

  /** When it took place. */
  @Value.Parameter
  public abstract Instant at();

  /** The supplier's executive. */
  @Value.Parameter
  public abstract String supplierExecutive();

  /** The customer's executive. */
  @Value.Parameter
  public abstract String customerExecutive();

  /** An exchange. */
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
