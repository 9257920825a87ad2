package org.accountgovernance.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** Properties run as many examples as the README says. */
class TheoriesTest {

  @Test
  void aPropertyChecksTheConfiguredNumberOfExamples() {
    AtomicInteger checked = new AtomicInteger();
    Theories.qt().forAll(Generate.range(0, 1_000_000)).checkAssert(i -> checked.incrementAndGet());
    int configured = Integer.getInteger("governance.examples", Theories.DEFAULT_EXAMPLES);
    // QuickTheories skips an example it has already tried, so a rare repeat may be dropped.
    assertThat(checked.get()).isBetween(configured * 99 / 100, configured);
  }

  @Test
  void aWeightedPropertyChecksFewerButAtLeastTen() {
    AtomicInteger checked = new AtomicInteger();
    Theories.qt(1_000_000)
        .forAll(Generate.range(0, 1_000_000))
        .checkAssert(i -> checked.incrementAndGet());
    assertThat(checked.get()).isBetween(9, 10);
  }
}
