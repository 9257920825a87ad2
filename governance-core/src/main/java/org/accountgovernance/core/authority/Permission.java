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

  /** The action asked about. */
  public abstract String action();

  /** Whether it may proceed. */
  public abstract boolean allowed();

  /** The party whose written approval it takes. */
  public abstract PartyRole accountable();

  /** The approval that allows it, if one does. */
  public abstract Optional<Approval> approval();

  /** Why. */
  public abstract List<Reason> reasons();

  /** A builder, for policies. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Permission}. */
  public static final class Builder extends ImmutablePermission.Builder {}
}
