package org.accountgovernance.core.escalation;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Duration;
import org.accountgovernance.core.internal.Checks;
import org.accountgovernance.core.sla.CoverageCalendar;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One rung of an escalation ladder: an id ({@code "L2"}), a name ({@code "Managerial"}), a rank
 * that orders the ladder (higher is more severe), the response target, the calendar on which the
 * target is measured, and the escalation path.
 *
 * <pre>{@code
 * EscalationLevel l2 = EscalationLevel.builder()
 *     .id("L2").name("Managerial").rank(2)
 *     .responseTarget(Duration.ofHours(4))
 *     .calendar(CoverageCalendar.alwaysOn())
 *     .path(EscalationPath.of(PartyRole.supplier("Account Manager"),
 *         PartyRole.customer("Ops Manager")))
 *     .build();
 * }</pre>
 *
 * <p>Levels are values, not a closed enum: a host may define P1–P5 with its own targets.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class EscalationLevel {
  EscalationLevel() {}

  /**
   * The short id used in events and reports, e.g. {@code "L1"}.
   *
   * @return the level's short id, unique on its ladder; never blank
   */
  public abstract String id();

  /**
   * The human name, e.g. {@code "Operational"}.
   *
   * @return the level's name as people say it; never blank
   */
  public abstract String name();

  /**
   * The position in the ladder; a higher rank is a more severe level.
   *
   * @return the level's rank, unique on its ladder; ranks need not be consecutive, only ordered
   */
  public abstract int rank();

  /**
   * The response target: zero means immediate.
   *
   * @return the working time on {@link #calendar()} within which the owner must respond once the
   *     issue enters the level; zero or positive, zero meaning at once
   */
  public abstract Duration responseTarget();

  /**
   * The calendar on which the response target (and any time-at-level timer) is measured.
   *
   * @return the coverage calendar on which working time is counted, e.g. round the clock or
   *     business hours
   */
  public abstract CoverageCalendar calendar();

  /**
   * Who owns the issue at this level, on each side.
   *
   * @return the supplier's role and its customer counterpart who own the issue at this level
   */
  public abstract EscalationPath path();

  /**
   * A builder; every attribute is required.
   *
   * @return a new builder with nothing set; every attribute is required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EscalationLevel}. */
  public static final class Builder extends ImmutableEscalationLevel.Builder {}

  @Value.Check
  void check() {
    Checks.notBlank("EscalationLevel.id", id());
    Checks.notBlank("EscalationLevel.name", name());
    Checks.nonNegative("EscalationLevel[" + id() + "].responseTarget", responseTarget());
  }

  @Override
  public String toString() {
    return id() + " " + name();
  }
}
