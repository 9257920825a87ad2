package org.accountgovernance.testkit.escalation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.accountgovernance.core.escalation.Classification;
import org.accountgovernance.core.escalation.EscalationLadder;
import org.accountgovernance.core.escalation.SeverityClassifier;
import org.accountgovernance.core.escalation.Trigger;
import org.accountgovernance.testkit.Theories;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The invariants every {@link SeverityClassifier} must keep, as JUnit 5 tests a host inherits to
 * check its own severity matrix against generated lists of its facts:
 *
 * <ul>
 *   <li>every classification names a level of the ladder and gives at least one reason;
 *   <li>{@code levelId}, which a policy asks whenever a fact is added, names the level {@code
 *       classify} names (a host overriding it to skip the reasons must keep the two in step);
 *   <li>the order in which facts are listed never changes the classification;
 *   <li>adding a fact never lowers the level.
 * </ul>
 *
 * <pre>{@code
 * class MyClassifierTest implements SeverityClassifierContract {
 *   public SeverityClassifier classifier() { return new MySeverityClassifier(); }
 *   public EscalationLadder ladder() { return MY_LADDER; }
 *   public Gen<Trigger> triggers() { return myTriggers(); }
 * }
 * }</pre>
 *
 * <p>The policy-level invariants (timers, deadlines, {@code nextChangeAt}) are {@link
 * EscalationPolicyContract}'s; a host with its own classifier runs both.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface SeverityClassifierContract {

  /** The longest list of facts the properties classify at once. */
  int MAX_TRIGGERS = 6;

  /**
   * The classifier under test.
   *
   * @return the host's classifier; called many times per property, so it may return one shared
   *     instance
   */
  SeverityClassifier classifier();

  /**
   * The ladder the classifier names levels of.
   *
   * @return the ladder whose level order the properties compare classifications by
   */
  EscalationLadder ladder();

  /**
   * The facts the classifier understands; by default the playbook's.
   *
   * @return the generator of the facts classified; every kind it yields must be one the classifier
   *     accepts; default {@link EscalationGenerators#playbookTriggers()}
   */
  default Gen<Trigger> triggers() {
    return EscalationGenerators.playbookTriggers();
  }

  private int rank(Classification classification) {
    return ladder().position(classification.levelId());
  }

  /** A classification names a level of the ladder and says why. */
  @Test
  default void everyClassificationNamesALevelAndAReason() {
    Theories.qt()
        .forAll(EscalationGenerators.triggerLists(triggers(), MAX_TRIGGERS))
        .checkAssert(
            triggers -> {
              Classification classification = classifier().classify(triggers, ladder());
              assertThat(ladder().contains(classification.levelId()))
                  .as("%s names %s, not a level of %s", triggers, classification, ladder())
                  .isTrue();
              assertThat(classification.reasons()).as("reasons for %s", triggers).isNotEmpty();
            });
  }

  /** The level alone is the level of the full classification. */
  @Test
  default void theLevelAloneIsTheClassificationsLevel() {
    Theories.qt()
        .forAll(EscalationGenerators.triggerLists(triggers(), MAX_TRIGGERS))
        .checkAssert(
            triggers ->
                assertThat(classifier().levelId(triggers, ladder()))
                    .as("levelId of %s", triggers)
                    .isEqualTo(classifier().classify(triggers, ladder()).levelId()));
  }

  /** The same facts listed in another order give an equal classification. */
  @Test
  default void theOrderOfTheFactsNeverMatters() {
    Theories.qt()
        .forAll(
            EscalationGenerators.triggerLists(triggers(), MAX_TRIGGERS),
            Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE))
        .checkAssert(
            (triggers, seed) -> {
              List<Trigger> shuffled = new ArrayList<>(triggers);
              Collections.shuffle(shuffled, new Random(seed));
              assertThat(classifier().classify(shuffled, ladder()))
                  .as("%s listed as %s", triggers, shuffled)
                  .isEqualTo(classifier().classify(triggers, ladder()));
            });
  }

  /** One more fact never lowers the level. */
  @Test
  default void addingAFactNeverLowersTheLevel() {
    Theories.qt()
        .forAll(EscalationGenerators.triggerLists(triggers(), MAX_TRIGGERS - 1), triggers())
        .checkAssert(
            (triggers, more) -> {
              List<Trigger> all = new ArrayList<>(triggers);
              all.add(more);
              assertThat(rank(classifier().classify(all, ladder())))
                  .as("%s with %s added", triggers, more)
                  .isGreaterThanOrEqualTo(rank(classifier().classify(triggers, ladder())));
            });
  }
}
