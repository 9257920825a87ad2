package org.accountgovernance.core.cadence;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A meeting that was held: as which tier(s), when, who attended, which inputs were on the table,
 * what it produced, and the KPIs reviewed. A record naming both the weekly and the monthly tier is
 * a CAD-SEPARATE violation.
 *
 * <pre>{@code
 * MeetingRecord.builder().id("M-2026-10").addTierIds("WEEKLY")
 *     .heldAt(Instant.parse("2026-03-03T09:00:00Z"))
 *     .addAttendees(PartyRole.customer("Customer Buyer"), PartyRole.supplier("Factory PM"))
 *     .addInputs("Open Order Report", "Material Shortage List")
 *     .addOutputs("Confirmed ship dates for the next 2 weeks")
 *     .build();
 * }</pre>
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class MeetingRecord {
  MeetingRecord() {}

  /**
   * The host's id for the meeting.
   *
   * @return the host's identifier of the meeting, e.g. {@code "M-2026-10"}; never blank, and unique
   *     among an account's records
   */
  public abstract String id();

  /**
   * The tiers it was held as; normally one.
   *
   * @return the ids of the tiers the meeting was held as, e.g. {@code "WEEKLY"}; at least one, and
   *     more than one is a CAD-SEPARATE violation
   */
  public abstract Set<String> tierIds();

  /**
   * When it was held.
   *
   * @return the instant the meeting started
   */
  public abstract Instant heldAt();

  /**
   * Who attended.
   *
   * @return the roles present, on both sides; empty when no attendance was recorded
   */
  public abstract Set<PartyRole> attendees();

  /**
   * The inputs on the table.
   *
   * @return the documents on the table, named as the tier names its inputs (e.g. {@code "Open Order
   *     Report"}); empty when none was
   */
  public abstract Set<String> inputs();

  /**
   * What it produced.
   *
   * @return what the meeting produced, e.g. {@code "Confirmed ship dates for the next 2 weeks"};
   *     empty when it produced nothing
   */
  public abstract Set<String> outputs();

  /**
   * The KPIs reviewed.
   *
   * @return the KPIs reviewed, each name at most once; empty when none was
   */
  public abstract List<KpiResult> kpis();

  /**
   * A builder.
   *
   * @return a new builder with nothing set; id, at least one tier id and heldAt are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MeetingRecord}. */
  public static final class Builder extends ImmutableMeetingRecord.Builder {}

  @Value.Check
  void check() {
    Checks.notBlank("MeetingRecord.id", id());
    if (tierIds().isEmpty()) {
      throw Checks.failure("MeetingRecord[" + id() + "].tierIds", "at least one tier", tierIds());
    }
    tierIds().forEach(t -> Checks.notBlank("MeetingRecord[" + id() + "].tierIds", t));
    Set<String> names = new HashSet<>();
    for (KpiResult kpi : kpis()) {
      if (!names.add(kpi.name())) {
        throw Checks.failure(
            "MeetingRecord[" + id() + "].kpis",
            "free of duplicate KPI names",
            kpi.name() + " twice");
      }
    }
  }
}
