package org.accountgovernance.flink;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.apache.flink.api.common.eventtime.TimestampAssigner;
import org.apache.flink.api.common.eventtime.TimestampAssignerSupplier;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkGeneratorSupplier;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apiguardian.api.API;

/**
 * Watermarks for live account events that keep moving while the input is quiet, so that in event
 * time a response deadline, a pre-breach warning or an overdue update fires on time over a weekend
 * or an upstream outage instead of when the next event arrives. Each source partition's watermark
 * is the later of the usual {@code latest event - outOfOrderness - 1 ms} and {@code wall clock -
 * maxDelay}: it never trails the clock by more than {@code maxDelay}.
 *
 * <pre>{@code
 * DataStream<AccountEvent> events = env.fromSource(source,
 *     WallClockWatermarks.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Clock.systemUTC()),
 *     "account-events");
 * }</pre>
 *
 * <p>With {@code maxDelay} of 5 minutes, an issue whose L1 response is due at 02:00 on a Sunday is
 * reported as breached by 02:05 even if no event arrives all weekend; the notification is stamped
 * with the breach's own instant, as always.
 *
 * <p>The price: an event that reaches the job more than {@code maxDelay} after its own instant is
 * behind the watermark, so it is late and refused ({@link AccountGovernanceFunction#REFUSED}).
 * Choose {@code maxDelay} longer than the pipeline's worst delivery delay. For the same reason this
 * strategy is for live streams only: replaying last month's events with it makes every one of them
 * late. Replay with {@code WatermarkStrategy.forBoundedOutOfOrderness} instead. Do not add {@code
 * withIdleness}: an idle partition would stop counting, and the wall clock already moves every
 * partition's watermark. Timestamps are the events' {@code at}.
 *
 * <p>The clock is a parameter so that tests can drive it; in a job pass {@code Clock.systemUTC()}.
 * It is serialized with the job graph and must be {@link Serializable}, as the JDK's clocks are.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class WallClockWatermarks implements WatermarkStrategy<AccountEvent> {
  private static final long serialVersionUID = 1L;

  /** How far behind the latest event an event may still be. */
  private final Duration outOfOrderness;

  /** How far behind the wall clock the watermark may trail. */
  private final Duration maxDelay;

  /** The wall clock, serialized with the job graph. */
  private final Clock clock;

  private WallClockWatermarks(Duration outOfOrderness, Duration maxDelay, Clock clock) {
    this.outOfOrderness = outOfOrderness;
    this.maxDelay = maxDelay;
    this.clock = clock;
  }

  /**
   * The strategy.
   *
   * @param outOfOrderness how far behind the latest event seen an event may still be, e.g. {@code
   *     Duration.ofMinutes(1)}; zero or more
   * @param maxDelay how far behind the wall clock the watermark may trail, e.g. {@code
   *     Duration.ofMinutes(5)}; positive, and longer than events take to reach the job
   * @param clock the wall clock, {@code Clock.systemUTC()} in a job; must be {@link Serializable}
   * @return watermarks bounded by the events and by the clock, with the events' instants as
   *     timestamps
   * @throws IllegalArgumentException when {@code outOfOrderness} is negative, {@code maxDelay} is
   *     not positive, or {@code clock} is not serializable, naming the parameter and its value
   */
  public static WallClockWatermarks of(Duration outOfOrderness, Duration maxDelay, Clock clock) {
    Objects.requireNonNull(outOfOrderness, "outOfOrderness");
    Objects.requireNonNull(maxDelay, "maxDelay");
    Objects.requireNonNull(clock, "clock");
    if (outOfOrderness.isNegative()) {
      throw new IllegalArgumentException(
          "outOfOrderness must be zero or more but was " + outOfOrderness);
    }
    if (maxDelay.isNegative() || maxDelay.isZero()) {
      throw new IllegalArgumentException("maxDelay must be positive but was " + maxDelay);
    }
    if (!(clock instanceof Serializable)) {
      throw new IllegalArgumentException(
          "clock must be Serializable (it travels with the job graph) but was " + clock);
    }
    return new WallClockWatermarks(outOfOrderness, maxDelay, clock);
  }

  /**
   * How far behind the latest event an event may still be.
   *
   * @return the out-of-orderness bound given to {@link #of}
   */
  public Duration outOfOrderness() {
    return outOfOrderness;
  }

  /**
   * How far behind the wall clock the watermark may trail.
   *
   * @return the delay bound given to {@link #of}
   */
  public Duration maxDelay() {
    return maxDelay;
  }

  @Override
  public WatermarkGenerator<AccountEvent> createWatermarkGenerator(
      WatermarkGeneratorSupplier.Context context) {
    return new Generator(outOfOrderness.toMillis(), maxDelay.toMillis(), clock);
  }

  @Override
  public TimestampAssigner<AccountEvent> createTimestampAssigner(
      TimestampAssignerSupplier.Context context) {
    return (event, previous) -> {
      Instant at = event.getAt();
      if (at == null) {
        throw new IllegalArgumentException("AccountEvent.at must be set but was null: " + event);
      }
      return at.toEpochMilli();
    };
  }

  /** One source partition's generator. */
  static final class Generator implements WatermarkGenerator<AccountEvent> {
    private final long outOfOrderness;
    private final long maxDelay;
    private final Clock clock;
    private long latest = Long.MIN_VALUE;
    private long emitted = Long.MIN_VALUE;

    Generator(long outOfOrderness, long maxDelay, Clock clock) {
      this.outOfOrderness = outOfOrderness;
      this.maxDelay = maxDelay;
      this.clock = clock;
    }

    @Override
    public void onEvent(AccountEvent event, long timestamp, WatermarkOutput output) {
      latest = Math.max(latest, timestamp);
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
      long byEvents = latest == Long.MIN_VALUE ? Long.MIN_VALUE : latest - outOfOrderness - 1;
      long byClock = clock.millis() - maxDelay;
      long watermark = Math.max(byEvents, byClock);
      // Watermarks only move forward, also when the wall clock is set back.
      if (watermark > emitted) {
        emitted = watermark;
        output.emitWatermark(new Watermark(watermark));
      }
    }
  }
}
