package org.accountgovernance.core.program;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A person whose consent closing may need, e.g. {@code Stakeholder.required("Customer CIO")} or
 * {@code Stakeholder.informed("Regional sales VP")}.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class Stakeholder {
  Stakeholder() {}

  /**
   * The name (or role) by which consent is recorded.
   *
   * @return the stakeholder's name or role, e.g. {@code "Customer CIO"}, as consents name it; never
   *     blank
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Whether closing needs this stakeholder's consent.
   *
   * @return {@code true} when closing needs the stakeholder's consent, {@code false} when they are
   *     only kept informed
   */
  @Value.Parameter
  public abstract boolean consentRequired();

  /**
   * A stakeholder whose consent closing needs.
   *
   * @param name the stakeholder's name or role, as consents will name it; must not be blank
   * @return a stakeholder whose consent closing needs
   */
  public static Stakeholder required(String name) {
    return ImmutableStakeholder.of(name, true);
  }

  /**
   * A stakeholder kept informed, whose consent closing does not need.
   *
   * @param name the stakeholder's name or role; must not be blank
   * @return a stakeholder who is kept informed but need not consent
   */
  public static Stakeholder informed(String name) {
    return ImmutableStakeholder.of(name, false);
  }

  @Value.Check
  void check() {
    Checks.notBlank("Stakeholder.name", name());
  }
}
