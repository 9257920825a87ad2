package org.accountgovernance.rules.escalation;

import org.accountgovernance.core.escalation.EscalationLadder;
import org.accountgovernance.core.escalation.SeverityClassifier;
import org.accountgovernance.testkit.escalation.SeverityClassifierContract;

/** The playbook's matrix, with its default thresholds, keeps the testkit's classifier contract. */
class PlaybookSeverityClassifierContractTest implements SeverityClassifierContract {
  private static final EscalationSettings DEFAULTS = EscalationSettings.ofDefaults();
  private static final PlaybookSeverityClassifier CLASSIFIER =
      new PlaybookSeverityClassifier(DEFAULTS);

  @Override
  public SeverityClassifier classifier() {
    return CLASSIFIER;
  }

  @Override
  public EscalationLadder ladder() {
    return DEFAULTS.ladder();
  }
}
