package org.accountgovernance.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Durations as decisions and findings write them for people. */
class DurationsTest {

  @Test
  void hoursMinutesAndSecondsInLowerCase() {
    assertThat(Durations.human(Duration.ofHours(48))).isEqualTo("48h");
    assertThat(Durations.human(Duration.ofMinutes(90))).isEqualTo("1h30m");
    assertThat(Durations.human(Duration.ofSeconds(15 * 3600 + 1))).isEqualTo("15h1s");
  }

  @Test
  void zeroIsZeroSeconds() {
    assertThat(Durations.human(Duration.ZERO)).isEqualTo("0s");
  }

  @Test
  void nanosecondsAreNotWritten() {
    // A nanosecond past a cut-off is common: "late by under 1s", not "late by 0.000000001s".
    assertThat(Durations.human(Duration.ofNanos(1))).isEqualTo("under 1s");
    assertThat(Durations.human(Duration.ofMillis(999))).isEqualTo("under 1s");
    assertThat(Durations.human(Duration.ofHours(2).plusNanos(1))).isEqualTo("2h");
    assertThat(Durations.human(Duration.ofSeconds(1).plusMillis(500))).isEqualTo("1s");
  }

  @Test
  void aNegativeDurationKeepsItsSign() {
    assertThat(Durations.human(Duration.ofMinutes(-30))).isEqualTo("-30m");
  }
}
