package org.accountgovernance.testkit.escalation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.accountgovernance.core.escalation.EscalationChange;
import org.accountgovernance.core.escalation.EscalationDecision;
import org.accountgovernance.core.escalation.EscalationLadder;
import org.accountgovernance.core.escalation.EscalationPolicy;
import org.accountgovernance.core.escalation.Issue;
import org.accountgovernance.core.escalation.IssueEvent;
import org.accountgovernance.core.escalation.LevelChange;
import org.accountgovernance.core.escalation.Trigger;
import org.accountgovernance.core.sla.ResponseClock;
import org.accountgovernance.testkit.Theories;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The invariants every {@link EscalationPolicy} must keep, as JUnit 5 tests a host inherits to
 * check its own policy (its own ladder, classifier, timers) against generated issues:
 *
 * <ul>
 *   <li>adding a trigger or raising a magnitude never lowers the level;
 *   <li>time passing never lowers the level;
 *   <li>no level is skipped except by a bypass: a timer moves one level, and a trigger moves the
 *       issue no higher than its facts call for;
 *   <li>no response deadline is before the level was entered;
 *   <li>the same facts in any order give the same decision, and a replay gives an equal decision;
 *   <li>{@code nextChangeAt} is after {@code now}, nothing changes before it, and something changes
 *       at it;
 *   <li>catching up in steps gives the same changes as catching up at once, so a breach is reported
 *       exactly once;
 *   <li>{@code summarize} gives what {@code decide(...).summary()} gives.
 * </ul>
 *
 * <pre>{@code
 * class MyPolicyTest implements EscalationPolicyContract {
 *   public EscalationPolicy policy() { return PlaybookEscalationPolicy.of(mySettings, myClassifier); }
 *   public EscalationLadder ladder() { return mySettings.ladder(); }
 *   public Gen<Trigger> triggers() { return myTriggers(); }
 * }
 * }</pre>
 *
 * <p>The generated issues carry no manual escalations or downgrades: those are people's decisions,
 * which the level invariants deliberately do not cover.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface EscalationPolicyContract {

  /**
   * The policy under test.
   *
   * @return the host's escalation policy; called many times per property, so it may return one
   *     shared instance, which must then be safe to call again and again
   */
  EscalationPolicy policy();

  /**
   * The ladder the policy decides on.
   *
   * @return the ladder whose level order the invariants compare decisions by; every level the
   *     policy decides must be on it
   */
  EscalationLadder ladder();

  /**
   * The triggers the policy understands; by default the playbook's.
   *
   * @return the generator of the facts put into issues and added to them; every kind it yields must
   *     be one the policy's classifier accepts; default {@link
   *     EscalationGenerators#playbookTriggers()}
   */
  default Gen<Trigger> triggers() {
    return EscalationGenerators.playbookTriggers();
  }

  /**
   * The issues to test with; by default {@link EscalationGenerators#issues(Gen)} of {@link
   * #triggers()}.
   *
   * @return the generator of the issues the invariants are checked on; their timelines must be
   *     legal for the policy and should carry no manual escalations or downgrades
   */
  default Gen<Issue> issues() {
    return EscalationGenerators.issues(triggers());
  }

  private int rank(EscalationDecision decision) {
    return ladder().position(decision.level().id());
  }

  private static Instant lastEvent(Issue issue) {
    return issue.events().stream()
        .map(IssueEvent::at)
        .max(Instant::compareTo)
        .orElse(issue.openedAt());
  }

  /**
   * The issue with a fact added at {@code at} (an initial trigger when {@code at} is the opening).
   */
  private static Issue withTrigger(Issue issue, Trigger trigger, Instant at) {
    boolean resolvedBefore =
        issue.events().stream()
            .anyMatch(e -> e.type() == IssueEvent.Type.RESOLVED && !e.at().isAfter(at));
    if (at.equals(issue.openedAt()) || resolvedBefore) {
      return Issue.builder().from(issue).addTrigger(trigger).build();
    }
    return Issue.builder().from(issue).addEvent(IssueEvent.triggerAdded(at, trigger)).build();
  }

  /** Adding a trigger, at opening or later, never lowers the level at any instant. */
  @Test
  default void addingATriggerNeverLowersTheLevel() {
    Theories.qt()
        .forAll(
            issues(), triggers(), EscalationGenerators.offsets(), EscalationGenerators.offsets())
        .checkAssert(
            (issue, trigger, addedAfter, evaluatedAfter) -> {
              Instant addedAt = issue.openedAt().plus(addedAfter);
              Instant now = addedAt.plus(evaluatedAfter);
              Issue more = withTrigger(issue, trigger, addedAt);
              assertThat(rank(policy().decide(more, now)))
                  .as("level with %s added at %s, at %s, for %s", trigger, addedAt, now, issue)
                  .isGreaterThanOrEqualTo(rank(policy().decide(issue, now)));
            });
  }

  /** Raising the magnitude of an initial fact never lowers the level. */
  @Test
  default void raisingAMagnitudeNeverLowersTheLevel() {
    Theories.qt()
        .forAll(issues(), Generate.range(1, 5_000), EscalationGenerators.offsets())
        .assuming((issue, step, after) -> !issue.triggers().isEmpty())
        .checkAssert(
            (issue, step, after) -> {
              Instant now = issue.openedAt().plus(after);
              List<Trigger> raised = new ArrayList<>(issue.triggers());
              raised.set(0, EscalationGenerators.intensified(raised.get(0), step));
              Issue worse = Issue.builder().from(issue).triggers(raised).build();
              assertThat(rank(policy().decide(worse, now)))
                  .as(
                      "level with %s raised to %s at %s",
                      issue.triggers().get(0), raised.get(0), now)
                  .isGreaterThanOrEqualTo(rank(policy().decide(issue, now)));
            });
  }

  /** With the same facts, a later evaluation is never at a lower level. */
  @Test
  default void timePassingNeverLowersTheLevel() {
    Theories.qt()
        .forAll(issues(), EscalationGenerators.offsets(), EscalationGenerators.offsets())
        .checkAssert(
            (issue, first, more) -> {
              Instant t1 = issue.openedAt().plus(first);
              Instant t2 = t1.plus(more);
              assertThat(rank(policy().decide(issue, t2)))
                  .as("level at %s vs %s for %s", t2, t1, issue)
                  .isGreaterThanOrEqualTo(rank(policy().decide(issue, t1)));
            });
  }

  /**
   * Every upward change is justified: a timer moves exactly one level; a change by a trigger lands
   * no higher than the level the facts present at that instant call for; only a bypass may go
   * further.
   */
  @Test
  default void noLevelIsSkippedExceptByABypass() {
    Theories.qt()
        .forAll(issues(), EscalationGenerators.offsets())
        .checkAssert(
            (issue, after) -> {
              Instant now = lastEvent(issue).plus(after);
              EscalationDecision decision = policy().decide(issue, now);
              for (LevelChange change : decision.levelHistory()) {
                assertThat(change.cause())
                    .as("no person changed the level of a generated issue: %s", change)
                    .isNotIn(LevelChange.Cause.MANUAL, LevelChange.Cause.DOWNGRADE);
                int to = ladder().position(change.to());
                if (change.from().isEmpty() || change.cause() == LevelChange.Cause.BYPASS) {
                  // The opening and a bypass land no higher than the facts of that instant call
                  // for.
                  assertThat(to)
                      .as(
                          "%s; the facts at that instant call for %s",
                          change, factsOnlyLevel(issue, change.at()))
                      .isLessThanOrEqualTo(ladder().position(factsOnlyLevel(issue, change.at())));
                  continue;
                }
                int from = ladder().position(change.from().get());
                if (change.cause() == LevelChange.Cause.TIMER) {
                  assertThat(to)
                      .as("timer change %s in %s", change, decision.levelHistory())
                      .isEqualTo(from + 1);
                } else if (change.cause() == LevelChange.Cause.TRIGGER) {
                  int called = ladder().position(factsOnlyLevel(issue, change.at()));
                  assertThat(to)
                      .as(
                          "trigger change %s; the facts at that instant call for %s",
                          change, ladder().levels().get(called))
                      .isLessThanOrEqualTo(Math.max(called, from + 1));
                }
              }
            });
  }

  /** The level the facts present at {@code at} call for, with no time spent at any level. */
  private String factsOnlyLevel(Issue issue, Instant at) {
    Issue.Builder facts =
        Issue.builder()
            .id(issue.id())
            .account(issue.account())
            .openedAt(at)
            .addAllTriggers(issue.triggers());
    for (IssueEvent event : issue.timeline()) {
      if (event.type() == IssueEvent.Type.TRIGGER_ADDED && !event.at().isAfter(at)) {
        facts.addTrigger(event.trigger().orElseThrow());
      }
    }
    return policy().decide(facts.build(), at).level().id();
  }

  /** No response clock's deadline is before the moment its level was entered. */
  @Test
  default void noResponseDeadlineIsBeforeTheLevelWasEntered() {
    Theories.qt()
        .forAll(issues(), EscalationGenerators.offsets())
        .checkAssert(
            (issue, after) -> {
              EscalationDecision decision = policy().decide(issue, issue.openedAt().plus(after));
              assertThat(decision.clocks()).hasSameSizeAs(decision.levelHistory());
              for (int i = 0; i < decision.clocks().size(); i++) {
                assertThat(decision.clocks().get(i).startedAt())
                    .as("clock %s starts when its level was entered", i)
                    .isEqualTo(decision.levelHistory().get(i).at());
              }
              for (ResponseClock clock : decision.clocks()) {
                clock
                    .deadline()
                    .ifPresent(
                        d ->
                            assertThat(d)
                                .as("deadline of %s", clock)
                                .isAfterOrEqualTo(clock.startedAt()));
              }
              decision
                  .responseDue()
                  .ifPresent(
                      d ->
                          assertThat(d)
                              .as("response due in %s", decision)
                              .isAfterOrEqualTo(decision.enteredLevelAt()));
            });
  }

  /**
   * The order in which triggers and events are listed never matters; a replay gives an equal
   * decision.
   */
  @Test
  default void theSameFactsInAnyOrderGiveTheSameDecision() {
    Theories.qt()
        .forAll(issues(), EscalationGenerators.offsets(), Generate.longRange(0, Long.MAX_VALUE))
        .checkAssert(
            (issue, after, seed) -> {
              Instant now = issue.openedAt().plus(after);
              List<Trigger> triggers = new ArrayList<>(issue.triggers());
              List<IssueEvent> events = new ArrayList<>(issue.events());
              Random random = new Random(seed);
              Collections.shuffle(triggers, random);
              Collections.shuffle(events, random);
              Issue shuffled =
                  Issue.builder().from(issue).triggers(triggers).events(events).build();
              EscalationDecision expected = policy().decide(issue, now);
              assertThat(policy().decide(shuffled, now))
                  .as("shuffled %s", shuffled)
                  .isEqualTo(expected);
              assertThat(policy().decide(issue, now)).as("replayed").isEqualTo(expected);
            });
  }

  /**
   * The summary is the decision's summary: {@code summarize(issue, now)} equals {@code
   * decide(issue, now).summary()}, with events after {@code now} on record too, so a policy that
   * computes summaries for less never tells a scheduler something its decisions do not.
   */
  @Test
  default void theSummaryIsTheDecisionsSummary() {
    Theories.qt()
        .forAll(issues(), EscalationGenerators.offsets())
        .checkAssert(
            (issue, after) -> {
              Instant now = issue.openedAt().plus(after);
              assertThat(policy().summarize(issue, now))
                  .as("summary of %s at %s", issue, now)
                  .isEqualTo(policy().decide(issue, now).summary());
            });
  }

  /**
   * {@code nextChangeAt} is after {@code now}; evaluating anywhere before it (in particular one
   * nanosecond before) gives the decision at {@code now}; evaluating at it gives another.
   */
  @Test
  default void nextChangeAtIsExact() {
    Theories.qt()
        .forAll(issues(), EscalationGenerators.offsets(), Generate.range(0, 1_000_000))
        .checkAssert(
            (issue, after, fraction) -> {
              Instant now = issue.openedAt().plus(after);
              Issue known = knownAt(issue, now);
              EscalationDecision decision = policy().decide(known, now);
              Optional<Instant> next = decision.nextChangeAt();
              if (next.isEmpty()) {
                assertThat(policy().decide(known, now.plus(Duration.ofDays(400))).withAt(now))
                    .as("no next change, yet a later evaluation differs")
                    .isEqualTo(decision);
                return;
              }
              assertThat(next.get()).as("nextChangeAt").isAfter(now);
              Instant justBefore = next.get().minusNanos(1);
              assertThat(policy().decide(known, justBefore).withAt(now))
                  .as("decision just before nextChangeAt %s", next.get())
                  .isEqualTo(decision);
              long span = Duration.between(now, justBefore).toNanos();
              Instant between = now.plusNanos(span / 1_000_000 * fraction);
              assertThat(policy().decide(known, between).withAt(now))
                  .as("decision at %s", between)
                  .isEqualTo(decision);
              assertThat(policy().decide(known, next.get()).withAt(now))
                  .as("decision at nextChangeAt %s", next.get())
                  .isNotEqualTo(decision);
            });
  }

  /** The issue as known at {@code now}: events after it have not happened yet. */
  private static Issue knownAt(Issue issue, Instant now) {
    List<IssueEvent> known = new ArrayList<>();
    for (IssueEvent event : issue.events()) {
      if (!event.at().isAfter(now)) {
        known.add(event);
      }
    }
    return Issue.builder().from(issue).events(known).build();
  }

  /**
   * The changes in {@code (a, b]} followed by those in {@code (b, c]} are the changes in {@code (a,
   * c]}: a host that evaluates at every event and timer sees each change, every breach included,
   * exactly once and at its own instant.
   */
  @Test
  default void catchingUpInStepsEqualsCatchingUpAtOnce() {
    Theories.qt()
        .forAll(
            issues(),
            EscalationGenerators.offsets(),
            EscalationGenerators.offsets(),
            EscalationGenerators.offsets())
        .checkAssert(
            (issue, x, y, z) -> {
              Instant a = issue.openedAt().plus(x);
              Instant b = a.plus(y);
              Instant c = b.plus(z);
              List<EscalationChange> steps = new ArrayList<>(policy().changesBetween(issue, a, b));
              steps.addAll(policy().changesBetween(issue, b, c));
              List<EscalationChange> atOnce = policy().changesBetween(issue, a, c);
              assertThat(steps).as("changes in (%s, %s] + (%s, %s]", a, b, b, c).isEqualTo(atOnce);
              assertThat(atOnce).as("changes in (%s, %s]", a, c).doesNotHaveDuplicates();
              for (EscalationChange change : atOnce) {
                assertThat(change.at()).isAfter(a).isBeforeOrEqualTo(c);
              }
            });
  }

  /**
   * What a host was told in {@code (a, b]}, knowing only the events up to {@code b}, is exactly
   * what the full history says about {@code (a, b]} when evaluated later: later events never
   * rewrite earlier changes.
   */
  @Test
  default void laterEventsNeverRewriteEarlierChanges() {
    Theories.qt()
        .forAll(
            issues(),
            EscalationGenerators.offsets(),
            EscalationGenerators.offsets(),
            EscalationGenerators.offsets())
        .checkAssert(
            (issue, x, y, z) -> {
              Instant a = issue.openedAt().plus(x);
              Instant b = a.plus(y);
              Instant c = b.plus(z);
              List<EscalationChange> toldAtB =
                  policy().decide(knownAt(issue, b), b).changesSince(a);
              List<EscalationChange> knownLater = new ArrayList<>();
              for (EscalationChange change : policy().decide(issue, c).changesSince(a)) {
                if (!change.at().isAfter(b)) {
                  knownLater.add(change);
                }
              }
              assertThat(knownLater)
                  .as("changes in (%s, %s] told then vs. known at %s", a, b, c)
                  .isEqualTo(toldAtB);
            });
  }
}
