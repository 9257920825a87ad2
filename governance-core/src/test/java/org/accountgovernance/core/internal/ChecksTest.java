package org.accountgovernance.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The validation helpers every value type uses: the message names field, rule and value, and a
 * value that passes comes back unchanged, so a check can stand where the value is used.
 */
class ChecksTest {

  @Test
  void aFailedCheckNamesFieldRuleAndValue() {
    assertThatThrownBy(() -> Checks.check(false, "Level.rank", "positive", -1))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("Level.rank must be positive but was -1");
    Checks.check(true, "Level.rank", "positive", 1);
  }

  @Test
  void notBlankPassesTextThroughAndQuotesBlankText() {
    assertThat(Checks.notBlank("Contact.person", "Kim Ode")).isEqualTo("Kim Ode");
    assertThat(Checks.notBlank("Contact.person", " x ")).isEqualTo(" x ");
    assertThatThrownBy(() -> Checks.notBlank("Contact.person", " \t"))
        .hasMessage("Contact.person must be non-blank but was ' \t'");
  }

  @Test
  void nonNegativeAcceptsZeroAndPassesTheDurationThrough() {
    assertThat(Checks.nonNegative("target", Duration.ZERO)).isZero();
    assertThat(Checks.nonNegative("target", Duration.ofHours(4))).isEqualTo(Duration.ofHours(4));
    assertThatThrownBy(() -> Checks.nonNegative("target", Duration.ofNanos(-1)))
        .hasMessage("target must be zero or positive but was PT-0.000000001S");
  }

  @Test
  void positiveRejectsZeroAndPassesTheDurationThrough() {
    assertThat(Checks.positive("lead", Duration.ofNanos(1))).isEqualTo(Duration.ofNanos(1));
    assertThatThrownBy(() -> Checks.positive("lead", Duration.ZERO))
        .hasMessage("lead must be positive but was PT0S");
    assertThatThrownBy(() -> Checks.positive("lead", Duration.ofMinutes(-5)))
        .hasMessage("lead must be positive but was PT-5M");
  }
}
