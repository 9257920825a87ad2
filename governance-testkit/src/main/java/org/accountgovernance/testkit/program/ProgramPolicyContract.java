package org.accountgovernance.testkit.program;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.accountgovernance.core.program.AccountEscalation;
import org.accountgovernance.core.program.ProgramEvent;
import org.accountgovernance.core.program.ProgramPolicy;
import org.accountgovernance.core.program.ProgramReport;
import org.accountgovernance.core.update.RagStatus;
import org.accountgovernance.core.update.StatusUpdate;
import org.accountgovernance.core.update.UpdateDue;
import org.accountgovernance.testkit.Theories;
import org.accountgovernance.testkit.escalation.EscalationGenerators;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The properties every {@link ProgramPolicy} must have, as JUnit 5 tests a host inherits: replaying
 * the same events gives the same report, in any listing order; the next update is never due before
 * the last update (or the declaration); {@code nextChangeAt} is exact.
 *
 * <pre>{@code
 * class MyProgramPolicyTest implements ProgramPolicyContract {
 *   public ProgramPolicy policy() { return PlaybookProgramPolicy.of(myCadence); }
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface ProgramPolicyContract {

  /**
   * The policy under test.
   *
   * @return the host's programme policy; called many times per property, so it may return one
   *     shared instance, which must then be safe to call again and again
   */
  ProgramPolicy policy();

  /**
   * The histories to test with; by default {@link ProgramGenerators#escalations()}.
   *
   * @return the generator of the account-level escalations the properties are checked on; every
   *     history must be legal for the policy and have at least one event
   */
  default Gen<AccountEscalation> escalations() {
    return ProgramGenerators.escalations();
  }

  private static Instant last(AccountEscalation escalation) {
    return escalation.timeline().get(escalation.timeline().size() - 1).at();
  }

  /** The same events, replayed or listed in another order, give an equal report. */
  @Test
  default void replayingTheSameEventsGivesTheSameReport() {
    Theories.qt()
        .forAll(
            escalations(), EscalationGenerators.offsets(), Generate.longRange(0, Long.MAX_VALUE))
        .checkAssert(
            (escalation, after, seed) -> {
              Instant now = last(escalation).plus(after);
              // Events at different instants may be listed in any order; events at one instant keep
              // theirs (a lifecycle sequence at one instant is meaningful).
              List<ProgramEvent> events = new ArrayList<>(escalation.events());
              Collections.shuffle(events, new Random(seed));
              Map<Instant, Deque<ProgramEvent>> inOrder = new HashMap<>();
              for (ProgramEvent event : escalation.events()) {
                inOrder.computeIfAbsent(event.at(), k -> new ArrayDeque<>()).add(event);
              }
              List<ProgramEvent> listed = new ArrayList<>();
              for (ProgramEvent event : events) {
                listed.add(java.util.Objects.requireNonNull(inOrder.get(event.at())).removeFirst());
              }
              AccountEscalation shuffled =
                  AccountEscalation.builder().from(escalation).events(listed).build();
              ProgramReport expected = policy().evaluate(escalation, now);
              assertThat(policy().evaluate(escalation, now)).isEqualTo(expected);
              assertThat(policy().evaluate(shuffled, now))
                  .as("listed as %s", listed)
                  .isEqualTo(expected);
            });
  }

  /**
   * The same history with every status replaced by RED is never due later: the strictest status
   * owes updates at least as often, whatever the status changes in between.
   */
  @Test
  default void theStrictestHistoryIsNeverDueLater() {
    Theories.qt()
        .forAll(escalations(), EscalationGenerators.offsets())
        .checkAssert(
            (escalation, after) -> {
              Instant now = escalation.timeline().get(0).at().plus(after);
              List<ProgramEvent> red = new ArrayList<>();
              for (ProgramEvent event : escalation.events()) {
                red.add(
                    event.status().isPresent()
                        ? ProgramEvent.builder().from(event).status(RagStatus.RED).build()
                        : event);
              }
              AccountEscalation allRed =
                  AccountEscalation.builder().from(escalation).events(red).build();
              Optional<UpdateDue> strict = policy().evaluate(allRed, now).nextUpdateDue();
              Optional<UpdateDue> actual = policy().evaluate(escalation, now).nextUpdateDue();
              assertThat(strict.isPresent()).isEqualTo(actual.isPresent());
              if (actual.isPresent()) {
                assertThat(strict.get().dueAt())
                    .as("all RED vs %s", actual.get())
                    .isBeforeOrEqualTo(actual.get().dueAt());
              }
            });
  }

  /** The next update is never due before the last update, nor before the declaration. */
  @Test
  default void theNextUpdateIsNeverDueBeforeTheLastOne() {
    Theories.qt()
        .forAll(escalations(), EscalationGenerators.offsets())
        .checkAssert(
            (escalation, after) -> {
              ProgramReport report =
                  policy().evaluate(escalation, escalation.timeline().get(0).at().plus(after));
              report
                  .nextUpdateDue()
                  .ifPresent(
                      due -> {
                        Instant floor =
                            report.updates().stream()
                                .map(StatusUpdate::at)
                                .max(Instant::compareTo)
                                .orElse(report.declaredAt().orElseThrow());
                        assertThat(due.dueAt())
                            .as("due %s after %s", due, floor)
                            .isAfterOrEqualTo(floor);
                      });
            });
  }

  /** {@code nextChangeAt} is after now; nothing changes before it; something changes at it. */
  @Test
  default void nextChangeAtIsExact() {
    Theories.qt()
        .forAll(escalations(), EscalationGenerators.offsets(), Generate.range(0, 1_000_000))
        .checkAssert(
            (escalation, after, fraction) -> {
              Instant now = escalation.timeline().get(0).at().plus(after);
              List<ProgramEvent> known = new ArrayList<>();
              for (ProgramEvent event : escalation.events()) {
                if (!event.at().isAfter(now)) {
                  known.add(event);
                }
              }
              AccountEscalation knownNow =
                  AccountEscalation.builder().from(escalation).events(known).build();
              ProgramReport report = policy().evaluate(knownNow, now);
              Optional<Instant> next = report.nextChangeAt();
              if (next.isEmpty()) {
                assertThat(policy().evaluate(knownNow, now.plus(Duration.ofDays(60))).withAt(now))
                    .isEqualTo(report);
                return;
              }
              assertThat(next.get()).isAfter(now);
              Instant justBefore = next.get().minusNanos(1);
              assertThat(policy().evaluate(knownNow, justBefore).withAt(now)).isEqualTo(report);
              Instant between =
                  now.plusNanos(Duration.between(now, justBefore).toNanos() / 1_000_000 * fraction);
              assertThat(policy().evaluate(knownNow, between).withAt(now)).isEqualTo(report);
              assertThat(policy().evaluate(knownNow, next.get()).withAt(now)).isNotEqualTo(report);
            });
  }
}
