package org.accountgovernance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TestClockTest {
  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  @Test
  void standsStillUntilMoved() {
    TestClock clock = TestClock.at(T0);
    assertThat(clock.instant()).isEqualTo(T0);
    assertThat(clock.instant()).isEqualTo(T0);
    assertThat(clock.advance(Duration.ofHours(48)))
        .isEqualTo(Instant.parse("2026-03-04T08:00:00Z"));
    clock.set(T0.minusSeconds(1));
    assertThat(clock.millis()).isEqualTo(T0.minusSeconds(1).toEpochMilli());
  }

  @Test
  void aZonedViewSharesTheInstant() {
    TestClock clock = TestClock.at(T0);
    Clock berlin = clock.withZone(ZoneId.of("Europe/Berlin"));
    clock.advance(Duration.ofMinutes(90));
    assertThat(berlin.instant()).isEqualTo(T0.plus(Duration.ofMinutes(90)));
    assertThat(berlin.getZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
  }

  @Test
  void refusesToRunBackwards() {
    TestClock clock = TestClock.at(T0);
    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amount")
        .hasMessageContaining("PT-1S");
    assertThat(clock.instant()).isEqualTo(T0);
  }
}
