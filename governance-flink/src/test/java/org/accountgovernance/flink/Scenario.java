package org.accountgovernance.flink;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.accountgovernance.core.escalation.Trigger;

/** The multi-account scenario every Flink test runs. */
final class Scenario {
  static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  private Scenario() {}

  static Instant at(Duration offset) {
    return T0.plus(offset);
  }

  static Instant hours(long h) {
    return T0.plus(Duration.ofHours(h));
  }

  /**
   * ACME: CASE-1 opened at L1, never answered: its L1 response is missed at 24 h and it escalates
   * to L2 after 48 h. GLOBEX: CASE-2 answered and resolved at 30 h: the resolution cancels the
   * auto-escalation. INITECH: CASE-3 opened at L1; a delay of 5 days dated 50 h arrives after its
   * L1 deadline passed.
   */
  static List<AccountEvent> events() {
    return List.of(
        AccountEvent.opened("ACME", "CASE-1", T0, Trigger.unitDefect(1)),
        AccountEvent.opened("GLOBEX", "CASE-2", hours(1), Trigger.unitDefect(2)),
        AccountEvent.opened("INITECH", "CASE-3", hours(2), Trigger.informationRequest()),
        AccountEvent.of(AccountEvent.Type.RESPONDED, "GLOBEX", "CASE-2", hours(3)),
        AccountEvent.of(AccountEvent.Type.RESOLVED, "GLOBEX", "CASE-2", hours(30)),
        AccountEvent.triggerAdded("INITECH", "CASE-3", hours(50), Trigger.delay(5)));
  }
}
