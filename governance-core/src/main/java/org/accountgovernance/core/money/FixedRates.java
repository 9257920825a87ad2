package org.accountgovernance.core.money;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;
import org.accountgovernance.core.internal.Checks;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * {@link CurrencyConverter#fixedRates}: fixed rates into one base currency; equal when the base and
 * the rates are equal, so settings holding one compare by value.
 */
final class FixedRates implements CurrencyConverter {
  private final CurrencyUnit base;
  private final ImmutableMap<CurrencyUnit, BigDecimal> rates;

  FixedRates(CurrencyUnit base, Map<CurrencyUnit, BigDecimal> ratesToBase) {
    ImmutableMap.Builder<CurrencyUnit, BigDecimal> rates = ImmutableMap.builder();
    ratesToBase.forEach(
        (currency, rate) -> {
          if (rate.signum() <= 0) {
            throw Checks.failure("ratesToBase[" + currency + "]", "positive", rate);
          }
          if (!(!currency.equals(base) || rate.compareTo(BigDecimal.ONE) == 0)) {
            throw Checks.failure(
                "ratesToBase[" + currency + "]", "1 for the base currency itself", rate);
          }
          // Scale-free, so that 1.08 and 1.080 are the same rate.
          rates.put(currency, rate.stripTrailingZeros());
        });
    this.base = base;
    this.rates = rates.buildKeepingLast();
  }

  @Override
  public BigMoney convertExactly(String field, Money amount, CurrencyUnit target) {
    CurrencyUnit from = amount.getCurrencyUnit();
    if (from.equals(target)) {
      return amount.toBigMoney();
    }
    BigDecimal fromRate = from.equals(base) ? BigDecimal.ONE : rates.get(from);
    BigDecimal toRate = target.equals(base) ? BigDecimal.ONE : rates.get(target);
    if (fromRate == null || toRate == null) {
      throw new CurrencyMismatchException(
          field, amount, target, "no rate between " + from + " and " + target);
    }
    // Exact where the quotient terminates; otherwise 20 places more than the currency has, so the
    // one rounding to show it (convert) is the only rounding that matters.
    BigDecimal product = amount.getAmount().multiply(fromRate);
    BigDecimal inTarget;
    try {
      inTarget = product.divide(toRate);
    } catch (ArithmeticException nonTerminating) {
      inTarget = product.divide(toRate, target.getDecimalPlaces() + 20, RoundingMode.HALF_EVEN);
    }
    return BigMoney.of(target, inTarget);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FixedRates that && base.equals(that.base) && rates.equals(that.rates);
  }

  @Override
  public int hashCode() {
    return Objects.hash(base, rates);
  }

  @Override
  public String toString() {
    return "fixed rates into " + base + " " + rates;
  }
}
