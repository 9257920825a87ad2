package org.accountgovernance.rules.update;

import org.accountgovernance.core.update.UpdateCadence;
import org.accountgovernance.testkit.update.UpdateCadenceContract;

/** The playbook's cadence keeps every update-cadence property. */
class PlaybookUpdateCadenceContractTest implements UpdateCadenceContract {
  @Override
  public UpdateCadence cadence() {
    return PlaybookUpdateCadence.ofDefaults();
  }
}
