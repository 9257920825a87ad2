package org.accountgovernance.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.Finding;
import org.accountgovernance.core.IssueId;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.Reason;
import org.accountgovernance.core.RuleId;
import org.accountgovernance.core.escalation.EscalationChange;
import org.accountgovernance.core.escalation.EscalationDecision;
import org.accountgovernance.core.escalation.EscalationLadder;
import org.accountgovernance.core.escalation.EscalationLevel;
import org.accountgovernance.core.escalation.EscalationPath;
import org.accountgovernance.core.escalation.Issue;
import org.accountgovernance.core.escalation.IssueEvent;
import org.accountgovernance.core.escalation.LevelChange;
import org.accountgovernance.core.escalation.Trigger;
import org.accountgovernance.core.sla.CoverageCalendar;
import org.accountgovernance.core.sla.ResponseClock;
import org.accountgovernance.core.sla.WarningPoint;
import org.accountgovernance.core.sla.WeeklyHoursCalendar;
import org.accountgovernance.core.sla.WorkingPeriod;
import org.accountgovernance.testkit.escalation.EscalationDecisionAssert;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Scenarios of the playbook's escalation policy at explicit instants. Every expected instant is
 * computed by hand from PLAYBOOK.md (ESC) and DESIGN.md; the comments show the arithmetic.
 */
class PlaybookEscalationPolicyTest {
  /** A Monday, 08:00 UTC (09:00 in Berlin). */
  private static final Instant T = Instant.parse("2026-03-02T08:00:00Z");

  private static final PlaybookEscalationPolicy POLICY = PlaybookEscalationPolicy.ofDefaults();

  private static final RuleId SLA = RuleId.of("ESC-SLA");
  private static final RuleId SLA_WARN = RuleId.of("ESC-SLA-WARN");
  private static final RuleId AUTO = RuleId.of("ESC-AUTO");
  private static final RuleId BYPASS = RuleId.of("ESC-BYPASS");
  private static final RuleId TRIGGER = RuleId.of("ESC-TRIGGER");
  private static final RuleId MANUAL = RuleId.of("ESC-MANUAL");
  private static final RuleId DOWNGRADE = RuleId.of("ESC-DOWNGRADE");

  private static Instant t(long hours) {
    return T.plus(Duration.ofHours(hours));
  }

  private static Instant t(long hours, long nanos) {
    return t(hours).plusNanos(nanos);
  }

  private static Issue.Builder issue(Trigger... triggers) {
    return Issue.builder()
        .id(IssueId.of("CASE-4711"))
        .account(AccountId.of("ACME-EU"))
        .openedAt(T)
        .addTriggers(triggers);
  }

  private static Issue operational(IssueEvent... events) {
    return issue(Trigger.informationRequest()).addEvents(events).build();
  }

  private static EscalationDecisionAssert assertDecision(EscalationDecision decision) {
    return EscalationDecisionAssert.assertThat(decision);
  }

  private static List<EscalationChange> ofType(
      List<EscalationChange> changes, EscalationChange.Type type) {
    List<EscalationChange> selected = new ArrayList<>();
    for (EscalationChange change : changes) {
      if (change.type() == type) {
        selected.add(change);
      }
    }
    return selected;
  }

  private static Money usd(String amount) {
    return Money.of(CurrencyUnit.USD, new BigDecimal(amount));
  }

  @Nested
  class ResponseTargets {
    @Test
    void l1MustBeAnsweredWithin24Hours() {
      EscalationDecision d = POLICY.decide(operational(), T);
      assertDecision(d)
          .isAtLevel("L1")
          .hasStatus(EscalationDecision.Status.OPEN)
          .hasResponseDue(t(24));
      assertThat(d.path())
          .isEqualTo(
              EscalationPath.of(
                  PartyRole.supplier("Factory PM"), PartyRole.customer("Customer Buyer")));
      assertThat(d.enteredLevelAt()).isEqualTo(T);
      assertThat(d.clock().status()).isEqualTo(ResponseClock.Status.RUNNING);
    }

    @Test
    void l2MustBeAnsweredWithin4Hours() {
      EscalationDecision d =
          POLICY.decide(issue(Trigger.yieldDrop(new BigDecimal("7"))).build(), T);
      assertDecision(d)
          .isAtLevel("L2")
          .hasReason("ESC-TRIGGER", "7 points", "> 5 points")
          .hasResponseDue(t(4));
      assertThat(d.path().toString()).isEqualTo("Account Manager <-> Ops Manager");
    }

    @Test
    void l3MustBeAnsweredImmediately() {
      EscalationDecision d = POLICY.decide(issue(Trigger.safetyIncident()).build(), T);
      assertDecision(d).isAtLevel("L3").hasReason("ESC-TRIGGER").hasResponseDue(T);
      assertThat(d.clock().deadline()).contains(d.enteredLevelAt());
      // Immediate: one nanosecond later without a response the target is missed.
      assertDecision(d).hasNextChangeAt(T.plusNanos(1));
      assertDecision(POLICY.decide(issue(Trigger.safetyIncident()).build(), T.plusNanos(1)))
          .hasFindings("ESC-SLA", 1);
    }

    @Test
    void anImmediateResponseAtTheEntryInstantMeetsL3() {
      Issue issue = issue(Trigger.safetyIncident()).addEvent(IssueEvent.responded(T)).build();
      EscalationDecision d = POLICY.decide(issue, t(5));
      assertThat(d.clock().status()).isEqualTo(ResponseClock.Status.MET);
      assertDecision(d).hasFindings("ESC-SLA", 0).hasNoResponseDue().hasNoNextChange();
    }

