package org.accountgovernance.core.readiness;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Optional;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A named contact for one escalation level on one side, as exchanged between supplier and customer.
 *
 * <p>Example: {@code EscalationContact.builder().levelId("L3").side(PartyRole.Side.CUSTOMER)
 * .name("Ana Ruiz, VP Ops").email("ana@client.example").mobile("+1 555 0100").build()}.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class EscalationContact {
  EscalationContact() {}

  /**
   * The escalation level.
   *
   * @return the id of the escalation level the contact answers for, e.g. {@code "L3"}; never blank
   */
  public abstract String levelId();

  /**
   * The side.
   *
   * @return whose organisation the contact belongs to
   */
  public abstract PartyRole.Side side();

  /**
   * The person.
   *
   * @return the person's name, with their title if given (e.g. {@code "Ana Ruiz, VP Ops"}); never
   *     blank
   */
  public abstract String name();

  /**
   * E-mail, if exchanged.
   *
   * @return the e-mail address exchanged; empty when none was
   */
  public abstract Optional<String> email();

  /**
   * Mobile number, if exchanged.
   *
   * @return the mobile number exchanged, in any format that has digits; empty when none was
   */
  public abstract Optional<String> mobile();

  /**
   * A builder.
   *
   * @return a new builder with nothing set; levelId, side and name are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EscalationContact}. */
  public static final class Builder extends ImmutableEscalationContact.Builder {}

  @Value.Check
  void check() {
    Checks.notBlank("EscalationContact.levelId", levelId());
    Checks.notBlank("EscalationContact.name", name());
    String field = "EscalationContact[" + levelId() + " " + name() + "]";
    email()
        .ifPresent(
            e ->
                Checks.check(
                    e.contains("@"), field + ".email", "an e-mail address", "'" + e + "'"));
    mobile()
        .ifPresent(
            m ->
                Checks.check(
                    m.chars().anyMatch(Character::isDigit),
                    field + ".mobile",
                    "a phone number",
                    "'" + m + "'"));
  }

  /**
   * Whether name, e-mail and mobile are all there.
   *
   * @return {@code true} when a non-blank e-mail address and a non-blank mobile number were both
   *     exchanged
   */
  public boolean complete() {
    return email().filter(e -> !e.isBlank()).isPresent()
        && mobile().filter(m -> !m.isBlank()).isPresent();
  }
}
