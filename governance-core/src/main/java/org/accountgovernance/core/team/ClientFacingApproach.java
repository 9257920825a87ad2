package org.accountgovernance.core.team;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * Who may speak to the client: everything through one person, through a few designated people, or
 * anyone on the team.
 *
 * <p>Example: a bank that wants one voice is served {@code SINGLE_POINT}.
 */
@API(status = MAINTAINED, since = "0.1.0")
public enum ClientFacingApproach {
  /** One point of contact. */
  SINGLE_POINT,
  /** A few designated contacts. */
  DESIGNATED_CONTACTS,
  /** Anyone on the team. */
  OPEN
}
