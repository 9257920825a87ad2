package org.accountgovernance.flink;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apiguardian.api.API;

/**
 * Wires the playbook into a Flink job in one line: a stream of account events in, a stream of
 * notifications out, keyed by account.
 *
 * <pre>{@code
 * DataStream<AccountEvent> events = env.fromSource(source, watermarks, "account-events");
 * SingleOutputStreamOperator<GovernanceNotification> notifications =
 *     FlinkGovernance.govern(events, AccountGovernanceFunction.builder().build());
 * notifications.getSideOutput(AccountGovernanceFunction.REFUSED).sinkTo(deadLetters);
 * }</pre>
 *
 * <p>The operator is named and has the stable uid {@value #UID}, so that its keyed state and timers
 * are restored from a savepoint after the job changes.
 *
 * <p><b>Watermarks drive deadlines.</b> In event time a deadline fires only when the watermark
 * passes it, and the watermark is made from the events: while every input is quiet (a weekend, an
 * outage upstream) it stands still, and no breach fires until data resumes. {@code
 * WatermarkStrategy.withIdleness} only lets active partitions move the watermark past idle ones; it
 * does nothing when every input is idle. For SLA alerting that must fire on time, use {@link
 * WallClockWatermarks} on a live source (the watermark never trails the wall clock by more than a
 * set delay; an event later than that is refused) or {@link
 * AccountGovernanceFunction.TimeMode#PROCESSING_TIME}.
 *
 * <p><b>Replays.</b> With checkpoints, a replayable source and a transactional or idempotent sink
 * the notifications are exactly once, with two limits: whether an event is late depends on the
 * watermark when it arrives, which is not checkpointed, so an event near the watermark may be
 * refused in one run and applied in the replay (or the reverse); and in processing time a replay
 * dates the events at their new arrival. Deduplicate on {@code (account, type, at, subjectKind,
 * subjectId, ruleId, levelId)}, never on {@code evaluatedAt}.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class FlinkGovernance {
  /** The uid of the governance operator: keep it to restore state from savepoints. */
  public static final String UID = "account-governance";

  private FlinkGovernance() {}

  /**
   * Keys {@code events} by account and governs them with {@code function}.
   *
   * @param events the account events; for event time, with timestamps and watermarks assigned
   * @param function the configured governance function
   * @return the notifications, each once, stamped with the instant it became true; refused and late
   *     events in the side output {@link AccountGovernanceFunction#REFUSED}
   */
  public static SingleOutputStreamOperator<GovernanceNotification> govern(
      DataStream<AccountEvent> events, AccountGovernanceFunction function) {
    return events
        .keyBy(new ByAccount(), Types.STRING)
        .process(function, TypeInformation.of(GovernanceNotification.class))
        .name("account-governance")
        .uid(UID);
  }

  /** The account an event belongs to: the key. */
  private static final class ByAccount implements KeySelector<AccountEvent, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public String getKey(AccountEvent event) {
      String account = event.getAccount();
      if (account == null) {
        throw new IllegalArgumentException("AccountEvent.account must be set but was null");
      }
      return account;
    }
  }
}
