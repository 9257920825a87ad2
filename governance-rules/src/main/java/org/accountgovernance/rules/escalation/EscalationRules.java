package org.accountgovernance.rules.escalation;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.accountgovernance.core.RuleId;
import org.apiguardian.api.API;

/**
 * The rule ids of the escalation family, as they appear in decisions, changes and findings.
 *
 * <p>Example: {@code decision.ruleIds().contains(EscalationRules.BYPASS)}.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class EscalationRules {
  private EscalationRules() {}

  /** The level is the highest level any present trigger maps to. */
  public static final RuleId TRIGGER = RuleId.of("ESC-TRIGGER");

  /** A delay of the standard-delay threshold or more (default 3 days) is managerial (L2). */
  public static final RuleId DELAY = RuleId.of("ESC-DELAY");

  /** Unresolved at a level for more than its timer (default: L1, 48 h) → one level up. */
  public static final RuleId AUTO = RuleId.of("ESC-AUTO");

  /** Financial impact above the bypass threshold, or brand risk → the top level at once. */
  public static final RuleId BYPASS = RuleId.of("ESC-BYPASS");

  /** A response deadline passed without a response. */
  public static final RuleId SLA = RuleId.of("ESC-SLA");

  /** A response deadline is near (a configured warning point was reached). */
  public static final RuleId SLA_WARNING = RuleId.of("ESC-SLA-WARN");

  /** A person escalated the issue by hand. */
  public static final RuleId MANUAL = RuleId.of("ESC-MANUAL");

  /** A person lowered the level, with a reason. */
  public static final RuleId DOWNGRADE = RuleId.of("ESC-DOWNGRADE");
}
