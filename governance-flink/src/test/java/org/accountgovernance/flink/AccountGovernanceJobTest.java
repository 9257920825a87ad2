package org.accountgovernance.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
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
    // The events in event-time order, and no watermark but the one at the end of the input: no
    // watermark can pass an event before it arrives, however the source is split or scheduled, so
    // none is late. (With periodic watermarks, one emitted mid-source could make a later-listed,
    // earlier-dated event late, and the result would depend on timing.)
    List<AccountEvent> inEventTime = new ArrayList<>(Scenario.events());
    inEventTime.sort(Comparator.comparing(AccountEvent::getAt));
    DataStream<AccountEvent> events =
        env.fromData(inEventTime, TypeInformation.of(AccountEvent.class))
            .assignTimestampsAndWatermarks(
                WatermarkStrategy.<AccountEvent>noWatermarks()
                    .withTimestampAssigner((e, previous) -> e.getAt().toEpochMilli()));

    SingleOutputStreamOperator<GovernanceNotification> notifications =
        FlinkGovernance.govern(events, AccountGovernanceFunction.builder().build());
    // Notifications and refusals in one collected stream, told apart by a prefix.
    DataStream<String> both =
        notifications
            .map(n -> "N " + AccountGovernanceHarnessTest.line(n), Types.STRING)
            .union(
                notifications
                    .getSideOutput(AccountGovernanceFunction.REFUSED)
                    .map(r -> "R " + r, Types.STRING));

    List<String> out = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    try (CloseableIterator<String> it = both.executeAndCollect("account-governance-test")) {
      it.forEachRemaining(l -> (l.startsWith("N ") ? out : refused).add(l.substring(2)));
    }

    assertThat(refused).isEmpty();

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
