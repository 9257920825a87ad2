package org.accountgovernance.rules.cadence;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.cadence.AccountPhase;
import org.accountgovernance.core.cadence.MeetingTier;
import org.accountgovernance.core.cadence.MonthlyRule;
import org.accountgovernance.core.cadence.ScheduleRule;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The playbook's operating cadence (CAD) as settings: the three tiers exactly as the playbook's
 * table, when each meets (a default a host replaces), the phases in which the cadence is mandatory,
 * the longest allowed gap between weekly syncs, and the calendar horizon.
 *
 * <pre>{@code
 * CadenceSettings mine = CadenceSettings.from(CadenceSettings.ofDefaults())
 *     .schedule(Map.of("WEEKLY", ScheduleRule.weekly(DayOfWeek.MONDAY, LocalTime.of(9, 0)),
 *                      "MONTHLY", MonthlyRule.dayOfMonth(1, 5, LocalTime.of(14, 0)),
 *                      "QBR", MonthlyRule.nthWeekday(3, 2, DayOfWeek.WEDNESDAY, LocalTime.of(15, 0))))
 *     .build();
 * }</pre>
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class CadenceSettings {
  /** The weekly tier's id. */
  public static final String WEEKLY = "WEEKLY";

  /** The monthly tier's id. */
  public static final String MONTHLY = "MONTHLY";

  /** The quarterly tier's id. */
  public static final String QUARTERLY = "QBR";

  /** Tier 1, Weekly Operations Sync. */
  public static final MeetingTier WEEKLY_OPERATIONS_SYNC =
      MeetingTier.builder()
          .id(WEEKLY)
          .name("Weekly Operations Sync")
          .frequency(MeetingTier.Frequency.WEEKLY)
          .objective("Clear immediate roadblocks")
          .horizon("T+0 to T+4 weeks")
          .addInputs("Open Order Report", "Material Shortage List")
          .addOutputs("Confirmed ship dates for the next 2 weeks")
          .addRequiredAttendees(
              PartyRole.customer("Customer Buyer"), PartyRole.supplier("Factory PM"))
          .build();

  /** Tier 2, Monthly Performance Review. */
  public static final MeetingTier MONTHLY_PERFORMANCE_REVIEW =
      MeetingTier.builder()
          .id(MONTHLY)
          .name("Monthly Performance Review")
          .frequency(MeetingTier.Frequency.MONTHLY)
          .objective("Review KPI deviation and systemic issues")
          .horizon("the past month's KPIs")
          .addInputs("Quality Report (Yield/RMA)", "OTIF", "AR Aging")
          .addOutputs("CAPA for every metric below target")
          .addRequiredAttendees(
              PartyRole.customer("Customer Ops Lead"), PartyRole.supplier("Account Manager"))
          .build();

  /** Tier 3, Quarterly Business Review. */
  public static final MeetingTier QUARTERLY_BUSINESS_REVIEW =
      MeetingTier.builder()
          .id(QUARTERLY)
          .name("Quarterly Business Review")
          .frequency(MeetingTier.Frequency.QUARTERLY)
          .objective("Align the 12-month roadmap and commercial terms")
          .horizon("12 months")
          .addInputs("12-month Forecast", "Cost Down/Re-price analysis", "EOL component risks")
          .addOutputs("Re-signed Master Agreement or Pricing Addendum")
          .addRequiredAttendees(
              PartyRole.customer("Customer VP/Director"),
              PartyRole.supplier("Head of Sales/Plant Director"))
          .build();

  /** The three tiers. */
  public static final List<MeetingTier> DEFAULT_TIERS =
      List.of(WEEKLY_OPERATIONS_SYNC, MONTHLY_PERFORMANCE_REVIEW, QUARTERLY_BUSINESS_REVIEW);

  /**
   * When they meet, by default (the playbook names no days): weekly on Tuesday 10:00, monthly on
   * the first Thursday 14:00, quarterly on the second Wednesday of January, April, July and October
   * 15:00.
   */
  public static final Map<String, ScheduleRule> DEFAULT_SCHEDULE =
      Map.of(
          WEEKLY, ScheduleRule.weekly(DayOfWeek.TUESDAY, LocalTime.of(10, 0)),
          MONTHLY, MonthlyRule.nthWeekday(1, 1, DayOfWeek.THURSDAY, LocalTime.of(14, 0)),
          QUARTERLY, MonthlyRule.nthWeekday(3, 2, DayOfWeek.WEDNESDAY, LocalTime.of(15, 0)));

  /** The cadence is mandatory in Active Production. */
  public static final Set<AccountPhase> DEFAULT_MANDATORY_PHASES =
      EnumSet.of(AccountPhase.ACTIVE_PRODUCTION);

  /** A weekly sync not held for more than 2 weeks is a CAD-SKIP. */
  public static final Period DEFAULT_SKIP_AFTER = Period.ofWeeks(2);

  /** The calendar covers 12 months. */
  public static final Period DEFAULT_HORIZON = Period.ofMonths(12);

  private static final CadenceSettings DEFAULTS = builder().build();

  CadenceSettings() {}

  /**
   * The tiers.
   *
   * @return the meeting tiers with their frequency, objective, required attendees, inputs and
   *     outputs; default {@link #DEFAULT_TIERS}; ids are unique and each has a rule in {@link
   *     #schedule()}
   */
  @Value.Default
  public List<MeetingTier> tiers() {
    return DEFAULT_TIERS;
  }

  /**
   * When each tier meets, by tier id.
   *
   * @return exactly one rule (weekly or monthly, in the account's local time) per tier of {@link
   *     #tiers()}, and none for an unknown tier; default {@link #DEFAULT_SCHEDULE}
   */
  @Value.Default
  public Map<String, ScheduleRule> schedule() {
    return DEFAULT_SCHEDULE;
  }

  /**
   * The phases in which the cadence is mandatory.
   *
   * @return the account phases in which a skipped weekly sync is reported (CAD-SKIP); default
   *     {@link #DEFAULT_MANDATORY_PHASES}; empty means the cadence is never mandatory
   */
  @Value.Default
  public Set<AccountPhase> mandatoryPhases() {
    return DEFAULT_MANDATORY_PHASES;
  }

  /**
   * The longest gap between weekly syncs, in the account's calendar.
   *
   * @return the period, added in the account's zone to the cadence start or the last sync, that may
   *     pass before a missing weekly sync becomes a CAD-SKIP (going beyond it is a skip, reaching
   *     it is not); positive; default {@link #DEFAULT_SKIP_AFTER}
   */
  @Value.Default
  public Period skipAfter() {
    return DEFAULT_SKIP_AFTER;
  }

  /**
   * How far the calendar reaches.
   *
   * @return the period of local days, from the calendar's first day, that CAD-CALENDAR covers;
   *     positive; default {@link #DEFAULT_HORIZON}
   */
  @Value.Default
  public Period horizon() {
    return DEFAULT_HORIZON;
  }

  /**
   * The playbook's settings.
   *
   * @return settings with the playbook's three tiers, the default schedule, the cadence mandatory
   *     in Active Production, a 2-week skip limit and a 12-month calendar
   */
  public static CadenceSettings ofDefaults() {
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
  public static Builder from(CadenceSettings base) {
    return builder().from(base);
  }

  /** Builds {@link CadenceSettings}. */
  public static final class Builder extends ImmutableCadenceSettings.Builder {}

  @Value.Check
  void check() {
    Set<String> ids = new java.util.HashSet<>();
    for (MeetingTier tier : tiers()) {
      if (!ids.add(tier.id())) {
        throw Checks.failure(
            "CadenceSettings.tiers", "free of duplicate ids", tier.id() + " twice");
      }
    }
    for (MeetingTier tier : tiers()) {
      if (!schedule().containsKey(tier.id())) {
        throw Checks.failure(
            "CadenceSettings.schedule", "a rule for every tier", "none for " + tier.id());
      }
    }
    for (String id : schedule().keySet()) {
      if (tier(id) == null) {
        throw Checks.failure(
            "CadenceSettings.schedule",
            "rules for known tiers only",
            "a rule for unknown tier " + id);
      }
    }
    Checks.check(
        !skipAfter().isNegative() && !skipAfter().isZero(),
        "CadenceSettings.skipAfter",
        "positive",
        skipAfter());
    Checks.check(
        !horizon().isNegative() && !horizon().isZero(),
        "CadenceSettings.horizon",
        "positive",
        horizon());
  }

  /** The tier with {@code id}, or null. */
  @org.jspecify.annotations.Nullable
  MeetingTier tier(String id) {
    for (MeetingTier tier : tiers()) {
      if (tier.id().equals(id)) {
        return tier;
      }
    }
    return null;
  }
}
