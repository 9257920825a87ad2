package org.accountgovernance.core.readiness;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.accountgovernance.core.RuleId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One line of the readiness checklist: its rule, its name, whether it passes, and the evidence.
 *
 * <p>Example: {@code CHK-LIABILITY "Liability cap" passed, evidence "USD 250000.00 authorised"}.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class ControlPoint {
  ControlPoint() {}

  /** The rule. */
  @Value.Parameter
  public abstract RuleId ruleId();

  /** The control point's name. */
  @Value.Parameter
  public abstract String name();

  /** Whether it passes. */
  @Value.Parameter
  public abstract boolean passed();

  /** What was found. */
  @Value.Parameter
  public abstract String evidence();

  /** A control point. */
  public static ControlPoint of(RuleId ruleId, String name, boolean passed, String evidence) {
    return ImmutableControlPoint.of(ruleId, name, passed, evidence);
  }

  @Override
  public String toString() {
    return ruleId() + " " + name() + ": " + (passed() ? "PASS" : "FAIL") + " (" + evidence() + ")";
  }
}
