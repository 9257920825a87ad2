package org.accountgovernance.core.program;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.LocalDate;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One step of a remediation plan: what, who owns it, by which day (in the escalation's zone), and
 * the success criterion it serves.
 *
 * <pre>{@code
 * ActionItem.builder().id("A-1").description("Ship hotfix 4.2.1")
 *     .owner("Dana Lee (Engineering)").due(LocalDate.of(2026, 3, 9)).criterionId("SC-1").build();
 * }</pre>
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class ActionItem {
  ActionItem() {}

  /**
   * A short id.
   *
   * @return the item's id within the remediation plan, e.g. {@code "A-1"}; never blank
   */
  public abstract String id();

  /**
   * What is to be done.
   *
   * @return what is to be done, e.g. {@code "Ship hotfix 4.2.1"}; never blank
   */
  public abstract String description();

  /**
   * Who is responsible.
   *
   * @return the person responsible, with their function, e.g. {@code "Dana Lee (Engineering)"};
   *     never blank
   */
  public abstract String owner();

  /**
   * The last day on which it is on time, in the escalation's zone.
   *
   * @return the last local day, in the escalation's zone, on which finishing the item is on time
   */
  public abstract LocalDate due();

  /**
   * The success criterion it serves.
   *
   * @return the id of the success criterion the item serves, e.g. {@code "SC-1"}; never blank
   */
  public abstract String criterionId();

  /**
   * A builder; every attribute is required.
   *
   * @return a new builder with nothing set; every attribute is required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ActionItem}. */
  public static final class Builder extends ImmutableActionItem.Builder {}

  @Value.Check
  void check() {
    Checks.notBlank("ActionItem.id", id());
    Checks.notBlank("ActionItem[" + id() + "].description", description());
    Checks.notBlank("ActionItem[" + id() + "].owner", owner());
    Checks.notBlank("ActionItem[" + id() + "].criterionId", criterionId());
  }
}
