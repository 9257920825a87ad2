package org.accountgovernance.rules.escalation;

import org.accountgovernance.core.escalation.EscalationLadder;
import org.accountgovernance.core.escalation.EscalationPolicy;
import org.accountgovernance.testkit.escalation.EscalationPolicyContract;

/** The default playbook policy keeps every escalation invariant. */
class PlaybookEscalationPolicyContractTest implements EscalationPolicyContract {
  @Override
  public EscalationPolicy policy() {
    return PlaybookEscalationPolicy.ofDefaults();
  }

  @Override
  public EscalationLadder ladder() {
    return EscalationSettings.ofDefaults().ladder();
  }
}
