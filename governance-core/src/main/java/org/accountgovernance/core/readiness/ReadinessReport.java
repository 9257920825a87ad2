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

  /** The account. */
  public abstract AccountId account();

  /** When it was assessed. */
  public abstract Instant at();

  /** The control points, in the checklist's order. */
  public abstract List<ControlPoint> points();

  /** A builder, for checklists. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReadinessReport}. */
  public static final class Builder extends ImmutableReadinessReport.Builder {}

  /** Whether every point passes. */
  public boolean ready() {
    return points().stream().allMatch(ControlPoint::passed);
  }

  /** The points that fail. */
  public List<ControlPoint> failed() {
    return points().stream().filter(p -> !p.passed()).toList();
  }
}
