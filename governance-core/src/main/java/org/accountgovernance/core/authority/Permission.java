package org.accountgovernance.core.authority;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.List;
import java.util.Optional;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.Reason;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The answer to "may this action proceed?": allowed or not, whose approval it takes, and why.
 *
 * <p>Example: a PO with only a verbal yes is not allowed, reason {@code RACI-WRITTEN: a verbal yes
 * is not approval}.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class Permission {
  Permission() {}

  /**
   * The action asked about.
   *
   * @return the action asked about, as the request names it
   */
  public abstract String action();

  /**
   * Whether it may proceed.
   *
   * @return {@code true} when the action may proceed now; {@code false} while it waits for the
   *     accountable party's approval
   */
  public abstract boolean allowed();

  /**
   * The party whose written approval it takes.
   *
   * @return the accountable party of the action's process, whose approval lets it proceed
   */
  public abstract PartyRole accountable();

  /**
   * The approval that allows it, if one does.
   *
   * @return the approval on record that lets the action proceed; empty exactly when it is not
   *     allowed
   */
  public abstract Optional<Approval> approval();

  /**
   * Why.
   *
   * @return the rules and facts behind the answer, e.g. {@code RACI-WRITTEN} when only a verbal yes
   *     is on record
   */
  public abstract List<Reason> reasons();

  /**
   * A builder, for policies.
   *
   * @return a new builder with nothing set, for policies that answer whether an action may proceed
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Permission}. */
  public static final class Builder extends ImmutablePermission.Builder {}
}
