package org.accountgovernance.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The real job, end to end on a Flink mini cluster, with generic (Kryo) types disabled. */
@SuppressWarnings("try") // Flink declares close() with InterruptedException
class AccountGovernanceJobTest {
  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  @Test
  void theJobEmitsTheScenarioExactlyAsTheOperatorDoes() throws Exception {
    Configuration conf = new Configuration();
    conf.set(PipelineOptions.GENERIC_TYPES, false);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.setParallelism(2);
    DataStream<AccountEvent> events =
        env.fromData(Scenario.events(), TypeInformation.of(AccountEvent.class))
            .assignTimestampsAndWatermarks(
                WatermarkStrategy.<AccountEvent>forBoundedOutOfOrderness(Duration.ofHours(1))
                    .withTimestampAssigner((e, previous) -> e.getAt().toEpochMilli()));

    List<String> out = new ArrayList<>();
    try (CloseableIterator<GovernanceNotification> it =
        FlinkGovernance.govern(events, AccountGovernanceFunction.builder().build())
            .executeAndCollect("account-governance-test")) {
      it.forEachRemaining(n -> out.add(AccountGovernanceHarnessTest.line(n)));
    }

    // Accounts run in parallel, so only each account's own order is fixed; the end of the
    // bounded source moves the watermark to the end of time and fires every pending timer.
    for (String account : List.of("ACME", "GLOBEX", "INITECH", "UMBRELLA")) {
      assertThat(out.stream().filter(l -> l.contains(" " + account + " ")))
          .containsExactlyElementsOf(
              AccountGovernanceHarnessTest.EXPECTED.stream()
                  .filter(l -> l.contains(" " + account + " "))
                  .toList());
    }
    assertThat(out).hasSameSizeAs(AccountGovernanceHarnessTest.EXPECTED);
  }
}
