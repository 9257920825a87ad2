package org.accountgovernance.core.readiness;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Instant;
import java.util.List;
import org.accountgovernance.core.AccountId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The readiness checklist of an account at an instant: every control point, passed or failed, with
 * its evidence.
 *
 * <p>Example: {@code report.ready()} is true when every point passes; {@code report.failed()} lists
 * what is missing.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class ReadinessReport {
  ReadinessReport() {}

  /**
   * The account.
   *
   * @return the account assessed
   */
  public abstract AccountId account();

  /**
   * When it was assessed.
   *
   * @return the instant of the assessment
   */
  public abstract Instant at();

  /**
   * The control points, in the checklist's order.
   *
   * @return every control point of the checklist, passed or failed, in the checklist's order
   */
  public abstract List<ControlPoint> points();

  /**
   * A builder, for checklists.
   *
   * @return a new builder with nothing set, for checklists; the account and at are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReadinessReport}. */
  public static final class Builder extends ImmutableReadinessReport.Builder {}

  /**
   * Whether every point passes.
   *
   * @return {@code true} when every control point passes (and when there are none)
   */
  public boolean ready() {
    return points().stream().allMatch(ControlPoint::passed);
  }

  /**
   * The points that fail.
   *
   * @return the control points that fail, in the checklist's order; empty when the account is ready
   */
  public List<ControlPoint> failed() {
    return points().stream().filter(p -> !p.passed()).toList();
  }
}
