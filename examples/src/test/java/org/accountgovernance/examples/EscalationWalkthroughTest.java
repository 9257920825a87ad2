package org.accountgovernance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.accountgovernance.core.escalation.EscalationDecision;
import org.accountgovernance.core.escalation.Issue;
import org.junit.jupiter.api.Test;

class EscalationWalkthroughTest {

  private EscalationDecision decide(String id) {
    Issue issue =
        EscalationWalkthrough.sampleIssues().stream()
            .filter(i -> i.id().value().equals(id))
            .findFirst()
            .orElseThrow();
    return EscalationWalkthrough.policy().decide(issue, EscalationWalkthrough.DEFAULT_NOW);
  }

  @Test
  void theUnansweredDefectWasAutoEscalatedAfter48HoursAndItsL1TargetBreached() {
    EscalationDecision decision = decide("CASE-102");
    assertThat(decision.level().id()).isEqualTo("L2");
    assertThat(decision.enteredLevelAt())
        .isEqualTo(Instant.parse("2026-03-04T08:00:00.000000001Z"));
    assertThat(decision.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.ruleId().value()).isEqualTo("ESC-SLA"));
  }

  @Test
  void theLaterFinancialImpactBypassedToL3() {
    EscalationDecision decision = decide("CASE-104");
    assertThat(decision.level().id()).isEqualTo("L3");
    assertThat(decision.ruleIds()).extracting(Object::toString).containsExactly("ESC-BYPASS");
    assertThat(decision.enteredLevelAt()).isEqualTo(Instant.parse("2026-03-03T14:00:00Z"));
  }

  @Test
  void theReportIsDeterministicAndNamesEveryIssue() {
    String first = EscalationWalkthrough.render(EscalationWalkthrough.DEFAULT_NOW);
    assertThat(first).isEqualTo(EscalationWalkthrough.render(EscalationWalkthrough.DEFAULT_NOW));
    for (Issue issue : EscalationWalkthrough.sampleIssues()) {
      assertThat(first).contains(issue.id().value());
    }
    assertThat(first).contains("VP Sales / Plant Director <-> VP Ops");
  }
}
