package org.accountgovernance.core.program;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * What is owed after an account-level escalation closes (AEM-POST).
 *
 * <p>Example: {@code ProgramEvent.followedUp(t, FollowUp.ROOT_CAUSE_ANALYSIS)}.
 */
@API(status = MAINTAINED, since = "0.1.0")
public enum FollowUp {
  /** The issue summary sent to the stakeholders. */
  ISSUE_SUMMARY,
  /** The root-cause analysis. */
  ROOT_CAUSE_ANALYSIS,
  /** The corrective actions. */
  CORRECTIVE_ACTIONS
}