    @Test
    void aResponseStopsTheClock() {
      Issue issue = operational(IssueEvent.responded(t(3)));
      EscalationDecision d = POLICY.decide(issue, t(30));
      assertThat(d.clock().status()).isEqualTo(ResponseClock.Status.MET);
      assertThat(d.clock().respondedAt()).contains(t(3));
      assertDecision(d).hasNoResponseDue().hasFindings("ESC-SLA", 0);
      // No warning, no breach will come; only ESC-AUTO (unresolved, not unanswered) remains.
      assertDecision(d).hasNextChangeAt(t(48, 1));
      assertThat(ofType(d.changes(), EscalationChange.Type.BREACH)).isEmpty();
      assertThat(ofType(d.changes(), EscalationChange.Type.WARNING)).isEmpty();
    }

    @Test
    void aResponseExactlyAtTheDeadlineMeetsIt() {
      EscalationDecision d = POLICY.decide(operational(IssueEvent.responded(t(24))), t(30));
      assertThat(d.clock().status()).isEqualTo(ResponseClock.Status.MET);
      assertDecision(d).hasFindings("ESC-SLA", 0);
    }

    @Test
    void aResponseOneNanosecondLateIsABreach() {
      EscalationDecision d = POLICY.decide(operational(IssueEvent.responded(t(24, 1))), t(30));
      assertThat(d.clock().status()).isEqualTo(ResponseClock.Status.BREACHED);
      assertThat(d.clock().breach()).isPresent();
      assertThat(d.clock().breach().get().lateness()).contains(Duration.ofNanos(1));
      assertDecision(d).hasFindings("ESC-SLA", 1).hasNoResponseDue();
    }
  }

  @Nested
  class AutoEscalation {
    @Test
    void l1StaysL1AtExactly48Hours() {
      EscalationDecision d = POLICY.decide(operational(), t(48));
      assertDecision(d).isAtLevel("L1").hasNextChangeAt(t(48, 1));
      assertThat(d.levelHistory()).hasSize(1);
    }

    @Test
    void l1IsL2OneNanosecondAfter48Hours() {
      EscalationDecision d = POLICY.decide(operational(), t(48, 1));
      assertDecision(d)
          .isAtLevel("L2")
          .hasReason("ESC-AUTO", "more than 48h at L1", "> 48h")
          .hasResponseDue(t(52, 1));
      LevelChange change = d.levelHistory().get(d.levelHistory().size() - 1);
      assertThat(change.at()).isEqualTo(t(48, 1));
      assertThat(change.from()).contains("L1");
      assertThat(change.to()).isEqualTo("L2");
      assertThat(change.cause()).isEqualTo(LevelChange.Cause.TIMER);
      assertThat(d.enteredLevelAt()).isEqualTo(t(48, 1));
    }

    @Test
    void nextChangeAtWalksThroughWarningBreachAndTimer() {
      Issue issue = operational();
      // At opening the first change by time alone is the 75 % warning: 75 % of 24 h = 18 h.
      // That is right per DESIGN.md: a warning is a change (an ESC-SLA-WARN entry in changes()),
      // and it comes before the breach (24 h + 1 ns) and before ESC-AUTO (48 h + 1 ns).
      assertDecision(POLICY.decide(issue, T)).hasNextChangeAt(t(18));
      assertDecision(POLICY.decide(issue, t(18))).hasNextChangeAt(t(24, 1));
      assertDecision(POLICY.decide(issue, t(24))).hasNextChangeAt(t(24, 1));
      assertDecision(POLICY.decide(issue, t(24, 1))).hasNextChangeAt(t(48, 1));
      assertDecision(POLICY.decide(issue, t(48))).hasNextChangeAt(t(48, 1));
      // At L2 (entered 48 h + 1 ns): warning at 75 % of 4 h = 3 h later, breach 4 h + 1 ns later.
      assertDecision(POLICY.decide(issue, t(48, 1))).hasNextChangeAt(t(51, 1));
      assertDecision(POLICY.decide(issue, t(51, 1))).hasNextChangeAt(t(52, 2));
      // L2 has no timer: once breached nothing changes by time alone.
      assertDecision(POLICY.decide(issue, t(52, 2))).isAtLevel("L2").hasNoNextChange();
      assertDecision(POLICY.decide(issue, t(24 * 30))).isAtLevel("L2");
    }

    @Test
    void aResponseDoesNotStopTheTimer() {
      EscalationDecision d = POLICY.decide(operational(IssueEvent.responded(t(1))), t(48, 1));
      assertDecision(d).isAtLevel("L2").hasReason("ESC-AUTO");
    }

    @Test
    void resolvingBeforeTheTimerKeepsL1ForGood() {
      Issue issue = operational(IssueEvent.resolved(t(48)));
      EscalationDecision d = POLICY.decide(issue, t(100));
      assertDecision(d)
          .isAtLevel("L1")
          .hasStatus(EscalationDecision.Status.RESOLVED)
          .hasNoResponseDue()
          .hasNoNextChange();
    }

    @Test
    void theL1ClockIsKeptWhenTheTimerFires() {
      EscalationDecision d = POLICY.decide(operational(), t(49));
      assertThat(d.clocks())
          .extracting(ResponseClock::levelId, ResponseClock::status)
          .containsExactly(
              tuple("L1", ResponseClock.Status.BREACHED),
              tuple("L2", ResponseClock.Status.RUNNING));
      assertThat(d.clocks().get(0).endedAt()).contains(t(48, 1));
    }

