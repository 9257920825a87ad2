package org.accountgovernance.rules.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.Map;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.Reason;
import org.accountgovernance.core.engagement.AccountProfile;
import org.accountgovernance.core.engagement.AccountSegment;
import org.accountgovernance.core.engagement.ExecutiveCadence;
import org.accountgovernance.core.engagement.Rating;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The playbook's executive frequency: strategic when the strategic importance is HIGH, key when it
 * is MEDIUM or the size or growth potential is HIGH, standard otherwise; every P3M, P6M, P12M.
 */
class PlaybookExecutiveFrequencyTest {
  private static final AccountId ACME = AccountId.of("ACME");
  private static final PlaybookExecutiveFrequency DEFAULTS =
      new PlaybookExecutiveFrequency(EngagementSettings.ofDefaults());

  private static AccountProfile profile(Rating size, Rating growth, Rating importance) {
    return AccountProfile.of(ACME, size, growth, importance);
  }

  @ParameterizedTest(name = "size {0}, growth {1}, importance {2}: {3} every {4}")
  @CsvSource({
    "LOW,    LOW,    HIGH,   STRATEGIC, P3M",
    "HIGH,   HIGH,   HIGH,   STRATEGIC, P3M",
    "MEDIUM, MEDIUM, HIGH,   STRATEGIC, P3M",
    "LOW,    LOW,    MEDIUM, KEY,       P6M",
    "HIGH,   HIGH,   MEDIUM, KEY,       P6M",
    "HIGH,   LOW,    LOW,    KEY,       P6M",
    "LOW,    HIGH,   LOW,    KEY,       P6M",
    "HIGH,   LOW,    MEDIUM, KEY,       P6M",
    "MEDIUM, MEDIUM, LOW,    STANDARD,  P12M",
    "MEDIUM, LOW,    LOW,    STANDARD,  P12M",
    "LOW,    LOW,    LOW,    STANDARD,  P12M",
  })
  void theSegmentAndIntervalOfAProfile(
      Rating size, Rating growth, Rating importance, AccountSegment segment, String interval) {
    ExecutiveCadence cadence = DEFAULTS.cadence(profile(size, growth, importance));

    assertThat(cadence.segment()).isEqualTo(segment);
    assertThat(cadence.interval()).isEqualTo(Period.parse(interval));
    assertThat(cadence.reason().ruleId()).isEqualTo(EngagementRules.TIER);
  }

  @Test
  void theIntervalsAreQuarterlySemiAnnualAndAnnual() {
    assertThat(EngagementSettings.DEFAULT_INTERVALS)
        .containsOnly(
            Map.entry(AccountSegment.STRATEGIC, Period.ofMonths(3)),
            Map.entry(AccountSegment.KEY, Period.ofMonths(6)),
            Map.entry(AccountSegment.STANDARD, Period.ofMonths(12)));
  }

  @Test
  void aStrategicAccountSaysWhy() {
    ExecutiveCadence cadence = DEFAULTS.cadence(profile(Rating.LOW, Rating.LOW, Rating.HIGH));

    assertThat(cadence.reason())
        .isEqualTo(
            Reason.of(
                EngagementRules.TIER,
                "strategic importance HIGH",
                "strategic account",
                "a strategic account: executives meet at least every P3M"));
  }

  @Test
  void aKeyAccountSaysWhy() {
    ExecutiveCadence cadence = DEFAULTS.cadence(profile(Rating.HIGH, Rating.LOW, Rating.LOW));

    assertThat(cadence.reason())
        .isEqualTo(
            Reason.of(
                EngagementRules.TIER,
                "importance LOW, size HIGH, growth LOW",
                "key account",
                "a key account: executives meet at least every P6M"));
  }

  @Test
  void aStandardAccountSaysWhy() {
    ExecutiveCadence cadence = DEFAULTS.cadence(profile(Rating.MEDIUM, Rating.LOW, Rating.LOW));

    assertThat(cadence.reason())
        .isEqualTo(
            Reason.of(
                EngagementRules.TIER,
                "importance LOW, size MEDIUM, growth LOW",
                "standard account",
                "a standard account: executives meet at least every P12M"));
  }

  @Test
  void theIntervalsAreSettings() {
    PlaybookExecutiveFrequency mine =
        new PlaybookExecutiveFrequency(
            EngagementSettings.builder()
                .intervals(
                    Map.of(
                        AccountSegment.STRATEGIC, Period.ofMonths(2),
                        AccountSegment.KEY, Period.ofMonths(4),
                        AccountSegment.STANDARD, Period.ofMonths(9)))
                .build());

    assertThat(mine.cadence(profile(Rating.LOW, Rating.LOW, Rating.HIGH)).interval())
        .isEqualTo(Period.ofMonths(2));
    assertThat(mine.cadence(profile(Rating.LOW, Rating.LOW, Rating.MEDIUM)).interval())
        .isEqualTo(Period.ofMonths(4));
    assertThat(mine.cadence(profile(Rating.LOW, Rating.LOW, Rating.LOW)).interval())
        .isEqualTo(Period.ofMonths(9));
  }

  @Test
  void theKeyThresholdIsASetting() {
    PlaybookExecutiveFrequency fromMedium =
        new PlaybookExecutiveFrequency(
            EngagementSettings.builder().keyThreshold(Rating.MEDIUM).build());

    assertThat(fromMedium.cadence(profile(Rating.MEDIUM, Rating.LOW, Rating.LOW)).segment())
        .isEqualTo(AccountSegment.KEY);
    assertThat(fromMedium.cadence(profile(Rating.LOW, Rating.MEDIUM, Rating.LOW)).segment())
        .isEqualTo(AccountSegment.KEY);
    assertThat(fromMedium.cadence(profile(Rating.LOW, Rating.LOW, Rating.LOW)).segment())
        .isEqualTo(AccountSegment.STANDARD);
  }

  @Test
  void theStrategicImportanceIsASetting() {
    PlaybookExecutiveFrequency fromMedium =
        new PlaybookExecutiveFrequency(
            EngagementSettings.builder().strategicImportance(Rating.MEDIUM).build());

    ExecutiveCadence cadence = fromMedium.cadence(profile(Rating.LOW, Rating.LOW, Rating.MEDIUM));

    assertThat(cadence.segment()).isEqualTo(AccountSegment.STRATEGIC);
    assertThat(cadence.reason().observed()).isEqualTo("strategic importance MEDIUM");
    assertThat(fromMedium.cadence(profile(Rating.HIGH, Rating.HIGH, Rating.LOW)).segment())
        .isEqualTo(AccountSegment.KEY);
  }
}
