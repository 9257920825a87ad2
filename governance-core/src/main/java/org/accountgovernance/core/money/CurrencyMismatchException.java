package org.accountgovernance.core.money;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Thrown when an amount must be compared with a threshold in another currency and no converter can
 * convert it. The message names both amounts.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class CurrencyMismatchException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception for an amount that could not be expressed in {@code target}. */
  public CurrencyMismatchException(String field, Money amount, CurrencyUnit target, String why) {
    super(field + " is " + amount + " but must be compared in " + target + ": " + why);
  }
}
