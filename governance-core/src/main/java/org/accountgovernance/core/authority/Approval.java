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

  /**
   * Who approved.
   *
   * @return the role that gave the approval; it allows an action only when this is the process's
   *     accountable party
   */
  @Value.Parameter
  public abstract PartyRole approver();

  /**
   * When.
   *
   * @return the instant the approval was given; it counts only for evaluations at or after it
   */
  @Value.Parameter
  public abstract Instant at();

  /**
   * How.
   *
   * @return whether it was given in writing or by word of mouth; processes that need written
   *     approval ignore a verbal one
   */
  @Value.Parameter
  public abstract ApprovalMedium medium();

  /**
   * The action it covers, as the request names it.
   *
   * @return the action it approves, spelled exactly as the {@link ActionRequest#action()} it
   *     answers; never blank
   */
  @Value.Parameter
  public abstract String covers();

  /**
   * An approval.
   *
   * @param approver the role that approved
   * @param at the instant the approval was given
   * @param medium whether it was given in writing or by word of mouth
   * @param covers the action it approves, spelled as the request names it; must not be blank
   * @return the approval on record
   */
  public static Approval of(PartyRole approver, Instant at, ApprovalMedium medium, String covers) {
    return ImmutableApproval.of(approver, at, medium, covers);
  }

  @Value.Check
  void check() {
    Checks.notBlank("Approval.covers", covers());
  }
}
