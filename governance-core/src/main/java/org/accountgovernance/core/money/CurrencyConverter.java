package org.accountgovernance.core.money;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.apiguardian.api.API;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * SPI: converts an amount into the currency of a threshold, so that a financial impact of EUR
 * 12,000 can be compared with a USD 10,000 bypass threshold. Hosts plug in their treasury rates by
 * implementing {@link #convertExactly}.
 *
 * <p>Example: {@code CurrencyConverter.fixedRates(CurrencyUnit.USD, Map.of(CurrencyUnit.EUR, new
 * BigDecimal("1.08")))}. Thresholds are compared with the unrounded conversion, so "more than USD
 * 10,000" holds for EUR 9,259.26 at 1.08 (USD 10,000.0008) even though it shows as USD 10,000.00.
 * Implementations must be pure and thread-safe.
 */
@API(status = MAINTAINED, since = "0.1.0")
@FunctionalInterface
public interface CurrencyConverter {

  /**
   * Expresses {@code amount} in {@code target} without rounding it to the currency's decimal places
   * (or with as many places as the host's rates carry).
   *
   * @param field the name of the fact being converted, for error messages
   * @param amount the amount to convert, in its own currency
   * @param target the currency to express it in, usually a threshold's
   * @return {@code amount} in {@code target}, unrounded
   * @throws CurrencyMismatchException when this converter cannot convert to {@code target}
   */
  BigMoney convertExactly(String field, Money amount, CurrencyUnit target);

  /**
   * Expresses {@code amount} in {@code target}, rounded half-even to the currency's decimal places:
   * the figure to show people.
   *
   * @param field the name of the fact being converted, for error messages
   * @param amount the amount to convert, in its own currency
   * @param target the currency to express it in
   * @return {@code amount} in {@code target}, rounded half-even to the currency's decimal places
   * @throws CurrencyMismatchException when this converter cannot convert to {@code target}
   */
  default Money convert(String field, Money amount, CurrencyUnit target) {
    return convertExactly(field, amount, target).toMoney(RoundingMode.HALF_EVEN);
  }

  /**
   * Compares {@code amount} with {@code threshold} after converting the amount, unrounded, into the
   * threshold's currency; negative, zero or positive as {@link Comparable#compareTo}.
   *
   * @param field the name of the fact being compared, for error messages
   * @param amount the amount to compare, e.g. an issue's financial impact
   * @param threshold the threshold to compare it with; its currency is the one the comparison is
   *     made in
   * @return negative when {@code amount} is below {@code threshold}, zero when equal, positive when
   *     above
   * @throws CurrencyMismatchException when this converter cannot convert to the threshold's
   *     currency
   */
  default int compare(String field, Money amount, Money threshold) {
    if (amount.getCurrencyUnit().equals(threshold.getCurrencyUnit())) {
      return amount.compareTo(threshold);
    }
    return convertExactly(field, amount, threshold.getCurrencyUnit()).compareTo(threshold);
  }

  /**
   * The converter used when the host configured none: amounts in the target currency pass, every
   * other amount is rejected with a {@link CurrencyMismatchException}.
   *
   * @return the converter that accepts only amounts already in the target currency
   */
  static CurrencyConverter none() {
    return NoConversion.INSTANCE;
  }

  /**
   * A converter with fixed rates into one base currency, e.g. {@code fixedRates(USD, Map.of(EUR,
   * new BigDecimal("1.08")))} converts EUR 100 to USD 108.00 and USD 108 to EUR 100.00. {@link
   * #convert} rounds half-even to the target currency's decimal places.
   *
   * @param base the currency the rates convert into
   * @param ratesToBase how many units of {@code base} one unit of each currency is worth (positive)
   * @return a converter between any two currencies that have a rate (or are {@code base}), equal to
   *     any other built from the same base and rates
   * @throws IllegalArgumentException when a rate is zero or negative
   */
  static CurrencyConverter fixedRates(
      CurrencyUnit base, Map<CurrencyUnit, BigDecimal> ratesToBase) {
    return new FixedRates(base, ratesToBase);
  }
}
