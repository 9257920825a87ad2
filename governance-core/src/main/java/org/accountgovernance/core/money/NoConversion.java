package org.accountgovernance.core.money;

import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** {@link CurrencyConverter#none()}: the same currency passes, any other is rejected. */
final class NoConversion implements CurrencyConverter {
  static final NoConversion INSTANCE = new NoConversion();

  private NoConversion() {}

  @Override
  public BigMoney convertExactly(String field, Money amount, CurrencyUnit target) {
    if (amount.getCurrencyUnit().equals(target)) {
      return amount.toBigMoney();
    }
    throw new CurrencyMismatchException(
        field, amount, target, "no currency converter is configured");
  }

  @Override
  public String toString() {
    return "no currency conversion";
  }
}
