package org.accountgovernance.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.joda.money.CurrencyUnit.EUR;
import static org.joda.money.CurrencyUnit.GBP;
import static org.joda.money.CurrencyUnit.JPY;
import static org.joda.money.CurrencyUnit.USD;

import java.math.BigDecimal;
import java.util.Map;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The host-less converter, fixed rates with half-even rounding, and comparisons. */
class CurrencyConverterTest {

  private static Money money(org.joda.money.CurrencyUnit currency, String amount) {
    return Money.of(currency, new BigDecimal(amount));
  }

  // --- none() ------------------------------------------------------------------------------------

  @Test
  void noneLetsTheTargetCurrencyThrough() {
    Money impact = money(USD, "12500.00");
    assertThat(CurrencyConverter.none().convert("financialImpact", impact, USD)).isEqualTo(impact);
  }

  @Test
  void noneRejectsAnotherCurrencyNamingTheField() {
    assertThatThrownBy(
            () -> CurrencyConverter.none().convert("financialImpact", money(EUR, "12000"), USD))
        .isExactlyInstanceOf(CurrencyMismatchException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("financialImpact")
        .hasMessageContaining("EUR 12000.00")
        .hasMessageContaining("USD")
        .hasMessageContaining("no currency converter is configured");
  }

  @Test
  void noneComparesWithinOneCurrencyAndRejectsAcross() {
    CurrencyConverter none = CurrencyConverter.none();
    assertThat(none.compare("costVariance", money(USD, "1000.01"), money(USD, "1000")))
        .isPositive();
    assertThat(none.compare("costVariance", money(USD, "1000.00"), money(USD, "1000"))).isZero();
    assertThat(none.compare("costVariance", money(USD, "999.99"), money(USD, "1000"))).isNegative();
    assertThatThrownBy(() -> none.compare("costVariance", money(GBP, "1"), money(USD, "1000")))
        .isExactlyInstanceOf(CurrencyMismatchException.class)
        .hasMessageContaining("costVariance")
        .hasMessageContaining("GBP 1.00");
  }

  // --- fixedRates() ------------------------------------------------------------------------------

  @Test
  void fixedRatesConvertIntoAndOutOfTheBase() {
    CurrencyConverter rates =
        CurrencyConverter.fixedRates(USD, Map.of(EUR, new BigDecimal("1.08")));
    // 100 x 1.08 = 108
    assertThat(rates.convert("x", money(EUR, "100"), USD)).isEqualTo(money(USD, "108.00"));
    // 108 / 1.08 = 100
    assertThat(rates.convert("x", money(USD, "108"), EUR)).isEqualTo(money(EUR, "100.00"));
    // 100 / 1.08 = 92.592592... -> 92.59
    assertThat(rates.convert("x", money(USD, "100"), EUR)).isEqualTo(money(EUR, "92.59"));
    // same currency passes unchanged
    assertThat(rates.convert("x", money(EUR, "7.5"), EUR)).isEqualTo(money(EUR, "7.50"));
  }

  @Test
  void fixedRatesConvertBetweenTwoNonBaseCurrenciesThroughTheBase() {
    CurrencyConverter rates =
        CurrencyConverter.fixedRates(
            USD, Map.of(EUR, new BigDecimal("1.08"), GBP, new BigDecimal("1.25")));
    // EUR 100 = USD 108 = GBP 108 / 1.25 = 86.40
    assertThat(rates.convert("x", money(EUR, "100"), GBP)).isEqualTo(money(GBP, "86.40"));
    // GBP 86.40 = USD 108 = EUR 100
    assertThat(rates.convert("x", money(GBP, "86.40"), EUR)).isEqualTo(money(EUR, "100.00"));
  }

  @Test
  void multiplicationRoundsHalfEven() {
    CurrencyConverter rates =
        CurrencyConverter.fixedRates(USD, Map.of(EUR, new BigDecimal("1.005")));
    // 1.00 x 1.005 = 1.005: a tie, to the even cent 1.00 (half-up would give 1.01)
    assertThat(rates.convert("x", money(EUR, "1.00"), USD)).isEqualTo(money(USD, "1.00"));
    // 3.00 x 1.005 = 3.015: a tie, to the even cent 3.02 (half-down would give 3.01)
    assertThat(rates.convert("x", money(EUR, "3.00"), USD)).isEqualTo(money(USD, "3.02"));
    // 5.00 x 1.005 = 5.025 -> 5.02; 7.00 x 1.005 = 7.035 -> 7.04
    assertThat(rates.convert("x", money(EUR, "5.00"), USD)).isEqualTo(money(USD, "5.02"));
    assertThat(rates.convert("x", money(EUR, "7.00"), USD)).isEqualTo(money(USD, "7.04"));
  }

  @Test
  void divisionRoundsHalfEven() {
    CurrencyConverter rates = CurrencyConverter.fixedRates(USD, Map.of(EUR, new BigDecimal("2")));
    // USD -> EUR divides by 2
    assertThat(rates.convert("x", money(USD, "0.01"), EUR)).isEqualTo(money(EUR, "0.00"));
    assertThat(rates.convert("x", money(USD, "0.03"), EUR)).isEqualTo(money(EUR, "0.02"));
    assertThat(rates.convert("x", money(USD, "2.01"), EUR)).isEqualTo(money(EUR, "1.00"));
    assertThat(rates.convert("x", money(USD, "2.03"), EUR)).isEqualTo(money(EUR, "1.02"));
    assertThat(rates.convert("x", money(USD, "2.05"), EUR)).isEqualTo(money(EUR, "1.02"));
  }

  @Test
  void roundingFollowsTheTargetCurrencysDecimalPlaces() {
    // one yen is worth USD 0.0064, so USD 1 is 156.25 yen
    CurrencyConverter rates =
        CurrencyConverter.fixedRates(USD, Map.of(JPY, new BigDecimal("0.0064")));
    assertThat(rates.convert("x", money(USD, "1"), JPY)).isEqualTo(money(JPY, "156"));
    // 312.5 -> 312 (even)
    assertThat(rates.convert("x", money(USD, "2"), JPY)).isEqualTo(money(JPY, "312"));
    // 468.75 -> 469
    assertThat(rates.convert("x", money(USD, "3"), JPY)).isEqualTo(money(JPY, "469"));
    // 1000 x 0.0064 = 6.4
    assertThat(rates.convert("x", money(JPY, "1000"), USD)).isEqualTo(money(USD, "6.40"));
  }

  @Test
  void theExactResultIsRoundedOnce() {
    // 1.00 x 1.00500000000000001 = 1.00500000000000001, just above the tie: 1.01.
    CurrencyConverter above =
        CurrencyConverter.fixedRates(USD, Map.of(EUR, new BigDecimal("1.00500000000000001")));
    assertThat(above.convert("x", money(EUR, "1.00"), USD)).isEqualTo(money(USD, "1.01"));
    // 1.00 x 1.01499999999999999 = 1.01499999999999999, just below the tie: 1.01.
    CurrencyConverter below =
        CurrencyConverter.fixedRates(USD, Map.of(EUR, new BigDecimal("1.01499999999999999")));
    assertThat(below.convert("x", money(EUR, "1.00"), USD)).isEqualTo(money(USD, "1.01"));
  }

  @Test
  void unknownCurrencyIsRejectedNamingTheField() {
    CurrencyConverter rates =
        CurrencyConverter.fixedRates(USD, Map.of(EUR, new BigDecimal("1.08")));
    assertThatThrownBy(() -> rates.convert("financialImpact", money(GBP, "10"), USD))
        .isExactlyInstanceOf(CurrencyMismatchException.class)
        .hasMessageContaining("financialImpact")
        .hasMessageContaining("GBP 10.00")
        .hasMessageContaining("USD");
    assertThatThrownBy(() -> rates.convert("costVariance", money(EUR, "10"), GBP))
        .isExactlyInstanceOf(CurrencyMismatchException.class)
        .hasMessageContaining("costVariance")
        .hasMessageContaining("GBP");
  }

  @Test
  void zeroOrNegativeRateIsRejected() {
    assertThatThrownBy(() -> CurrencyConverter.fixedRates(USD, Map.of(EUR, BigDecimal.ZERO)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("ratesToBase[EUR] must be positive but was 0");
    assertThatThrownBy(
            () -> CurrencyConverter.fixedRates(USD, Map.of(GBP, new BigDecimal("-1.25"))))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("ratesToBase[GBP] must be positive but was -1.25");
  }

  @Test
  void compareConvertsIntoTheThresholdsCurrency() {
    CurrencyConverter rates =
        CurrencyConverter.fixedRates(USD, Map.of(EUR, new BigDecimal("1.08")));
    Money bypass = money(USD, "10000");
    // EUR 10,000 = USD 10,800 > USD 10,000
    assertThat(rates.compare("financialImpact", money(EUR, "10000"), bypass)).isPositive();
    // EUR 9,259.25 = USD 9,999.99 < USD 10,000
    assertThat(rates.compare("financialImpact", money(EUR, "9259.25"), bypass)).isNegative();
    // EUR 10,000 = USD 10,800
    assertThat(rates.compare("financialImpact", money(EUR, "10000"), money(USD, "10800"))).isZero();
    // the threshold may be in a non-base currency: USD 10,800 = EUR 10,000
    assertThat(rates.compare("financialImpact", money(USD, "10800"), money(EUR, "10000"))).isZero();
    assertThat(rates.compare("financialImpact", money(USD, "10799.99"), money(EUR, "10000")))
        .isNegative();
  }

  @Test
  void comparisonsUseTheUnroundedConversion() {
    CurrencyConverter rates =
        CurrencyConverter.fixedRates(USD, Map.of(EUR, new BigDecimal("1.08")));
    // EUR 9,259.26 x 1.08 = USD 10,000.0008: shown as USD 10,000.00, yet more than USD 10,000.
    assertThat(rates.convert("x", money(EUR, "9259.26"), USD)).isEqualTo(money(USD, "10000.00"));
    assertThat(rates.compare("x", money(EUR, "9259.26"), money(USD, "10000"))).isPositive();
    // EUR 9,259.25 x 1.08 = USD 9,999.99: below.
    assertThat(rates.compare("x", money(EUR, "9259.25"), money(USD, "10000"))).isNegative();
    assertThat(rates.convertExactly("x", money(EUR, "9259.26"), USD).getAmount())
        .isEqualByComparingTo("10000.0008");
  }

  @Test
  void convertersCompareByValue() {
    assertThat(CurrencyConverter.fixedRates(USD, Map.of(EUR, new BigDecimal("1.08"))))
        .isEqualTo(CurrencyConverter.fixedRates(USD, Map.of(EUR, new BigDecimal("1.080"))))
        .isNotEqualTo(CurrencyConverter.fixedRates(USD, Map.of(EUR, new BigDecimal("1.09"))))
        .isNotEqualTo(CurrencyConverter.none());
    assertThat(CurrencyConverter.none()).isEqualTo(CurrencyConverter.none());
    // Equal converters are one key, e.g. in a cache of policies by configuration.
    assertThat(CurrencyConverter.fixedRates(USD, Map.of(EUR, new BigDecimal("1.08"))).hashCode())
        .isEqualTo(
            CurrencyConverter.fixedRates(USD, Map.of(EUR, new BigDecimal("1.080"))).hashCode());
  }

  @Test
  void convertersSayWhatTheyAre() {
    assertThat(CurrencyConverter.none()).hasToString("no currency conversion");
    assertThat(CurrencyConverter.fixedRates(USD, Map.of(EUR, new BigDecimal("1.080"))))
        .hasToString("fixed rates into USD {EUR=1.08}");
  }

  @Test
  void aRateForTheBaseCurrencyItselfMustBeOne() {
    assertThatThrownBy(() -> CurrencyConverter.fixedRates(USD, Map.of(USD, new BigDecimal("2"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ratesToBase[USD] must be 1 for the base currency itself but was 2");
  }
}
