package org.accountgovernance.rules.program;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.accountgovernance.core.RuleId;
import org.apiguardian.api.API;

/**
 * The rule ids of the account-level escalation family.
 *
 * <p>Example: {@code report.closingBlockers().get(0).ruleId().equals(ProgramRules.CLOSE)}.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class ProgramRules {
  private ProgramRules() {}

  /** Multiple open issues with a single product. */
  public static final RuleId CRITERIA_PRODUCT = RuleId.of("AEM-CRITERIA-PRODUCT");

  /** Multiple open issues on the account (bugs, latency, disruptions). */
  public static final RuleId CRITERIA_ACCOUNT = RuleId.of("AEM-CRITERIA-ACCOUNT");

  /** Very high visibility at leadership level. */
  public static final RuleId CRITERIA_VISIBILITY = RuleId.of("AEM-CRITERIA-VISIBILITY");

  /** A new deal or a renewal at stake. */
  public static final RuleId CRITERIA_DEAL = RuleId.of("AEM-CRITERIA-DEAL");

  /** High financial impact together with legal involvement. */
  public static final RuleId CRITERIA_FINANCIAL_LEGAL = RuleId.of("AEM-CRITERIA-FINANCIAL-LEGAL");

  /** Closing needs every success criterion met and every required consent. */
  public static final RuleId CLOSE = RuleId.of("AEM-CLOSE");

  /** A remediation action item past its due date. */
  public static final RuleId ACTION = RuleId.of("AEM-ACTION");

  /** After closure: issue summary, root-cause analysis and corrective actions are owed. */
  public static final RuleId POST = RuleId.of("AEM-POST");
}
