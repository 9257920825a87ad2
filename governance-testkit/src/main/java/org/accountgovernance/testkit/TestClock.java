package org.accountgovernance.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;

/**
 * A {@link Clock} a test sets and advances by hand, to drive code that takes a {@code Clock} (the
 * library's rules take instants; a host's scheduler typically takes a clock).
 *
 * <pre>{@code
 * TestClock clock = TestClock.at(Instant.parse("2026-03-02T08:00:00Z"));
 * clock.advance(Duration.ofHours(48));
 * policy.decide(issue, clock.instant());
 * }</pre>
 *
 * <p>Thread-safe; {@link #withZone} returns a view sharing the same instant. Time never goes back
 * unless {@link #set} is called with an earlier instant.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class TestClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private TestClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /**
   * A clock standing at {@code instant}, in UTC.
   *
   * @param instant the instant the clock reads until it is set or advanced
   * @return a new clock in the UTC zone; it does not move on its own
   */
  public static TestClock at(Instant instant) {
    return new TestClock(new AtomicReference<>(instant), ZoneOffset.UTC);
  }

  /**
   * Moves the clock to {@code instant}.
   *
   * @param instant the instant the clock and every view of it read from now on; may be earlier than
   *     the current one, which turns time back
   */
  public void set(Instant instant) {
    now.set(instant);
  }

  /**
   * Moves the clock forward by {@code amount}.
   *
   * @param amount how far to move, zero or positive; zero leaves the clock where it is
   * @return the instant the clock reads after the move
   * @throws IllegalArgumentException when {@code amount} is negative
   */
  public Instant advance(Duration amount) {
    Checks.nonNegative("amount", amount);
    return now.updateAndGet(t -> t.plus(amount));
  }

  @Override
  public Instant instant() {
    return java.util.Objects.requireNonNull(now.get());
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new TestClock(now, other);
  }

  @Override
  public String toString() {
    return "TestClock[" + now.get() + ", " + zone + "]";
  }
}
