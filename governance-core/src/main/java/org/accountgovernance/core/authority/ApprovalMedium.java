package org.accountgovernance.core.authority;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * How an approval was given. Only a written approval (a signed document, an e-mail, a PO
 * countersigned) lets material liability proceed (RACI-WRITTEN); silence is no approval at all.
 *
 * <p>Example: a "yes, go ahead" on a call is {@code VERBAL}.
 */
@API(status = MAINTAINED, since = "0.1.0")
public enum ApprovalMedium {
  /** In writing. */
  WRITTEN,
  /** By word of mouth. */
  VERBAL
}
