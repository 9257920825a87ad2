package org.accountgovernance.flink;

import static org.accountgovernance.flink.AccountGovernanceHarnessTest.harness;
import static org.accountgovernance.flink.AccountGovernanceHarnessTest.lines;
import static org.accountgovernance.flink.Scenario.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.accountgovernance.core.Finding;
import org.accountgovernance.core.RuleId;
import org.accountgovernance.core.Subject;
import org.accountgovernance.core.escalation.EscalationDecision;
import org.accountgovernance.core.escalation.EscalationPolicy;
import org.accountgovernance.core.escalation.IssueEvent;
import org.accountgovernance.core.escalation.Trigger;
import org.accountgovernance.core.program.ActionItem;
import org.accountgovernance.core.program.ProgramPolicy;
import org.accountgovernance.core.program.ProgramReport;
import org.accountgovernance.core.program.RequestSource;
import org.accountgovernance.core.update.RagStatus;
import org.accountgovernance.rules.account.Playbook;
import org.accountgovernance.rules.escalation.EscalationSettings;
import org.accountgovernance.rules.escalation.PlaybookEscalationPolicy;
import org.accountgovernance.rules.program.PlaybookProgramPolicy;
import org.accountgovernance.rules.program.ProgramRules;
import org.accountgovernance.testkit.Theories;
import org.accountgovernance.testkit.escalation.EscalationGenerators;
import org.apache.flink.api.common.state.KeyedStateStore;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * Compaction of finished issues and escalations: the same notifications with and without it, state
 * that stays bounded, refusals of compacted ids, the retention's validation, and the account's zone
 * and end-of-input horizon kept across it.
 */
@SuppressWarnings("try") // the harness closes with InterruptedException, as Flink declares
class CompactionTest {
  /** Long enough that nothing is ever compacted in these streams. */
  private static final Duration NEVER = Duration.ofDays(365L * 1000);

  /** Longer than any issue event follows its issue's resolution in the generated streams. */
  private static final Duration SHORT = Duration.ofDays(5);

  private static final TypeInformation<AccountEvent> EVENTS =
      TypeInformation.of(AccountEvent.class);

  private static final List<String> ACCOUNTS = List.of("NORTH", "SOUTH", "TOKYO");

  private enum Clock {
    EVENT_TIME,
    PROCESSING_TIME
  }

  /** What one run emitted and refused, and what it kept in state. */
  private record Run(
      List<String> notifications,
      List<String> refused,
      List<String> refusedEvents,
      int facts,
      long compacted,
      long refusedAsCompacted) {}

  private static final Run NOTHING = new Run(List.of(), List.of(), List.of(), 0, 0, 0);

  private static AccountGovernanceFunction function(Clock clock, Duration retention) {
    return function(clock, retention, b -> b);
  }

