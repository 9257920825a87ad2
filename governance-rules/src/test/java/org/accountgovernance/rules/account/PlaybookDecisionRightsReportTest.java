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
import org.accountgovernance.rules.authority.PlaybookDecisionRights;
import org.accountgovernance.rules.authority.RaciSettings;
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
  void aPurchaseMadeOnAVerbalYesIsWrongFromThePurchaseUntilAWrittenApprovalRatifiesIt() {
    Instant verbal = ASKED.plus(Duration.ofHours(4));
    Instant placed = ASKED.plus(Duration.ofHours(6));
    Instant writtenLater = ASKED.plus(Duration.ofDays(2));
    AccountDecisionRights verbalOnly =
        AccountDecisionRights.builder()
            .account(ACME)
            .addRequests(request().proceededAt(placed).build())
            .addApprovals(Approval.of(CUSTOMER, verbal, ApprovalMedium.VERBAL, PO))
            .build();

    GovernanceReport before = report(verbalOnly, writtenLater);
    assertThat(before.status()).isEqualTo(RagStatus.YELLOW);
    assertThat(before.items())
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.kind()).isEqualTo(ReportItem.Kind.WRONG);
              assertThat(item.at()).isEqualTo(placed);
              assertThat(item.observed()).isEqualTo("went ahead on a verbal yes from Customer");
              assertThat(item.threshold()).isEqualTo("written approval from Customer");
            });
    // The reply-by passing adds its own finding, and the account's next change is that instant.
    assertThat(before.nextChangeAt()).contains(REPLY_BY.plusNanos(1));

    AccountDecisionRights ratified =
        AccountDecisionRights.builder()
            .from(verbalOnly)
            .addApprovals(Approval.of(CUSTOMER, writtenLater, ApprovalMedium.WRITTEN, PO))
            .build();
    GovernanceReport after = report(ratified, writtenLater.plusSeconds(1));

    // The PO was still placed without it: history, no longer wrong.
    assertThat(after.permissions()).extracting(Permission::allowed).containsExactly(true);
    assertThat(after.status()).isEqualTo(RagStatus.GREEN);
    assertThat(after.items())
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.kind()).isEqualTo(ReportItem.Kind.PAST);
              assertThat(item.at()).isEqualTo(placed);
            });
  }

  @Test
  void aLapseAndAPurchaseAfterItAreBothOnRecord() {
    Instant signed = REPLY_BY.plus(Duration.ofDays(1));
    Instant placed = REPLY_BY.plus(Duration.ofDays(2));
    AccountDecisionRights rights =
        AccountDecisionRights.builder()
            .account(ACME)
            .addRequests(request().proceededAt(placed).build())
            .addApprovals(Approval.of(CUSTOMER, signed, ApprovalMedium.WRITTEN, PO))
            .build();

    GovernanceReport report = report(rights, placed.plus(Duration.ofDays(1)));

    // Placed after the written approval: fine; the silent reply-by before it stays as history.
    assertThat(report.status()).isEqualTo(RagStatus.GREEN);
    assertThat(report.items())
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.kind()).isEqualTo(ReportItem.Kind.PAST);
              assertThat(item.at()).isEqualTo(REPLY_BY.plusNanos(1));
              assertThat(item.observed()).isEqualTo("no approval that counts by " + REPLY_BY);
            });
  }

  @Test
  void anApprovalOneNanosecondLateLeavesNoZeroLengthLapse() {
    AccountDecisionRights rights =
        AccountDecisionRights.builder()
            .account(ACME)
            .addRequests(request().build())
            .addApprovals(Approval.of(CUSTOMER, REPLY_BY.plusNanos(1), ApprovalMedium.WRITTEN, PO))
            .build();

    assertThat(report(rights, REPLY_BY.plus(Duration.ofDays(1))).items()).isEmpty();
  }

  @Test
  void anApprovalFromSomeoneElseOrInTimeIsJudgedByWhoGaveItAndWhen() {
    Instant buyer = ASKED.plus(Duration.ofHours(1));
    AccountDecisionRights wrongPerson =
        AccountDecisionRights.builder()
            .account(ACME)
            .addRequests(request().build())
            .addApprovals(
                Approval.of(
                    PartyRole.supplier("Account Manager"), buyer, ApprovalMedium.WRITTEN, PO))
            .build();
    GovernanceReport waiting = report(wrongPerson, ASKED.plus(Duration.ofHours(2)));
    assertThat(waiting.items())
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.kind()).isEqualTo(ReportItem.Kind.DUE);
              assertThat(item.observed()).isEqualTo("approval only from Account Manager");
            });

    AccountDecisionRights inTime =
        AccountDecisionRights.builder()
            .account(ACME)
            .addRequests(request().build())
            .addApprovals(Approval.of(CUSTOMER, buyer, ApprovalMedium.WRITTEN, PO))
            .build();
    GovernanceReport approved = report(inTime, ASKED.plus(Duration.ofHours(2)));
    assertThat(approved.items()).isEmpty();
    assertThat(approved.nextChangeAt()).isEmpty();
    // An approval dated later is not known yet, but the report wakes when it counts.
    assertThat(report(inTime, ASKED).nextChangeAt()).contains(buyer);
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
        report(
            AccountDecisionRights.builder()
                .account(ACME)
                .addMatrices(twoBosses)
                .matricesAgreedAt(ASKED.minus(Duration.ofDays(1)))
                .build(),
            ASKED);

    assertThat(report.items())
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.ruleId().value()).isEqualTo("RACI-ONE-A");
              // Dated from the agreement, not from the evaluation: the report holds until it
              // changes.
              assertThat(item.at()).isEqualTo(ASKED.minus(Duration.ofDays(1)));
              assertThat(item.observed()).isEqualTo("2 Accountables: Buyer, Plant Manager");
            });
    // The playbook's other processes stay: material liability still needs the customer in writing.
    GovernanceReport withRequest =
        report(
            AccountDecisionRights.builder()
                .account(ACME)
                .addMatrices(twoBosses)
                .matricesAgreedAt(ASKED)
                .addRequests(
                    request().build(),
                    request().action("Tooling for line 4").process("Tooling buy-off").build())
                .build(),
            ASKED);
    // Nobody can approve under the two-headed process: wrong, not an exception.
    assertThat(withRequest.items())
        .filteredOn(i -> i.subject().id().equals("Tooling for line 4"))
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.kind()).isEqualTo(ReportItem.Kind.WRONG);
              assertThat(item.ruleId().value()).isEqualTo("RACI-ONE-A");
              assertThat(item.observed()).isEqualTo("2 Accountables under Tooling buy-off");
            });
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
  void matricesAgreedLaterDoNotCountYetAndABadPlaybookIsRefused() {
    RaciMatrix noOne =
        RaciMatrix.builder()
            .process(PROCESS)
            .domain(DecisionDomain.MATERIAL_LIABILITY)
            .addAssignments(RaciAssignment.of(PartyRole.supplier("Buyer"), RaciRole.RESPONSIBLE))
            .build();
    Instant agreed = ASKED.plus(Duration.ofHours(2));
    AccountDecisionRights rights =
        AccountDecisionRights.builder()
            .account(ACME)
            .addMatrices(noOne)
            .matricesAgreedAt(agreed)
            .addRequests(request().build())
            .build();

    GovernanceReport before = report(rights, ASKED.plus(Duration.ofHours(1)));
    assertThat(before.permissions())
        .singleElement()
        .satisfies(p -> assertThat(p.accountable()).isEqualTo(CUSTOMER));
    assertThat(before.nextChangeAt()).contains(agreed);
    GovernanceReport after = report(rights, agreed);
    assertThat(after.permissions()).isEmpty();
    assertThat(after.items()).extracting(i -> i.ruleId().value()).containsOnly("RACI-ONE-A");

    assertThatThrownBy(
            () ->
                Playbook.ofDefaults()
                    .withDecisionRights(
                        PlaybookDecisionRights.of(
                            RaciSettings.builder().matrices(java.util.List.of(noOne)).build())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Material liability authorization has nobody with the final say");
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
    assertThatThrownBy(
            () ->
                AccountDecisionRights.builder()
                    .account(ACME)
                    .addMatrices(RaciSettings.QUOTE_APPROVAL)
                    .build())
        .hasMessage(
            "AccountDecisionRights.matricesAgreedAt must be present exactly when the account has"
                + " matrices of its own (1 matrices) but was absent");
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
