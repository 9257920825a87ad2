package org.accountgovernance.testkit.escalation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.util.Optional;
import org.accountgovernance.core.Reason;
import org.accountgovernance.core.RuleId;
import org.accountgovernance.core.escalation.EscalationDecision;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions for an {@link EscalationDecision}, with failure messages that show the
 * decision's level, reasons and deadlines.
 *
 * <pre>{@code
 * assertThat(policy.decide(issue, now))
 *     .isAtLevel("L3")
 *     .hasReason("ESC-BYPASS")
 *     .hasResponseDue(now)
 *     .hasNoNextChange();
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class EscalationDecisionAssert
    extends AbstractAssert<EscalationDecisionAssert, EscalationDecision> {

  private EscalationDecisionAssert(EscalationDecision actual) {
    super(actual, EscalationDecisionAssert.class);
  }

  /** Starts an assertion on {@code decision}. */
  public static EscalationDecisionAssert assertThat(EscalationDecision decision) {
    return new EscalationDecisionAssert(decision);
  }

  /** The decision's level has id {@code levelId}. */
  public EscalationDecisionAssert isAtLevel(String levelId) {
    isNotNull();
    if (!actual.level().id().equals(levelId)) {
      failWithMessage(
          "Expected level %s but was %s; reasons %s",
          levelId, actual.level().id(), actual.reasons());
    }
    return this;
  }

  /** One of the reasons for the current level names {@code ruleId}. */
  public EscalationDecisionAssert hasReason(String ruleId) {
    isNotNull();
    RuleId expected = RuleId.of(ruleId);
    if (actual.reasons().stream().map(Reason::ruleId).noneMatch(expected::equals)) {
      failWithMessage("Expected a reason %s but the reasons were %s", ruleId, actual.reasons());
    }
    return this;
  }

  /** One reason names {@code ruleId} with exactly these observed value and threshold. */
  public EscalationDecisionAssert hasReason(String ruleId, String observed, String threshold) {
    isNotNull();
    boolean found =
        actual.reasons().stream()
            .anyMatch(
                r ->
                    r.ruleId().value().equals(ruleId)
                        && r.observed().equals(observed)
                        && r.threshold().equals(threshold));
    if (!found) {
      failWithMessage(
          "Expected a reason %s observed <%s> threshold <%s> but the reasons were %s",
          ruleId, observed, threshold, actual.reasons());
    }
    return this;
  }

  /** A response is owed by {@code deadline}. */
  public EscalationDecisionAssert hasResponseDue(Instant deadline) {
    isNotNull();
    if (!actual.responseDue().equals(Optional.of(deadline))) {
      failWithMessage(
          "Expected a response due %s but was %s (clock %s)",
          deadline, actual.responseDue(), actual.clock());
    }
    return this;
  }

  /** No response is owed. */
  public EscalationDecisionAssert hasNoResponseDue() {
    isNotNull();
    if (actual.responseDue().isPresent()) {
      failWithMessage("Expected no response due but one is due %s", actual.responseDue().get());
    }
    return this;
  }

  /** The decision changes by time alone at {@code instant}. */
  public EscalationDecisionAssert hasNextChangeAt(Instant instant) {
    isNotNull();
    if (!actual.nextChangeAt().equals(Optional.of(instant))) {
      failWithMessage("Expected the next change at %s but was %s", instant, actual.nextChangeAt());
    }
    return this;
  }

  /** The decision will not change by time alone. */
  public EscalationDecisionAssert hasNoNextChange() {
    isNotNull();
    if (actual.nextChangeAt().isPresent()) {
      failWithMessage("Expected no next change but it changes at %s", actual.nextChangeAt().get());
    }
    return this;
  }

  /** The decision has the given status. */
  public EscalationDecisionAssert hasStatus(EscalationDecision.Status status) {
    isNotNull();
    if (actual.status() != status) {
      failWithMessage("Expected status %s but was %s", status, actual.status());
    }
    return this;
  }

  /** The decision has exactly {@code count} findings with {@code ruleId}. */
  public EscalationDecisionAssert hasFindings(String ruleId, int count) {
    isNotNull();
    long actualCount =
        actual.findings().stream().filter(f -> f.ruleId().value().equals(ruleId)).count();
    if (actualCount != count) {
      failWithMessage(
          "Expected %s finding(s) %s but found %s: %s",
          count, ruleId, actualCount, actual.findings());
    }
    return this;
  }
}
