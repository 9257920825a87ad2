package org.accountgovernance.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The SPI's default {@code windows}, as a host calendar that implements only the basics gets it.
 */
class DefaultWindowsTest {
  private static final Instant T = Instant.parse("2026-03-02T00:00:00Z");

  private static CoverageCalendar host(CoverageCalendar inner) {
    return new CoverageCalendar() {
      @Override
      public Instant add(Instant start, Duration workingTime) {
        return inner.add(start, workingTime);
      }

      @Override
      public Duration between(Instant from, Instant to) {
        return inner.between(from, to);
      }

      @Override
      public boolean isCovered(Instant instant) {
        return inner.isCovered(instant);
      }
    };
  }

  @Test
  void aRangeLongerThanNanosecondsCanCountIsOneWindowForARoundTheClockCalendar() {
    Instant far = T.plus(Duration.ofDays(365L * 300));
    assertThat(host(CoverageCalendar.alwaysOn()).windows(T, far))
        .containsExactly(CoverageWindow.of(T, far));
  }

  @Test
  void anEmptyRangeHasNoWindow() {
    assertThat(host(CoverageCalendar.alwaysOn()).windows(T, T)).isEmpty();
  }
}
