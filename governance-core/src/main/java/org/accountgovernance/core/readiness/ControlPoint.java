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

  /**
   * The rule.
   *
   * @return the id of the checklist rule, e.g. {@code CHK-LIABILITY}
   */
  @Value.Parameter
  public abstract RuleId ruleId();

  /**
   * The control point's name.
   *
   * @return the control point's name as the checklist shows it, e.g. {@code "Liability cap"}
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Whether it passes.
   *
   * @return {@code true} when the account's set-up satisfies the point
   */
  @Value.Parameter
  public abstract boolean passed();

  /**
   * What was found.
   *
   * @return what was found, for a person to verify (e.g. {@code "USD 250000.00 authorised"}), or
   *     what is missing
   */
  @Value.Parameter
  public abstract String evidence();

  /**
   * A control point.
   *
   * @param ruleId the checklist rule
   * @param name the control point's name as the checklist shows it
   * @param passed whether the account's set-up satisfies it
   * @param evidence what was found, or what is missing
   * @return the control point
   */
  public static ControlPoint of(RuleId ruleId, String name, boolean passed, String evidence) {
    return ImmutableControlPoint.of(ruleId, name, passed, evidence);
  }

  @Override
  public String toString() {
    return ruleId() + " " + name() + ": " + (passed() ? "PASS" : "FAIL") + " (" + evidence() + ")";
  }
}
