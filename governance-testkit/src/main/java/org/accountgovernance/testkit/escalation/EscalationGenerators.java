package org.accountgovernance.testkit.escalation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.IssueId;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.escalation.EscalationLadder;
import org.accountgovernance.core.escalation.EscalationLevel;
import org.accountgovernance.core.escalation.EscalationPath;
import org.accountgovernance.core.escalation.Issue;
import org.accountgovernance.core.escalation.IssueEvent;
import org.accountgovernance.core.escalation.Trigger;
import org.accountgovernance.core.escalation.TriggerKind;
import org.accountgovernance.core.sla.CoverageCalendar;
import org.accountgovernance.testkit.sla.SlaGenerators;
import org.apiguardian.api.API;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the {@code escalation} types: the playbook's triggers with
 * magnitudes around every threshold, ladders of any size, and issue timelines (triggers added,
 * responses, pauses and resumptions, resolution) with their events minutes to days apart.
 *
 * <p>Example: {@code
 * qt().forAll(EscalationGenerators.issues(EscalationGenerators.playbookTriggers()),
 * EscalationGenerators.offsets()).check(...)}.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class EscalationGenerators {
  private EscalationGenerators() {}

  /**
   * USD amounts from zero to {@code maxDollars}, in cents.
   *
   * @param maxDollars the largest amount, in whole US dollars, included; zero or positive
   * @return amounts in USD from 0.00 to {@code maxDollars}.00, any whole number of cents
   */
  public static Gen<Money> usd(long maxDollars) {
    return Generate.longRange(0, maxDollars * 100)
        .map(cents -> Money.ofMinor(CurrencyUnit.USD, cents));
  }

  /** A whole-dollar amount and the cent on either side of it: where a money threshold bites. */
  private static Gen<Money> aroundDollars(long dollars) {
    return Generate.pick(List.of(-1L, 0L, 1L))
        .map(cents -> Money.ofMinor(CurrencyUnit.USD, dollars * 100 + cents));
  }

  /**
   * Every kind of the playbook with magnitudes that straddle its thresholds (money amounts land on
   * the default thresholds and a cent either side one time in five): delays of 0–10 days, yield
   * drops of 0–20 points in tenths, cost variances up to USD 3,000, payments up to 60 days overdue,
   * financial impacts up to USD 20,000, line-down risks 0–14 days away, 1–5 defective units, and
   * the flags.
   *
   * @return triggers of the twelve playbook kinds, each kind equally likely, so that every row of
   *     the escalation matrix is hit on both sides of its default threshold
   */
  public static Gen<Trigger> playbookTriggers() {
    List<Gen<Trigger>> kinds =
        List.of(
            Generate.longRange(0, 10).map(Trigger::delay),
            Generate.longRange(1, 5).map(Trigger::unitDefect),
            Generate.constant(Trigger.informationRequest()),
            Generate.longRange(0, 14).map(Trigger::lineDownRisk),
            Generate.range(0, 200).map(tenths -> Trigger.yieldDrop(BigDecimal.valueOf(tenths, 1))),
            usd(3_000).mix(aroundDollars(1_000), 20).map(Trigger::costVariance),
            Generate.constant(Trigger.lineDownConfirmed()),
            Generate.constant(Trigger.safetyIncident()),
            Generate.longRange(0, 60).map(Trigger::paymentOverdue),
            Generate.constant(Trigger.legalBreach()),
            usd(20_000).mix(aroundDollars(10_000), 20).map(Trigger::financialImpact),
            Generate.constant(Trigger.brandRisk()));
    return Generate.range(0, kinds.size() - 1).flatMap(kinds::get);
  }

  /**
   * Lists of 0 to {@code max} triggers.
   *
   * @param triggers the generator of each element, e.g. {@link #playbookTriggers()}
   * @param max the longest list, zero or positive
   * @return immutable lists of independently generated triggers, repeats possible, the empty list
   *     included
   */
  public static Gen<List<Trigger>> triggerLists(Gen<Trigger> triggers, int max) {
    return Generate.range(0, max)
        .flatMap(
            n -> {
              Gen<List<Trigger>> list = Generate.constant(List.of());
              for (int i = 0; i < n; i++) {
                list = list.zip(triggers, (head, next) -> append(head, next));
              }
              return list;
            });
  }

  /**
   * The same fact, more severe: a bigger magnitude (or a smaller one where {@link
   * TriggerKind.Direction#LOWER_IS_WORSE}), by {@code step} units; flags stay as they are.
   *
   * @param trigger the fact to make worse
   * @param step how much worse, zero or positive, in the kind's unit: days, percentage points, or
   *     whole units of the amount's currency
   * @return a trigger of the same kind: days or amounts raised by {@code step}, a yield drop raised
   *     but capped at 100 points, days until a line-down risk lowered but not below zero, or {@code
   *     trigger} itself for a flag
   */
  public static Trigger intensified(Trigger trigger, long step) {
    BigDecimal delta = BigDecimal.valueOf(step);
    boolean lowerIsWorse = trigger.kind().direction() == TriggerKind.Direction.LOWER_IS_WORSE;
    switch (trigger.kind().measure()) {
      case FLAG:
        return trigger;
      case MONEY:
        return Trigger.of(trigger.kind(), trigger.amount().orElseThrow().plus(delta));
      case PERCENTAGE_POINTS:
        return Trigger.of(
            trigger.kind(),
            trigger.quantity().orElseThrow().add(delta).min(BigDecimal.valueOf(100)));
      default:
        BigDecimal q = trigger.quantity().orElseThrow();
        return Trigger.of(
            trigger.kind(), lowerIsWorse ? q.subtract(delta).max(BigDecimal.ZERO) : q.add(delta));
    }
  }

  /**
   * Ladders of 1 to 6 levels with ids {@code P<n>} (P1 the most severe), targets of 0 to 48 hours
   * and calendars from {@link SlaGenerators#calendars()}.
   *
   * @return ladders whose levels each draw their own target, in whole minutes, and calendar; the
   *     lowest level is {@code P<n>} and the top one {@code P1}, each with a made-up path
   */
  public static Gen<EscalationLadder> ladders() {
    Gen<EscalationLevel> template =
        Generate.longRange(0, 48 * 60)
            .zip(
                SlaGenerators.calendars(),
                (minutes, calendar) -> level("P0", 0, Duration.ofMinutes(minutes), calendar));
    return Generate.range(1, 6)
        .flatMap(
            n -> {
              Gen<List<EscalationLevel>> levels = Generate.constant(List.of());
              for (int i = 0; i < n; i++) {
                int rank = i + 1;
                String id = "P" + (n - i);
                levels =
                    levels.zip(
                        template,
                        (head, t) ->
                            append(head, level(id, rank, t.responseTarget(), t.calendar())));
              }
              return levels.map(EscalationLadder::of);
            });
  }

  private static EscalationLevel level(
      String id, int rank, Duration target, CoverageCalendar calendar) {
    return EscalationLevel.builder()
        .id(id)
        .name("Priority " + id)
        .rank(rank)
        .responseTarget(target)
        .calendar(calendar)
        .path(
            EscalationPath.of(
                PartyRole.supplier("Owner " + id), PartyRole.customer("Contact " + id)))
        .build();
  }

  /**
   * Opening instants: minute-aligned, 2000 to 2040.
   *
   * @return instants on a whole minute, the same as {@link SlaGenerators#minuteInstants()}
   */
  public static Gen<Instant> openings() {
    return SlaGenerators.minuteInstants();
  }

  /**
   * Offsets after an instant: seconds to a week, biased to the hours around 48 h.
   *
   * @return durations from zero to 7 days: mostly whole seconds, about a third of them between 46
   *     and 50 hours, where the playbook's L1 timer of more than 48 h fires, and one in eleven at
   *     exactly 48 h, a nanosecond or a second either side of it
   */
  public static Gen<Duration> offsets() {
    Gen<Duration> around48h =
        Generate.pick(List.of(-1_000_000_000L, -1L, 0L, 1L, 1_000_000_000L))
            .map(nanos -> Duration.ofDays(2).plusNanos(nanos)); // 48 h
    return Generate.longRange(0, 7 * 24 * 3600)
        .mix(Generate.longRange(46 * 3600, 50 * 3600), 30)
        .map(seconds -> Duration.ofSeconds(seconds))
        .mix(around48h, 10);
  }

  /**
   * Issues opened at {@link #openings()} with 0–3 initial triggers and up to 8 events, each at the
   * same instant as the previous one or up to two days after it: triggers added, responses, pauses
   * each followed by a resumption or left open, and possibly a resolution last. Events are always
   * legal; several may share an instant.
   *
   * @param triggers the generator of the initial triggers and of the triggers added later, e.g.
   *     {@link #playbookTriggers()}
   * @return issues with ids {@code ISSUE-<n>} on a few dozen accounts, whose timelines any policy
   *     must accept without an illegal-transition error
   */
  public static Gen<Issue> issues(Gen<Trigger> triggers) {
    // One step in six lands at the same instant as the previous event: ties must not matter.
    Gen<Integer> gaps = Generate.range(1, 2 * 24 * 3600).mix(Generate.constant(0), 16);
    Gen<int[]> step = Generate.range(0, 5).zip(gaps, (kind, seconds) -> new int[] {kind, seconds});
    Gen<List<int[]>> steps =
        Generate.range(0, 8)
            .flatMap(
                n -> {
                  Gen<List<int[]>> list = Generate.constant(List.of());
                  for (int i = 0; i < n; i++) {
                    list = list.zip(step, (head, next) -> append(head, next));
                  }
                  return list;
                });
    Gen<List<Trigger>> added = triggerLists(triggers, 8);
    return openings()
        .zip(
            triggerLists(triggers, 3),
            steps,
            added,
            Generate.range(0, 999_999),
            (openedAt, initial, plan, extra, number) -> {
              Issue.Builder issue =
                  Issue.builder()
                      .id(IssueId.of("ISSUE-" + number))
                      .account(AccountId.of("ACCOUNT-" + number % 97))
                      .openedAt(openedAt)
                      .addAllTriggers(initial);
              Instant at = openedAt;
              boolean paused = false;
              int nextTrigger = 0;
              for (int i = 0; i < plan.size(); i++) {
                int[] s = plan.get(i);
                at = at.plusSeconds(s[1]);
                boolean last = i == plan.size() - 1;
                switch (s[0]) {
                  case 0:
                  case 1:
                    if (nextTrigger < extra.size()) {
                      issue.addEvent(IssueEvent.triggerAdded(at, extra.get(nextTrigger++)));
                    } else {
                      issue.addEvent(IssueEvent.responded(at));
                    }
                    break;
                  case 2:
                    issue.addEvent(IssueEvent.responded(at));
                    break;
                  case 3:
                    issue.addEvent(
                        paused
                            ? IssueEvent.resumed(at)
                            : IssueEvent.paused(at, "waiting for the customer"));
                    paused = !paused;
                    break;
                  default:
                    if (last) {
                      issue.addEvent(IssueEvent.resolved(at));
                    } else {
                      issue.addEvent(IssueEvent.responded(at));
                    }
                }
              }
              return issue.build();
            });
  }

  private static <T> List<T> append(List<T> head, T next) {
    List<T> list = new ArrayList<>(head);
    list.add(next);
    return List.copyOf(list);
  }
}
