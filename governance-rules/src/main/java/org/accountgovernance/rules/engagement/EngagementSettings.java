package org.accountgovernance.rules.engagement;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Period;
import java.util.Map;
import org.accountgovernance.core.engagement.AccountSegment;
import org.accountgovernance.core.engagement.ContactLevel;
import org.accountgovernance.core.engagement.Rating;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Every number of the playbook's executive involvement (EXE), with defaults: executive exchanges
 * quarterly for strategic accounts, semi-annually for key accounts, annually for the others; a
 * finding when the last three exchanges were all with one executive; a contact at every level at
 * least every three months; an idea shared at least every three months.
 *
 * <p>Segments (*interp.*): strategic when the strategic importance is at or above {@link
 * #strategicImportance()} (HIGH); key when the importance is at or above {@link #keyImportance()}
 * (MEDIUM) or the size or the growth potential is at or above {@link #keyThreshold()} (HIGH);
 * standard otherwise.
 *
 * <pre>{@code
 * EngagementSettings mine = EngagementSettings.from(EngagementSettings.ofDefaults())
 *     .intervals(Map.of(STRATEGIC, Period.ofMonths(2), KEY, Period.ofMonths(4), STANDARD, Period.ofMonths(12)))
 *     .rotationRun(2)
 *     .build();
 * }</pre>
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class EngagementSettings {
  /** Strategic quarterly, key semi-annually, standard annually. */
  public static final Map<AccountSegment, Period> DEFAULT_INTERVALS =
      Map.of(
          AccountSegment.STRATEGIC, Period.ofMonths(3),
          AccountSegment.KEY, Period.ofMonths(6),
          AccountSegment.STANDARD, Period.ofMonths(12));

  /** The same executive in this many consecutive exchanges is a dependence: 3. */
  public static final int DEFAULT_ROTATION_RUN = 3;

  /** A contact at each level at least every 3 months. */
  public static final Map<ContactLevel, Period> DEFAULT_LEVEL_RECENCY =
      Map.of(
          ContactLevel.EXECUTIVE, Period.ofMonths(3),
          ContactLevel.MANAGEMENT, Period.ofMonths(3),
          ContactLevel.OPERATIONAL, Period.ofMonths(3));

  /** An idea shared at least every 3 months. */
  public static final Period DEFAULT_IDEA_GAP = Period.ofMonths(3);

  private static final EngagementSettings DEFAULTS = builder().build();

  EngagementSettings() {}

  /**
   * The executive-exchange interval by segment.
   *
   * @return the longest period, on the account's calendar, between executive exchanges (EXE-LAPSE)
   *     for each of the strategic, key and standard segments; every segment has a positive period;
   *     default {@link #DEFAULT_INTERVALS}
   */
  @Value.Default
  public Map<AccountSegment, Period> intervals() {
    return DEFAULT_INTERVALS;
  }

  /**
   * The strategic importance from which an account is strategic.
   *
   * @return the lowest strategic-importance rating that makes an account strategic; default {@link
   *     Rating#HIGH}
   */
  @Value.Default
  public Rating strategicImportance() {
    return Rating.HIGH;
  }

  /**
   * The strategic importance from which an account is at least key.
   *
   * @return the lowest strategic-importance rating that makes a non-strategic account key; default
   *     {@link Rating#MEDIUM}
   */
  @Value.Default
  public Rating keyImportance() {
    return Rating.MEDIUM;
  }

  /**
   * The size or growth potential from which an account is key.
   *
   * @return the lowest size rating, or growth-potential rating, that on its own makes a
   *     non-strategic account key; default {@link Rating#HIGH}
   */
  @Value.Default
  public Rating keyThreshold() {
    return Rating.HIGH;
  }

  /**
   * How many consecutive exchanges with one executive make a dependence (EXE-ROTATION).
   *
   * @return the length of a run of exchanges with the same executive that is reported; at least 2;
   *     default {@link #DEFAULT_ROTATION_RUN}
   */
  @Value.Default
  public int rotationRun() {
    return DEFAULT_ROTATION_RUN;
  }

  /**
   * The longest time without a contact at each level (EXE-LEVELS).
   *
   * @return for each of the executive, management and operational levels, the positive period on
   *     the account's calendar that may pass without a contact at that level; every level has one;
   *     default {@link #DEFAULT_LEVEL_RECENCY}
   */
  @Value.Default
  public Map<ContactLevel, Period> levelRecency() {
    return DEFAULT_LEVEL_RECENCY;
  }

  /**
   * The longest time without an idea shared (EXE-IDEAS).
   *
   * @return the positive period on the account's calendar that may pass without an idea shared with
   *     the customer; default {@link #DEFAULT_IDEA_GAP}
   */
  @Value.Default
  public Period ideaGap() {
    return DEFAULT_IDEA_GAP;
  }

  /**
   * The playbook's settings.
   *
   * @return settings with quarterly, semi-annual and annual exchanges by segment, a run of 3 for
   *     rotation, and a contact at every level and an idea at least every 3 months
   */
  public static EngagementSettings ofDefaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder in which every attribute left unset keeps its playbook default
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder starting from {@code base}.
   *
   * @param base the settings to copy; they are not changed
   * @return a new builder holding every value of {@code base}, validated again when built
   */
  public static Builder from(EngagementSettings base) {
    return builder().from(base);
  }

  /** Builds {@link EngagementSettings}. */
  public static final class Builder extends ImmutableEngagementSettings.Builder {}

  @Value.Check
  void check() {
    for (AccountSegment segment : AccountSegment.values()) {
      Period interval = intervals().get(segment);
      if (!(interval != null && !interval.isNegative() && !interval.isZero())) {
        throw Checks.failure(
            "EngagementSettings.intervals[" + segment + "]",
            "a positive period",
            interval == null ? "missing" : interval);
      }
    }
    for (ContactLevel level : ContactLevel.values()) {
      Period recency = levelRecency().get(level);
      if (!(recency != null && !recency.isNegative() && !recency.isZero())) {
        throw Checks.failure(
            "EngagementSettings.levelRecency[" + level + "]",
            "a positive period",
            recency == null ? "missing" : recency);
      }
    }
    Checks.check(rotationRun() >= 2, "EngagementSettings.rotationRun", "at least 2", rotationRun());
    Checks.check(
        !ideaGap().isNegative() && !ideaGap().isZero(),
        "EngagementSettings.ideaGap",
        "positive",
        ideaGap());
  }
}
