package org.accountgovernance.core.program;

/**
 * What is owed after an account-level escalation closes (AEM-POST).
 *
 * <p>Example: {@code ProgramEvent.followedUp(t, FollowUp.ROOT_CAUSE_ANALYSIS)}.
 */
public enum FollowUp {
  /** The issue summary sent to the stakeholders. */
  ISSUE_SUMMARY,
  /** The root-cause analysis. */
  ROOT_CAUSE_ANALYSIS,
  /** The corrective actions. */
  CORRECTIVE_ACTIONS
}
