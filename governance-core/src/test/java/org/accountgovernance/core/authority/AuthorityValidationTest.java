package org.accountgovernance.core.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.Reason;
import org.accountgovernance.core.RuleId;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The validation of RACI matrices, action requests and approvals. */
class AuthorityValidationTest {

  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  private static final PartyRole DEAL_DESK = PartyRole.supplier("Deal Desk");
  private static final PartyRole ACCOUNT_MANAGER = PartyRole.supplier("Account Manager");
  private static final PartyRole FINANCE = PartyRole.supplier("Finance");
  private static final PartyRole CUSTOMER = PartyRole.customer("Customer");
  private static final String PO = "PO-881 long-lead FPGAs";

  /** Asserts the message form {@code "<field> must be <rule> but was <value>"}. */
  static void assertRejected(ThrowingCallable call, String field, String value) {
    assertThatThrownBy(call)
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(field + " must be ")
        .hasMessageEndingWith(" but was " + value);
  }

  private static RaciMatrix.Builder quote() {
    RaciMatrix.Builder builder = RaciMatrix.builder();
    builder
        .process("Quote approval (margin)")
        .domain(DecisionDomain.PRICING)
        .addAssignments(
            RaciAssignment.of(DEAL_DESK, RaciRole.ACCOUNTABLE),
            RaciAssignment.of(ACCOUNT_MANAGER, RaciRole.RESPONSIBLE));
    return builder;
  }

  private static ActionRequest.Builder request() {
    ActionRequest.Builder builder = ActionRequest.builder();
    builder.action(PO).process("Material liability authorization").requestedAt(T0);
    return builder;
  }

  // --- RaciMatrix --------------------------------------------------------------------------------

  @Test
  void aMatrixKeepsItsAssignmentsInOrderAndAnswersWhoHasARole() {
    RaciMatrix matrix =
        quote()
            .addAssignments(
                RaciAssignment.of(FINANCE, RaciRole.CONSULTED),
                RaciAssignment.of(CUSTOMER, RaciRole.INFORMED))
            .build();

    assertThat(matrix.process()).isEqualTo("Quote approval (margin)");
    assertThat(matrix.domain()).isEqualTo(DecisionDomain.PRICING);
    assertThat(matrix.withRole(RaciRole.ACCOUNTABLE)).containsExactly(DEAL_DESK);
    assertThat(matrix.withRole(RaciRole.RESPONSIBLE)).containsExactly(ACCOUNT_MANAGER);
    assertThat(matrix.withRole(RaciRole.CONSULTED)).containsExactly(FINANCE);
    assertThat(matrix.withRole(RaciRole.INFORMED)).containsExactly(CUSTOMER);
    assertThat(matrix.assignments())
        .extracting(RaciAssignment::toString)
        .containsExactly(
            "A: Deal Desk (supplier)",
            "R: Account Manager (supplier)",
            "C: Finance (supplier)",
            "I: Customer (customer)");
  }

  @Test
  void aPartyTwiceInOneMatrixIsRejectedNamingIt() {
    // Same party, same role.
    assertRejected(
        () -> quote().addAssignments(RaciAssignment.of(DEAL_DESK, RaciRole.ACCOUNTABLE)).build(),
        "RaciMatrix[Quote approval (margin)].assignments",
        "Deal Desk (supplier) twice");
    // Same party, another role: one part per party, so Accountable-and-Responsible is refused too.
    assertRejected(
        () -> quote().addAssignments(RaciAssignment.of(DEAL_DESK, RaciRole.RESPONSIBLE)).build(),
        "RaciMatrix[Quote approval (margin)].assignments",
        "Deal Desk (supplier) twice");
  }

  @Test
  void theSameNameOnTheOtherSideIsAnotherParty() {
    RaciMatrix matrix =
        quote()
            .addAssignments(
                RaciAssignment.of(FINANCE, RaciRole.CONSULTED),
                RaciAssignment.of(PartyRole.customer("Finance"), RaciRole.INFORMED))
            .build();

    assertThat(matrix.assignments()).hasSize(4);
  }

