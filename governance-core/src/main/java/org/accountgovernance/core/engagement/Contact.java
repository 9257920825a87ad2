package org.accountgovernance.core.engagement;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Instant;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A conversation with someone at the customer: when, at which level, with whom.
 *
 * <p>Example: {@code Contact.of(t, ContactLevel.MANAGEMENT, "Ops manager Kim Ode")}.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class Contact {
  Contact() {}

  /** When. */
  @Value.Parameter
  public abstract Instant at();

  /** The level reached. */
  @Value.Parameter
  public abstract ContactLevel level();

  /** Who. */
  @Value.Parameter
  public abstract String person();

  /** A contact. */
  public static Contact of(Instant at, ContactLevel level, String person) {
    return ImmutableContact.of(at, level, person);
  }

  @Value.Check
  void check() {
    Checks.notBlank("Contact.person", person());
  }
}
