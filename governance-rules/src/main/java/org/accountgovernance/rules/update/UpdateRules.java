package org.accountgovernance.rules.update;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.accountgovernance.core.RuleId;
import org.apiguardian.api.API;

/**
 * The rule ids of the update-cadence family.
 *
 * <p>Example: {@code due.reason().ruleId().equals(UpdateRules.FRIDAY)}.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class UpdateRules {
  private UpdateRules() {}

  /**
   * Updates are due every day (RED), every other day (YELLOW) or every three days (GREEN). A rule
   * id needs a name after the family, hence {@code UPD-CADENCE} for the family's base rule.
   */
  public static final RuleId CADENCE = RuleId.of("UPD-CADENCE");

  /** A mandatory weekday (Friday) before the regular due day is the due day. */
  public static final RuleId FRIDAY = RuleId.of("UPD-FRIDAY");

  /** An update past its due time, with how late it is. */
  public static final RuleId OVERDUE = RuleId.of("UPD-OVERDUE");
}
