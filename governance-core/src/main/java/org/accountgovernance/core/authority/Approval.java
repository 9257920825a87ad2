package org.accountgovernance.core.authority;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Instant;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An approval on record: who gave it, when, how, and which action it covers.
 *
 * <p>Example: {@code Approval.of(PartyRole.customer("Customer"), t, ApprovalMedium.WRITTEN, "PO-881
 * long-lead FPGAs")}.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class Approval {
  Approval() {}

  /** Who approved. */
  @Value.Parameter
  public abstract PartyRole approver();

  /** When. */
  @Value.Parameter
  public abstract Instant at();

  /** How. */
  @Value.Parameter
  public abstract ApprovalMedium medium();

  /** The action it covers, as the request names it. */
  @Value.Parameter
  public abstract String covers();

  /** An approval. */
  public static Approval of(PartyRole approver, Instant at, ApprovalMedium medium, String covers) {
    return ImmutableApproval.of(approver, at, medium, covers);
  }

  @Value.Check
  void check() {
    Checks.notBlank("Approval.covers", covers());
  }
}
