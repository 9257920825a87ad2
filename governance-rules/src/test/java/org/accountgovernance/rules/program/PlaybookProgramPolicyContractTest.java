package org.accountgovernance.rules.program;

import org.accountgovernance.core.program.ProgramPolicy;
import org.accountgovernance.testkit.program.ProgramPolicyContract;

/** The playbook's programme policy keeps every programme property. */
class PlaybookProgramPolicyContractTest implements ProgramPolicyContract {
  @Override
  public ProgramPolicy policy() {
    return PlaybookProgramPolicy.ofDefaults();
  }
}