  @Test
  void aMatrixWithoutAccountableOrWithTwoIsBuiltForRaciOneAToReport() {
    RaciMatrix none =
        RaciMatrix.builder()
            .process("Quote approval (margin)")
            .domain(DecisionDomain.PRICING)
            .addAssignments(RaciAssignment.of(ACCOUNT_MANAGER, RaciRole.RESPONSIBLE))
            .build();
    RaciMatrix two =
        quote().addAssignments(RaciAssignment.of(FINANCE, RaciRole.ACCOUNTABLE)).build();

    assertThat(none.withRole(RaciRole.ACCOUNTABLE)).isEmpty();
    assertThat(two.withRole(RaciRole.ACCOUNTABLE)).containsExactly(DEAL_DESK, FINANCE);
  }

  @Test
  void aBlankProcessIsRejected() {
    assertRejected(() -> quote().process("").build(), "RaciMatrix.process", "''");
    assertRejected(() -> quote().process("  ").build(), "RaciMatrix.process", "'  '");
  }

  // --- ActionRequest -----------------------------------------------------------------------------

  @Test
  void aReplyByBeforeTheRequestIsRejected() {
    Instant early = T0.minusNanos(1);

    assertRejected(
        () -> request().replyBy(early).build(), "ActionRequest.replyBy", early.toString());
    assertThatThrownBy(() -> request().replyBy(early).build())
        .hasMessage(
            "ActionRequest.replyBy must be at or after requestedAt 2026-03-02T08:00:00Z but was"
                + " 2026-03-02T07:59:59.999999999Z");
  }

  @Test
  void aReplyByAtOrAfterTheRequestOrNoneIsAccepted() {
    assertThat(request().replyBy(T0).build().replyBy()).contains(T0);
    assertThat(request().replyBy(T0.plus(Duration.ofDays(3))).build().replyBy())
        .contains(Instant.parse("2026-03-05T08:00:00Z"));
    assertThat(request().build().replyBy()).isEmpty();
  }

  @Test
  void aBlankActionOrProcessIsRejected() {
    assertRejected(() -> request().action(" ").build(), "ActionRequest.action", "' '");
    assertRejected(() -> request().process("").build(), "ActionRequest.process", "''");
  }

  // --- Approval ----------------------------------------------------------------------------------

  @Test
  void anApprovalRecordsWhoWhenHowAndWhat() {
    Approval approval = Approval.of(CUSTOMER, T0, ApprovalMedium.WRITTEN, PO);

    assertThat(approval.approver()).isEqualTo(CUSTOMER);
    assertThat(approval.at()).isEqualTo(T0);
    assertThat(approval.medium()).isEqualTo(ApprovalMedium.WRITTEN);
    assertThat(approval.covers()).isEqualTo(PO);
  }

  @Test
  void anApprovalCoveringNothingIsRejected() {
    assertRejected(
        () -> Approval.of(CUSTOMER, T0, ApprovalMedium.WRITTEN, ""), "Approval.covers", "''");
    assertRejected(
        () -> Approval.of(CUSTOMER, T0, ApprovalMedium.VERBAL, " \t"), "Approval.covers", "' \t'");
  }

  // --- Authority ladder --------------------------------------------------------------------------

  private static final PartyRole ACCOUNT_DIRECTOR = PartyRole.supplier("Account Director");
  private static final PartyRole VP_SALES = PartyRole.supplier("VP Sales");
  private static final CurrencyUnit USD = CurrencyUnit.USD;

  private static AuthorityRung rung(PartyRole role, int goodwillLimit) {
    return AuthorityRung.builder()
        .role(role)
        .putLimit(AuthorityKind.GOODWILL, Money.of(USD, goodwillLimit))
        .build();
  }

  private static AuthorityLadder ladder() {
    return AuthorityLadder.of(
        List.of(rung(ACCOUNT_MANAGER, 500), rung(ACCOUNT_DIRECTOR, 5_000), rung(VP_SALES, 50_000)));
  }

  @Test
  void rolesStandOnTheLadderBottomFirst() {
    assertThat(ladder().position(ACCOUNT_MANAGER)).isZero();
    assertThat(ladder().position(ACCOUNT_DIRECTOR)).isEqualTo(1);
    assertThat(ladder().position(VP_SALES)).isEqualTo(2);
  }

