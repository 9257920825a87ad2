package org.accountgovernance.examples.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.accountgovernance.testkit.TestClock;
import org.junit.jupiter.api.Test;

class ClockDrivenSchedulerTest {
  private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");
  private static final Instant TEN = Instant.parse("2026-03-02T10:00:00Z");

  private final TestClock clock = TestClock.at(Instant.parse("2026-03-02T08:00:00Z"));
  private final ClockDrivenScheduler scheduler = new ClockDrivenScheduler(clock);
  private final List<String> ran = new ArrayList<>();

  @Test
  void runsOnlyWhatIsDueEarliestFirstThenByKey() {
    scheduler.schedule("c", TEN, () -> ran.add("c"));
    scheduler.schedule("b", NINE, () -> ran.add("b"));
    scheduler.schedule("a", TEN, () -> ran.add("a"));
    assertThat(scheduler.runDue()).isZero();
    assertThat(scheduler.nextDue()).contains(NINE);
    clock.set(Instant.parse("2026-03-02T09:30:00Z"));
    assertThat(scheduler.runDue()).isEqualTo(1);
    clock.set(TEN);
    assertThat(scheduler.runDue()).isEqualTo(2);
    assertThat(ran).containsExactly("b", "a", "c");
    assertThat(scheduler.nextDue()).isEmpty();
  }

  @Test
  void aKeyHoldsOneTimerWhichCanBeReplacedOrCancelled() {
    scheduler.schedule("acme", NINE, () -> ran.add("first"));
    scheduler.schedule("acme", TEN, () -> ran.add("second"));
    assertThat(scheduler.scheduledAt("acme")).contains(TEN);
    scheduler.schedule("other", NINE, () -> ran.add("other"));
    scheduler.cancel("other");
    clock.set(TEN);
    scheduler.runDue();
    assertThat(ran).containsExactly("second");
    assertThat(scheduler.scheduledAt("acme")).isEmpty();
  }

  @Test
  void aTimerSetByATaskAndAlreadyDueRunsInTheSameCall() {
    scheduler.schedule(
        "first",
        NINE,
        () -> {
          ran.add("first");
          scheduler.schedule("second", NINE, () -> ran.add("second"));
          scheduler.schedule("later", TEN, () -> ran.add("later"));
        });
    clock.set(NINE);
    assertThat(scheduler.runDue()).isEqualTo(2);
    assertThat(ran).containsExactly("first", "second");
    assertThat(scheduler.scheduledAt("later")).contains(TEN);
  }

  @Test
  void aBlankKeyIsRefused() {
    assertThatThrownBy(() -> scheduler.schedule(" ", NINE, () -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key must be non-blank but was ' '");
  }
}
