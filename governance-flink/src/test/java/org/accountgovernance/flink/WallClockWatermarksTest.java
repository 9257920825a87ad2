package org.accountgovernance.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.accountgovernance.core.escalation.Trigger;
import org.apache.flink.api.common.eventtime.TimestampAssigner;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.junit.jupiter.api.Test;

/**
 * Watermarks bounded by the wall clock: they follow the events while events flow, the clock while
 * the input is quiet, never go back, and make a deadline fire on a quiet weekend.
 */
@SuppressWarnings("try") // the harness closes with InterruptedException, as Flink declares
class WallClockWatermarksTest {
  private static final Instant T0 = Instant.parse("2026-03-06T17:00:00Z"); // a Friday

  /** A wall clock the test sets; serializable, as a job's clock must be. */
  static final class SetClock extends Clock implements Serializable {
    private static final long serialVersionUID = 1L;
    private Instant now;

    SetClock(Instant now) {
      this.now = now;
    }

    void set(Instant instant) {
      now = instant;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** Keeps what a generator emits. */
  static final class Emitted implements WatermarkOutput {
    final List<Long> watermarks = new ArrayList<>();

    @Override
    public void emitWatermark(Watermark watermark) {
      watermarks.add(watermark.getTimestamp());
    }

    @Override
    public void markIdle() {
      throw new AssertionError("the wall clock keeps every partition active");
    }

    @Override
    public void markActive() {}
  }

  private static final Duration MINUTE = Duration.ofMinutes(1);
  private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

  private static long millis(Instant at) {
    return at.toEpochMilli();
  }

  /** A generator with one minute of out-of-orderness, trailing {@code clock} by five minutes. */
  private static WatermarkGenerator<AccountEvent> generator(Clock clock) {
    return WallClockWatermarks.of(MINUTE, FIVE_MINUTES, clock).createWatermarkGenerator(null);
  }

  private static AccountEvent event(Instant at) {
    return AccountEvent.opened("ACME", "CASE-" + at.toEpochMilli(), at, Trigger.unitDefect(1));
  }

  @Test
  void whileEventsFlowTheWatermarkFollowsThemAndWhileQuietTheClock() {
    SetClock clock = new SetClock(T0);
    WatermarkGenerator<AccountEvent> generator = generator(clock);
    Emitted out = new Emitted();

    // Events arrive as they happen: the event bound (latest - 1 min - 1 ms) is the later one.
    generator.onEvent(event(T0), millis(T0), out);
    generator.onPeriodicEmit(out);
    assertThat(out.watermarks).containsExactly(millis(T0) - 60_001);

    // The input falls quiet for the weekend; the clock moves on, and so does the watermark.
    clock.set(T0.plus(Duration.ofHours(60)));
    generator.onPeriodicEmit(out);
    assertThat(out.watermarks)
        .containsExactly(
            millis(T0) - 60_001, millis(T0.plus(Duration.ofHours(60)).minus(FIVE_MINUTES)));
  }

  @Test
  void theWatermarkNeverGoesBackNorRepeats() {
    SetClock clock = new SetClock(T0);
    WatermarkGenerator<AccountEvent> generator = generator(clock);
    Emitted out = new Emitted();
    generator.onPeriodicEmit(out);
    generator.onPeriodicEmit(out);
    // The wall clock is set back an hour (an NTP correction, a VM restored): no watermark.
    clock.set(T0.minus(Duration.ofHours(1)));
    generator.onPeriodicEmit(out);
    // An old event does not pull it back either.
    generator.onEvent(
        event(T0.minus(Duration.ofDays(1))), millis(T0.minus(Duration.ofDays(1))), out);
    generator.onPeriodicEmit(out);

    assertThat(out.watermarks).containsExactly(millis(T0.minus(FIVE_MINUTES)));
  }

  @Test
  void timestampsAreTheEventsInstants() {
    TimestampAssigner<AccountEvent> assigner =
        WallClockWatermarks.of(MINUTE, FIVE_MINUTES, new SetClock(T0))
            .createTimestampAssigner(null);
    assertThat(assigner.extractTimestamp(event(T0), 0L)).isEqualTo(millis(T0));

    AccountEvent undated = event(T0);
    undated.setAt(null);
    assertThatThrownBy(() -> assigner.extractTimestamp(undated, 0L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("AccountEvent.at must be set but was null");
  }

  @Test
  void badBoundsAndAClockThatCannotTravelAreRefused() {
    Clock clock = new SetClock(T0);
    assertThatThrownBy(() -> WallClockWatermarks.of(MINUTE.negated(), FIVE_MINUTES, clock))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("outOfOrderness must be zero or more but was PT-1M");
    assertThatThrownBy(() -> WallClockWatermarks.of(MINUTE, Duration.ZERO, clock))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDelay must be positive but was PT0S");
    Clock notSerializable =
        new Clock() {
          @Override
          public ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return T0;
          }
        };
    assertThatThrownBy(() -> WallClockWatermarks.of(MINUTE, FIVE_MINUTES, notSerializable))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("clock must be Serializable");
    assertThat(WallClockWatermarks.of(Duration.ZERO, FIVE_MINUTES, clock).outOfOrderness())
        .isZero();
  }

  @Test
  void theStrategyTravelsWithTheJobGraph() throws Exception {
    WallClockWatermarks strategy = WallClockWatermarks.of(MINUTE, FIVE_MINUTES, Clock.systemUTC());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(strategy);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      WallClockWatermarks copy = (WallClockWatermarks) in.readObject();
      assertThat(copy.outOfOrderness()).isEqualTo(MINUTE);
      assertThat(copy.maxDelay()).isEqualTo(FIVE_MINUTES);
    }
  }

  /**
   * An issue opened on Friday 17:00 with no further event: its L1 response is due Saturday 17:00
   * (24 h on the always-on L1 calendar). With watermarks made from the events alone nothing fires
   * all weekend; with the wall clock's, the warning and the breach fire within five minutes of
   * their instants, and carry those instants.
   */
  @Test
  void aDeadlineFiresOnAQuietWeekend() throws Exception {
    SetClock clock = new SetClock(T0);
    WatermarkGenerator<AccountEvent> generator = generator(clock);
    Emitted out = new Emitted();
    AccountEvent opened = event(T0);
    try (var h =
        AccountGovernanceHarnessTest.harness(AccountGovernanceFunction.builder().build())) {
      h.open();
      generator.onEvent(opened, millis(T0), out);
      h.processElement(opened, millis(T0));
      // The wall clock ticks through the weekend; the source's periodic emit runs each minute.
      for (Instant now = T0; now.isBefore(T0.plus(Duration.ofHours(30))); now = now.plus(MINUTE)) {
        clock.set(now);
        int before = out.watermarks.size();
        generator.onPeriodicEmit(out);
        for (int i = before; i < out.watermarks.size(); i++) {
          h.processWatermark(out.watermarks.get(i));
        }
      }
      List<String> lines = AccountGovernanceHarnessTest.lines(h.extractOutputValues());
      String issue = "issue:CASE-" + millis(T0);
      assertThat(lines)
          .containsExactly(
              "2026-03-06T17:00:00Z ACME LEVEL ESC-TRIGGER " + issue + " L1 @2026-03-06T17:00:00Z",
              // 75 % of 24 h: Saturday 11:00, seen when the watermark passed it at 11:05 + 1 min.
              "2026-03-07T11:00:00Z ACME WARNING ESC-SLA-WARN "
                  + issue
                  + " L1 @2026-03-07T11:00:00Z",
              "2026-03-07T17:00:00.000000001Z ACME BREACH ESC-SLA "
                  + issue
                  + " L1 @2026-03-07T17:00:00.001Z",
              "2026-03-07T17:00:00.000000001Z ACME FINDING ESC-SLA "
                  + issue
                  + " @2026-03-07T17:00:00.001Z",
              "2026-03-07T17:00:00.000000001Z ACME STATUS account:ACME YELLOW"
                  + " @2026-03-07T17:00:00.001Z");
    }
  }
}
