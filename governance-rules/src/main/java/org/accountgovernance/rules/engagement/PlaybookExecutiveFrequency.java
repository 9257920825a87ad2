package org.accountgovernance.rules.engagement;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Objects;
import org.accountgovernance.core.Reason;
import org.accountgovernance.core.engagement.AccountProfile;
import org.accountgovernance.core.engagement.AccountSegment;
import org.accountgovernance.core.engagement.ExecutiveCadence;
import org.accountgovernance.core.engagement.ExecutiveFrequencyPolicy;
import org.accountgovernance.core.engagement.Rating;
import org.apiguardian.api.API;

/**
 * The playbook's executive frequency: the profile's segment (see {@link EngagementSettings}) and
 * its interval — strategic quarterly, key semi-annually, standard annually by default.
 *
 * <p>Example: {@code new PlaybookExecutiveFrequency(EngagementSettings.ofDefaults())
 * .cadence(AccountProfile.of(id, Rating.HIGH, Rating.LOW, Rating.MEDIUM))} is KEY, every 6 months.
 * Immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class PlaybookExecutiveFrequency implements ExecutiveFrequencyPolicy {
  private final EngagementSettings settings;

  /**
   * The frequency with {@code settings}.
   *
   * @param settings the rating thresholds that decide an account's segment, and the exchange
   *     interval of each segment
   */
  public PlaybookExecutiveFrequency(EngagementSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  @Override
  public ExecutiveCadence cadence(AccountProfile profile) {
    AccountSegment segment;
    String why;
    if (atLeast(profile.strategicImportance(), settings.strategicImportance())) {
      segment = AccountSegment.STRATEGIC;
      why = "strategic importance " + profile.strategicImportance();
    } else if (atLeast(profile.strategicImportance(), settings.keyImportance())
        || atLeast(profile.size(), settings.keyThreshold())
        || atLeast(profile.growthPotential(), settings.keyThreshold())) {
      segment = AccountSegment.KEY;
      why =
          "importance "
              + profile.strategicImportance()
              + ", size "
              + profile.size()
              + ", growth "
              + profile.growthPotential();
    } else {
      segment = AccountSegment.STANDARD;
      why =
          "importance "
              + profile.strategicImportance()
              + ", size "
              + profile.size()
              + ", growth "
              + profile.growthPotential();
    }
    return ExecutiveCadence.of(
        segment,
        Objects.requireNonNull(settings.intervals().get(segment)),
        Reason.of(
            EngagementRules.TIER,
            why,
            segment.name().toLowerCase(java.util.Locale.ROOT) + " account",
            "a "
                + segment.name().toLowerCase(java.util.Locale.ROOT)
                + " account: executives meet at least every "
                + Objects.requireNonNull(settings.intervals().get(segment))));
  }

  private static boolean atLeast(Rating rating, Rating threshold) {
    return rating.compareTo(threshold) >= 0;
  }
}