  private static AccountGovernanceFunction function(
      Clock clock,
      Duration retention,
      Function<AccountGovernanceFunction.Builder, AccountGovernanceFunction.Builder> more) {
    return more.apply(
            AccountGovernanceFunction.builder()
                .resolvedRetention(retention)
                .timeMode(
                    clock == Clock.EVENT_TIME
                        ? AccountGovernanceFunction.TimeMode.EVENT_TIME
                        : AccountGovernanceFunction.TimeMode.PROCESSING_TIME))
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // The generated stream.

  private static Instant plusMinutes(Instant at, long minutes) {
    return at.plus(Duration.ofMinutes(minutes));
  }

  private static AccountEvent programme(
      AccountEvent.Type type, String account, String escalation, Instant at) {
    return AccountEvent.ofEscalation(type, account, escalation, at);
  }

  /**
   * Scenario's accounts and three generated ones, with the generated {@code triggers}: issues
   * opened, answered, paused, escalated by hand (sometimes illegally), mostly resolved, some with
   * late paperwork after the resolution (never more than a day after it, and no issue event more
   * than four days after its opening, so none names an issue compacted with {@link #SHORT}); an
   * account-level escalation declined, closed with every follow-up done, or left open, and after a
   * finished one a second escalation (refused); weekly syncs with skips; TOKYO's first events in
   * Asia/Tokyo, and one of its later events in another zone (refused).
   */
  static List<AccountEvent> generated(long seed, List<Trigger> triggers) {
    Random random = new Random(seed);
    List<Trigger> pool = triggers.isEmpty() ? List.of(Trigger.unitDefect(1)) : triggers;
    List<AccountEvent> out = new ArrayList<>(Scenario.events());
    int next = 0;
    for (String account : ACCOUNTS) {
      String zone = account.equals("TOKYO") ? "Asia/Tokyo" : null;
      Instant clock = plusMinutes(T0, random.nextInt(24 * 60));
      Instant last = clock;
      int issues = 5 + random.nextInt(8);
      for (int i = 1; i <= issues; i++) {
        String id = account + "-" + i;
        Instant opened = clock;
        clock = plusMinutes(clock, 60 + random.nextInt(6 * 24 * 60));
        AccountEvent open =
            AccountEvent.opened(account, id, opened, pool.get(next++ % pool.size()));
        out.add(zone != null && i <= 2 ? open.inZone(zone) : open);
        if (random.nextInt(3) > 0) {
          out.add(
              AccountEvent.of(
                  AccountEvent.Type.RESPONDED,
                  account,
                  id,
                  plusMinutes(opened, random.nextInt(36 * 60))));
        }
        if (random.nextInt(3) == 0) {
          out.add(
              AccountEvent.triggerAdded(
                  account,
                  id,
                  plusMinutes(opened, random.nextInt(72 * 60)),
                  pool.get(next++ % pool.size())));
        }
        if (random.nextInt(5) == 0) {
          Instant paused = plusMinutes(opened, 1 + random.nextInt(12 * 60));
          out.add(AccountEvent.of(AccountEvent.Type.PAUSED, account, id, paused));
          out.add(
              AccountEvent.of(
                  AccountEvent.Type.RESUMED,
                  account,
                  id,
                  plusMinutes(paused, 1 + random.nextInt(24 * 60))));
        }
        if (random.nextInt(6) == 0) {
          out.add(
              AccountEvent.levelSet(
                  AccountEvent.Type.ESCALATED,
                  account,
                  id,
                  plusMinutes(opened, random.nextInt(48 * 60)),
                  random.nextBoolean() ? "L3" : "L2",
                  "customer call"));
        }
        if (random.nextInt(7) > 0) {
          Instant resolved = plusMinutes(opened, 30 + random.nextInt(4 * 24 * 60 - 60));
          out.add(AccountEvent.of(AccountEvent.Type.RESOLVED, account, id, resolved));
          if (random.nextInt(3) == 0) {
            // Late paperwork: the rules accept it and change nothing.
            out.add(
                AccountEvent.of(
                    AccountEvent.Type.RESPONDED,
                    account,
                    id,
                    plusMinutes(resolved, 1 + random.nextInt(20 * 60))));
          }
          if (random.nextInt(3) == 0) {
            out.add(veryLate(random, account, id, resolved));
          }
        }
        last = clock;
      }
      if (zone != null) {
        out.add(
            AccountEvent.opened(account, account + "-BERLIN", last, Trigger.brandRisk())
                .inZone("Europe/Berlin"));
      }
      Instant start = plusMinutes(T0, random.nextInt(20 * 24 * 60));
      out.addAll(escalation(random, account, start));
      if (account.equals("NORTH")) {
        Instant sync = T0;
        for (int w = 1; sync.isBefore(last); w++) {
          out.add(Scenario.weeklySync(account, "W-" + w, sync));
          sync = plusMinutes(sync, (random.nextInt(4) == 0 ? 17 : 7) * 24 * 60);
        }
      }
    }
    return out;
  }

  /** One account-level escalation's events, and perhaps a second one after it finished. */
  private static List<AccountEvent> escalation(Random random, String account, Instant start) {
    List<AccountEvent> out = new ArrayList<>();
    String id = "AEM-" + account;
    out.add(
        AccountEvent.escalationRequested(
            account, id, start, RequestSource.SALES, "renewal at risk"));
    int variant = random.nextInt(3);
    Instant end;
    if (variant == 0) {
      end = plusMinutes(start, 60 + random.nextInt(48 * 60));
      AccountEvent declined = programme(AccountEvent.Type.ESCALATION_DECLINED, account, id, end);
      declined.setNote("handled in the weekly sync");
      out.add(declined);
    } else {
      Instant at = plusMinutes(start, 60);
      out.add(
          AccountEvent.escalationDeclared(
              account,
              id,
              at,
              random.nextBoolean() ? RagStatus.RED : RagStatus.YELLOW,
              List.of("AEM-CRITERIA-ACCOUNT"),
              ""));
      AccountEvent criterion =
          programme(AccountEvent.Type.ESCALATION_CRITERION_SET, account, id, plusMinutes(at, 1));
      criterion.setRef("SC-1");
      criterion.setNote("no line-down for a week");
      out.add(criterion);
      out.add(
          AccountEvent.escalationActionAdded(
              account,
              id,
              plusMinutes(at, 2),
              ActionItem.builder()
                  .id("A-1")
                  .description("replace the feeder")
                  .owner("Factory PM")
                  .due(LocalDate.ofInstant(at, ZoneOffset.UTC).plusDays(2))
                  .criterionId("SC-1")
                  .build()));
      int updates = 1 + random.nextInt(6);
      for (int u = 0; u < updates; u++) {
        at = plusMinutes(at, 12 * 60 + random.nextInt(48 * 60));
        out.add(AccountEvent.escalationUpdated(account, id, at, "progress " + u, null));
      }
      if (variant == 2) {
        return out;
      }
      at = plusMinutes(at, 10);
      out.add(AccountEvent.escalationActionDone(account, id, at, "A-1"));
      AccountEvent met =
          programme(AccountEvent.Type.ESCALATION_CRITERION_MET, account, id, plusMinutes(at, 1));
      met.setRef("SC-1");
      out.add(met);
      out.add(
          programme(
              AccountEvent.Type.ESCALATION_CLOSURE_PROPOSED, account, id, plusMinutes(at, 2)));
      at = plusMinutes(at, 3 + random.nextInt(24 * 60));
      out.add(programme(AccountEvent.Type.ESCALATION_CLOSED, account, id, at));
      for (String followUp :
          List.of("ISSUE_SUMMARY", "ROOT_CAUSE_ANALYSIS", "CORRECTIVE_ACTIONS")) {
        // Sometimes longer than the retention: a closed escalation is not finished yet.
        at = plusMinutes(at, 1 + random.nextInt(10 * 24 * 60));
        AccountEvent done = programme(AccountEvent.Type.ESCALATION_FOLLOWED_UP, account, id, at);
        done.setRef(followUp);
        out.add(done);
      }
      end = at;
    }
    if (random.nextBoolean()) {
      // The account's one escalation is taken: refused, compacted or not.
      out.add(
          AccountEvent.escalationRequested(
              account,
              "AEM-2",
              plusMinutes(end, (10 + random.nextInt(20)) * 24 * 60),
              RequestSource.CUSTOMER_CARE,
              "again"));
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Running a stream.

  private static List<AccountEvent> byTime(List<AccountEvent> events) {
    List<AccountEvent> sorted = new ArrayList<>(events);
    sorted.sort(Comparator.comparing(AccountEvent::getAt)); // stable: ties in list order
    return sorted;
  }

  /**
   * Sends {@code events} in time order, the watermark an hour behind, moved at most twice a day.
   */
  private static void send(
      KeyedOneInputStreamOperatorTestHarness<String, AccountEvent, GovernanceNotification> h,
      Clock clock,
      List<AccountEvent> events)
      throws Exception {
    for (AccountEvent e : events) {
      long at = e.getAt().toEpochMilli();
      if (clock == Clock.PROCESSING_TIME) {
        h.setProcessingTime(Math.max(h.getProcessingTime(), at));
        h.processElement(e, at);
        continue;
      }
      h.processElement(e, at);
      long watermark = at - Duration.ofHours(1).toMillis();
      if (watermark > h.getCurrentWatermark() + Duration.ofHours(12).toMillis()) {
        h.processWatermark(watermark);
      }
    }
  }

  /** Ends the input: the final watermark, or the wall clock a year on. */
  private static void end(
      KeyedOneInputStreamOperatorTestHarness<String, AccountEvent, GovernanceNotification> h,
      Clock clock)
      throws Exception {
    if (clock == Clock.EVENT_TIME) {
      h.processWatermark(Long.MAX_VALUE);
    } else {
      h.setProcessingTime(h.getProcessingTime() + Duration.ofDays(366).toMillis());
    }
  }

  /**
   * The refused events without the reasons: a compacted issue's refusal says "compacted" where the
   * full history would name the issue's state, and only which events are refused must agree.
   */
  private static List<String> refusedEvents(
      KeyedOneInputStreamOperatorTestHarness<String, AccountEvent, GovernanceNotification> h) {
    var refused = h.getSideOutput(AccountGovernanceFunction.REFUSED);
    return refused == null
        ? List.of()
        : refused.stream().map(r -> String.valueOf(r.getValue().getEvent())).toList();
  }

  private static KeyedStateStore store(
      KeyedOneInputStreamOperatorTestHarness<String, AccountEvent, GovernanceNotification> h,
      String account) {
    h.getOperator().setCurrentKey(account);
    return h.getOperator().getKeyedStateStore();
  }

  /** How many applied events {@code account} keeps in state. */
  static int facts(
      KeyedOneInputStreamOperatorTestHarness<String, AccountEvent, GovernanceNotification> h,
      String account)
      throws Exception {
    ListState<AccountEvent> facts =
        store(h, account).getListState(new ListStateDescriptor<>("facts", EVENTS));
    int count = 0;
    for (AccountEvent ignored : facts.get()) {
      count++;
    }
    return count;
  }

  /** What is kept of {@code account}'s compacted facts, if any were compacted. */
  static CompactedFacts compactedFacts(
      KeyedOneInputStreamOperatorTestHarness<String, AccountEvent, GovernanceNotification> h,
      String account)
      throws Exception {
    ValueState<CompactedFacts> kept =
        store(h, account)
            .getState(
                new ValueStateDescriptor<>(
                    "compacted-facts", TypeInformation.of(CompactedFacts.class)));
    return kept.value();
  }

  /** The compacted ids of {@code account}, each with its finish instant. */
  static List<String> compactedIds(
      KeyedOneInputStreamOperatorTestHarness<String, AccountEvent, GovernanceNotification> h,
      String account)
      throws Exception {
    MapState<String, Instant> ids =
        store(h, account)
            .getMapState(new MapStateDescriptor<>("compacted", Types.STRING, Types.INSTANT));
    List<String> out = new ArrayList<>();
    for (var entry : ids.entries()) {
      out.add(entry.getKey() + "@" + entry.getValue());
    }
    out.sort(null);
    return out;
  }

  private static Run collect(
      KeyedOneInputStreamOperatorTestHarness<String, AccountEvent, GovernanceNotification> h,
      List<String> accounts,
      Run beforeRestore)
      throws Exception {
    List<String> all = new ArrayList<>(beforeRestore.notifications());
    all.addAll(lines(h.extractOutputValues()));
    List<String> refused = new ArrayList<>(beforeRestore.refused());
    refused.addAll(AccountGovernanceHarnessTest.refusals(h));
    List<String> refusedEvents = new ArrayList<>(beforeRestore.refusedEvents());
    refusedEvents.addAll(refusedEvents(h));
    int facts = 0;
    long compacted = 0;
    for (String account : accounts) {
      facts += facts(h, account);
      CompactedFacts kept = compactedFacts(h, account);
      compacted += kept == null ? 0 : kept.getIssues() + (kept.getEscalation() == null ? 0 : 1);
    }
    long refusedAsCompacted =
        AccountGovernanceHarnessTest.refusals(h).stream()
            .filter(r -> r.contains(" was compacted: "))
            .count();
    return new Run(all, refused, refusedEvents, facts, compacted, refusedAsCompacted);
  }

  /** Runs {@code events} through one function, uninterrupted. */
  static Run run(AccountGovernanceFunction function, Clock clock, List<AccountEvent> events)
      throws Exception {
    try (var h = harness(function)) {
      h.open();
      send(h, clock, byTime(events));
      end(h, clock);
      return collect(h, accounts(events), NOTHING);
    }
  }

  /** Runs {@code events}, with a snapshot after the first half restored into a new function. */
  static Run runRestored(
      Function<Clock, AccountGovernanceFunction> function, Clock clock, List<AccountEvent> events)
      throws Exception {
    List<AccountEvent> sorted = byTime(events);
    List<AccountEvent> first = sorted.subList(0, sorted.size() / 2);
    List<AccountEvent> second = sorted.subList(sorted.size() / 2, sorted.size());
    OperatorSubtaskState snapshot;
    Run before;
    long watermark;
    long time;
    try (var h = harness(function.apply(clock))) {
      h.open();
      send(h, clock, first);
      before = collect(h, accounts(events), NOTHING);
      watermark = h.getCurrentWatermark();
      time = h.getProcessingTime();
      snapshot = h.snapshot(1L, time);
    }
    try (var restored = harness(function.apply(clock))) {
      restored.setup();
      restored.initializeState(snapshot);
      restored.open();
      if (clock == Clock.EVENT_TIME) {
        restored.processWatermark(watermark);
      } else {
        restored.setProcessingTime(time);
      }
      send(restored, clock, second);
      end(restored, clock);
      return collect(restored, accounts(events), before);
    }
  }

  /**
   * An event about a resolved issue arriving 6 to 40 days after the resolution, so after the short
   * retention has compacted the issue (when the account was evaluated in between): paperwork the
   * rules accept and ignore, or a level change they refuse on a resolved issue. With and without
   * compaction the same events must be refused.
   */
  private static AccountEvent veryLate(Random random, String account, String id, Instant resolved) {
    Instant at = plusMinutes(resolved, 6 * 24 * 60 + random.nextInt(34 * 24 * 60));
    switch (random.nextInt(6)) {
      case 0:
        return AccountEvent.of(AccountEvent.Type.RESPONDED, account, id, at);
      case 1:
        return AccountEvent.triggerAdded(account, id, at, Trigger.safetyIncident());
      case 2:
        return AccountEvent.of(AccountEvent.Type.PAUSED, account, id, at);
      case 3:
        return AccountEvent.of(AccountEvent.Type.RESOLVED, account, id, at);
      case 4:
        return AccountEvent.levelSet(AccountEvent.Type.ESCALATED, account, id, at, "L3", "late");
      default:
        return AccountEvent.levelSet(AccountEvent.Type.DOWNGRADED, account, id, at, "L1", "late");
    }
  }

  private static List<String> accounts(List<AccountEvent> events) {
    return events.stream().map(AccountEvent::getAccount).distinct().sorted().toList();
  }

  // ---------------------------------------------------------------------------------------------
  // (a) The same notifications with and without compaction.

  @Test
  void compactionChangesNoNotificationInEitherClockNorAcrossARestore() {
    long[] compactedRuns = {0};
    long[] refusedAsCompacted = {0};
    Theories.qt(25)
        .forAll(
            Generate.longRange(1, Long.MAX_VALUE / 2),
            EscalationGenerators.triggerLists(EscalationGenerators.playbookTriggers(), 16))
        .checkAssert(
            (seed, triggers) -> {
              List<AccountEvent> events = generated(seed, triggers);
              for (Clock clock : Clock.values()) {
                Run full = unchecked(() -> run(function(clock, NEVER), clock, events));
                Run compacted = unchecked(() -> run(function(clock, SHORT), clock, events));
                Run restored = unchecked(() -> runRestored(c -> function(c, SHORT), clock, events));
                assertThat(full.compacted()).as("%s seed %s", clock, seed).isZero();
                assertThat(compacted.notifications())
                    .as("%s seed %s", clock, seed)
                    .isNotEmpty()
                    .containsExactlyElementsOf(full.notifications());
                assertThat(compacted.refusedEvents())
                    .as("%s seed %s", clock, seed)
                    .containsExactlyElementsOf(full.refusedEvents());
                assertThat(restored.notifications())
                    .as("%s seed %s, restored", clock, seed)
                    .containsExactlyElementsOf(full.notifications());
                assertThat(restored.refusedEvents())
                    .as("%s seed %s, restored", clock, seed)
                    .containsExactlyElementsOf(full.refusedEvents());
                assertThat(compacted.facts()).isLessThan(full.facts());
                assertThat(restored.facts()).isEqualTo(compacted.facts());
                compactedRuns[0] += compacted.compacted();
                refusedAsCompacted[0] += compacted.refusedAsCompacted();
              }
            });
    assertThat(compactedRuns[0]).isPositive();
    // Very late level changes reached compacted issues: the refusal path was taken, and agreed.
    assertThat(refusedAsCompacted[0]).isPositive();
  }

  @FunctionalInterface
  private interface Body<T> {
    T get() throws Exception;
  }

  private static <T> T unchecked(Body<T> body) {
    try {
      return body.get();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The default policy, but a resolved issue whose id ends in {@code -3} keeps a finding that never
   * ends (a host's missing customer sign-off, say), and one whose id ends in {@code -4} has a
   * survey due ten days after its resolution: a next change, then a finding for one day. A closed
   * account-level escalation's owed follow-ups are no finding (AEM-POST left out).
   */
  static Playbook lingering() {
    EscalationPolicy defaults = PlaybookEscalationPolicy.ofDefaults();
    EscalationPolicy host =
        (issue, now) -> {
          EscalationDecision d = defaults.decide(issue, now);
          String id = issue.id().value();
          if (d.status() != EscalationDecision.Status.RESOLVED
              || !(id.endsWith("-3") || id.endsWith("-4"))) {
            return d;
          }
          Instant resolved =
              issue.timeline().stream()
                  .filter(e -> e.type() == IssueEvent.Type.RESOLVED)
                  .findFirst()
                  .orElseThrow()
                  .at();
          Finding.Builder finding =
              Finding.builder()
                  .ruleId(RuleId.of("HOST-AFTERCARE"))
                  .subject(Subject.issue(issue.id()))
                  .observed("no sign-off")
                  .threshold("a sign-off after the resolution")
                  .message(id + " waits for aftercare");
          EscalationDecision.Builder b = EscalationDecision.builder().from(d);
          if (id.endsWith("-3")) {
            return b.addFindings(finding.since(resolved).build()).build();
          }
          Instant survey = resolved.plus(Duration.ofDays(10));
          Instant done = survey.plus(Duration.ofDays(1));
          if (now.isBefore(survey)) {
            return b.nextChangeAt(survey).build();
          }
          b.addFindings(finding.since(survey).until(done).build());
          return now.isBefore(done) ? b.nextChangeAt(done).build() : b.build();
        };
    // And the follow-ups owed after a closure are no finding here: a closed escalation is still
    // not finished until they are done.
    ProgramPolicy programme = PlaybookProgramPolicy.ofDefaults();
    ProgramPolicy quietPost =
        (escalation, now) -> {
          ProgramReport report = programme.evaluate(escalation, now);
          return ProgramReport.builder()
              .from(report)
              .findings(
                  report.findings().stream()
                      .filter(f -> !f.ruleId().equals(ProgramRules.POST))
                      .toList())
              .build();
        };
    return Playbook.ofDefaults()
        .withEscalation(host, EscalationSettings.ofDefaults().ladder())
        .withProgram(quietPost);
  }

  @Test
  void whatAHostPolicyKeepsOpenAfterTheResolutionIsNotCompacted() throws Exception {
    for (long seed = 1; seed <= 6; seed++) {
      List<AccountEvent> events = generated(seed, List.of(Trigger.unitDefect(1), Trigger.delay(3)));
      for (Clock clock : Clock.values()) {
        Run full =
            run(function(clock, NEVER, b -> b.playbook(CompactionTest::lingering)), clock, events);
        Run compacted =
            run(function(clock, SHORT, b -> b.playbook(CompactionTest::lingering)), clock, events);
        assertThat(full.notifications())
            .as("%s seed %s", clock, seed)
            .anyMatch(l -> l.contains("HOST-AFTERCARE"));
        assertThat(compacted.notifications())
            .as("%s seed %s", clock, seed)
            .containsExactlyElementsOf(full.notifications());
        assertThat(compacted.refusedEvents())
            .as("%s seed %s", clock, seed)
            .containsExactlyElementsOf(full.refusedEvents());
        assertThat(compacted.compacted()).as("%s seed %s", clock, seed).isPositive();
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // (b) Bounded state.

  /** One issue a day for {@code days} days, each answered and resolved within hours. */
  private static List<AccountEvent> dailyIssues(String account, int days) {
    List<AccountEvent> events = new ArrayList<>();
    for (int d = 0; d < days; d++) {
      String id = "CASE-" + d;
      Instant opened = T0.plus(Duration.ofDays(d));
      events.add(AccountEvent.opened(account, id, opened, Trigger.unitDefect(1 + d % 3)));
      events.add(
          AccountEvent.of(
              AccountEvent.Type.RESOLVED, account, id, opened.plus(Duration.ofHours(4))));
    }
    return events;
  }

  @Test
  void stateStaysBoundedWhileIssuesAreOpenedAndResolvedForMonths() throws Exception {
    List<AccountEvent> events = dailyIssues("ACME", 361);
    int most = 0;
    int never;
    List<String> kept;
    List<String> all;
    try (var h = harness(function(Clock.EVENT_TIME, NEVER))) {
      h.open();
      send(h, Clock.EVENT_TIME, byTime(events));
      h.processWatermark(T0.plus(Duration.ofDays(400)).toEpochMilli());
      never = facts(h, "ACME");
      all = lines(h.extractOutputValues());
    }
    try (var h = harness(AccountGovernanceFunction.builder().build())) { // the default: 30 days
      h.open();
      for (AccountEvent e : byTime(events)) {
        send(h, Clock.EVENT_TIME, List.of(e));
        most = Math.max(most, facts(h, "ACME"));
      }
      h.processWatermark(T0.plus(Duration.ofDays(400)).toEpochMilli());
      kept = lines(h.extractOutputValues());
      assertThat(facts(h, "ACME")).isLessThan(100);
      CompactedFacts compacted = compactedFacts(h, "ACME");
      assertThat(compacted.getIssues()).isGreaterThan(300);
      assertThat(compacted.getEvents()).isEqualTo(2 * compacted.getIssues());
      assertThat(compacted.getZone()).isEqualTo("Z");
      assertThat(compactedIds(h, "ACME")).hasSize((int) compacted.getIssues());
    }
    assertThat(never).isEqualTo(722);
    assertThat(most).isLessThan(100);
    assertThat(kept).isEqualTo(all);
  }

  // ---------------------------------------------------------------------------------------------
  // (c) An event naming a compacted id.

  @Test
  void anEventNamingACompactedIdIsRefusedNamingItButLatePaperworkIsAcceptedAndIgnored()
      throws Exception {
    List<AccountEvent> events = new ArrayList<>(dailyIssues("ACME", 40));
    Instant later = T0.plus(Duration.ofDays(45));
    events.add(AccountEvent.escalationRequested("ACME", "AEM-1", T0, RequestSource.SALES, "risk"));
    AccountEvent declined =
        programme(AccountEvent.Type.ESCALATION_DECLINED, "ACME", "AEM-1", T0.plusSeconds(60));
    declined.setNote("no");
    events.add(declined);
    OperatorSubtaskState snapshot;
    List<String> before;
    try (var h = harness(AccountGovernanceFunction.builder().build())) {
      h.open();
      send(h, Clock.EVENT_TIME, byTime(events));
      h.processWatermark(later.toEpochMilli());
      assertThat(compactedIds(h, "ACME"))
          .contains(
              "issue:CASE-0@" + T0.plus(Duration.ofHours(4)),
              "escalation:AEM-1@" + T0.plusSeconds(60));
      before = lines(h.extractOutputValues());
      assertThat(before).isNotEmpty();
      assertThat(AccountGovernanceHarnessTest.refusals(h)).isEmpty();
      assertThat(compactedFacts(h, "ACME").getEvents())
          .isEqualTo(2 * compactedFacts(h, "ACME").getIssues() + 2);
      snapshot = h.snapshot(1L, later.toEpochMilli());
    }
    // Restored, so that the account's fold is rebuilt from what state kept.
    try (var h = harness(AccountGovernanceFunction.builder().build())) {
      h.setup();
      h.initializeState(snapshot);
      h.open();
      h.processWatermark(later.toEpochMilli());
      List<AccountEvent> naming =
          List.of(
              // Another escalation: refused as before, for the account had AEM-1.
              AccountEvent.escalationRequested(
                  "ACME", "AEM-2", later.plusSeconds(1), RequestSource.SALES, "again"),
              AccountEvent.opened("ACME", "CASE-0", later.plusSeconds(2), Trigger.brandRisk()),
              AccountEvent.levelSet(
                  AccountEvent.Type.ESCALATED,
                  "ACME",
                  "CASE-1",
                  later.plusSeconds(3),
                  "L3",
                  "call"),
              AccountEvent.escalationUpdated("ACME", "AEM-1", later.plusSeconds(4), "late", null),
              // Late paperwork: a response after the resolution changes nothing; accepted.
              AccountEvent.of(AccountEvent.Type.RESPONDED, "ACME", "CASE-2", later.plusSeconds(5)));
      send(h, Clock.EVENT_TIME, naming);
      h.processWatermark(later.plus(Duration.ofDays(1)).toEpochMilli());
      List<String> refused = AccountGovernanceHarnessTest.refusals(h);
      assertThat(refused).hasSize(4);
      assertThat(refused.get(0))
          .startsWith("refused: ACME already has the account-level escalation AEM-1, not AEM-2");
      assertThat(refused.get(1)).contains("compacted", "issue CASE-0").startsWith("refused: ");
      assertThat(refused.get(2)).contains("compacted", "issue CASE-1");
      assertThat(refused.get(3)).contains("compacted", "account-level escalation AEM-1");
      assertThat(h.extractOutputValues()).isEmpty();
      CompactedFacts after = compactedFacts(h, "ACME");
      assertThat(after.getLatest()).isEqualTo(later.plusSeconds(5));
      // Two events per compacted issue, the escalation's two, and the accepted late response.
      assertThat(after.getEvents()).isEqualTo(2 * after.getIssues() + 2 + 1);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // (d) Validation.

  @Test
  void theRetentionMustBePositive() {
    assertThat(AccountGovernanceFunction.DEFAULT_RESOLVED_RETENTION_DAYS).isEqualTo(30);
    for (Duration wrong : List.of(Duration.ZERO, Duration.ofDays(-1), Duration.ofNanos(-1))) {
      assertThatThrownBy(() -> AccountGovernanceFunction.builder().resolvedRetention(wrong))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("resolvedRetention must be positive but was " + wrong);
    }
    assertThatThrownBy(() -> AccountGovernanceFunction.builder().resolvedRetention(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("resolvedRetention");
    assertThat(AccountGovernanceFunction.builder().resolvedRetention(Duration.ofNanos(1)).build())
        .isNotNull();
  }

  // ---------------------------------------------------------------------------------------------
  // (e) The zone and the end-of-input horizon after compaction.

  /**
   * TOKYO: its first issue carries Asia/Tokyo, and is compacted before an escalation is declared
   * with no zone: the update is still owed by the end of the day in Tokyo. BERLIN (no zone on its
   * events, the builder's Europe/Berlin): the same, by the end of the day in Berlin. Then a late
   * response on the compacted issue, the account's latest event, and the final watermark: the
   * weekly sync missed after it still fires within the end-of-input horizon.
   */
  private static List<AccountEvent> zonesAndHorizon(String account, @Nullable String zone) {
    List<AccountEvent> events = new ArrayList<>();
    AccountEvent first = AccountEvent.opened(account, "CASE-1", T0, Trigger.unitDefect(1));
    events.add(zone == null ? first : first.inZone(zone));
    events.add(Scenario.weeklySync(account, "W-1", T0.plus(Duration.ofDays(1))));
    events.add(
        AccountEvent.of(AccountEvent.Type.RESOLVED, account, "CASE-1", T0.plusSeconds(3600)));
    events.add(
        AccountEvent.opened(account, "CASE-2", T0.plus(Duration.ofDays(3)), Trigger.unitDefect(1)));
    events.add(
        AccountEvent.of(
            AccountEvent.Type.RESOLVED,
            account,
            "CASE-2",
            T0.plus(Duration.ofDays(3)).plusSeconds(60)));
    Instant requested = T0.plus(Duration.ofDays(5));
    events.add(
        AccountEvent.escalationRequested(account, "AEM-1", requested, RequestSource.SALES, "risk"));
    events.add(
        AccountEvent.escalationDeclared(
            account,
            "AEM-1",
            requested.plusSeconds(60),
            RagStatus.RED,
            List.of("AEM-CRITERIA-ACCOUNT"),
            ""));
    events.add(
        AccountEvent.of(
            AccountEvent.Type.RESPONDED, account, "CASE-1", T0.plus(Duration.ofDays(12))));
    return events;
  }

  @Test
  void theZoneAndTheEndOfInputHorizonHoldAfterCompaction() throws Exception {
    List<AccountEvent> events = new ArrayList<>(zonesAndHorizon("TOKYO", "Asia/Tokyo"));
    events.addAll(zonesAndHorizon("BERLIN", null));
    events.add(
        AccountEvent.opened("TOKYO", "CASE-3", T0.plus(Duration.ofDays(6)), Trigger.brandRisk())
            .inZone("Europe/Berlin"));
    Function<Duration, AccountGovernanceFunction> function =
        retention ->
            AccountGovernanceFunction.builder()
                .zone(ZoneId.of("Europe/Berlin"))
                .endOfInputHorizon(Duration.ofDays(5))
                .resolvedRetention(retention)
                .build();
    Run full = run(function.apply(NEVER), Clock.EVENT_TIME, events);
    try (var h = harness(function.apply(Duration.ofDays(1)))) {
      h.open();
      send(h, Clock.EVENT_TIME, byTime(events));
      end(h, Clock.EVENT_TIME);
      for (String account : List.of("TOKYO", "BERLIN")) {
        assertThat(compactedIds(h, account)).as(account).hasSize(2);
        assertThat(compactedFacts(h, account).getLatest())
            .as(account)
            .isEqualTo(T0.plus(Duration.ofDays(12)));
      }
      assertThat(compactedFacts(h, "TOKYO").getZone()).isEqualTo("Asia/Tokyo");
      assertThat(compactedFacts(h, "BERLIN").getZone()).isEqualTo("Europe/Berlin");
      Run compacted = collect(h, List.of("BERLIN", "TOKYO"), NOTHING);
      assertThat(compacted.notifications()).containsExactlyElementsOf(full.notifications());
      assertThat(compacted.refused()).containsExactlyElementsOf(full.refused());
    }
    assertThat(full.refused())
        .singleElement()
        .asString()
        .contains("Europe/Berlin differs from TOKYO's zone Asia/Tokyo");
    // The weekly sync of 3 March, missed for two weeks: within 5 days of the late response of
    // 14 March, the account's latest event, so the final watermark still fires it.
    assertThat(full.notifications())
        .contains(
            // Declared RED on Saturday 7 March: the update owed by the end of Sunday, local time.
            "2026-03-08T15:00:00Z TOKYO FINDING UPD-OVERDUE account-escalation:AEM-1"
                + " @2026-03-08T15:00:00Z",
            "2026-03-08T23:00:00Z BERLIN FINDING UPD-OVERDUE account-escalation:AEM-1"
                + " @2026-03-08T23:00:00Z",
            "2026-03-17T08:00:00.000000001Z TOKYO FINDING CAD-SKIP account:TOKYO"
                + " @2026-03-17T08:00:00.001Z",
            "2026-03-17T08:00:00.000000001Z BERLIN FINDING CAD-SKIP account:BERLIN"
                + " @2026-03-17T08:00:00.001Z");
  }
}
