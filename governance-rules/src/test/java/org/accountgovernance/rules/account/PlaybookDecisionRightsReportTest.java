package org.accountgovernance.rules.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.account.AccountSnapshot;
import org.accountgovernance.core.account.GovernanceReport;
import org.accountgovernance.core.account.ReportItem;
import org.accountgovernance.core.authority.AccountDecisionRights;
import org.accountgovernance.core.authority.ActionRequest;
import org.accountgovernance.core.authority.Approval;
import org.accountgovernance.core.authority.ApprovalMedium;
import org.accountgovernance.core.authority.DecisionDomain;
import org.accountgovernance.core.authority.Permission;
import org.accountgovernance.core.authority.RaciAssignment;
import org.accountgovernance.core.authority.RaciMatrix;
import org.accountgovernance.core.authority.RaciRole;
import org.accountgovernance.core.update.RagStatus;
import org.junit.jupiter.api.Test;

/**
 * RACI in the account report: the purchase made on silence, the lapsed reply-by, the bad matrix.
 */
class PlaybookDecisionRightsReportTest {
  private static final AccountId ACME = AccountId.of("ACME");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final PartyRole CUSTOMER = PartyRole.customer("Customer");
  private static final String PROCESS = "Material liability authorization";
  private static final String PO = "PO-881 long-lead FPGAs";
  private static final Instant ASKED = Instant.parse("2026-03-02T09:00:00Z");
  private static final Instant REPLY_BY = ASKED.plus(Duration.ofDays(3));

  private static ActionRequest.Builder request() {
    return ActionRequest.builder().action(PO).process(PROCESS).requestedAt(ASKED).replyBy(REPLY_BY);
  }

  private static GovernanceReport report(AccountDecisionRights rights, Instant now) {
    return Playbook.ofDefaults()
        .report(
            AccountSnapshot.builder().account(ACME).zone(BERLIN).decisionRights(rights).build(),
            now);
  }