    @Test
    void pausedTimeDoesNotCountTowardTheTimer() {
      Issue issue =
          operational(
              IssueEvent.paused(t(10), "waiting for the customer"), IssueEvent.resumed(t(20)));
      // 10 h paused: more than 48 h of running time at 58 h + 1 ns.
      assertDecision(POLICY.decide(issue, t(58))).isAtLevel("L1");
      assertDecision(POLICY.decide(issue, t(58, 1))).isAtLevel("L2").hasReason("ESC-AUTO");
    }
  }

  @Nested
  class Breaches {
    @Test
    void noResponseByTheDeadlineIsOneFindingFromDeadlinePlusOneNanosecond() {
      EscalationDecision d = POLICY.decide(operational(), t(30));
      assertDecision(d).hasFindings("ESC-SLA", 1).hasResponseDue(t(24));
      Finding finding = d.findings().get(0);
      assertThat(finding.ruleId()).isEqualTo(SLA);
      assertThat(finding.since()).isEqualTo(t(24, 1));
      assertThat(finding.observed()).isEqualTo("no response by 2026-03-03T08:00:00Z");
      assertThat(finding.threshold())
          .isEqualTo("respond within 24h at L1, by 2026-03-03T08:00:00Z");
      assertThat(ofType(d.changes(), EscalationChange.Type.BREACH))
          .singleElement()
          .satisfies(
              c -> {
                assertThat(c.at()).isEqualTo(t(24, 1));
                assertThat(c.ruleId()).isEqualTo(SLA);
                assertThat(c.levelId()).isEqualTo("L1");
              });
    }

    @Test
    void atTheDeadlineThereIsNoBreachYet() {
      EscalationDecision d = POLICY.decide(operational(), t(24));
      assertDecision(d).hasFindings("ESC-SLA", 0);
      assertThat(d.clock().status()).isEqualTo(ResponseClock.Status.RUNNING);
    }

    @Test
    void reEvaluatingLaterDoesNotDuplicateTheBreach() {
      Issue issue = operational();
      Finding first = POLICY.decide(issue, t(24, 1)).findings().get(0);
      assertThat(POLICY.decide(issue, t(30)).findings()).containsExactly(first);
      assertThat(POLICY.decide(issue, t(48)).findings()).containsExactly(first);
      // Much later the L2 stint is breached too: one finding per level, the L1 one unchanged.
      List<Finding> later = POLICY.decide(issue, t(24 * 10)).findings();
      // The same finding (rule, subject, since), now saying when it ended: ESC-AUTO left L1.
      assertThat(later).hasSize(2).contains(Finding.builder().from(first).until(t(48, 1)).build());
      assertThat(ofType(POLICY.decide(issue, t(24 * 10)).changes(), EscalationChange.Type.BREACH))
          .extracting(EscalationChange::levelId, EscalationChange::at)
          .containsExactly(tuple("L1", t(24, 1)), tuple("L2", t(52, 2)));
    }

    @Test
    void catchingUpInStepsReportsEachChangeOnce() {
      Issue issue = operational();
      Instant a = T;
      Instant b = t(20);
      Instant c = t(30);
      Instant e = t(60);
      List<EscalationChange> ab = POLICY.changesBetween(issue, a, b);
      List<EscalationChange> bc = POLICY.changesBetween(issue, b, c);
      List<EscalationChange> ce = POLICY.changesBetween(issue, c, e);
      assertThat(ab)
          .extracting(EscalationChange::type, EscalationChange::at, EscalationChange::levelId)
          .containsExactly(tuple(EscalationChange.Type.WARNING, t(18), "L1"));
      assertThat(bc)
          .extracting(EscalationChange::type, EscalationChange::at, EscalationChange::levelId)
          .containsExactly(tuple(EscalationChange.Type.BREACH, t(24, 1), "L1"));
      assertThat(ce)
          .extracting(EscalationChange::type, EscalationChange::at, EscalationChange::levelId)
          .containsExactly(
              tuple(EscalationChange.Type.LEVEL, t(48, 1), "L2"),
              tuple(EscalationChange.Type.WARNING, t(51, 1), "L2"),
              tuple(EscalationChange.Type.BREACH, t(52, 2), "L2"));
      List<EscalationChange> inSteps = new ArrayList<>(ab);
      inSteps.addAll(bc);
      inSteps.addAll(ce);
      assertThat(inSteps).isEqualTo(POLICY.changesBetween(issue, a, e));
      assertThat(ce.get(0).ruleId()).isEqualTo(AUTO);
      assertThat(ab.get(0).ruleId()).isEqualTo(SLA_WARN);
    }

    @Test
    void aBoundaryChangeBelongsToTheWindowItEnds() {
      // (a, b] includes b: the breach at 24 h + 1 ns is in (0, 24h+1ns] and not in (24h+1ns, 30h].
      Issue issue = operational();
      assertThat(ofType(POLICY.changesBetween(issue, T, t(24, 1)), EscalationChange.Type.BREACH))
          .hasSize(1);
      assertThat(POLICY.changesBetween(issue, t(24, 1), t(30))).isEmpty();
      assertThat(POLICY.changesBetween(issue, t(24), t(24))).isEmpty();
    }

    @Test
    void aLateResponseKeepsTheBreachWithItsLateness() {
      EscalationDecision d = POLICY.decide(operational(IssueEvent.responded(t(27))), t(30));
      assertThat(d.clock().status()).isEqualTo(ResponseClock.Status.BREACHED);
      assertThat(d.clock().breach().orElseThrow().lateness()).contains(Duration.ofHours(3));
      assertDecision(d).hasNoResponseDue().hasFindings("ESC-SLA", 1);
      assertThat(d.findings().get(0).since()).isEqualTo(t(24, 1));
    }

