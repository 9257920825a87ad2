package org.accountgovernance.flink.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.accountgovernance.core.escalation.Trigger;
import org.accountgovernance.flink.AccountEvent;
import org.accountgovernance.flink.AccountGovernanceFunction;
import org.accountgovernance.flink.GovernanceNotification;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;

/**
 * One account's long history through the operator test harness, with and without compaction: 1,000
 * issues, one every 12 hours, each resolved four hours after its opening (2,000 events in event
 * time, the watermark following each event), and prints events per second for each. Not shipped (it
 * lives with the tests); run it like {@link FlinkGovernanceDemo}, with the number of issues and of
 * alternating rounds as arguments (default 1000 and 2).
 */
public final class CompactionThroughput {
  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  private CompactionThroughput() {}

  /**
   * Runs the rounds and prints one line per run.
   *
   * @param args the number of issues (default 1000) and of rounds (default 2)
   * @throws Exception when the function fails
   */
  public static void main(String[] args) throws Exception {
    int issues = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    List<AccountEvent> events = new ArrayList<>();
    for (int i = 0; i < issues; i++) {
      String id = "CASE-" + i;
      Instant opened = T0.plus(Duration.ofHours(12L * i));
      events.add(AccountEvent.opened("ACME", id, opened, Trigger.unitDefect(1 + i % 3)));
      events.add(
          AccountEvent.of(
              AccountEvent.Type.RESOLVED, "ACME", id, opened.plus(Duration.ofHours(4))));
    }
    List<String> reference = null;
    for (int round = 0; round < rounds; round++) {
      for (Duration retention :
          List.of(
              Duration.ofDays(365L * 1000),
              Duration.ofDays(AccountGovernanceFunction.DEFAULT_RESOLVED_RETENTION_DAYS))) {
        AccountGovernanceFunction function =
            AccountGovernanceFunction.builder().resolvedRetention(retention).build();
        List<String> out = run(function, events, retention);
        if (reference == null) {
          reference = out;
        } else if (!reference.equals(out)) {
          throw new IllegalStateException("the runs' notifications differ");
        }
      }
    }
  }

  @SuppressWarnings("try") // the harness closes with InterruptedException, as Flink declares
  private static List<String> run(
      AccountGovernanceFunction function, List<AccountEvent> events, Duration retention)
      throws Exception {
    try (KeyedOneInputStreamOperatorTestHarness<String, AccountEvent, GovernanceNotification> h =
        new KeyedOneInputStreamOperatorTestHarness<>(
            new KeyedProcessOperator<>(function), AccountEvent::getAccount, Types.STRING)) {
      ((SerializerConfigImpl) h.getExecutionConfig().getSerializerConfig()).setGenericTypes(false);
      h.open();
      long start = System.nanoTime();
      for (AccountEvent e : events) {
        long at = e.getAt().toEpochMilli();
        h.processElement(e, at);
        h.processWatermark(at);
      }
      h.processWatermark(Long.MAX_VALUE);
      double seconds = (System.nanoTime() - start) / 1e9;
      List<String> out = new ArrayList<>();
      for (GovernanceNotification n : h.extractOutputValues()) {
        out.add(n + " @" + n.getEvaluatedAt());
      }
      System.out.printf(
          "retention %s: %d events in %.2f s, %.0f events/s, %d notifications%n",
          retention, events.size(), seconds, events.size() / seconds, out.size());
      return out;
    }
  }
}
