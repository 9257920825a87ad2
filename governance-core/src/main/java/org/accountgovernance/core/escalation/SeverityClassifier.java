package org.accountgovernance.core.escalation;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Collection;
import org.apiguardian.api.API;

/**
 * SPI: maps an issue's facts to a level of a ladder, with reasons. The default is the playbook's
 * matrix ({@code org.accountgovernance.rules.escalation.PlaybookSeverityClassifier}); a host plugs
 * in its own to map its own trigger kinds onto its own ladder.
 *
 * <p>Example: a classifier that sends every {@code DATA_LOSS} trigger to P1 and everything else to
 * P4. Implementations must be pure, thread-safe and independent of the order of {@code triggers};
 * the testkit's {@code EscalationPolicyContract} checks them.
 */
@API(status = MAINTAINED, since = "0.1.0")
@FunctionalInterface
public interface SeverityClassifier {

  /**
   * Classifies {@code triggers} on {@code ladder}. With no triggers, the answer is the ladder's
   * lowest level.
   *
   * @param triggers the facts, in any order; the answer must not depend on the order
   * @param ladder the ladder whose levels the classification may name
   * @return a classification naming a level of {@code ladder}
   * @throws IllegalArgumentException when a fact cannot be classified (e.g. money in a currency the
   *     converter cannot convert)
   */
  Classification classify(Collection<Trigger> triggers, EscalationLadder ladder);

  /**
   * Only the level {@code triggers} call for on {@code ladder}: what {@link #classify} names,
   * without writing its reasons. A policy asks this whenever a fact is added and classifies in full
   * only when the answer changes the level, so a classifier whose reasons cost more than its
   * comparisons may answer it more cheaply; it must always agree with {@link #classify}.
   *
   * <p>Example: with the playbook's matrix, {@code levelId(List.of(Trigger.yieldDrop(new
   * BigDecimal("7"))), ladder)} is {@code "L2"}, as {@code classify(...).levelId()} is.
   *
   * @param triggers the facts, in any order; the answer must not depend on the order
   * @param ladder the ladder whose levels the answer may name
   * @return the id of the level {@code classify(triggers, ladder)} names
   * @throws IllegalArgumentException when {@link #classify} would throw it
   */
  default String levelId(Collection<Trigger> triggers, EscalationLadder ladder) {
    return classify(triggers, ladder).levelId();
  }
}
