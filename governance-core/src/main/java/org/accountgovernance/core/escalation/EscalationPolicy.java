package org.accountgovernance.core.escalation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Instant;
import java.util.List;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;

/**
 * SPI: decides an issue's escalation at an instant. The default is the playbook's matrix ({@code
 * org.accountgovernance.rules.escalation.PlaybookEscalationPolicy}), which a host configures with
 * its own ladder, thresholds and classifier; a host with entirely different rules implements this.
 *
 * <p>Implementations must be pure and thread-safe: the same issue and instant always give an equal
 * decision; events after {@code now} are ignored. The testkit's {@code EscalationPolicyContract}
 * states the invariants every policy must keep (no level lowered by time, no level skipped except
 * by a bypass, deadlines never before the level was entered, an exact {@code nextChangeAt}).
 */
@API(status = MAINTAINED, since = "0.1.0")
@FunctionalInterface
public interface EscalationPolicy {

  /**
   * Decides {@code issue} at {@code now}, considering only the events at or before {@code now}.
   *
   * @param issue the issue, with its opening facts and every event recorded so far
   * @param now the evaluation instant; events after it are ignored
   * @return the issue's level, reasons, clocks, changes and findings at {@code now}, and when they
   *     next change by time alone
   * @throws IllegalArgumentException when {@code now} is before the issue was opened
   * @throws IllegalStateException when the events cannot be applied (e.g. a downgrade to a higher
   *     level), naming the state and the event
   */
  EscalationDecision decide(Issue issue, Instant now);

  /**
   * Where {@code issue} stands at {@code now}, without its history: what {@code decide(issue,
   * now).summary()} gives, which is how this default computes it. A policy may compute it for less
   * (the playbook's skips the history, the closed clocks and every sentence but the current
   * reasons'); it must give an equal summary.
   *
   * @param issue the issue, with its opening facts and every event recorded so far
   * @param now the evaluation instant; events after it are ignored
   * @return the level, reasons, response due and next change at {@code now}
   * @throws IllegalArgumentException when {@link #decide} throws it
   * @throws IllegalStateException when {@link #decide} throws it
   */
  @API(status = EXPERIMENTAL, since = "0.1.0")
  default EscalationSummary summarize(Issue issue, Instant now) {
    return decide(issue, now).summary();
  }

  /**
   * The changes in {@code (from, to]}, each at its own instant: how a host catches up before it
   * applies an event at {@code to} that arrived after earlier deadlines passed.
   *
   * @param issue the issue, with every event recorded up to {@code to}
   * @param from the instant of the host's last evaluation, excluded
   * @param to the instant up to which to catch up, included
   * @return the level changes, warnings and breaches in {@code (from, to]}, in order; empty when
   *     there are none
   * @throws IllegalArgumentException when {@code to} is before {@code from}
   */
  default List<EscalationChange> changesBetween(Issue issue, Instant from, Instant to) {
    if (to.isBefore(from)) {
      throw Checks.failure("to", "at or after from (" + from + ")", to);
    }
    return decide(issue, to).changesSince(from);
  }
}
