package org.accountgovernance.rules.engagement;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.accountgovernance.core.RuleId;
import org.apiguardian.api.API;

/**
 * The rule ids of the executive-involvement family.
 *
 * <p>Example: {@code finding.ruleId().equals(EngagementRules.LAPSE)}.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class EngagementRules {
  private EngagementRules() {}

  /** The segment and executive-meeting interval an account's profile calls for. */
  public static final RuleId TIER = RuleId.of("EXE-TIER");

  /** Time since the last executive exchange beyond the interval. */
  public static final RuleId LAPSE = RuleId.of("EXE-LAPSE");

  /** The load rests on one executive. */
  public static final RuleId ROTATION = RuleId.of("EXE-ROTATION");

  /** A contact level without recent contact. */
  public static final RuleId LEVELS = RuleId.of("EXE-LEVELS");

  /** The contract met while the customer's expectation is missed. */
  public static final RuleId EXPECTATION = RuleId.of("EXE-EXPECTATION");

  /** No idea shared with the customer for too long. */
  public static final RuleId IDEAS = RuleId.of("EXE-IDEAS");
}
