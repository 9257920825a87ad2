package org.accountgovernance.rules.readiness;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.accountgovernance.core.RuleId;
import org.apiguardian.api.API;

/**
 * The rule ids of the readiness checklist, one per control point.
 *
 * <p>Example: {@code point.ruleId().equals(ReadinessRules.LIABILITY)}.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class ReadinessRules {
  private ReadinessRules() {}

  /** Weekly, monthly and QBR invites sent for the next 12 months. */
  public static final RuleId CALENDAR = RuleId.of("CHK-CALENDAR");

  /** L1/L2/L3 names, e-mails and mobile numbers exchanged, on both sides. */
  public static final RuleId CONTACTS = RuleId.of("CHK-CONTACTS");

  /** Agreement on who pays for material made obsolete by engineering changes. */
  public static final RuleId ECO = RuleId.of("CHK-ECO");

  /** A maximum exposure (NCNR) authorised by the customer, as an amount. */
  public static final RuleId LIABILITY = RuleId.of("CHK-LIABILITY");

  /** The customer named the person who can sign POs. */
  public static final RuleId SIGNATORY = RuleId.of("CHK-SIGNATORY");
}
