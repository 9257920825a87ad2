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
   */
  public static void check(boolean ok, String field, String rule, Object value) {
    if (!ok) {
      throw new IllegalArgumentException(field + " must be " + rule + " but was " + value);
    }
  }

  /** Fails unless {@code value} has a character other than whitespace. */
  public static String notBlank(String field, String value) {
    check(!value.isBlank(), field, "non-blank", "'" + value + "'");
    return value;
  }

  /** Fails unless {@code value} is zero or positive. */
  public static Duration nonNegative(String field, Duration value) {
    check(!value.isNegative(), field, "zero or positive", value);
    return value;
  }

  /** Fails unless {@code value} is strictly positive. */
  public static Duration positive(String field, Duration value) {
    check(!value.isNegative() && !value.isZero(), field, "positive", value);
    return value;
  }
}
