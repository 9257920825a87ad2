package org.accountgovernance.core.escalation;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.List;
import org.accountgovernance.core.Reason;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What a {@link SeverityClassifier} made of an issue's facts: the level they call for, whether a
 * bypass rule put it there, and the reasons — the rules, observed values and thresholds that
 * decided it.
 *
 * <p>Example: "yield drop 7 points" classifies as {@code L2} with reason {@code ESC-TRIGGER},
 * observed {@code "7 points"}, threshold {@code "> 5 points"}.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class Classification {
  Classification() {}

  /**
   * The level the facts call for.
   *
   * @return the id of the ladder level the facts call for, e.g. {@code "L2"}; never blank
   */
  public abstract String levelId();

  /**
   * Whether a bypass rule (such as ESC-BYPASS) decided the level: the only way an issue may skip
   * levels without passing through them.
   *
   * @return {@code true} when a bypass rule decided the level, which lets the issue skip the levels
   *     below it; {@code false} for an ordinary classification
   */
  public abstract boolean bypass();

  /**
   * The reasons that put the issue at {@link #levelId()}; never empty.
   *
   * @return the rules, observed values and thresholds behind the level, e.g. {@code ESC-TRIGGER},
   *     {@code "7 points"}, {@code "> 5 points"}
   */
  public abstract List<Reason> reasons();

  /**
   * A builder.
   *
   * @return a new builder with nothing set; levelId, bypass and at least one reason are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Classification}. */
  public static final class Builder extends ImmutableClassification.Builder {}

  @Value.Check
  void check() {
    Checks.notBlank("Classification.levelId", levelId());
    Checks.check(!reasons().isEmpty(), "Classification.reasons", "non-empty", reasons());
  }
}
