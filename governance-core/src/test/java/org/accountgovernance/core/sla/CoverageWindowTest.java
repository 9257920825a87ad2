package org.accountgovernance.core.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageWindowTest {
  private static final Instant FIVE_PM = Instant.parse("2026-03-02T17:00:00Z");
  private static final Instant EIGHT_AM = Instant.parse("2026-03-03T08:00:00Z");

  @Test
  void anEmptyWindowIsRejected() {
    assertThatThrownBy(() -> CoverageWindow.of(FIVE_PM, FIVE_PM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "CoverageWindow.end must be after start 2026-03-02T17:00:00Z"
                + " but was 2026-03-02T17:00:00Z");
  }

  @Test
  void aBackwardWindowIsRejected() {
    assertThatThrownBy(() -> CoverageWindow.of(EIGHT_AM, FIVE_PM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CoverageWindow.end must be after start");
  }

  @Test
  void oneNanosecondIsTheShortestWindow() {
    assertThat(CoverageWindow.of(FIVE_PM, FIVE_PM.plusNanos(1)).length())
        .isEqualTo(Duration.ofNanos(1));
  }

  @Test
  void lengthIsEndMinusStart() {
    assertThat(CoverageWindow.of(FIVE_PM, EIGHT_AM).length()).isEqualTo(Duration.ofHours(15));
  }

  @Test
  void containsIsHalfOpen() {
    CoverageWindow window = CoverageWindow.of(FIVE_PM, EIGHT_AM);
    assertThat(window.contains(FIVE_PM.minusNanos(1))).isFalse();
    assertThat(window.contains(FIVE_PM)).isTrue();
    assertThat(window.contains(EIGHT_AM.minusNanos(1))).isTrue();
    assertThat(window.contains(EIGHT_AM)).isFalse();
  }

  @Test
  void ordersByStartThenEnd() {
    CoverageWindow early = CoverageWindow.of(FIVE_PM, EIGHT_AM);
    CoverageWindow earlyShort = CoverageWindow.of(FIVE_PM, FIVE_PM.plusSeconds(60));
    CoverageWindow late = CoverageWindow.of(FIVE_PM.plusSeconds(1), FIVE_PM.plusSeconds(2));
    List<CoverageWindow> windows = new ArrayList<>(List.of(late, early, earlyShort));
    Collections.sort(windows);
    assertThat(windows).containsExactly(earlyShort, early, late);
    assertThat(early.compareTo(CoverageWindow.of(FIVE_PM, EIGHT_AM))).isZero();
  }

  @Test
  void equalByValueAndShownHalfOpen() {
    assertThat(CoverageWindow.of(FIVE_PM, EIGHT_AM))
        .isEqualTo(CoverageWindow.of(FIVE_PM, EIGHT_AM))
        .hasToString("[2026-03-02T17:00:00Z, 2026-03-03T08:00:00Z)");
  }
}
