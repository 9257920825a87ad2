package org.accountgovernance.core.authority;

/**
 * How an approval was given. Only a written approval (a signed document, an e-mail, a PO
 * countersigned) lets material liability proceed (RACI-WRITTEN); silence is no approval at all.
 *
 * <p>Example: a "yes, go ahead" on a call is {@code VERBAL}.
 */
public enum ApprovalMedium {
  /** In writing. */
  WRITTEN,
  /** By word of mouth. */
  VERBAL
}
