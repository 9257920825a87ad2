package org.accountgovernance.examples.crm;

import java.time.Instant;
import java.util.Optional;

/**
 * The CRM's timer facility, as the governance service needs it: one timer per key, set to an
 * instant, replaced when set again. The service keeps one timer per account, at the account's next
 * {@code nextChangeAt}, so it never polls.
 *
 * <p>Example: {@code scheduler.schedule("evaluate:ACME", Instant.parse("2026-03-04T12:00:00Z"), ()
 * -> service.evaluate(acme))}. {@link ClockDrivenScheduler} runs timers when the host pumps it; a
 * production host would implement this on its job scheduler or a {@code ScheduledExecutorService},
 * with a delay of {@code Duration.between(clock.instant(), at)}.
 *
 * <p>A timer may run late (the host was down, the machine busy); it must not run early, since
 * nothing changes before its instant.
 */
public interface EvaluationScheduler {

  /**
   * Runs {@code task} at {@code at}, or as soon as possible after it; replaces any timer with the
   * same {@code key}.
   */
  void schedule(String key, Instant at, Runnable task);

  /** Removes the timer with {@code key}, if there is one. */
  void cancel(String key);

  /** When the timer with {@code key} is due, if there is one. */
  Optional<Instant> scheduledAt(String key);
}
