package org.accountgovernance.rules.authority;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.accountgovernance.core.RuleId;
import org.apiguardian.api.API;

/**
 * The rule ids of the decision-rights family.
 *
 * <p>Example: {@code finding.ruleId().equals(RaciRules.ONE_ACCOUNTABLE)}.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class RaciRules {
  private RaciRules() {}

  /** Every process has exactly one Accountable and at least one Responsible. */
  public static final RuleId ONE_ACCOUNTABLE = RuleId.of("RACI-ONE-A");

  /** Pricing or contracts → Sales / Deal Desk; technical specification or ECO → Engineering. */
  public static final RuleId ROUTE = RuleId.of("RACI-ROUTE");

  /** Who overrules whom, and who authorises how much; above a limit the request goes up. */
  public static final RuleId LADDER = RuleId.of("RACI-LADDER");

  /** A role answerable to the customer with no decision right over delivery, nor a path to one. */
  public static final RuleId GAP = RuleId.of("RACI-GAP");

  /** Long-lead material only after the Customer approved in writing. */
  public static final RuleId WRITTEN = RuleId.of("RACI-WRITTEN");
}