  @Test
  void aRoleOverrulesOnlyTheRolesBelowIt() {
    assertThat(ladder().mayOverrule(VP_SALES, ACCOUNT_MANAGER)).isTrue();
    assertThat(ladder().mayOverrule(ACCOUNT_DIRECTOR, ACCOUNT_MANAGER)).isTrue();
    assertThat(ladder().mayOverrule(ACCOUNT_MANAGER, ACCOUNT_DIRECTOR)).isFalse();
    assertThat(ladder().mayOverrule(ACCOUNT_DIRECTOR, ACCOUNT_DIRECTOR)).isFalse();
  }

  @Test
  void aRoleOffTheLadderIsRejectedNamingTheLadder() {
    assertThatThrownBy(() -> ladder().position(FINANCE))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "role must be on the ladder [Account Manager, Account Director, VP Sales] but was"
                + " Finance (supplier)");
    assertThatThrownBy(() -> ladder().mayOverrule(FINANCE, ACCOUNT_MANAGER))
        .isExactlyInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEmptyLadderOrARoleOnTwoRungsIsRejected() {
    assertRejected(() -> AuthorityLadder.of(List.of()), "AuthorityLadder.rungs", "[]");
    assertRejected(
        () -> AuthorityLadder.of(List.of(rung(ACCOUNT_MANAGER, 500), rung(ACCOUNT_MANAGER, 900))),
        "AuthorityLadder.rungs",
        "Account Manager (supplier) twice");
  }

  @Test
  void aRungAuthorisesOnlyTheKindsItHasALimitFor() {
    AuthorityRung manager = rung(ACCOUNT_MANAGER, 500);
    assertThat(manager.limit(AuthorityKind.GOODWILL)).contains(Money.of(USD, 500));
    assertThat(manager.limit(AuthorityKind.DISCOUNT)).isEmpty();
    // Zero is a limit too (nothing of that kind without going up), not a missing one.
    assertThat(rung(ACCOUNT_MANAGER, 0).limit(AuthorityKind.GOODWILL)).contains(Money.zero(USD));
  }

  @Test
  void aNegativeLimitIsRejectedNamingRoleAndKind() {
    assertRejected(
        () -> rung(ACCOUNT_MANAGER, -1),
        "AuthorityRung[Account Manager].limits[GOODWILL]",
        "USD -1.00");
  }

  @Test
  void aRouteAndAPermissionCarryTheirAnswer() {
    Reason reason =
        Reason.of(
            RuleId.of("RACI-SPEND-LIMIT"),
            "USD 4000.00",
            "<= USD 5000.00",
            "the Account Director's goodwill limit covers it");
    AuthorityRoute route =
        AuthorityRoute.builder()
            .kind(AuthorityKind.GOODWILL)
            .amount(Money.of(USD, 4_000))
            .addChain(ACCOUNT_MANAGER, ACCOUNT_DIRECTOR)
            .approver(ACCOUNT_DIRECTOR)
            .reason(reason)
            .build();
    assertThat(route.chain()).containsExactly(ACCOUNT_MANAGER, ACCOUNT_DIRECTOR);
    assertThat(route.approver()).contains(ACCOUNT_DIRECTOR);

    Permission permission =
        Permission.builder()
            .action(PO)
            .allowed(false)
            .accountable(CUSTOMER)
            .addReasons(reason)
            .build();
    assertThat(permission.allowed()).isFalse();
    assertThat(permission.approval()).isEmpty();
    assertThat(permission.accountable()).isEqualTo(CUSTOMER);
  }

  @Test
  void domainsAreCommercialTechnicalOrNeither() {
    assertThat(DecisionDomain.values())
        .filteredOn(DecisionDomain::isCommercial)
        .containsExactly(DecisionDomain.PRICING, DecisionDomain.CONTRACTS);
    assertThat(DecisionDomain.values())
        .filteredOn(DecisionDomain::isTechnical)
        .containsExactly(DecisionDomain.TECHNICAL_SPECIFICATION, DecisionDomain.ENGINEERING_CHANGE);
  }
}
