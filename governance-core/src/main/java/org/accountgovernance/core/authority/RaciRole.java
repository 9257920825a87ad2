package org.accountgovernance.core.authority;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * A party's part in a decision: Responsible (does the work), Accountable (the single "neck to
 * choke", with final veto), Consulted, Informed.
 *
 * <p>Example: in quote approval the Deal Desk is {@code ACCOUNTABLE}, the Account Manager {@code
 * RESPONSIBLE}.
 */
@API(status = MAINTAINED, since = "0.1.0")
public enum RaciRole {
  /** Does the work. */
  RESPONSIBLE,
  /** Decides, with final veto; exactly one per process. */
  ACCOUNTABLE,
  /** Asked before. */
  CONSULTED,
  /** Told after. */
  INFORMED
}
