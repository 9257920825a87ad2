package org.accountgovernance.core.authority;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The decision-rights facts of one account: the RACI matrices agreed with this customer (where they
 * differ from the playbook's), the actions waiting for someone's approval, and the approvals on
 * record. This is where "we placed the PO on silence" becomes visible.
 *
 * <pre>{@code
 * AccountDecisionRights.builder().account(AccountId.of("ACME"))
 *     .addRequests(ActionRequest.builder().action("PO-881 long-lead FPGAs")
 *         .process("Material liability authorization").requestedAt(t).replyBy(t.plus(P3D))
 *         .build())
 *     .addApprovals(Approval.of(PartyRole.customer("Customer"), t2, ApprovalMedium.WRITTEN,
 *         "PO-881 long-lead FPGAs"))
 *     .build();
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class AccountDecisionRights {
  AccountDecisionRights() {}

  /**
   * The account these facts belong to.
   *
   * @return the account
   */
  public abstract AccountId account();

  /**
   * The processes and who holds which RACI role in each, as agreed with this customer. Each one
   * replaces the playbook's matrix for the same process; the playbook's other processes stay.
   *
   * @return the account's own matrices; empty when the playbook's apply unchanged
   */
  public abstract List<RaciMatrix> matrices();

  /**
   * When the account's own matrices were agreed with the customer: a matrix without exactly one
   * Accountable is wrong from then (RACI-ONE-A), and the matrices count only from then.
   *
   * @return the agreement instant; present exactly when {@link #matrices()} is not empty
   */
  public abstract Optional<Instant> matricesAgreedAt();

  /**
   * The actions that need, or needed, an approval under one of the processes.
   *
   * @return the requests, each naming a distinct action
   */
  public abstract List<ActionRequest> requests();

  /**
   * Every approval given, in whatever medium, whether or not it counts.
   *
   * @return the approvals on record
   */
  public abstract List<Approval> approvals();

  /**
   * A builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AccountDecisionRights}. */
  public static final class Builder extends ImmutableAccountDecisionRights.Builder {}

  @Value.Check
  void check() {
    // Approvals name the action they cover: two requests for one action could not be told apart.
    Set<String> actions = new HashSet<>();
    for (ActionRequest request : requests()) {
      Checks.check(
          actions.add(request.action()),
          "AccountDecisionRights.requests.action",
          "each action requested once",
          request.action());
    }
    if (matricesAgreedAt().isPresent() != !matrices().isEmpty()) {
      throw Checks.failure(
          "AccountDecisionRights.matricesAgreedAt",
          "present exactly when the account has matrices of its own ("
              + matrices().size()
              + " matrices)",
          matricesAgreedAt().map(Object::toString).orElse("absent"));
    }
    Set<String> processes = new HashSet<>();
    for (RaciMatrix matrix : matrices()) {
      Checks.check(
          processes.add(matrix.process()),
          "AccountDecisionRights.matrices.process",
          "each process once",
          matrix.process());
    }
  }
}
