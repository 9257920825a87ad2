package org.accountgovernance.benchmarks;

/**
 * The floor: the matrix as the shortest hand-written code, returning only the level's rank (1 = L1,
 * 2 = L2, 3 = L3) from the same facts the decision table and the rules get. Nothing configurable,
 * no reasons, no deadline.
 */
public final class IfChainMatrix {
  private IfChainMatrix() {}

  /**
   * The level's rank.
   *
   * @param f the facts
   * @return 3 for L3, 2 for L2, 1 for L1
   */
  public static int level(EscalationFacts f) {
    if (f.brandRisk()
        || f.financialImpact() > 10_000
        || f.lineDownConfirmed()
        || f.safetyIncident()
        || f.legalBreach()
        || f.paymentOverdueDays() > 30) {
      return 3;
    }
    if (f.delayDays() >= 3
        || f.lineDownRiskDays() <= 7
        || f.yieldDrop() > 5
        || f.costVariance() > 1_000
        || f.hoursOpen() > 48) {
      return 2;
    }
    return 1;
  }
}
