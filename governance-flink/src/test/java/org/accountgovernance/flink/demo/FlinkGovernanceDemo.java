package org.accountgovernance.flink.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.accountgovernance.core.escalation.Trigger;
import org.accountgovernance.flink.AccountEvent;
import org.accountgovernance.flink.AccountGovernanceFunction;
import org.accountgovernance.flink.FlinkGovernance;
import org.accountgovernance.flink.GovernanceNotification;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;

/**
 * Runs the governance job on generated accounts in a local Flink environment and prints the
 * throughput. Not shipped (it lives with the tests). Run it with plain {@code java} on the test
 * class path after a build (the README's "Running on Flink" gives the command); {@code exec:java}
 * does not work, as Flink cannot load the job's lambdas through its class loader.
 */
public final class FlinkGovernanceDemo {
  private FlinkGovernanceDemo() {}

  /**
   * Generates the accounts' events, runs the job, prints events per second.
   *
   * @param args the number of accounts (default 5000) and the parallelism (default 2)
   * @throws Exception when the job fails
   */
  @SuppressWarnings("try") // Flink declares close() with InterruptedException
  public static void main(String[] args) throws Exception {
    int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    int parallelism = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    List<AccountEvent> events = generate(accounts, new Random(42));

    Configuration conf = new Configuration();
    conf.set(PipelineOptions.GENERIC_TYPES, false);
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.createLocalEnvironment(parallelism, conf);
    DataStream<AccountEvent> stream =
        env.fromData(events, TypeInformation.of(AccountEvent.class))
            .assignTimestampsAndWatermarks(
                WatermarkStrategy.<AccountEvent>forBoundedOutOfOrderness(Duration.ofMinutes(5))
                    .withTimestampAssigner((e, previous) -> e.getAt().toEpochMilli()));

    long notifications = 0;
    long start = System.nanoTime();
    try (CloseableIterator<GovernanceNotification> out =
        FlinkGovernance.govern(stream, AccountGovernanceFunction.builder().build())
            .executeAndCollect("account-governance-demo")) {
      while (out.hasNext()) {
        out.next();
        notifications++;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "%d accounts, %d events, %d notifications, parallelism %d: %.1f s, %.0f events/s%n",
        accounts, events.size(), notifications, parallelism, seconds, events.size() / seconds);
  }

  /** A week of activity: two issues per account, answered, escalated or resolved at random. */
  static List<AccountEvent> generate(int accounts, Random random) {
    Instant start = Instant.parse("2026-03-02T00:00:00Z");
    List<AccountEvent> events = new ArrayList<>();
    for (int a = 0; a < accounts; a++) {
      String account = "ACC-" + a;
      for (int i = 0; i < 2; i++) {
        String issue = account + "-" + i;
        Instant opened = start.plus(Duration.ofMinutes(random.nextInt(3 * 24 * 60)));
        events.add(AccountEvent.opened(account, issue, opened, Trigger.unitDefect(1)));
        Instant t = opened;
        if (random.nextBoolean()) {
          t = t.plus(Duration.ofMinutes(1 + random.nextInt(36 * 60)));
          events.add(AccountEvent.of(AccountEvent.Type.RESPONDED, account, issue, t));
        }
        if (random.nextInt(4) == 0) {
          t = t.plus(Duration.ofMinutes(1 + random.nextInt(24 * 60)));
          events.add(AccountEvent.triggerAdded(account, issue, t, Trigger.delay(4)));
        }
        if (random.nextBoolean()) {
          t = t.plus(Duration.ofMinutes(1 + random.nextInt(72 * 60)));
          events.add(AccountEvent.of(AccountEvent.Type.RESOLVED, account, issue, t));
        }
      }
    }
    events.sort(java.util.Comparator.comparing(AccountEvent::getAt));
    return events;
  }
}
