package org.accountgovernance.rules.team;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.accountgovernance.core.RuleId;
import org.apiguardian.api.API;

/**
 * The rule ids of the account-team family.
 *
 * <p>Example: {@code finding.ruleId().equals(TeamRules.ROUND_THE_CLOCK)}.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class TeamRules {
  private TeamRules() {}

  /** A required role with nobody in it. */
  public static final RuleId GAP = RuleId.of("TEAM-GAP");

  /** An exclusive role held twice. */
  public static final RuleId OVERLAP = RuleId.of("TEAM-OVERLAP");

  /** A member without a summary of what they do for the client. */
  public static final RuleId SUMMARY = RuleId.of("TEAM-SUMMARY");

  /** A critical role without a stand-in. */
  public static final RuleId STAND_IN = RuleId.of("TEAM-STANDIN");

  /** An escalation level with round-the-clock coverage but hours when no contact is reachable. */
  public static final RuleId ROUND_THE_CLOCK = RuleId.of("TEAM-24x7");
}
