package org.accountgovernance.core.program;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An exit criterion of an account-level escalation, set when the engagement begins: a clearly
 * achievable goal agreed by both sides.
 *
 * <p>Example: {@code SuccessCriterion.of("SC-1", "p95 checkout latency under 300 ms for 14 days")}.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class SuccessCriterion {
  SuccessCriterion() {}

  /**
   * A short id that action items refer to.
   *
   * @return the criterion's short id, e.g. {@code "SC-1"}; never blank
   */
  @Value.Parameter
  public abstract String id();

  /**
   * What must be true.
   *
   * @return the goal both sides agreed, e.g. {@code "p95 checkout latency under 300 ms for 14
   *     days"}; never blank
   */
  @Value.Parameter
  public abstract String description();

  /**
   * A criterion.
   *
   * @param id the criterion's short id, which action items and {@link ProgramEvent#criterionMet}
   *     refer to; must not be blank
   * @param description the goal both sides agreed; must not be blank
   * @return the criterion
   */
  public static SuccessCriterion of(String id, String description) {
    return ImmutableSuccessCriterion.of(id, description);
  }

  @Value.Check
  void check() {
    Checks.notBlank("SuccessCriterion.id", id());
    Checks.notBlank("SuccessCriterion[" + id() + "].description", description());
  }
}
