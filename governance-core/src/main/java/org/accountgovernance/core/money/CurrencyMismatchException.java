package org.accountgovernance.core.money;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Thrown when an amount must be compared with a threshold in another currency and no converter can
 * convert it. The message names the field, the amount and the currency it had to be compared in.
 *
 * <p>Example: {@code Trigger.financialImpact is EUR 12000.00 but must be compared in USD: no rate
 * for EUR}.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class CurrencyMismatchException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for an amount that could not be expressed in {@code target}.
   *
   * @param field the name of the fact that needed converting, e.g. {@code "financialImpact"}
   * @param amount the amount that could not be converted
   * @param target the currency it had to be compared in
   * @param why why no conversion was possible, e.g. {@code "no rate between EUR and USD"}
   */
  public CurrencyMismatchException(String field, Money amount, CurrencyUnit target, String why) {
    super(field + " is " + amount + " but must be compared in " + target + ": " + why);
  }
}
