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

  /**
   * When.
   *
   * @return the instant the conversation took place
   */
  @Value.Parameter
  public abstract Instant at();

  /**
   * The level reached.
   *
   * @return the level of the customer's organisation the conversation reached
   */
  @Value.Parameter
  public abstract ContactLevel level();

  /**
   * Who.
   *
   * @return who was spoken to, by name and function (e.g. {@code "Ops manager Kim Ode"}); never
   *     blank
   */
  @Value.Parameter
  public abstract String person();

  /**
   * A contact.
   *
   * @param at when the conversation took place
   * @param level the level of the customer's organisation it reached
   * @param person who was spoken to; must not be blank
   * @return the contact
   */
  public static Contact of(Instant at, ContactLevel level, String person) {
    return ImmutableContact.of(at, level, person);
  }

  @Value.Check
  void check() {
    Checks.notBlank("Contact.person", person());
  }
}