    @Test
    void aBreachStaysOnRecordAfterResolution() {
      EscalationDecision d = POLICY.decide(operational(IssueEvent.resolved(t(30))), t(40));
      assertDecision(d).hasStatus(EscalationDecision.Status.RESOLVED).hasFindings("ESC-SLA", 1);
      assertThat(d.clock().status()).isEqualTo(ResponseClock.Status.BREACHED);
    }
  }

  @Nested
  class Pauses {
    @Test
    void pausedTimeDoesNotCountOnA24x7Calendar() {
      Issue issue =
          operational(
              IssueEvent.paused(t(2), "waiting for the customer's logs"), IssueEvent.resumed(t(5)));
      // 24 h of running time: 2 h before the pause, 22 h after 5 h -> 27 h.
      assertDecision(POLICY.decide(issue, t(6))).hasResponseDue(t(27)).hasNextChangeAt(t(21));
      assertDecision(POLICY.decide(issue, t(27))).hasFindings("ESC-SLA", 0);
      assertDecision(POLICY.decide(issue, t(27, 1))).hasFindings("ESC-SLA", 1);
    }

    @Test
    void whilePausedNoResponseIsDueAndNothingChangesByTime() {
      Issue issue = operational(IssueEvent.paused(t(2), "waiting for the customer"));
      EscalationDecision d = POLICY.decide(issue, t(100));
      assertDecision(d)
          .isAtLevel("L1")
          .hasStatus(EscalationDecision.Status.PAUSED)
          .hasNoResponseDue()
          .hasNoNextChange()
          .hasFindings("ESC-SLA", 0);
      assertThat(d.clock().status()).isEqualTo(ResponseClock.Status.PAUSED);
      assertThat(d.clock().remainingWhilePaused()).contains(Duration.ofHours(22));
    }

    @Test
    void pausedTimeIsMeasuredOnTheLevelsBusinessHoursCalendar() {
      Issue issue =
          operational(
              // Monday 15:00 Berlin .. Tuesday 11:00 Berlin
              IssueEvent.paused(Instant.parse("2026-03-02T14:00:00Z"), "waiting for samples"),
              IssueEvent.resumed(Instant.parse("2026-03-03T10:00:00Z")));
      PlaybookEscalationPolicy policy = PlaybookEscalationPolicy.of(businessHoursL1());
      // Opened Monday 09:00 Berlin. Without the pause: Mon, Tue, Wed 8 h each -> Wed 17:00.
      assertDecision(policy.decide(operational(), T))
          .hasResponseDue(Instant.parse("2026-03-04T16:00:00Z"));
      // The pause covers Mon 15-17 and Tue 09-11: 4 working hours, not its 20 wall-clock hours.
      // Mon 09-15 (6 h), Tue 11-17 (12 h), Wed 09-17 (20 h), Thu 09-13 (24 h) -> Thu 13:00 Berlin.
      EscalationDecision d = policy.decide(issue, Instant.parse("2026-03-03T10:00:00Z"));
      assertDecision(d).hasResponseDue(Instant.parse("2026-03-05T12:00:00Z"));
      // The 75 % warning (18 working hours) comes Wed 15:00 Berlin.
      assertDecision(d).hasNextChangeAt(Instant.parse("2026-03-04T14:00:00Z"));
      EscalationDecision whilePaused = policy.decide(issue, Instant.parse("2026-03-02T20:00:00Z"));
      assertThat(whilePaused.clock().remainingWhilePaused()).contains(Duration.ofHours(18));
    }

    @Test
    void aBusinessHoursDeadlineFollowsTheWallClockAcrossTheDstChange() {
      // Opened Friday 2026-03-27 16:00 CET (15:00Z); clocks go forward on Sunday 29 March.
      // Fri 1 h, Mon 8 h, Tue 8 h, Wed 7 h -> Wednesday 1 April 16:00 CEST = 14:00Z.
      Instant friday = Instant.parse("2026-03-27T15:00:00Z");
      Issue issue =
          Issue.builder()
              .id(IssueId.of("CASE-DST"))
              .account(AccountId.of("ACME-EU"))
              .openedAt(friday)
              .addTrigger(Trigger.informationRequest())
              .build();
      assertDecision(PlaybookEscalationPolicy.of(businessHoursL1()).decide(issue, friday))
          .hasResponseDue(Instant.parse("2026-04-01T14:00:00Z"));
    }

    @Test
    void theAutoEscalationTimerRunsOnTheLevelsCalendar() {
      // 48 working hours from Monday 09:00 Berlin: Mon-Fri 40 h, next Monday 8 h -> Mon 17:00.
      // More than 48 h is first counted at the next working instant: Tuesday 09:00 + 1 ns.
      PlaybookEscalationPolicy policy = PlaybookEscalationPolicy.of(businessHoursL1());
      Instant tuesday = Instant.parse("2026-03-10T08:00:00Z");
      assertDecision(policy.decide(operational(), Instant.parse("2026-03-09T16:00:00Z")))
          .isAtLevel("L1")
          .hasNextChangeAt(tuesday.plusNanos(1));
      assertDecision(policy.decide(operational(), tuesday)).isAtLevel("L1");
      assertDecision(policy.decide(operational(), tuesday.plusNanos(1))).isAtLevel("L2");
    }

