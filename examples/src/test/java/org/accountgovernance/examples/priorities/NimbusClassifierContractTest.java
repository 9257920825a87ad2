package org.accountgovernance.examples.priorities;

import org.accountgovernance.core.escalation.EscalationLadder;
import org.accountgovernance.core.escalation.SeverityClassifier;
import org.accountgovernance.core.escalation.Trigger;
import org.accountgovernance.testkit.escalation.SeverityClassifierContract;
import org.quicktheories.core.Gen;

/**
 * Nimbus's own matrix keeps the library's classifier contract: a level of its ladder with a reason,
 * {@code levelId} in step with {@code classify}, order independence, and no fact lowering the
 * level.
 */
class NimbusClassifierContractTest implements SeverityClassifierContract {

  @Override
  public SeverityClassifier classifier() {
    return new NimbusSeverityClassifier(NimbusPriorities.RATES);
  }

  @Override
  public EscalationLadder ladder() {
    return NimbusPriorities.LADDER;
  }

  @Override
  public Gen<Trigger> triggers() {
    return new NimbusPolicyContractTest().triggers();
  }
}
