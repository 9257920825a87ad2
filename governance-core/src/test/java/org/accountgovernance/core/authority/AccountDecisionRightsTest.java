package org.accountgovernance.core.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.PartyRole;
import org.junit.jupiter.api.Test;

class AccountDecisionRightsTest {
  private static final AccountId ACME = AccountId.of("ACME");
  private static final Instant T = Instant.parse("2026-03-02T09:00:00Z");

  private static ActionRequest request(String action) {
    return ActionRequest.builder()
        .action(action)
        .process("Material liability authorization")
        .requestedAt(T)
        .build();
  }

  private static RaciMatrix matrix(String process) {
    return RaciMatrix.builder()
        .process(process)
        .domain(DecisionDomain.DELIVERY)
        .addAssignments(
            RaciAssignment.of(PartyRole.supplier("Plant Manager"), RaciRole.ACCOUNTABLE),
            RaciAssignment.of(PartyRole.supplier("Tooling"), RaciRole.RESPONSIBLE))
        .build();
  }

  @Test
  void eachActionAndEachProcessAppearsOnce() {
    assertThatThrownBy(
            () ->
                AccountDecisionRights.builder()
                    .account(ACME)
                    .addRequests(request("PO-1"), request("PO-2"), request("PO-1"))
                    .build())
        .hasMessage(
            "AccountDecisionRights.requests.action must be each action requested once but was PO-1");
    assertThatThrownBy(
            () ->
                AccountDecisionRights.builder()
                    .account(ACME)
                    .addMatrices(matrix("Tooling buy-off"), matrix("Tooling buy-off"))
                    .matricesAgreedAt(T)
                    .build())
        .hasMessage(
            "AccountDecisionRights.matrices.process must be each process once but was Tooling"
                + " buy-off");
  }

  @Test
  void ownMatricesComeWithTheirAgreementAndOnlyThen() {
    AccountDecisionRights agreed =
        AccountDecisionRights.builder()
            .account(ACME)
            .addMatrices(matrix("Tooling buy-off"))
            .matricesAgreedAt(T)
            .build();
    assertThat(agreed.matricesAgreedAt()).contains(T);
    assertThat(AccountDecisionRights.builder().account(ACME).build().matricesAgreedAt()).isEmpty();

    assertThatThrownBy(
            () -> AccountDecisionRights.builder().account(ACME).matricesAgreedAt(T).build())
        .hasMessage(
            "AccountDecisionRights.matricesAgreedAt must be present exactly when the account has"
                + " matrices of its own (0 matrices) but was "
                + T);
  }

  @Test
  void anActionGoesAheadNoEarlierThanItWasAskedFor() {
    assertThat(request("PO-1").proceededAt()).isEmpty();
    assertThat(ActionRequest.builder().from(request("PO-1")).proceededAt(T).build().proceededAt())
        .contains(T);
    assertThatThrownBy(
            () ->
                ActionRequest.builder().from(request("PO-1")).proceededAt(T.minusNanos(1)).build())
        .hasMessage(
            "ActionRequest.proceededAt must be at or after requestedAt "
                + T
                + " but was "
                + T.minusNanos(1));
  }
}