    private EscalationSettings businessHoursL1() {
      WeeklyHoursCalendar berlin =
          WeeklyHoursCalendar.workweek(
              ZoneId.of("Europe/Berlin"),
              EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
              WorkingPeriod.of(LocalTime.of(9, 0), LocalTime.of(17, 0)));
      EscalationLadder defaults = EscalationSettings.DEFAULT_LADDER;
      EscalationLevel l1 =
          EscalationLevel.builder().from(defaults.level("L1")).calendar(berlin).build();
      return EscalationSettings.from(EscalationSettings.ofDefaults())
          .ladder(EscalationLadder.of(List.of(l1, defaults.level("L2"), defaults.level("L3"))))
          .build();
    }
  }

  @Nested
  class LevelChanges {
    @Test
    void aTriggerRaisingL1ToL2StartsANewFourHourClock() {
      Issue issue =
          operational(IssueEvent.triggerAdded(t(10), Trigger.yieldDrop(new BigDecimal("7"))));
      EscalationDecision d = POLICY.decide(issue, t(11));
      assertDecision(d)
          .isAtLevel("L2")
          .hasReason("ESC-TRIGGER", "7 points", "> 5 points")
          .hasResponseDue(t(14));
      assertThat(d.enteredLevelAt()).isEqualTo(t(10));
      assertThat(d.levelHistory().get(1).cause()).isEqualTo(LevelChange.Cause.TRIGGER);
      assertThat(d.clocks())
          .extracting(ResponseClock::levelId, ResponseClock::status, ResponseClock::startedAt)
          .containsExactly(
              tuple("L1", ResponseClock.Status.ENDED, T),
              tuple("L2", ResponseClock.Status.RUNNING, t(10)));
      assertThat(d.clocks().get(0).endedAt()).contains(t(10));
      // The L1 timer no longer applies; L2 has none.
      assertDecision(POLICY.decide(issue, t(24 * 5))).isAtLevel("L2");
    }

    @Test
    void aTriggerAfterTheL1BreachKeepsTheBreachedClock() {
      Issue issue =
          operational(IssueEvent.triggerAdded(t(30), Trigger.costVariance(usd("2000.00"))));
      EscalationDecision d = POLICY.decide(issue, t(31));
      assertDecision(d).isAtLevel("L2").hasResponseDue(t(34)).hasFindings("ESC-SLA", 1);
      assertThat(d.clocks())
          .extracting(ResponseClock::levelId, ResponseClock::status)
          .containsExactly(
              tuple("L1", ResponseClock.Status.BREACHED),
              tuple("L2", ResponseClock.Status.RUNNING));
    }

    @Test
    void aResponseAtL1DoesNotAnswerL2() {
      Issue issue =
          operational(
              IssueEvent.responded(t(1)), IssueEvent.triggerAdded(t(10), Trigger.lineDownRisk(3)));
      EscalationDecision d = POLICY.decide(issue, t(11));
      assertDecision(d).isAtLevel("L2").hasResponseDue(t(14));
      assertThat(d.clocks().get(0).status()).isEqualTo(ResponseClock.Status.MET);
    }

    @Test
    void aTriggerAtOrBelowTheCurrentLevelChangesNothing() {
      Issue issue =
          issue(Trigger.yieldDrop(new BigDecimal("7")))
              .addEvent(IssueEvent.triggerAdded(t(1), Trigger.delay(5)))
              .addEvent(IssueEvent.triggerAdded(t(2), Trigger.informationRequest()))
              .build();
      EscalationDecision d = POLICY.decide(issue, t(3));
      assertDecision(d).isAtLevel("L2").hasResponseDue(t(4));
      assertThat(d.levelHistory()).hasSize(1);
    }

    @Test
    void aTriggerWhilePausedRaisesTheLevelWithAPausedClock() {
      Issue issue =
          operational(
              IssueEvent.paused(t(1), "waiting for the customer"),
              IssueEvent.triggerAdded(t(2), Trigger.yieldDrop(new BigDecimal("8"))),
              IssueEvent.resumed(t(3)));
      assertDecision(POLICY.decide(issue, t(2)))
          .isAtLevel("L2")
          .hasStatus(EscalationDecision.Status.PAUSED)
          .hasNoResponseDue();
      // The L2 clock starts at 2 h but runs only from 3 h: due at 7 h.
      assertDecision(POLICY.decide(issue, t(3))).hasResponseDue(t(7));
    }
  }

  @Nested
  class Warnings {
    private final PlaybookEscalationPolicy policy =
        PlaybookEscalationPolicy.of(
            EscalationSettings.from(EscalationSettings.ofDefaults())
                .warningPoints(
                    List.of(
                        WarningPoint.percentOfTarget(75), WarningPoint.before(Duration.ofHours(1))))
                .build());

    @Test
    void bothWarningPointsAreGivenAtL1() {
      Issue issue = operational();
      // 75 % of 24 h = 18 h; 1 h before the deadline = 23 h.
      assertDecision(policy.decide(issue, T)).hasNextChangeAt(t(18));
      assertDecision(policy.decide(issue, t(18))).hasNextChangeAt(t(23));
      assertDecision(policy.decide(issue, t(23))).hasNextChangeAt(t(24, 1));
      EscalationDecision d = policy.decide(issue, t(23));
      assertThat(d.clock().warningsGiven()).containsExactly(t(18), t(23));
      assertThat(ofType(d.changes(), EscalationChange.Type.WARNING))
          .extracting(EscalationChange::at, EscalationChange::ruleId, EscalationChange::levelId)
          .containsExactly(tuple(t(18), SLA_WARN, "L1"), tuple(t(23), SLA_WARN, "L1"));
    }

