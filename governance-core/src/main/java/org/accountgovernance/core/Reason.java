package org.accountgovernance.core;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One rule's contribution to a decision: the rule id, what was observed, the threshold it was
 * compared with, and a sentence a person can read.
 *
 * <p>Example: {@code Reason.of(RuleId.of("ESC-BYPASS"), "USD 12500.00", "> USD 10000.00",
 * "financial impact above the bypass threshold: straight to L3")}.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class Reason {
  Reason() {}

  /**
   * The rule that produced this reason.
   *
   * @return the id of the playbook rule that contributed to the decision, e.g. {@code ESC-BYPASS}
   */
  @Value.Parameter
  public abstract RuleId ruleId();

  /**
   * The observed value, formatted for people (e.g. {@code "7 points"}).
   *
   * @return the value the rule looked at, with its unit or currency (e.g. {@code "USD 12500.00"});
   *     never blank
   */
  @Value.Parameter
  public abstract String observed();

  /**
   * The threshold the value was compared with (e.g. {@code "> 5 points"}).
   *
   * @return the limit the value was compared with, including the comparison (e.g. {@code "> USD
   *     10000.00"}); never blank
   */
  @Value.Parameter
  public abstract String threshold();

  /**
   * A sentence explaining the outcome.
   *
   * @return what the comparison means for the outcome, as a sentence a CRM user can read; never
   *     blank
   */
  @Value.Parameter
  public abstract String explanation();

  /**
   * Creates a reason.
   *
   * @param ruleId the rule that contributed to the decision
   * @param observed the value the rule looked at, formatted for people with its unit; must not be
   *     blank
   * @param threshold the limit the value was compared with, formatted for people; must not be blank
   * @param explanation a sentence saying what the comparison means for the outcome; must not be
   *     blank
   * @return the reason, ready to attach to a decision, a classification or a route
   */
  public static Reason of(RuleId ruleId, String observed, String threshold, String explanation) {
    return ImmutableReason.of(ruleId, observed, threshold, explanation);
  }

  @Value.Check
  void check() {
    Checks.notBlank("Reason.observed", observed());
    Checks.notBlank("Reason.threshold", threshold());
    Checks.notBlank("Reason.explanation", explanation());
  }

  @Override
  public String toString() {
    return ruleId()
        + ": "
        + explanation()
        + " (observed "
        + observed()
        + ", threshold "
        + threshold()
        + ")";
  }
}
