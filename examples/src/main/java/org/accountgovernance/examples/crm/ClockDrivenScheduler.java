package org.accountgovernance.examples.crm;

import java.time.Instant;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An {@link EvaluationScheduler} without threads: timers wait in memory and run when the host calls
 * {@link #runDue()}, if the injected clock has reached them. A host with its own tick (a cron job,
 * a message loop) calls {@code runDue()} on every tick; a test sets a clock and calls it, so a
 * two-week scenario runs in milliseconds and exactly.
 *
 * <pre>{@code
 * TestClock clock = TestClock.at(Instant.parse("2026-03-02T08:00:00Z"));
 * ClockDrivenScheduler scheduler = new ClockDrivenScheduler(clock);
 * scheduler.schedule("evaluate:ACME", Instant.parse("2026-03-03T16:00:00Z"), task);
 * clock.set(Instant.parse("2026-03-09T07:00:00Z"));
 * scheduler.runDue();   // runs the task once, late: the task catches up itself
 * }</pre>
 *
 * <p>Thread-safe; tasks run on the caller's thread, outside the scheduler's lock, so that a task
 * may set timers.
 */
public final class ClockDrivenScheduler implements EvaluationScheduler {
  private record Timer(String key, Instant at, Runnable task) {}

  // Earliest first; two timers due at the same instant run in key order, so runs are repeatable.
  private static final Comparator<Timer> ORDER =
      Comparator.comparing(Timer::at).thenComparing(Timer::key);

  private final InstantSource clock;
  private final Map<String, Timer> timers = new HashMap<>();

  /** A scheduler reading the time from {@code clock}. */
  public ClockDrivenScheduler(InstantSource clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public synchronized void schedule(String key, Instant at, Runnable task) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(task, "task");
    if (key.isBlank()) {
      throw new IllegalArgumentException("key must be non-blank but was '" + key + "'");
    }
    timers.put(key, new Timer(key, at, task));
  }

  @Override
  public synchronized void cancel(String key) {
    timers.remove(key);
  }

  @Override
  public synchronized Optional<Instant> scheduledAt(String key) {
    return Optional.ofNullable(timers.get(key)).map(Timer::at);
  }

  /** The earliest timer's instant, if any timer is set. */
  public synchronized Optional<Instant> nextDue() {
    return timers.values().stream().min(ORDER).map(Timer::at);
  }

  /**
   * Runs every timer due at the clock's current instant, earliest first, each once; a timer that a
   * task sets and that is already due runs in the same call.
   *
   * @return how many timers ran
   */
  public int runDue() {
    int ran = 0;
    for (Optional<Timer> due = takeDue(); due.isPresent(); due = takeDue()) {
      due.get().task().run();
      ran++;
    }
    return ran;
  }

  private synchronized Optional<Timer> takeDue() {
    Instant now = clock.instant();
    Optional<Timer> due = timers.values().stream().filter(t -> !t.at().isAfter(now)).min(ORDER);
    due.ifPresent(t -> timers.remove(t.key()));
    return due;
  }
}
