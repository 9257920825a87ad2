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

  /**
   * A short id used in records and findings, e.g. {@code "WEEKLY"}.
   *
   * @return the tier's id, by which meeting records, schedule rules and findings refer to it; never
   *     blank
   */
  public abstract String id();

  /**
   * The name, e.g. {@code "Weekly Operations Sync"}.
   *
   * @return the tier's name as the playbook writes it; never blank
   */
  public abstract String name();

  /**
   * How often it meets.
   *
   * @return how often the tier must meet: weekly, monthly or quarterly
   */
  public abstract Frequency frequency();

  /**
   * What it is for.
   *
   * @return what the meeting is for, e.g. {@code "Clear immediate roadblocks"}; never blank
   */
  public abstract String objective();

  /**
   * The time horizon it looks at.
   *
   * @return the stretch of time the meeting looks at, as people say it, e.g. {@code "T+0 to T+4
   *     weeks"}
   */
  public abstract String horizon();

  /**
   * The documents it needs.
   *
   * @return the documents that must be on the table, e.g. {@code "Material Shortage List"}; empty
   *     when none is required
   */
  public abstract List<String> inputs();

  /**
   * What it must produce.
   *
   * @return what the meeting must produce, e.g. {@code "Confirmed ship dates for the next 2
   *     weeks"}; empty when nothing is required
   */
  public abstract List<String> outputs();

  /**
   * Who must attend, on both sides.
   *
   * @return the roles that must attend, on both sides; empty when attendance is not required of
   *     anyone
   */
  public abstract List<PartyRole> requiredAttendees();

  /**
   * A builder.
   *
   * @return a new builder with nothing set; id, name, frequency, objective and horizon are required
   */
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
