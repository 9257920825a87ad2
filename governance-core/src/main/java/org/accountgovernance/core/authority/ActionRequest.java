package org.accountgovernance.core.authority;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Instant;
import java.util.Optional;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An action waiting for approval under a process, e.g. placing a PO for long-lead material under
 * "Material liability authorization", asked of the customer with a reply-by date.
 *
 * <pre>{@code
 * ActionRequest.builder().action("PO-881 long-lead FPGAs")
 *     .process("Material liability authorization")
 *     .requestedAt(t).replyBy(t.plus(Duration.ofDays(3))).build();
 * }</pre>
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class ActionRequest {
  ActionRequest() {}

  /**
   * The action, as approvals name it.
   *
   * @return the action awaiting approval, named as approvals name it (e.g. {@code "PO-881 long-lead
   *     FPGAs"}); never blank
   */
  public abstract String action();

  /**
   * The process whose accountable party must approve.
   *
   * @return the name of the process whose RACI matrix says who must approve, e.g. {@code "Material
   *     liability authorization"}; never blank
   */
  public abstract String process();

  /**
   * When approval was asked for.
   *
   * @return the instant approval was asked for
   */
  public abstract Instant requestedAt();

  /**
   * The date asked for a reply; its lapse is not approval.
   *
   * @return the reply-by instant given to the approver, never before {@link #requestedAt()}; empty
   *     when none was given
   */
  public abstract Optional<Instant> replyBy();

  /**
   * When the action went ahead, if it has: a PO placed, a credit issued. Going ahead without the
   * approval the process needs is what RACI-WRITTEN reports, however the approval stands later.
   *
   * @return the instant the action was taken; empty while it waits
   */
  public abstract Optional<Instant> proceededAt();

  /**
   * A builder.
   *
   * @return a new builder with nothing set; action, process and requestedAt are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ActionRequest}. */
  public static final class Builder extends ImmutableActionRequest.Builder {}

  @Value.Check
  void check() {
    Checks.notBlank("ActionRequest.action", action());
    Checks.notBlank("ActionRequest.process", process());
    replyBy()
        .ifPresent(
            r ->
                Checks.check(
                    !r.isBefore(requestedAt()),
                    "ActionRequest.replyBy",
                    "at or after requestedAt " + requestedAt(),
                    r));
    proceededAt()
        .ifPresent(
            p ->
                Checks.check(
                    !p.isBefore(requestedAt()),
                    "ActionRequest.proceededAt",
                    "at or after requestedAt " + requestedAt(),
                    p));
  }
}