    @Test
    void warningPointsFallingOnTheSameInstantWarnOnce() {
      // At L2 (4 h) both points fall at 3 h: people are warned once, not twice.
      Issue issue = issue(Trigger.yieldDrop(new BigDecimal("7"))).build();
      EscalationDecision d = policy.decide(issue, t(3));
      assertThat(d.clock().warningsGiven()).containsExactly(t(3));
      assertThat(ofType(d.changes(), EscalationChange.Type.WARNING))
          .extracting(EscalationChange::at)
          .containsExactly(t(3));
      assertThat(policy.changesBetween(issue, T, t(4))).hasSize(1);
    }

    @Test
    void noWarningAfterAResponse() {
      Issue issue = operational(IssueEvent.responded(t(17)));
      EscalationDecision d = policy.decide(issue, t(30));
      assertThat(d.clock().warningsGiven()).isEmpty();
      assertThat(ofType(d.changes(), EscalationChange.Type.WARNING)).isEmpty();
    }

    @Test
    void warningsCanBeSwitchedOff() {
      PlaybookEscalationPolicy silent =
          PlaybookEscalationPolicy.of(
              EscalationSettings.from(EscalationSettings.ofDefaults())
                  .warningPoints(List.of())
                  .build());
      assertDecision(silent.decide(operational(), T)).hasNextChangeAt(t(24, 1));
    }
  }

  @Nested
  class Bypass {
    @Test
    void aFinancialImpactOf12500DollarsOpensAtL3() {
      Issue issue = issue(Trigger.financialImpact(usd("12500.00"))).build();
      EscalationDecision d = POLICY.decide(issue, T);
      assertDecision(d)
          .isAtLevel("L3")
          .hasReason("ESC-BYPASS", "USD 12500.00", "> USD 10000.00")
          .hasResponseDue(T);
      assertThat(d.ruleIds()).containsExactly(BYPASS);
      assertThat(d.path().supplier()).isEqualTo(PartyRole.supplier("VP Sales / Plant Director"));
      assertThat(d.path().customer()).isEqualTo(PartyRole.customer("VP Ops"));
      assertThat(d.path().toString()).isEqualTo("VP Sales / Plant Director <-> VP Ops");
      assertThat(d.levelHistory()).hasSize(1);
    }

    @Test
    void aBypassLaterSkipsL2() {
      Issue issue = operational(IssueEvent.triggerAdded(t(5), Trigger.brandRisk()));
      EscalationDecision d = POLICY.decide(issue, t(5));
      assertDecision(d).isAtLevel("L3").hasReason("ESC-BYPASS", "brand risk", "present");
      LevelChange change = d.levelHistory().get(1);
      assertThat(change.from()).contains("L1");
      assertThat(change.to()).isEqualTo("L3");
      assertThat(change.cause()).isEqualTo(LevelChange.Cause.BYPASS);
      assertThat(ofType(d.changes(), EscalationChange.Type.LEVEL))
          .extracting(EscalationChange::ruleId)
          .containsExactly(TRIGGER, BYPASS);
    }
  }

  @Nested
  class SameInstant {
    @Test
    void aResponseAndANewFactAtOneInstantCountInEitherOrder() {
      IssueEvent response = IssueEvent.responded(t(1));
      IssueEvent lineDown = IssueEvent.triggerAdded(t(1), Trigger.lineDownConfirmed());
      Issue first = operational(response, lineDown);
      Issue second = operational(lineDown, response);
      EscalationDecision d = POLICY.decide(first, t(2));
      assertThat(POLICY.decide(second, t(2))).isEqualTo(d);
      // The response at the instant the issue reached L3 meets L3's immediate target.
      assertDecision(d).isAtLevel("L3").hasFindings("ESC-SLA", 0).hasNoResponseDue();
    }

    @Test
    void factsOfOneInstantAreClassifiedTogether() {
      IssueEvent yield = IssueEvent.triggerAdded(t(1), Trigger.yieldDrop(new BigDecimal("7")));
      IssueEvent brand = IssueEvent.triggerAdded(t(1), Trigger.brandRisk());
      EscalationDecision d = POLICY.decide(operational(yield, brand), t(2));
      assertThat(POLICY.decide(operational(brand, yield), t(2))).isEqualTo(d);
      assertThat(d.levelHistory())
          .extracting(LevelChange::to, LevelChange::cause)
          .containsExactly(
              tuple("L1", LevelChange.Cause.OPENED), tuple("L3", LevelChange.Cause.BYPASS));
    }

    @Test
    void aPauseAndAResumptionAtOneInstantCancelOut() {
      Issue issue =
          operational(
              IssueEvent.paused(t(1), "waiting"),
              IssueEvent.resumed(t(3)),
              IssueEvent.paused(t(3), "waiting again"));
      assertDecision(POLICY.decide(issue, t(4))).hasStatus(EscalationDecision.Status.PAUSED);
      Issue blink = operational(IssueEvent.resumed(t(1)), IssueEvent.paused(t(1), "blink"));
      assertThat(POLICY.decide(blink, t(2)).withAt(t(2)))
          .isEqualTo(POLICY.decide(operational(), t(2)));
    }
  }

