package org.accountgovernance.core.cadence;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.List;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One tier of the operating cadence as data: what the meeting is for, its horizon, the inputs it
 * needs, the output it must produce, who must attend, and how often it happens.
 *
 * <pre>{@code
 * MeetingTier weekly = MeetingTier.builder()
 *     .id("WEEKLY").name("Weekly Operations Sync").frequency(MeetingTier.Frequency.WEEKLY)
 *     .objective("Clear immediate roadblocks").horizon("T+0 to T+4 weeks")
 *     .addInputs("Open Order Report", "Material Shortage List")
 *     .addOutputs("Confirmed ship dates for the next 2 weeks")
 *     .addRequiredAttendees(PartyRole.customer("Customer Buyer"), PartyRole.supplier("Factory PM"))
 *     .build();
 * }</pre>
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class MeetingTier {
  MeetingTier() {}

  /** How often a tier meets. */
  public enum Frequency {
    /** Every week. */
    WEEKLY,
    /** Every month. */
    MONTHLY,
    /** Every quarter. */
    QUARTERLY
  }

  /** A short id used in records and findings, e.g. {@code "WEEKLY"}. */
  public abstract String id();

  /** The name, e.g. {@code "Weekly Operations Sync"}. */
  public abstract String name();

  /** How often it meets. */
  public abstract Frequency frequency();

  /** What it is for. */
  public abstract String objective();

  /** The time horizon it looks at. */
  public abstract String horizon();

  /** The documents it needs. */
  public abstract List<String> inputs();

  /** What it must produce. */
  public abstract List<String> outputs();

  /** Who must attend, on both sides. */
  public abstract List<PartyRole> requiredAttendees();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MeetingTier}. */
  public static final class Builder extends ImmutableMeetingTier.Builder {}

  @Value.Check
  void check() {
    Checks.notBlank("MeetingTier.id", id());
    Checks.notBlank("MeetingTier[" + id() + "].name", name());
    Checks.notBlank("MeetingTier[" + id() + "].objective", objective());
  }

  @Override
  public String toString() {
    return name() + " (" + id() + ")";
  }
}
