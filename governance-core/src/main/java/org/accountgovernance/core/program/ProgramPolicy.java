package org.accountgovernance.core.program;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Instant;
import org.apiguardian.api.API;

/**
 * SPI: evaluates an account-level escalation at an instant — its state, the next update due, what
 * is overdue, why it may or may not close, and when the answer next changes by time alone. The
 * default is the playbook's ({@code org.accountgovernance.rules.program.PlaybookProgramPolicy}).
 *
 * <p>Example: {@code policy.evaluate(escalation, now).nextUpdateDue()}. Implementations are pure
 * and thread-safe; events after {@code now} are ignored.
 */
@API(status = MAINTAINED, since = "0.1.0")
@FunctionalInterface
public interface ProgramPolicy {

  /**
   * Evaluates {@code escalation} at {@code now}.
   *
   * @param escalation the escalation record with every event recorded so far
   * @param now the evaluation instant; events after it are ignored
   * @return the programme's state and content, the next update due, what blocks closing and what is
   *     wrong at {@code now}, and when that next changes by time alone
   * @throws org.accountgovernance.core.IllegalTransitionException when an event does not fit the
   *     state it meets
   */
  ProgramReport evaluate(AccountEscalation escalation, Instant now);
}
