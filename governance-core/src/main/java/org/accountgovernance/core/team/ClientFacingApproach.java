package org.accountgovernance.core.team;

/**
 * Who may speak to the client: everything through one person, through a few designated people, or
 * anyone on the team.
 *
 * <p>Example: a bank that wants one voice is served {@code SINGLE_POINT}.
 */
public enum ClientFacingApproach {
  /** One point of contact. */
  SINGLE_POINT,
  /** A few designated contacts. */
  DESIGNATED_CONTACTS,
  /** Anyone on the team. */
  OPEN
}
