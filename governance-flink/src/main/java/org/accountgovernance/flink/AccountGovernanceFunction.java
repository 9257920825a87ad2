package org.accountgovernance.flink;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.accountgovernance.core.Finding;
import org.accountgovernance.core.IllegalTransitionException;
import org.accountgovernance.core.account.AccountChange;
import org.accountgovernance.core.account.AccountSnapshot;
import org.accountgovernance.core.account.GovernanceReport;
import org.accountgovernance.core.cadence.AccountPhase;
import org.accountgovernance.core.escalation.EscalationDecision;
import org.accountgovernance.core.program.ProgramReport;
import org.accountgovernance.core.program.ProgramState;
import org.accountgovernance.rules.account.Playbook;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.TimerService;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The playbook as a Flink keyed function: folds each account's {@link AccountEvent}s into keyed
 * state, evaluates the account with the configured {@link Playbook}, emits every {@link
 * GovernanceNotification} once, stamped with the instant it became true, and keeps exactly one
 * timer per account at its next change. State and timers are checkpointed together, so a restored
 * job resumes with every pending deadline.
 *
 * <pre>{@code
 * AccountGovernanceFunction function = AccountGovernanceFunction.builder()
 *     .playbook(Playbook::ofDefaults)       // a serializable factory; called once per task
 *     .timeMode(TimeMode.EVENT_TIME)        // the default
 *     .zone(ZoneId.of("Europe/Berlin"))     // accounts' default zone; default UTC
 *     .build();
 * DataStream<GovernanceNotification> out = FlinkGovernance.govern(events, function);
 * }</pre>
 *
 * <p><b>Catching up.</b> The function remembers up to which instant it has emitted for the account.
 * Evaluating at {@code t} emits {@link Playbook#changesBetween} that instant and {@code t}: every
 * change due in between, at its own instant, under the facts known then, and then what the events
 * at {@code t} change. A timer that fires late, or a watermark that jumps over several deadlines,
 * still yields each change once, at its true instant.
 *
 * <p><b>Event time</b> ({@link TimeMode#EVENT_TIME}, the default): an event waits in state until
 * the watermark passes its time, then the account's events up to the watermark are applied in a
 * canonical order ({@link #CANONICAL}): by time and, at the same instant, openings and requests
 * before what refers to them, then by ids and content. The output depends only on the events, never
 * on their arrival order; a replay gives the same notifications as long as the same events are on
 * time (lateness depends on the watermark at arrival, which is not checkpointed). The account's one
 * timer is at the earliest of its next change and its earliest waiting event. An event at or behind
 * the watermark, or at or before what was already emitted, is late: it goes to {@link #REFUSED} and
 * changes nothing. <b>Processing time</b> ({@link TimeMode#PROCESSING_TIME}): an event is applied
 * on arrival and dated at the arrival instant (its own {@code at} is ignored; an event in the same
 * millisecond as the previous evaluation is dated a nanosecond after it), and the timer follows the
 * wall clock: no event is ever late, but a replay dates facts anew.
 *
 * <p><b>Quiet inputs and the end of input.</b> In event time deadlines fire only as the watermark
 * advances: when every input is quiet, no breach fires until data resumes ({@code withIdleness}
 * does not help when every input is idle); see {@link FlinkGovernance} for a wall-clock-bounded
 * watermark or processing time. At the final watermark of a bounded input ({@code Long.MAX_VALUE})
 * an account is caught up to {@link Builder#endOfInputHorizon} after its latest applied event and
 * no timer is set beyond it, so a part that always has a next change cannot keep the final
 * watermark firing the account's timer forever.
 *
 * <p><b>Meetings.</b> An account's {@link AccountEvent.Type#MEETING_HELD} events are its operating
 * cadence: its weekly sync is owed from its first meeting on, in the builder's {@link
 * Builder#meetingPhase phase} (default {@link AccountPhase#ACTIVE_PRODUCTION}), and a gap longer
 * than the cadence policy allows (two weeks by default, in the account's zone) is CAD-SKIP.
 *
 * <p><b>Zones.</b> An account's local days and cut-offs are counted in the zone its first applied
 * event carries ({@link AccountEvent#getZone()}), else in the builder's default zone; a later event
 * that names another zone is refused.
 *
 * <p>An event the rules refuse (an unknown issue, a second opening, an unknown trigger kind, a
 * downgrade to a higher level, a programme event its escalation's state does not allow, such as an
 * update before the declaration) goes to {@link #REFUSED} with the reason; the account's state is
 * unchanged. Refused means the rules threw {@link IllegalArgumentException} or {@link
 * IllegalTransitionException}: bad input. Any other exception, such as the {@link
 * IllegalStateException} a {@link Playbook} throws for a policy whose next change is not after the
 * evaluation, is a bug in the rules or their configuration and fails the task, rather than refusing
 * every event it touches.
 *
 * <p><b>State.</b> The account's applied events ({@link AccountEvent} POJOs), waiting events, the
 * instant emitted through, the next change, the timer, and what is kept of compacted facts (the
 * compacted ids with their finish instants, and {@link CompactedFacts}): all with Flink's own
 * serializers. A state TTL would drop facts and change what the rules conclude. Each task keeps,
 * for up to {@value #CACHED_ACCOUNTS} recently used accounts, the fold of their facts in memory
 * (not checkpointed), and an applied event rebuilds only the issue, escalation or meetings it
 * touches; after a restore, or once an account is evicted, its fold is rebuilt from state.
 *
 * <p><b>Compaction.</b> After each evaluation, an issue that is resolved, with no next change, no
 * response owed and every finding ended, and whose latest event lies more than {@link
 * Builder#resolvedRetention} (default {@value #DEFAULT_RESOLVED_RETENTION_DAYS} days) before the
 * instant the account is notified through, loses its events from state; so does an account-level
 * escalation declined, or closed with every follow-up done. Such a part changes no later
 * notification, so the notifications are the same with and without compaction, and state and work
 * per event stay bounded by what happened within the retention (and the meetings, which are kept).
 * Its id stays, in a map state that only grows: a later event naming it is refused ({@code refused:
 * issue CASE-7 was compacted: ...}), unless it is late paperwork that the rules accept and ignore
 * on a resolved issue (tried on a stand-in), which is dropped as it would have been ignored.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class AccountGovernanceFunction
    extends KeyedProcessFunction<String, AccountEvent, GovernanceNotification> {
  private static final long serialVersionUID = 1L;

  /** Events not applied, with the reason: late ones and those the rules refuse. */
  public static final OutputTag<RefusedEvent> REFUSED =
      new OutputTag<>("account-governance-refused", TypeInformation.of(RefusedEvent.class));

  /** Which clock drives evaluations and timers. */
  public enum TimeMode {
    /** Event time: deterministic, replayable; needs watermarks. */
    EVENT_TIME,
    /** Processing time: the wall clock; events dated at arrival. */
    PROCESSING_TIME
  }

  /**
   * Makes the playbook on each parallel task. Serializable, so that a method reference such as
   * {@code Playbook::ofDefaults} travels with the job.
   */
  @FunctionalInterface
  public interface PlaybookFactory extends Serializable {
    /**
     * The playbook to evaluate accounts with.
     *
     * @return the playbook, configured as the host wants
     */
    Playbook create();
  }

  /** The default {@link Builder#endOfInputHorizon}, in days. */
  public static final long DEFAULT_END_OF_INPUT_HORIZON_DAYS = 366;

  private static final Duration DEFAULT_END_OF_INPUT_HORIZON =
      Duration.ofDays(DEFAULT_END_OF_INPUT_HORIZON_DAYS);

  /**
   * The default {@link Builder#resolvedRetention}, in days: an issue resolved (or an account-level
   * escalation finished) more than 30 days before the instant an account is notified through loses
   * its events from state. Example: an issue resolved on 2 March is compacted at the account's
   * first evaluation after 1 April.
   */
  public static final long DEFAULT_RESOLVED_RETENTION_DAYS = 30;

  private static final Duration DEFAULT_RESOLVED_RETENTION =
      Duration.ofDays(DEFAULT_RESOLVED_RETENTION_DAYS);

  /** The key prefix of a compacted issue in the compacted-ids map state. */
  static final String COMPACTED_ISSUE = "issue:";

  /** The key prefix of a compacted account-level escalation in the compacted-ids map state. */
  static final String COMPACTED_ESCALATION = "escalation:";

  /**
   * The canonical order of waiting events: by instant; at the same instant, openings and requests
   * before what refers to them ({@link #precedence}), then by issue and escalation id, then by
   * every other field. Events at one instant are thus applied in the same order whatever order they
   * arrived in.
   */
  static final Comparator<AccountEvent> CANONICAL =
      Comparator.comparing((AccountEvent e) -> Objects.requireNonNull(e.getAt()))
          .thenComparingInt(e -> precedence(e.getType()))
          .thenComparing(e -> e.getType(), Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(e -> key(e.getIssue()))
          .thenComparing(e -> key(e.getEscalation()))
          .thenComparing(AccountGovernanceFunction::contentKey);

  /** Makes the playbook on each task. */
  private final PlaybookFactory playbookFactory;

  /** Event time or processing time. */
  private final TimeMode timeMode;

  /** The zone of an account whose first event carries none. */
  private final ZoneId zone;

  /** The phase of every account whose meetings are carried. */
  private final AccountPhase phase;

  /** How far past its last fact an account is caught up at the end of input. */
  private final Duration endOfInputHorizon;

  /** How long a finished issue or escalation keeps its events after it finished. */
  private final Duration resolvedRetention;

  @SuppressWarnings("NullAway.Init")
  private transient Playbook playbook;

  @SuppressWarnings("NullAway.Init")
  private transient ListState<AccountEvent> facts;

  @SuppressWarnings("NullAway.Init")
  private transient ListState<AccountEvent> waiting;

  @SuppressWarnings("NullAway.Init")
  private transient ValueState<Instant> emittedThrough;

  @SuppressWarnings("NullAway.Init")
  private transient ValueState<Instant> nextChange;

  @SuppressWarnings("NullAway.Init")
  private transient ValueState<Long> timer;

  /**
   * The ids of the compacted issues ({@value #COMPACTED_ISSUE} + id) and escalation ({@value
   * #COMPACTED_ESCALATION} + id), each with the instant of its latest event. Only grows.
   */
  @SuppressWarnings("NullAway.Init")
  private transient MapState<String, Instant> compacted;

  /** What is kept of the compacted facts: the zone, the escalation's id, the latest instant. */
  @SuppressWarnings("NullAway.Init")
  private transient ValueState<CompactedFacts> compactedFacts;

  /**
   * Per account, the fold of its facts, so that an applied event extends it rather than folding
   * every fact again. Not checkpointed: an entry counts only while it was built from as many facts
   * as the state holds, ending in the same one; otherwise the fold is built again from state.
   * Bounded, least recently used first out.
   */
  @SuppressWarnings("NullAway.Init")
  private transient Map<String, EventFold.Fold> folds;

  /** The last report in this callback, so that one (snapshot, instant) is evaluated once. */
  private transient EventFold.@Nullable Fold reported;

  private transient @Nullable Instant reportedAt;

  private transient @Nullable GovernanceReport report;

  /** How many accounts' folds are kept. */
  static final int CACHED_ACCOUNTS = 4096;

  private AccountGovernanceFunction(Builder builder) {
    this.playbookFactory = builder.playbook;
    this.timeMode = builder.timeMode;
    this.zone = builder.zone;
    this.phase = builder.phase;
    this.endOfInputHorizon = builder.endOfInputHorizon;
    this.resolvedRetention = builder.resolvedRetention;
  }

  /**
   * A builder with the defaults: the playbook's defaults, event time, UTC.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link AccountGovernanceFunction}. Example: {@code
   * builder().timeMode(TimeMode.PROCESSING_TIME).build()}.
   */
  public static final class Builder {
    private PlaybookFactory playbook = Playbook::ofDefaults;
    private TimeMode timeMode = TimeMode.EVENT_TIME;
    private ZoneId zone = ZoneOffset.UTC;
    private AccountPhase phase = AccountPhase.ACTIVE_PRODUCTION;
    private Duration endOfInputHorizon = DEFAULT_END_OF_INPUT_HORIZON;
    private Duration resolvedRetention = DEFAULT_RESOLVED_RETENTION;

    private Builder() {}

    /**
     * The playbook; default {@link Playbook#ofDefaults()}.
     *
     * @param playbook makes the playbook on each task, e.g. {@code () ->
     *     Playbook.ofDefaults().withEscalation(policy, ladder)}
     * @return this builder
     */
    public Builder playbook(PlaybookFactory playbook) {
      this.playbook = Objects.requireNonNull(playbook, "playbook");
      return this;
    }

    /**
     * The clock; default {@link TimeMode#EVENT_TIME}.
     *
     * @param timeMode event time or processing time
     * @return this builder
     */
    public Builder timeMode(TimeMode timeMode) {
      this.timeMode = Objects.requireNonNull(timeMode, "timeMode");
      return this;
    }

    /**
     * The default zone, in which local days and cut-offs (e.g. when an escalation's update is due)
     * are counted for an account whose first event carries no {@link AccountEvent#getZone()};
     * default UTC.
     *
     * @param zone the zone of accounts that do not name their own
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /**
     * The accounts' phase, which decides whether their weekly sync is mandatory (CAD-SKIP); default
     * {@link AccountPhase#ACTIVE_PRODUCTION}, where the playbook's cadence is mandatory. It counts
     * for every account with a {@link AccountEvent.Type#MEETING_HELD}: a per-account phase is not
     * carried yet. An account's cadence starts at its first meeting.
     *
     * @param phase the phase of every account whose meetings are carried
     * @return this builder
     */
    public Builder meetingPhase(AccountPhase phase) {
      this.phase = Objects.requireNonNull(phase, "phase");
      return this;
    }

    /**
     * How far an account is caught up once the input has ended (event time, at the final watermark
     * of a bounded source, {@code Long.MAX_VALUE}): changes due up to this long after the account's
     * latest applied event still fire; none later is scheduled. Without a bound, a part that always
     * has a next change (a host policy that always names one, say) would keep the final watermark
     * re-firing the account's timer without end; the default parts settle (a skipped weekly sync,
     * for one, stays CAD-SKIP with no further change until the next meeting). Default {@value
     * AccountGovernanceFunction#DEFAULT_END_OF_INPUT_HORIZON_DAYS} days; it does not apply while
     * the watermark is finite, nor in processing time.
     *
     * @param horizon a positive duration
     * @return this builder
     */
    public Builder endOfInputHorizon(Duration horizon) {
      Objects.requireNonNull(horizon, "horizon");
      if (horizon.isNegative() || horizon.isZero()) {
        throw new IllegalArgumentException("endOfInputHorizon must be positive but was " + horizon);
      }
      this.endOfInputHorizon = horizon;
      return this;
    }

    /**
     * How long a finished issue or account-level escalation keeps its events in state. After each
     * evaluation, an issue that is resolved, with no further change scheduled, no response owed and
     * every finding ended, whose latest event lies more than this before the instant the account is
     * notified through, is compacted: its events leave the account's state, and only its id and the
     * instant of its latest event are kept (in a map state that only grows, one entry per compacted
     * id). Likewise an account-level escalation that was declined, or closed with every follow-up
     * done. Meetings are never compacted (the cadence needs their history). Compaction changes no
     * notification: a finished issue changes nothing any more. A later event naming a compacted id
     * is refused ({@code refused: issue CASE-7 was compacted ...}), unless it is late paperwork the
     * rules would have accepted and ignored (a response or a trigger after the resolution, under
     * the default policy), which is accepted and dropped. Default {@value
     * AccountGovernanceFunction#DEFAULT_RESOLVED_RETENTION_DAYS} days; choose it longer than any
     * paperwork is expected to arrive after a resolution. Example: {@code
     * builder().resolvedRetention(Duration.ofDays(90)).build()}.
     *
     * @param retention a positive duration
     * @return this builder
     * @throws IllegalArgumentException when {@code retention} is zero or negative, naming it
     */
    public Builder resolvedRetention(Duration retention) {
      Objects.requireNonNull(retention, "resolvedRetention");
      if (retention.isNegative() || retention.isZero()) {
        throw new IllegalArgumentException(
            "resolvedRetention must be positive but was " + retention);
      }
      this.resolvedRetention = retention;
      return this;
    }

    /**
     * The function.
     *
     * @return a new function with this builder's settings
     */
    public AccountGovernanceFunction build() {
      return new AccountGovernanceFunction(this);
    }
  }

  /**
   * The clock this function runs on.
   *
   * @return event time or processing time
   */
  public TimeMode timeMode() {
    return timeMode;
  }

  @Override
  public void open(OpenContext openContext) throws Exception {
    playbook = playbookFactory.create();
    TypeInformation<AccountEvent> events = TypeInformation.of(AccountEvent.class);
    facts = getRuntimeContext().getListState(new ListStateDescriptor<>("facts", events));
    waiting = getRuntimeContext().getListState(new ListStateDescriptor<>("waiting", events));
    emittedThrough =
        getRuntimeContext().getState(new ValueStateDescriptor<>("emitted-through", Types.INSTANT));
    nextChange =
        getRuntimeContext().getState(new ValueStateDescriptor<>("next-change", Types.INSTANT));
    timer = getRuntimeContext().getState(new ValueStateDescriptor<>("timer", Types.LONG));
    compacted =
        getRuntimeContext()
            .getMapState(new MapStateDescriptor<>("compacted", Types.STRING, Types.INSTANT));
    compactedFacts =
        getRuntimeContext()
            .getState(
                new ValueStateDescriptor<>(
                    "compacted-facts", TypeInformation.of(CompactedFacts.class)));
    folds =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, EventFold.Fold> eldest) {
            return size() > CACHED_ACCOUNTS;
          }
        };
  }

  @Override
  public void processElement(AccountEvent event, Context ctx, Collector<GovernanceNotification> out)
      throws Exception {
    try {
      process(event, ctx, out);
    } finally {
      forgetReport();
    }
  }

  private void process(AccountEvent event, Context ctx, Collector<GovernanceNotification> out)
      throws Exception {
    String account = ctx.getCurrentKey();
    Instant through = emittedThrough.value();
    TimerService timers = ctx.timerService();
    if (timeMode == TimeMode.PROCESSING_TIME) {
      Instant now = Instant.ofEpochMilli(timers.currentProcessingTime());
      Instant at = through != null && !now.isAfter(through) ? through.plusNanos(1) : now;
      AccountEvent dated = event.datedAt(at);
      apply(account, dated, ctx);
      evaluate(account, at, out);
      reschedule(timers);
      return;
    }
    Instant at = event.getAt();
    if (at == null) {
      ctx.output(REFUSED, RefusedEvent.of(event, "refused: AccountEvent.at must be set"));
      return;
    }
    long watermark = timers.currentWatermark();
    if (ceilMillis(at) <= watermark || (through != null && !at.isAfter(through))) {
      ctx.output(
          REFUSED,
          RefusedEvent.of(
              event,
              "late: "
                  + at
                  + " is at or behind the watermark "
                  + Instant.ofEpochMilli(watermark)
                  + " or at or before "
                  + through
                  + ", up to which "
                  + account
                  + " is notified"));
      return;
    }
    waiting.add(event);
    reschedule(timers);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<GovernanceNotification> out)
      throws Exception {
    try {
      fire(timestamp, ctx, out);
    } finally {
      forgetReport();
    }
  }

  private void fire(long timestamp, OnTimerContext ctx, Collector<GovernanceNotification> out)
      throws Exception {
    timer.clear();
    String account = ctx.getCurrentKey();
    Instant now = Instant.ofEpochMilli(timestamp);
    if (timeMode == TimeMode.PROCESSING_TIME) {
      now = Instant.ofEpochMilli(Math.max(timestamp, ctx.timerService().currentProcessingTime()));
      Instant through = emittedThrough.value();
      if (through != null && through.isAfter(now)) {
        now = through;
      }
    } else {
      List<AccountEvent> due = new ArrayList<>();
      List<AccountEvent> later = new ArrayList<>();
      for (AccountEvent e : waiting.get()) {
        (ceilMillis(Objects.requireNonNull(e.getAt())) <= timestamp ? due : later).add(e);
      }
      due.sort(CANONICAL);
      waiting.update(later);
      for (AccountEvent e : due) {
        apply(account, e, ctx);
      }
    }
    evaluate(account, now, out);
    reschedule(ctx.timerService());
  }

  /** Adds {@code event} to the account's facts, or refuses it when the rules refuse it. */
  private void apply(String account, AccountEvent event, Context ctx) throws Exception {
    if (compactedFacts.value() != null && namesCompacted(account, event, ctx)) {
      return;
    }
    EventFold.Fold next;
    try {
      next = fold(account).plus(event);
      reportOn(next, Objects.requireNonNull(event.getAt()));
    } catch (IllegalArgumentException | IllegalTransitionException e) {
      // Bad input: a missing or unknown field, or a transition the record's state does not allow.
      // Anything else (e.g. the IllegalStateException Playbook throws for a policy whose next
      // change is not after the evaluation) is a bug in the rules or their configuration: it fails
      // the task rather than quietly refusing every event it touches.
      ctx.output(REFUSED, RefusedEvent.of(event, "refused: " + e.getMessage()));
      return;
    }
    facts.add(event);
    folds.put(account, next);
  }

  /**
   * The fold of the account's facts: the cached one when it was built from the facts in state, else
   * built again from them (after a restore, or once evicted).
   */
  private EventFold.Fold fold(String account) throws Exception {
    int count = 0;
    AccountEvent last = null;
    for (AccountEvent e : facts.get()) {
      count++;
      last = e;
    }
    EventFold.Fold cached = folds.get(account);
    if (cached != null && cached.count() == count && Objects.equals(cached.last(), last)) {
      return cached;
    }
    CompactedFacts kept = compactedFacts.value();
    EventFold.Fold built =
        kept == null
            ? EventFold.Fold.of(account, zone, phase, facts.get())
            : EventFold.Fold.of(
                account,
                zone,
                phase,
                kept.getZone() == null ? null : ZoneId.of(kept.getZone()),
                kept.getEscalation(),
                facts.get());
    folds.put(account, built);
    return built;
  }

  /** The playbook's report on {@code fold} at {@code at}, evaluated once per callback. */
  private GovernanceReport reportOn(EventFold.Fold fold, Instant at) {
    GovernanceReport last = report;
    if (last != null && reported == fold && at.equals(reportedAt)) {
      return last;
    }
    GovernanceReport current = playbook.report(fold.snapshot(), at);
    reported = fold;
    reportedAt = at;
    report = current;
    return current;
  }

  private void forgetReport() {
    reported = null;
    reportedAt = null;
    report = null;
  }

  /** Emits every change since the account was last evaluated, up to {@code now}. */
  private void evaluate(String account, Instant now, Collector<GovernanceNotification> out)
      throws Exception {
    EventFold.Fold fold = fold(account);
    Instant through = emittedThrough.value();
    Instant earliest = fold.earliest();
    if (earliest == null) {
      // No facts, or every one compacted: then every part was finished, with no next change.
      emittedThrough.update(through != null && through.isAfter(now) ? through : now);
      nextChange.clear();
      return;
    }
    Instant from = through != null ? through : earliest.minusNanos(1);
    AccountSnapshot snapshot = fold.snapshot();
    if (now.isAfter(from)) {
      for (AccountChange change : playbook.changesBetween(snapshot, from, now)) {
        out.collect(GovernanceNotification.of(account, change, now));
      }
      emittedThrough.update(now);
    }
    Instant evaluated = now.isAfter(from) ? now : from;
    GovernanceReport report = reportOn(fold, evaluated);
    nextChange.update(report.nextChangeAt().orElse(null));
    compact(account, fold, report, evaluated);
  }

  /**
   * Drops from state the events of every issue and account-level escalation that is finished at
   * {@code through} and finished more than the retention before it: its id and the instant of its
   * latest event go to the compacted ids, its events' latest instant to {@link
   * CompactedFacts#getLatest()}. A finished part changes no later report but by its history (past
   * findings and decisions, which no notification is made of), so no notification changes.
   */
  private void compact(
      String account, EventFold.Fold fold, GovernanceReport report, Instant through)
      throws Exception {
    Map<String, Instant> issues = new LinkedHashMap<>();
    for (EscalationDecision decision : report.decisions()) {
      if (finished(decision, through)) {
        String id = decision.issueId().value();
        Instant finish = fold.issueFinish(id);
        if (finish != null && pastRetention(finish, through)) {
          issues.put(id, finish);
        }
      }
    }
    String escalation = null;
    Instant escalationFinish = null;
    ProgramReport programme = report.program().orElse(null);
    if (programme != null && finished(programme, through)) {
      Instant finish = fold.escalationFinish();
      if (finish != null && pastRetention(finish, through)) {
        escalation = programme.escalationId();
        escalationFinish = finish;
      }
    }
    if (issues.isEmpty() && escalation == null) {
      return;
    }
    CompactedFacts kept = compactedFacts.value();
    if (kept == null) {
      kept = new CompactedFacts();
    }
    ZoneId accountZone = fold.zone();
    kept.setZone((accountZone != null ? accountZone : zone).getId());
    Instant latest = kept.getLatest();
    long events = kept.getEvents();
    List<AccountEvent> remaining = new ArrayList<>();
    for (AccountEvent e : facts.get()) {
      if (issues.containsKey(issueOf(e))
          || (escalation != null && escalation.equals(escalationOf(e)))) {
        Instant at = Objects.requireNonNull(e.getAt());
        latest = latest == null || at.isAfter(latest) ? at : latest;
        events++;
      } else {
        remaining.add(e);
      }
    }
    for (Map.Entry<String, Instant> issue : issues.entrySet()) {
      compacted.put(COMPACTED_ISSUE + issue.getKey(), issue.getValue());
    }
    if (escalation != null) {
      compacted.put(COMPACTED_ESCALATION + escalation, Objects.requireNonNull(escalationFinish));
      kept.setEscalation(escalation);
    }
    kept.setLatest(latest);
    kept.setEvents(events);
    kept.setIssues(kept.getIssues() + issues.size());
    compactedFacts.update(kept);
    facts.update(remaining);
    folds.put(
        account,
        EventFold.Fold.of(
            account, zone, phase, ZoneId.of(kept.getZone()), kept.getEscalation(), remaining));
  }

  /** Whether more than the retention lies between {@code finish} and {@code through}. */
  private boolean pastRetention(Instant finish, Instant through) {
    return Duration.between(finish, through).compareTo(resolvedRetention) > 0;
  }

  /**
   * Whether an issue can change nothing any more: resolved, no next change, no response owed, every
   * finding ended by {@code through}.
   */
  private static boolean finished(EscalationDecision decision, Instant through) {
    return decision.status() == EscalationDecision.Status.RESOLVED
        && decision.nextChangeAt().isEmpty()
        && decision.responseDue().isEmpty()
        && ended(decision.findings(), through);
  }

  /**
   * Whether an account-level escalation can change nothing any more: declined, or closed with every
   * follow-up done; no next change, no update owed, every finding ended by {@code through}.
   */
  private static boolean finished(ProgramReport programme, Instant through) {
    return (programme.state() == ProgramState.DECLINED
            || programme.state() == ProgramState.POST_CLOSURE_COMPLETE)
        && programme.nextChangeAt().isEmpty()
        && programme.nextUpdateDue().isEmpty()
        && ended(programme.findings(), through);
  }

  private static boolean ended(List<Finding> findings, Instant through) {
    for (Finding finding : findings) {
      Instant until = finding.until().orElse(null);
      if (until == null || until.isAfter(through)) {
        return false;
      }
    }
    return true;
  }

  /** The issue {@code e} is about, if it is an issue's event. */
  private static @Nullable String issueOf(AccountEvent e) {
    AccountEvent.Type type = e.getType();
    if (type == null || type == AccountEvent.Type.MEETING_HELD || EventFold.isProgramme(type)) {
      return null;
    }
    return e.getIssue();
  }

  /** The escalation {@code e} is about, if it is a programme event. */
  private static @Nullable String escalationOf(AccountEvent e) {
    AccountEvent.Type type = e.getType();
    return type != null && EventFold.isProgramme(type) ? e.getEscalation() : null;
  }

  /**
   * Whether {@code event} names a compacted issue or escalation, and so was handled here: refused,
   * or, when it is late paperwork the rules would have accepted and ignored, dropped with only
   * {@link CompactedFacts#getLatest()} raised.
   */
  private boolean namesCompacted(String account, AccountEvent event, Context ctx) throws Exception {
    String issue = issueOf(event);
    String escalation = escalationOf(event);
    String what;
    Instant finish;
    if (issue != null && compacted.contains(COMPACTED_ISSUE + issue)) {
      what = "issue " + issue;
      finish = compacted.get(COMPACTED_ISSUE + issue);
    } else if (escalation != null && compacted.contains(COMPACTED_ESCALATION + escalation)) {
      what = "account-level escalation " + escalation;
      finish = compacted.get(COMPACTED_ESCALATION + escalation);
    } else {
      return false;
    }
    Instant at = Objects.requireNonNull(event.getAt());
    if (issue != null && ignoredAfterResolution(account, event, issue, finish, at)) {
      CompactedFacts kept = Objects.requireNonNull(compactedFacts.value());
      Instant latest = kept.getLatest();
      kept.setLatest(latest == null || at.isAfter(latest) ? at : latest);
      kept.setEvents(kept.getEvents() + 1);
      compactedFacts.update(kept);
      return true;
    }
    ctx.output(
        REFUSED,
        RefusedEvent.of(
            event,
            "refused: "
                + what
                + " was compacted: it finished at "
                + finish
                + ", more than "
                + resolvedRetention
                + " before "
                + account
                + " was notified through "
                + emittedThrough.value()
                + ", and its facts are no longer kept"));
    return true;
  }

  /**
   * Whether the rules accept {@code event} on a resolved issue and ignore it (late paperwork, such
   * as a response or a trigger after the resolution under the default policy): tried on a stand-in
   * issue opened and resolved at {@code finish}, the event must be accepted and change nothing in
   * the stand-in's report at {@code at}.
   */
  private boolean ignoredAfterResolution(
      String account, AccountEvent event, String issue, Instant finish, Instant at)
      throws Exception {
    CompactedFacts kept = compactedFacts.value();
    try {
      ZoneId accountZone =
          kept == null || kept.getZone() == null ? null : ZoneId.of(kept.getZone());
      EventFold.Fold standIn =
          EventFold.Fold.of(
              account,
              zone,
              phase,
              accountZone,
              null,
              List.of(
                  AccountEvent.of(AccountEvent.Type.OPENED, account, issue, finish),
                  AccountEvent.of(AccountEvent.Type.RESOLVED, account, issue, finish)));
      GovernanceReport before = playbook.report(standIn.snapshot(), at);
      GovernanceReport after = playbook.report(standIn.plus(event).snapshot(), at);
      return before.status() == after.status()
          && before.nextChangeAt().equals(after.nextChangeAt())
          && before.items().equals(after.items())
          && sameDecisions(before.decisions(), after.decisions());
    } catch (IllegalArgumentException | IllegalTransitionException e) {
      return false;
    }
  }

  private static boolean sameDecisions(
      List<EscalationDecision> one, List<EscalationDecision> other) {
    if (one.size() != other.size()) {
      return false;
    }
    for (int i = 0; i < one.size(); i++) {
      EscalationDecision a = one.get(i);
      EscalationDecision b = other.get(i);
      if (a.status() != b.status()
          || !a.level().equals(b.level())
          || !a.responseDue().equals(b.responseDue())
          || !a.nextChangeAt().equals(b.nextChangeAt())
          || !a.findings().equals(b.findings())
          || !a.changes().equals(b.changes())) {
        return false;
      }
    }
    return true;
  }

  /** Keeps exactly one timer: at the next change, or at the earliest waiting event if sooner. */
  private void reschedule(TimerService timers) throws Exception {
    Long desired = null;
    Instant next = nextChange.value();
    if (next != null && !(timeMode == TimeMode.EVENT_TIME && endOfInput(timers, next))) {
      desired = ceilMillis(next);
    }
    if (timeMode == TimeMode.EVENT_TIME) {
      for (AccountEvent e : waiting.get()) {
        long at = ceilMillis(Objects.requireNonNull(e.getAt()));
        desired = desired == null ? at : Math.min(desired, at);
      }
    }
    Long current = timer.value();
    if (Objects.equals(current, desired)) {
      return;
    }
    if (current != null) {
      if (timeMode == TimeMode.EVENT_TIME) {
        timers.deleteEventTimeTimer(current);
      } else {
        timers.deleteProcessingTimeTimer(current);
      }
    }
    if (desired == null) {
      timer.clear();
      return;
    }
    if (timeMode == TimeMode.EVENT_TIME) {
      timers.registerEventTimeTimer(desired);
    } else {
      timers.registerProcessingTimeTimer(desired);
    }
    timer.update(desired);
  }

  /**
   * Where an event type goes among events at the same instant: what opens or requests a record
   * first, then what declares or adds to it, then what happens to it, and what ends it last.
   */
  static int precedence(AccountEvent.@Nullable Type type) {
    if (type == null) {
      return -1;
    }
    return switch (type) {
      case OPENED, ESCALATION_REQUESTED, MEETING_HELD -> 0;
      case ESCALATION_DECLARED, ESCALATION_DECLINED -> 1;
      case TRIGGER_ADDED,
          ESCALATION_STAKEHOLDER_ADDED,
          ESCALATION_CRITERION_SET,
          ESCALATION_ACTION_ADDED ->
          2;
      case RESPONDED,
          PAUSED,
          RESUMED,
          ESCALATED,
          DOWNGRADED,
          ESCALATION_UPDATED,
          ESCALATION_STATUS_CHANGED,
          ESCALATION_CRITERION_MET,
          ESCALATION_CONSENT_GIVEN,
          ESCALATION_ACTION_DONE ->
          3;
      case RESOLVED, ESCALATION_CLOSURE_PROPOSED -> 4;
      case ESCALATION_CLOSED -> 5;
      case ESCALATION_FOLLOWED_UP -> 6;
    };
  }

  /** A sort key for an optional field: an absent value before every present one. */
  private static String key(@Nullable Object value) {
    return value == null ? "" : "\u0001" + value;
  }

  /** Every field of {@code event}, so that only equal events tie. */
  private static String contentKey(AccountEvent e) {
    return String.join(
        "\u0000",
        key(e.getAccount()),
        key(e.getTriggerKind()),
        key(e.getTriggerQuantity()),
        key(e.getTriggerAmount()),
        key(e.getTriggerCurrency()),
        key(e.getLevelId()),
        key(e.getNote()),
        key(e.getZone()),
        key(e.getRagStatus()),
        key(e.getRequestSource()),
        key(e.getCriteria()),
        key(e.getRef()),
        key(e.getConsentRequired()),
        key(e.getOwner()),
        key(e.getDue()),
        key(e.getCriterionId()),
        key(e.getTierIds()),
        key(e.getAttendees()),
        key(e.getInputs()),
        key(e.getOutputs()));
  }

  /**
   * Whether the input has ended (the final watermark, {@code Long.MAX_VALUE}) and {@code next} lies
   * beyond the {@link Builder#endOfInputHorizon} after the account's latest fact: then no timer is
   * set for it, so the final watermark's catching up ends.
   */
  private boolean endOfInput(TimerService timers, Instant next) throws Exception {
    if (timers.currentWatermark() != Long.MAX_VALUE) {
      return false;
    }
    CompactedFacts kept = compactedFacts.value();
    Instant last = kept == null ? null : kept.getLatest();
    for (AccountEvent e : facts.get()) {
      Instant at = e.getAt();
      if (at != null && (last == null || at.isAfter(last))) {
        last = at;
      }
    }
    return last == null || next.isAfter(last.plus(endOfInputHorizon));
  }

  /** The first millisecond at or after {@code instant}: Flink's timers count milliseconds. */
  static long ceilMillis(Instant instant) {
    long millis = instant.toEpochMilli();
    return Instant.ofEpochMilli(millis).isBefore(instant) ? millis + 1 : millis;
  }
}
