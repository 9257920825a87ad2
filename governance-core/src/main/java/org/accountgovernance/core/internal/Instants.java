package org.accountgovernance.core.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Instant;
import org.apiguardian.api.API;

/**
 * Instants written into decisions and findings, exactly as {@link Instant#toString()} writes them
 * ({@code 2026-03-02T10:00:00Z}, {@code 2026-03-04T10:00:00.000000001Z}), without going through a
 * {@code DateTimeFormatter}: every explanation names its instants, and the formatter's generic
 * field lookup was the largest single cost of a decision.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Instants {
  private static final long SECONDS_PER_DAY = 86_400;
  // 0000-01-01T00:00:00Z and 10000-01-01T00:00:00Z: four-digit years, no sign.
  private static final long FIRST = -62_167_219_200L;
  private static final long END = 253_402_300_800L;

  private Instants() {}

  /**
   * {@code instant} in ISO-8601, character for character what {@link Instant#toString()} gives.
   *
   * @param instant the instant to write
   * @return e.g. {@code "2026-03-02T10:00:00Z"}; the fraction of a second, when there is one, in
   *     groups of three digits
   */
  public static String iso(Instant instant) {
    long seconds = instant.getEpochSecond();
    if (seconds < FIRST || seconds >= END) {
      // Signed and five-digit years are rare enough to leave to the JDK.
      return instant.toString();
    }
    long days = Math.floorDiv(seconds, SECONDS_PER_DAY);
    int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
    // Civil date from days since 1970-01-01 (proleptic Gregorian), in 400-year eras from March 1.
    long z = days + 719_468;
    long era = Math.floorDiv(z, 146_097);
    long dayOfEra = z - era * 146_097;
    long yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
    long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    long monthFromMarch = (5 * dayOfYear + 2) / 153;
    int day = (int) (dayOfYear - (153 * monthFromMarch + 2) / 5 + 1);
    int month = (int) (monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
    int year = (int) (yearOfEra + era * 400 + (month <= 2 ? 1 : 0));

    int nano = instant.getNano();
    char[] text = new char[30];
    digits(text, 0, year, 4);
    text[4] = '-';
    digits(text, 5, month, 2);
    text[7] = '-';
    digits(text, 8, day, 2);
    text[10] = 'T';
    digits(text, 11, secondOfDay / 3_600, 2);
    text[13] = ':';
    digits(text, 14, secondOfDay / 60 % 60, 2);
    text[16] = ':';
    digits(text, 17, secondOfDay % 60, 2);
    int length = 19;
    if (nano != 0) {
      text[length++] = '.';
      if (nano % 1_000_000 == 0) {
        digits(text, length, nano / 1_000_000, 3);
        length += 3;
      } else if (nano % 1_000 == 0) {
        digits(text, length, nano / 1_000, 6);
        length += 6;
      } else {
        digits(text, length, nano, 9);
        length += 9;
      }
    }
    text[length++] = 'Z';
    return new String(text, 0, length);
  }

  private static void digits(char[] text, int at, int value, int width) {
    int rest = value;
    for (int i = at + width - 1; i >= at; i--) {
      text[i] = (char) ('0' + rest % 10);
      rest /= 10;
    }
  }
}
