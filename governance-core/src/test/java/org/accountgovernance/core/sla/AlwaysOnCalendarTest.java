package org.accountgovernance.core.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The round-the-clock calendar: working time is wall-clock time. */
class AlwaysOnCalendarTest {
  private static final CoverageCalendar ALWAYS = CoverageCalendar.alwaysOn();
  private static final Instant T = Instant.parse("2026-03-07T23:30:00Z");

  @Test
  void everyInstantIsCovered() {
    assertThat(ALWAYS.isCovered(T)).isTrue();
    assertThat(ALWAYS.isCovered(Instant.EPOCH)).isTrue();
    assertThat(ALWAYS.between(T, T.plus(Duration.ofHours(49)))).isEqualTo(Duration.ofHours(49));
    assertThat(ALWAYS.add(T, Duration.ofHours(49))).isEqualTo(T.plus(Duration.ofHours(49)));
    assertThat(ALWAYS).hasToString("24x7");
  }

  @Test
  void aRangeIsOneWindowAndAnEmptyRangeNone() {
    assertThat(ALWAYS.windows(T, T.plusSeconds(90)))
        .containsExactly(CoverageWindow.of(T, T.plusSeconds(90)));
    assertThat(ALWAYS.windows(T, T.plusNanos(1)))
        .containsExactly(CoverageWindow.of(T, T.plusNanos(1)));
    assertThat(ALWAYS.windows(T, T)).isEmpty();
  }

  @Test
  void backwardRangesAndNegativeWorkingTimeAreRejected() {
    assertThatThrownBy(() -> ALWAYS.windows(T, T.minusNanos(1)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "to must be at or after from (2026-03-07T23:30:00Z) but was"
                + " 2026-03-07T23:29:59.999999999Z");
    assertThatThrownBy(() -> ALWAYS.between(T, T.minusNanos(1)))
        .isExactlyInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ALWAYS.add(T, Duration.ofNanos(-1)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("workingTime must be zero or positive but was PT-0.000000001S");
  }
}
