package org.accountgovernance.rules.cadence;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.accountgovernance.core.RuleId;
import org.apiguardian.api.API;

/**
 * The rule ids of the operating-cadence family.
 *
 * <p>Example: {@code finding.ruleId().equals(CadenceRules.SKIP)}.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class CadenceRules {
  private CadenceRules() {}

  /** A schedule of all three tiers for the next 12 months. */
  public static final RuleId CALENDAR = RuleId.of("CAD-CALENDAR");

  /** A weekly sync not held for more than 2 weeks. */
  public static final RuleId SKIP = RuleId.of("CAD-SKIP");

  /** One meeting recorded as both weekly and monthly. */
  public static final RuleId SEPARATE = RuleId.of("CAD-SEPARATE");

  /** A held meeting missing a required attendee, input or output. */
  public static final RuleId ATTENDANCE = RuleId.of("CAD-ATTENDANCE");

  /** A monthly review's KPI below target without a CAPA. */
  public static final RuleId CAPA = RuleId.of("CAD-CAPA");
}
