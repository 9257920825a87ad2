package org.accountgovernance.core.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Duration;
import org.apiguardian.api.API;

/**
 * Validation helpers whose messages always name the field, the rule and the offending value, in the
 * form {@code "<field> must be <rule> but was <value>"}.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Checks {
  private Checks() {}

  /**
   * Fails with an {@link IllegalArgumentException} naming field, rule and value unless {@code ok}.
   *
   * @param ok the condition that must hold
   * @param field the name of the checked value as users know it, e.g. {@code "Finding.until"}
   * @param rule what the value must be, completing the phrase "must be", e.g. {@code "at or after
   *     since"}
   * @param value the offending value, shown after "but was"
   * @throws IllegalArgumentException when {@code ok} is false
   */
  public static void check(boolean ok, String field, String rule, Object value) {
    if (!ok) {
      throw failure(field, rule, value);
    }
  }

  /**
   * The exception {@link #check} throws, for a caller whose message needs work to build (an
   * instant's text, a concatenation): building it only on failure keeps the valid path free of
   * formatting, which the decision paths run millions of times.
   *
   * @param field the field or parameter that holds the value, e.g. {@code "Pause.end"}
   * @param rule what the value must be, e.g. {@code "at or after start 2026-03-02T10:00:00Z"}
   * @param value the offending value
   * @return the exception to throw, with the message {@code "<field> must be <rule> but was
   *     <value>"}
   */
  public static IllegalArgumentException failure(String field, String rule, Object value) {
    return new IllegalArgumentException(field + " must be " + rule + " but was " + value);
  }

  /**
   * Fails unless {@code value} has a character other than whitespace.
   *
   * @param field the name of the checked value, for the message
   * @param value the text to check
   * @return {@code value} itself, so that the check can wrap an assignment
   * @throws IllegalArgumentException when {@code value} is empty or only whitespace
   */
  public static String notBlank(String field, String value) {
    if (value.isBlank()) {
      throw failure(field, "non-blank", "'" + value + "'");
    }
    return value;
  }

  /**
   * Fails unless {@code value} is zero or positive.
   *
   * @param field the name of the checked value, for the message
   * @param value the duration to check
   * @return {@code value} itself, so that the check can wrap an assignment
   * @throws IllegalArgumentException when {@code value} is negative
   */
  public static Duration nonNegative(String field, Duration value) {
    check(!value.isNegative(), field, "zero or positive", value);
    return value;
  }

  /**
   * Fails unless {@code value} is strictly positive.
   *
   * @param field the name of the checked value, for the message
   * @param value the duration to check
   * @return {@code value} itself, so that the check can wrap an assignment
   * @throws IllegalArgumentException when {@code value} is zero or negative
   */
  public static Duration positive(String field, Duration value) {
    check(!value.isNegative() && !value.isZero(), field, "positive", value);
    return value;
  }
}
