package org.accountgovernance.rules.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.Map;
import org.accountgovernance.core.engagement.AccountSegment;
import org.accountgovernance.core.engagement.ContactLevel;
import org.accountgovernance.core.engagement.Rating;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The defaults of the executive involvement and the validation of hosts' settings. */
class EngagementSettingsTest {

  private static void assertRejected(ThrowingCallable call, String message) {
    assertThatThrownBy(call)
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void theDefaults() {
    EngagementSettings settings = EngagementSettings.ofDefaults();

    assertThat(settings.intervals())
        .containsOnly(
            Map.entry(AccountSegment.STRATEGIC, Period.ofMonths(3)),
            Map.entry(AccountSegment.KEY, Period.ofMonths(6)),
            Map.entry(AccountSegment.STANDARD, Period.ofMonths(12)));
    assertThat(settings.strategicImportance()).isEqualTo(Rating.HIGH);
    assertThat(settings.keyThreshold()).isEqualTo(Rating.HIGH);
    assertThat(settings.rotationRun()).isEqualTo(3);
    assertThat(settings.levelRecency())
        .containsOnly(
            Map.entry(ContactLevel.EXECUTIVE, Period.ofMonths(3)),
            Map.entry(ContactLevel.MANAGEMENT, Period.ofMonths(3)),
            Map.entry(ContactLevel.OPERATIONAL, Period.ofMonths(3)));
    assertThat(settings.ideaGap()).isEqualTo(Period.ofMonths(3));
    assertThat(EngagementSettings.builder().build()).isEqualTo(settings);
  }

  @Test
  void fromKeepsTheBaseAndChangesWhatIsSet() {
    EngagementSettings mine =
        EngagementSettings.from(EngagementSettings.ofDefaults()).rotationRun(2).build();

    assertThat(mine.rotationRun()).isEqualTo(2);
    assertThat(mine.intervals()).isEqualTo(EngagementSettings.DEFAULT_INTERVALS);
  }

  @Test
  void aSegmentWithoutIntervalIsRejectedNamingIt() {
    assertRejected(
        () ->
            EngagementSettings.builder()
                .intervals(
                    Map.of(
                        AccountSegment.STRATEGIC, Period.ofMonths(3),
                        AccountSegment.STANDARD, Period.ofMonths(12)))
                .build(),
        "EngagementSettings.intervals[KEY] must be a positive period but was missing");
  }

  @Test
  void anIntervalThatIsNotPositiveIsRejected() {
    assertRejected(
        () ->
            EngagementSettings.builder()
                .intervals(
                    Map.of(
                        AccountSegment.STRATEGIC, Period.ZERO,
                        AccountSegment.KEY, Period.ofMonths(6),
                        AccountSegment.STANDARD, Period.ofMonths(12)))
                .build(),
        "EngagementSettings.intervals[STRATEGIC] must be a positive period but was P0D");
    assertRejected(
        () ->
            EngagementSettings.builder()
                .intervals(
                    Map.of(
                        AccountSegment.STRATEGIC, Period.ofMonths(3),
                        AccountSegment.KEY, Period.ofMonths(6),
                        AccountSegment.STANDARD, Period.ofMonths(-12)))
                .build(),
        "EngagementSettings.intervals[STANDARD] must be a positive period but was P-12M");
  }

  @Test
  void aLevelWithoutRecencyIsRejectedNamingIt() {
    assertRejected(
        () ->
            EngagementSettings.builder()
                .levelRecency(
                    Map.of(
                        ContactLevel.EXECUTIVE, Period.ofMonths(3),
                        ContactLevel.MANAGEMENT, Period.ofMonths(3)))
                .build(),
        "EngagementSettings.levelRecency[OPERATIONAL] must be a positive period but was missing");
    assertRejected(
        () ->
            EngagementSettings.builder()
                .levelRecency(
                    Map.of(
                        ContactLevel.EXECUTIVE, Period.ofMonths(3),
                        ContactLevel.MANAGEMENT, Period.ofDays(-1),
                        ContactLevel.OPERATIONAL, Period.ofMonths(3)))
                .build(),
        "EngagementSettings.levelRecency[MANAGEMENT] must be a positive period but was P-1D");
  }

  @Test
  void aRunOfFewerThanTwoIsRejected() {
    assertRejected(
        () -> EngagementSettings.builder().rotationRun(1).build(),
        "EngagementSettings.rotationRun must be at least 2 but was 1");
    assertThat(EngagementSettings.builder().rotationRun(2).build().rotationRun()).isEqualTo(2);
  }

  @Test
  void anIdeaGapThatIsNotPositiveIsRejected() {
    assertRejected(
        () -> EngagementSettings.builder().ideaGap(Period.ZERO).build(),
        "EngagementSettings.ideaGap must be positive but was P0D");
  }
}
