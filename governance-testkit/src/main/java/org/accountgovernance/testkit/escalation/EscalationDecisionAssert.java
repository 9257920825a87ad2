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

  /**
   * Starts an assertion on {@code decision}.
   *
   * @param decision the decision under test, typically {@code policy.decide(issue, now)}; a null
   *     decision fails every check
   * @return a new assertion on {@code decision}
   */
  public static EscalationDecisionAssert assertThat(EscalationDecision decision) {
    return new EscalationDecisionAssert(decision);
  }

  /**
   * The decision's level has id {@code levelId}.
   *
   * @param levelId the expected level id, e.g. {@code "L2"}
   * @return this assertion, to chain further checks on the same decision
   * @throws AssertionError when the decision is at another level; the message lists its reasons
   */
  public EscalationDecisionAssert isAtLevel(String levelId) {
    isNotNull();
    if (!actual.level().id().equals(levelId)) {
      failWithMessage(
          "Expected level %s but was %s; reasons %s",
          levelId, actual.level().id(), actual.reasons());
    }
    return this;
  }

  /**
   * One of the reasons for the current level names {@code ruleId}.
   *
   * @param ruleId the expected rule id, e.g. {@code "ESC-BYPASS"}
   * @return this assertion, to chain further checks on the same decision
   * @throws AssertionError when no reason for the current level names {@code ruleId}
   */
  public EscalationDecisionAssert hasReason(String ruleId) {
    isNotNull();
    RuleId expected = RuleId.of(ruleId);
    if (actual.reasons().stream().map(Reason::ruleId).noneMatch(expected::equals)) {
      failWithMessage("Expected a reason %s but the reasons were %s", ruleId, actual.reasons());
    }
    return this;
  }

  /**
   * One reason names {@code ruleId} with exactly these observed value and threshold.
   *
   * @param ruleId the expected rule id, e.g. {@code "ESC-TRIGGER"}
   * @param observed the reason's observed value, compared exactly, e.g. {@code "7 points"}
   * @param threshold the reason's threshold, compared exactly, e.g. {@code "> 5 points"}
   * @return this assertion, to chain further checks on the same decision
   * @throws AssertionError when no reason for the current level matches all three
   */
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

  /**
   * A response is owed by {@code deadline}.
   *
   * @param deadline the instant by which the current level's response is expected to be due
   * @return this assertion, to chain further checks on the same decision
   * @throws AssertionError when no response is owed or it is due at another instant
   */
  public EscalationDecisionAssert hasResponseDue(Instant deadline) {
    isNotNull();
    if (!actual.responseDue().equals(Optional.of(deadline))) {
      failWithMessage(
          "Expected a response due %s but was %s (clock %s)",
          deadline, actual.responseDue(), actual.clock());
    }
    return this;
  }

  /**
   * No response is owed.
   *
   * @return this assertion, to chain further checks on the same decision
   * @throws AssertionError when a response is due
   */
  public EscalationDecisionAssert hasNoResponseDue() {
    isNotNull();
    if (actual.responseDue().isPresent()) {
      failWithMessage("Expected no response due but one is due %s", actual.responseDue().get());
    }
    return this;
  }

  /**
   * The decision changes by time alone at {@code instant}.
   *
   * @param instant the expected next instant at which a timer, warning or deadline changes the
   *     decision without a new event
   * @return this assertion, to chain further checks on the same decision
   * @throws AssertionError when the decision changes at another instant or never
   */
  public EscalationDecisionAssert hasNextChangeAt(Instant instant) {
    isNotNull();
    if (!actual.nextChangeAt().equals(Optional.of(instant))) {
      failWithMessage("Expected the next change at %s but was %s", instant, actual.nextChangeAt());
    }
    return this;
  }

  /**
   * The decision will not change by time alone.
   *
   * @return this assertion, to chain further checks on the same decision
   * @throws AssertionError when a next change is foreseen
   */
  public EscalationDecisionAssert hasNoNextChange() {
    isNotNull();
    if (actual.nextChangeAt().isPresent()) {
      failWithMessage("Expected no next change but it changes at %s", actual.nextChangeAt().get());
    }
    return this;
  }

  /**
   * The decision has the given status.
   *
   * @param status the expected status: open, paused or resolved
   * @return this assertion, to chain further checks on the same decision
   * @throws AssertionError when the decision has another status
   */
  public EscalationDecisionAssert hasStatus(EscalationDecision.Status status) {
    isNotNull();
    if (actual.status() != status) {
      failWithMessage("Expected status %s but was %s", status, actual.status());
    }
    return this;
  }

  /**
   * The decision has exactly {@code count} findings with {@code ruleId}.
   *
   * @param ruleId the rule id the findings are counted for, e.g. {@code "ESC-SLA"}
   * @param count the expected number of such findings, zero to assert there are none
   * @return this assertion, to chain further checks on the same decision
   * @throws AssertionError when the number of such findings differs
   */
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
