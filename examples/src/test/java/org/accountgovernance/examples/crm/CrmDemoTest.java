package org.accountgovernance.examples.crm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CrmDemoTest {

  /**
   * The same rules as {@link CrmGovernanceServiceTest}'s CASE-1 (L1 on Berlin desk hours Mon-Fri
   * 08:00-18:00): opened Mon 09:00 local, 75 % of 24 working hours on Tue 17:00 local, answered
   * Wed, more than 48 working hours on Fri 17:00 local; L2 (24x7, 4 h) warns at +3 h and is
   * breached at +4 h + 1 ns while the CRM is down; L3 by hand on Monday, warned at 75 % of 15 min.
   */
  @Test
  void theFeedListsEachChangeOnceAtItsOwnInstant() {
    assertThat(CrmDemo.run())
        .extracting(n -> n.kind() + " " + n.levelId() + " " + n.ruleId() + " " + n.at())
        .containsExactly(
            "LEVEL_CHANGED L1 ESC-TRIGGER 2026-03-02T08:00:00Z",
            "SLA_WARNING L1 ESC-SLA-WARN 2026-03-03T16:00:00Z",
            "LEVEL_CHANGED L2 ESC-AUTO 2026-03-06T16:00:00.000000001Z",
            "SLA_WARNING L2 ESC-SLA-WARN 2026-03-06T19:00:00.000000001Z",
            "SLA_BREACH L2 ESC-SLA 2026-03-06T20:00:00.000000002Z",
            "LEVEL_CHANGED L3 ESC-MANUAL 2026-03-09T07:30:00Z",
            "SLA_WARNING L3 ESC-SLA-WARN 2026-03-09T07:41:15Z");
    assertThat(CrmDemo.run().get(4).toString())
        .isEqualTo(
            "2026-03-06T20:00:00.000000002Z SLA_BREACH L2 [ESC-SLA] CASE-1 (NORTHWIND-PLANT-A) to"
                + " Account Manager <-> Ops Manager: L2 response due 2026-03-06T20:00:00.000000001Z"
                + " was missed (noticed 2026-03-09T07:00:00Z)");
  }
}
