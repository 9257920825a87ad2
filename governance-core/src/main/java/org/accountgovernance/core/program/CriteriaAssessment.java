package org.accountgovernance.core.program;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.List;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.Reason;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Which account-level escalation criteria an account meets, each with its evidence (the issues, the
 * counts, the flags). At least one met criterion allows a declaration; a manager may also declare
 * by judgment without one.
 *
 * <p>Example: two open Analytics issues meet {@code AEM-CRITERIA-PRODUCT}, observed {@code "2 open
 * issues on Analytics: CASE-1, CASE-2"}, threshold {@code ">= 2"}.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class CriteriaAssessment {
  CriteriaAssessment() {}

  /**
   * The account assessed.
   *
   * @return the account assessed
   */
  public abstract AccountId account();

  /**
   * The criteria met, with evidence, in a stable order.
   *
   * @return one reason per criterion met, with its evidence as the observed value; empty when the
   *     account meets none
   */
  public abstract List<Reason> met();

  /**
   * A builder.
   *
   * @return a new builder with nothing set; the account is required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CriteriaAssessment}. */
  public static final class Builder extends ImmutableCriteriaAssessment.Builder {}

  /**
   * Whether the account may be declared an account-level escalation on criteria.
   *
   * @return {@code true} when at least one criterion is met, so that a declaration can rest on
   *     criteria rather than judgment alone
   */
  public boolean eligible() {
    return !met().isEmpty();
  }

  /**
   * The rule ids of the criteria met, e.g. for {@link ProgramEvent#declared}.
   *
   * @return the rule ids of {@link #met()}, each once, in the form {@link ProgramEvent#declared}
   *     takes; empty when none is met
   */
  public List<String> ruleIds() {
    return met().stream().map(r -> r.ruleId().value()).distinct().toList();
  }
}