  @Nested
  class ManualEvents {
    @Test
    void aPersonCanEscalateAndDowngrade() {
      Issue issue =
          operational(
              IssueEvent.escalated(t(1), "L2", "customer's plant manager called"),
              IssueEvent.downgraded(t(2), "L1", "line restarted"));
      EscalationDecision escalated = POLICY.decide(issue, t(1));
      assertDecision(escalated)
          .isAtLevel("L2")
          .hasReason("ESC-MANUAL", "customer's plant manager called", "a person's decision")
          .hasResponseDue(t(5));
      assertThat(escalated.levelHistory().get(1).cause()).isEqualTo(LevelChange.Cause.MANUAL);

      EscalationDecision downgraded = POLICY.decide(issue, t(2));
      assertDecision(downgraded)
          .isAtLevel("L1")
          .hasReason("ESC-DOWNGRADE", "line restarted", "a person's decision")
          .hasResponseDue(t(26));
      assertThat(downgraded.levelHistory())
          .extracting(LevelChange::to, LevelChange::cause)
          .containsExactly(
              tuple("L1", LevelChange.Cause.OPENED),
              tuple("L2", LevelChange.Cause.MANUAL),
              tuple("L1", LevelChange.Cause.DOWNGRADE));
      assertThat(downgraded.clocks())
          .extracting(ResponseClock::levelId, ResponseClock::status)
          .containsExactly(
              tuple("L1", ResponseClock.Status.ENDED),
              tuple("L2", ResponseClock.Status.ENDED),
              tuple("L1", ResponseClock.Status.RUNNING));
      assertThat(downgraded.ruleIds()).containsExactly(DOWNGRADE);
      assertThat(escalated.ruleIds()).containsExactly(MANUAL);
    }

    @Test
    void factsWeighedAtADowngradeDoNotPullTheLevelBackUp() {
      Issue issue =
          issue(Trigger.safetyIncident())
              .addEvents(
                  IssueEvent.downgraded(t(1), "L1", "incident contained, no injuries"),
                  IssueEvent.triggerAdded(t(2), Trigger.informationRequest()),
                  IssueEvent.triggerAdded(t(3), Trigger.yieldDrop(new BigDecimal("6"))))
              .build();
      assertDecision(POLICY.decide(issue, t(2))).isAtLevel("L1");
      // A new managerial fact after the downgrade escalates on its own merits, to L2, not L3.
      assertDecision(POLICY.decide(issue, t(3)))
          .isAtLevel("L2")
          .hasReason("ESC-TRIGGER", "6 points", "> 5 points");
    }

