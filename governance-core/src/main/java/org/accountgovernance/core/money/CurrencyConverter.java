package org.accountgovernance.core.money;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.accountgovernance.core.internal.Checks;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * SPI: converts an amount into the currency of a threshold, so that a financial impact of EUR
 * 12,000 can be compared with a USD 10,000 bypass threshold. Hosts plug in their treasury rates.
 *
 * <p>Example: {@code CurrencyConverter.fixedRates(Map.of(CurrencyUnit.EUR, CurrencyUnit.USD, new
 * BigDecimal("1.08")))}... see {@link #fixedRates(CurrencyUnit, Map)}. Implementations must be pure
 * and thread-safe.
 */
@FunctionalInterface
public interface CurrencyConverter {

  /**
   * Expresses {@code amount} in {@code target}.
   *
   * @param field the name of the fact being converted, for error messages
   * @throws CurrencyMismatchException when this converter cannot convert to {@code target}
   */
  Money convert(String field, Money amount, CurrencyUnit target);

  /**
   * Compares {@code amount} with {@code threshold} after converting the amount into the threshold's
   * currency; negative, zero or positive as {@link Comparable#compareTo}.
   */
  default int compare(String field, Money amount, Money threshold) {
    Money converted =
        amount.getCurrencyUnit().equals(threshold.getCurrencyUnit())
            ? amount
            : convert(field, amount, threshold.getCurrencyUnit());
    return converted.compareTo(threshold);
  }

  /**
   * The converter used when the host configured none: amounts in the target currency pass, every
   * other amount is rejected with a {@link CurrencyMismatchException}.
   */
  static CurrencyConverter none() {
    return (field, amount, target) -> {
      if (amount.getCurrencyUnit().equals(target)) {
        return amount;
      }
      throw new CurrencyMismatchException(
          field, amount, target, "no currency converter is configured");
    };
  }

  /**
   * A converter with fixed rates into one base currency, e.g. {@code fixedRates(USD, Map.of(EUR,
   * new BigDecimal("1.08")))} converts EUR 100 to USD 108.00 and USD 108 to EUR 100.00. Results are
   * rounded half-even to the target currency's decimal places.
   *
   * @param base the currency the rates convert into
   * @param ratesToBase how many units of {@code base} one unit of each currency is worth (positive)
   * @throws IllegalArgumentException when a rate is zero or negative
   */
  static CurrencyConverter fixedRates(
      CurrencyUnit base, Map<CurrencyUnit, BigDecimal> ratesToBase) {
    ImmutableMap<CurrencyUnit, BigDecimal> rates =
        ImmutableMap.<CurrencyUnit, BigDecimal>builder().putAll(ratesToBase).buildKeepingLast();
    rates.forEach(
        (currency, rate) ->
            Checks.check(rate.signum() > 0, "ratesToBase[" + currency + "]", "positive", rate));
    return (field, amount, target) -> {
      CurrencyUnit from = amount.getCurrencyUnit();
      if (from.equals(target)) {
        return amount;
      }
      BigDecimal fromRate = from.equals(base) ? BigDecimal.ONE : rates.get(from);
      BigDecimal toRate = target.equals(base) ? BigDecimal.ONE : rates.get(target);
      if (fromRate == null || toRate == null) {
        throw new CurrencyMismatchException(
            field, amount, target, "no rate between " + from + " and " + target);
      }
      // One rounding of the exact quotient: rounding to an intermediate scale first could turn a
      // value just off a tie into a tie and round it the wrong way.
      BigDecimal inTarget =
          amount
              .getAmount()
              .multiply(fromRate)
              .divide(toRate, target.getDecimalPlaces(), RoundingMode.HALF_EVEN);
      return Money.of(target, inTarget);
    };
  }
}
