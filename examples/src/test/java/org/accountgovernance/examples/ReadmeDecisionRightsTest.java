package org.accountgovernance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.authority.ActionRequest;
import org.accountgovernance.core.authority.Approval;
import org.accountgovernance.core.authority.ApprovalMedium;
import org.accountgovernance.core.authority.DecisionDomain;
import org.accountgovernance.rules.authority.PlaybookDecisionRights;
import org.junit.jupiter.api.Test;

/** The README's decision-rights example gives what the README says it gives. */
class ReadmeDecisionRightsTest {
  private static final Instant T = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void thePlaybooksTableRoutesAndGuardsLongLeadMaterial() {
    PlaybookDecisionRights rights = PlaybookDecisionRights.ofDefaults();
    assertThat(rights.validate(T)).isEmpty();
    assertThat(rights.route("new margin for lot 7", Set.of(DecisionDomain.PRICING)).accountable())
        .isEqualTo(PartyRole.supplier("Deal Desk"));
    ActionRequest po =
        ActionRequest.builder()
            .action("PO-881 long-lead FPGAs")
            .process("Material liability authorization")
            .requestedAt(T)
            .replyBy(T.plus(Duration.ofDays(3)))
            .build();
    Instant now = T.plus(Duration.ofDays(4));
    Approval verbal =
        Approval.of(
            PartyRole.customer("Customer"),
            T.plus(Duration.ofDays(1)),
            ApprovalMedium.VERBAL,
            "PO-881 long-lead FPGAs");
    assertThat(rights.mayProceed(po, List.of(), now).allowed()).isFalse();
    assertThat(rights.mayProceed(po, List.of(verbal), now).allowed()).isFalse();
    Approval written =
        Approval.of(
            PartyRole.customer("Customer"),
            T.plus(Duration.ofDays(2)),
            ApprovalMedium.WRITTEN,
            "PO-881 long-lead FPGAs");
    assertThat(rights.mayProceed(po, List.of(verbal, written), now).allowed()).isTrue();
  }
}
