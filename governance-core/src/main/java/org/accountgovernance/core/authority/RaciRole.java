package org.accountgovernance.core.authority;

/**
 * A party's part in a decision: Responsible (does the work), Accountable (the single "neck to
 * choke", with final veto), Consulted, Informed.
 *
 * <p>Example: in quote approval the Deal Desk is {@code ACCOUNTABLE}, the Account Manager {@code
 * RESPONSIBLE}.
 */
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