    @Test
    void aLevelTheLadderDoesNotHaveIsBadInput() {
      Issue issue = operational(IssueEvent.escalated(t(1), "L9", "typo"));
      assertThatThrownBy(() -> POLICY.decide(issue, t(2)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("levelId")
          .hasMessageContaining("'L9'");
    }

    @Test
    void aManualEscalationMayGoStraightToL3() {
      EscalationDecision d =
          POLICY.decide(operational(IssueEvent.escalated(t(1), "L3", "CEO involved")), t(1));
      assertDecision(d).isAtLevel("L3").hasResponseDue(t(1));
    }

    @Test
    void downgradingToAHigherLevelIsIllegal() {
      Issue issue = operational(IssueEvent.downgraded(t(1), "L2", "wrong way"));
      assertThatThrownBy(() -> POLICY.decide(issue, t(2)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("L1")
          .hasMessageContaining("DOWNGRADED");
    }

    @Test
    void aLevelChangeToTheLevelInForceChangesNothing() {
      // ESC-AUTO moved the issue to L2 at 48 h + 1 ns; the person clicking "escalate to L2" an hour
      // later must not make the issue impossible to evaluate.
      Issue issue =
          operational(
              IssueEvent.escalated(t(49), "L2", "48 h passed"),
              IssueEvent.downgraded(t(50), "L2", "still L2"));
      EscalationDecision d = POLICY.decide(issue, t(51));
      assertDecision(d).isAtLevel("L2").hasReason("ESC-AUTO");
      assertThat(d.levelHistory())
          .extracting(LevelChange::cause)
          .containsExactly(LevelChange.Cause.OPENED, LevelChange.Cause.TIMER);
    }

    @Test
    void escalatingToALowerLevelIsIllegal() {
      Issue issue =
          issue(Trigger.safetyIncident())
              .addEvent(IssueEvent.escalated(t(1), "L2", "wrong way"))
              .build();
      assertThatThrownBy(() -> POLICY.decide(issue, t(2)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("L3")
          .hasMessageContaining("ESCALATED");
    }

    @Test
    void pausingTwiceIsIllegal() {
      Issue issue =
          operational(IssueEvent.paused(t(1), "first"), IssueEvent.paused(t(2), "second"));
      assertThatThrownBy(() -> POLICY.decide(issue, t(3)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("is PAUSED")
          .hasMessageContaining("event PAUSED");
      // Events after the evaluation instant are not applied.
      assertDecision(POLICY.decide(issue, t(1))).hasStatus(EscalationDecision.Status.PAUSED);
    }

    @Test
    void resumingWhileRunningIsIllegal() {
      Issue issue = operational(IssueEvent.resumed(t(1)));
      assertThatThrownBy(() -> POLICY.decide(issue, t(1)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("OPEN")
          .hasMessageContaining("RESUMED");
    }

    @Test
    void aLevelChangeAfterResolutionIsIllegal() {
      for (IssueEvent event :
          List.of(
              IssueEvent.escalated(t(2), "L3", "too late"),
              IssueEvent.downgraded(t(2), "L1", "too late"))) {
        Issue issue =
            issue(Trigger.yieldDrop(new BigDecimal("7")))
                .addEvent(IssueEvent.resolved(t(1)))
                .addEvent(event)
                .build();
        assertThatThrownBy(() -> POLICY.decide(issue, t(3)))
            .as("%s after resolution", event)
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("RESOLVED")
            .hasMessageContaining("event " + event.type());
      }
    }

    @Test
    void lateFactsResponsesAndPausesAfterResolutionChangeNothing() {
      Issue resolved =
          issue(Trigger.yieldDrop(new BigDecimal("7"))).addEvent(IssueEvent.resolved(t(1))).build();
      EscalationDecision expected = POLICY.decide(resolved, t(3));
      for (IssueEvent event :
          List.of(
              IssueEvent.responded(t(2)),
              IssueEvent.paused(t(2), "too late"),
              IssueEvent.triggerAdded(t(2), Trigger.safetyIncident()),
              IssueEvent.resolved(t(2)))) {
        Issue issue = Issue.builder().from(resolved).addEvent(event).build();
        assertThat(POLICY.decide(issue, t(3))).as("%s after resolution", event).isEqualTo(expected);
      }
    }

    @Test
    void evaluatingBeforeTheOpeningIsRejected() {
      assertThatThrownBy(() -> POLICY.decide(operational(), T.minusNanos(1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("now ");
    }
  }

  @Nested
  class CustomLadder {
    private EscalationLevel level(String id, int rank, Duration target, String supplier) {
      return EscalationLevel.builder()
          .id(id)
          .name("Priority " + id.substring(1))
          .rank(rank)
          .responseTarget(target)
          .calendar(CoverageCalendar.alwaysOn())
          .path(EscalationPath.of(PartyRole.supplier(supplier), PartyRole.customer("IT Lead")))
          .build();
    }

    private final EscalationLadder ladder =
        EscalationLadder.of(
            List.of(
                level("P1", 5, Duration.ofMinutes(15), "CTO"),
                level("P2", 4, Duration.ofHours(1), "Head of Support"),
                level("P3", 3, Duration.ofHours(8), "Support Manager"),
                level("P4", 2, Duration.ofHours(24), "Support Engineer"),
                level("P5", 1, Duration.ofHours(72), "Help Desk")));

    private final PlaybookEscalationPolicy policy =
        PlaybookEscalationPolicy.of(
            EscalationSettings.builder()
                .ladder(ladder)
                .operationalLevel("P4")
                .managerialLevel("P3")
                .executiveLevel("P1")
                .autoEscalationTimers(Map.of("P4", Duration.ofHours(12), "P3", Duration.ofHours(6)))
                .build());

    @Test
    void playbookTriggersMapOntoTheHostsLevels() {
      assertDecision(policy.decide(issue(Trigger.informationRequest()).build(), T))
          .isAtLevel("P4")
          .hasResponseDue(t(24));
      assertDecision(policy.decide(issue(Trigger.yieldDrop(new BigDecimal("7"))).build(), T))
          .isAtLevel("P3")
          .hasResponseDue(t(8));
      assertDecision(policy.decide(issue(Trigger.legalBreach()).build(), T))
          .isAtLevel("P1")
          .hasResponseDue(T.plus(Duration.ofMinutes(15)));
      // With no trigger the issue starts at the ladder's lowest level.
      assertDecision(policy.decide(issue().build(), T)).isAtLevel("P5").hasResponseDue(t(72));
    }

    @Test
    void aBypassGoesToTheExecutiveLevel() {
      EscalationDecision d = policy.decide(issue(Trigger.financialImpact(usd("20000"))).build(), T);
      assertDecision(d).isAtLevel("P1").hasReason("ESC-BYPASS");
      assertThat(d.path().supplier()).isEqualTo(PartyRole.supplier("CTO"));
    }

    @Test
    void theHostsTimersMoveOneLevelAtATime() {
      Issue issue = issue(Trigger.informationRequest()).build();
      // P4 for more than 12 h -> P3 at 12 h + 1 ns; P3 for more than 6 h -> P2 at 18 h + 2 ns.
      assertDecision(policy.decide(issue, T)).hasNextChangeAt(t(12, 1));
      assertDecision(policy.decide(issue, t(12))).isAtLevel("P4");
      assertDecision(policy.decide(issue, t(12, 1)))
          .isAtLevel("P3")
          .hasReason("ESC-AUTO", "more than 12h at P4", "> 12h")
          .hasResponseDue(t(20, 1))
          // P3's 75 % warning (6 h of 8 h) comes one nanosecond before its 6 h timer expires.
          .hasNextChangeAt(t(18, 1));
      assertDecision(policy.decide(issue, t(18, 1))).isAtLevel("P3").hasNextChangeAt(t(18, 2));
      EscalationDecision p2 = policy.decide(issue, t(18, 2));
      assertDecision(p2)
          .isAtLevel("P2")
          .hasReason("ESC-AUTO", "more than 6h at P3", "> 6h")
          .hasResponseDue(t(19, 2));
      // P2 has no timer: it never reaches P1 by time alone.
      assertDecision(policy.decide(issue, t(24 * 30))).isAtLevel("P2");
      assertThat(p2.levelHistory())
          .extracting(LevelChange::to, LevelChange::cause)
          .containsExactly(
              tuple("P4", LevelChange.Cause.OPENED),
              tuple("P3", LevelChange.Cause.TIMER),
              tuple("P2", LevelChange.Cause.TIMER));
    }

    @Test
    void theReasonsNameTheHostsLevels() {
      EscalationDecision d = policy.decide(issue().build(), T);
      assertThat(d.reasons()).extracting(Reason::ruleId).containsExactly(TRIGGER);
      assertThat(d.clock().levelId()).isEqualTo("P5");
      assertThat(d.nextChangeAt()).isEqualTo(Optional.of(t(54)));
    }
  }
}
