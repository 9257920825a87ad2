package org.accountgovernance.examples.priorities;

import org.accountgovernance.core.escalation.EscalationLadder;
import org.accountgovernance.core.escalation.EscalationPolicy;
import org.accountgovernance.core.escalation.Trigger;
import org.accountgovernance.testkit.escalation.EscalationPolicyContract;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Nimbus's policy passes the library's contract for escalation policies: levels never lowered by
 * time or new facts, no level skipped except by the data-loss bypass, deadlines never before the
 * level was entered (P5's on the desk's hours, across weekends, holidays and DST changes), order
 * independence, an exact {@code nextChangeAt}, and catching up in steps equal to catching up at
 * once. Nothing to write but the three answers below.
 */
class NimbusPolicyContractTest implements EscalationPolicyContract {

  @Override
  public EscalationPolicy policy() {
    return NimbusPriorities.policy();
  }

  @Override
  public EscalationLadder ladder() {
    return NimbusPriorities.LADDER;
  }

  /**
   * Nimbus's facts with magnitudes around its thresholds: 0–1,200 users (50 and 500 are the steps),
   * credits of EUR 0–15,000 and USD 0–15,000 (EUR 1,000 and 10,000), and now and then lost data.
   */
  @Override
  public Gen<Trigger> triggers() {
    Gen<Trigger> users = Generate.longRange(0, 1_200).map(NimbusTriggers::usersAffected);
    Gen<Trigger> euros =
        Generate.longRange(0, 1_500_000)
            .map(cents -> NimbusTriggers.serviceCredit(Money.ofMinor(CurrencyUnit.EUR, cents)));
    Gen<Trigger> dollars =
        Generate.longRange(0, 1_500_000)
            .map(cents -> NimbusTriggers.serviceCredit(Money.ofMinor(CurrencyUnit.USD, cents)));
    return users
        .mix(euros, 30)
        .mix(dollars, 20)
        .mix(Generate.constant(NimbusTriggers.dataLoss()), 5);
  }
}