  @Test
  void anOpenRequestIsDueAtItsReplyByAndChangesJustAfter() {
    Instant now = ASKED.plus(Duration.ofDays(1));
    GovernanceReport report =
        report(
            AccountDecisionRights.builder().account(ACME).addRequests(request().build()).build(),
            now);

    assertThat(report.status()).isEqualTo(RagStatus.GREEN);
    assertThat(report.permissions()).extracting(Permission::allowed).containsExactly(false);
    assertThat(report.items())
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.kind()).isEqualTo(ReportItem.Kind.DUE);
              assertThat(item.at()).isEqualTo(REPLY_BY);
              assertThat(item.ruleId().value()).isEqualTo("RACI-WRITTEN");
              assertThat(item.observed()).isEqualTo("no approval (silence)");
              assertThat(item.threshold())
                  .isEqualTo("written approval from Customer by " + REPLY_BY);
            });
    assertThat(report.nextChangeAt()).contains(REPLY_BY.plusNanos(1));
  }

  @Test
  void aReplyByPassedInSilenceIsWrongFromTheInstantAfterUntilAWrittenApprovalArrives() {
    AccountDecisionRights silent =
        AccountDecisionRights.builder().account(ACME).addRequests(request().build()).build();

    // At the reply-by itself the customer still has time.
    assertThat(report(silent, REPLY_BY).items())
        .extracting(ReportItem::kind)
        .containsExactly(ReportItem.Kind.DUE);

    GovernanceReport lapsed = report(silent, REPLY_BY.plusSeconds(1));
    assertThat(lapsed.status()).isEqualTo(RagStatus.YELLOW);
    assertThat(lapsed.items())
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.kind()).isEqualTo(ReportItem.Kind.WRONG);
              assertThat(item.at()).isEqualTo(REPLY_BY.plusNanos(1));
              assertThat(item.observed()).isEqualTo("no approval that counts by " + REPLY_BY);
            });

    Instant signed = REPLY_BY.plus(Duration.ofDays(1));
    AccountDecisionRights lateButWritten =
        AccountDecisionRights.builder()
            .from(silent)
            .addApprovals(Approval.of(CUSTOMER, signed, ApprovalMedium.WRITTEN, PO))
            .build();
    GovernanceReport approved = report(lateButWritten, signed.plusSeconds(60));
    assertThat(approved.status()).isEqualTo(RagStatus.GREEN);
    assertThat(approved.permissions()).extracting(Permission::allowed).containsExactly(true);
    assertThat(approved.items())
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.kind()).isEqualTo(ReportItem.Kind.PAST);
              assertThat(item.ruleId().value()).isEqualTo("RACI-WRITTEN");
            });
  }

  @Test
  void aPurchaseMadeOnAVerbalYesIsWrongFromThePurchaseAndStaysOnRecord() {
    Instant verbal = ASKED.plus(Duration.ofHours(4));
    Instant placed = ASKED.plus(Duration.ofHours(6));
    Instant writtenLater = ASKED.plus(Duration.ofDays(2));
    AccountDecisionRights rights =
        AccountDecisionRights.builder()
            .account(ACME)
            .addRequests(request().proceededAt(placed).build())
            .addApprovals(
                Approval.of(CUSTOMER, verbal, ApprovalMedium.VERBAL, PO),
                Approval.of(CUSTOMER, writtenLater, ApprovalMedium.WRITTEN, PO))
            .build();

    GovernanceReport report = report(rights, writtenLater.plusSeconds(1));

    // The written approval came after the PO: the PO was still placed without it.
    assertThat(report.permissions()).extracting(Permission::allowed).containsExactly(true);
    assertThat(report.status()).isEqualTo(RagStatus.YELLOW);
    assertThat(report.items())
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.kind()).isEqualTo(ReportItem.Kind.WRONG);
              assertThat(item.at()).isEqualTo(placed);
              assertThat(item.observed()).isEqualTo("went ahead on a verbal yes from Customer");
              assertThat(item.threshold()).isEqualTo("written approval from Customer");
            });
  }

  @Test
  void aPurchaseMadeAfterWrittenApprovalIsFine() {
    Instant signed = ASKED.plus(Duration.ofHours(4));
    AccountDecisionRights rights =
        AccountDecisionRights.builder()
            .account(ACME)
            .addRequests(request().proceededAt(signed).build())
            .addApprovals(Approval.of(CUSTOMER, signed, ApprovalMedium.WRITTEN, PO))
            .build();

    GovernanceReport report = report(rights, REPLY_BY.plus(Duration.ofDays(30)));

    assertThat(report.items()).isEmpty();
    assertThat(report.status()).isEqualTo(RagStatus.GREEN);
  }

  @Test
  void theAccountsOwnMatricesAreCheckedAndUsed() {
    RaciMatrix twoBosses =
        RaciMatrix.builder()
            .process("Tooling buy-off")
            .domain(DecisionDomain.DELIVERY)
            .addAssignments(
                RaciAssignment.of(PartyRole.supplier("Plant Manager"), RaciRole.ACCOUNTABLE),
                RaciAssignment.of(PartyRole.customer("Buyer"), RaciRole.ACCOUNTABLE),
                RaciAssignment.of(PartyRole.supplier("Tooling"), RaciRole.RESPONSIBLE))
            .build();
    GovernanceReport report =
        report(AccountDecisionRights.builder().account(ACME).addMatrices(twoBosses).build(), ASKED);

    assertThat(report.items())
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.ruleId().value()).isEqualTo("RACI-ONE-A");
              assertThat(item.observed()).isEqualTo("2 Accountables: Buyer, Plant Manager");
            });
    // The playbook's other processes stay: material liability still needs the customer in writing.
    GovernanceReport withRequest =
        report(
            AccountDecisionRights.builder()
                .account(ACME)
                .addMatrices(twoBosses)
                .addRequests(request().build())
                .build(),
            ASKED);
    assertThat(withRequest.permissions())
        .singleElement()
        .satisfies(p -> assertThat(p.accountable()).isEqualTo(CUSTOMER));
    // A request under a process nobody defined is bad data, named.
    AccountDecisionRights unknownProcess =
        AccountDecisionRights.builder()
            .account(ACME)
            .addRequests(request().process("Goodwill gesture").build())
            .build();
    assertThatThrownBy(() -> report(unknownProcess, ASKED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Goodwill gesture'");
  }

  @Test
  void badDecisionRightsAreRefusedNamingFieldAndValue() {
    assertThatThrownBy(
            () ->
                AccountDecisionRights.builder()
                    .account(ACME)
                    .addRequests(request().build(), request().build())
                    .build())
        .hasMessage(
            "AccountDecisionRights.requests.action must be each action requested once but was "
                + PO);
    assertThatThrownBy(() -> request().proceededAt(ASKED.minusSeconds(1)).build())
        .hasMessageContaining("ActionRequest.proceededAt must be at or after requestedAt");
    assertThatThrownBy(
            () ->
                AccountSnapshot.builder()
                    .account(ACME)
                    .zone(BERLIN)
                    .decisionRights(
                        AccountDecisionRights.builder().account(AccountId.of("OTHER")).build())
                    .build())
        .hasMessageContaining("AccountSnapshot.decisionRights.account");
  }
}
