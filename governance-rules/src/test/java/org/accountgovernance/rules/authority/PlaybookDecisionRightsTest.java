package org.accountgovernance.rules.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.accountgovernance.core.Finding;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.Reason;
import org.accountgovernance.core.Subject;
import org.accountgovernance.core.authority.ActionRequest;
import org.accountgovernance.core.authority.AmbiguousDecisionException;
import org.accountgovernance.core.authority.Approval;
import org.accountgovernance.core.authority.ApprovalMedium;
import org.accountgovernance.core.authority.DecisionDomain;
import org.accountgovernance.core.authority.Permission;
import org.accountgovernance.core.authority.RaciAssignment;
import org.accountgovernance.core.authority.RaciMatrix;
import org.accountgovernance.core.authority.RaciRole;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The playbook's decision rights: RACI-ONE-A, RACI-ROUTE and RACI-WRITTEN. */
class PlaybookDecisionRightsTest {
  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  private static final PlaybookDecisionRights DEFAULTS = PlaybookDecisionRights.ofDefaults();

  private static final PartyRole CUSTOMER = PartyRole.customer("Customer");
  private static final PartyRole DEAL_DESK = PartyRole.supplier("Deal Desk");
  private static final PartyRole ACCOUNT_MANAGER = PartyRole.supplier("Account Manager");
  private static final PartyRole ENGINEERING_LEAD = PartyRole.supplier("Engineering Lead");
  private static final PartyRole FINANCE = PartyRole.supplier("Finance");

  private static RaciAssignment a(PartyRole party) {
    return RaciAssignment.of(party, RaciRole.ACCOUNTABLE);
  }

  private static RaciAssignment r(PartyRole party) {
    return RaciAssignment.of(party, RaciRole.RESPONSIBLE);
  }

  private static RaciMatrix matrix(
      String process, DecisionDomain domain, RaciAssignment... assignments) {
    return RaciMatrix.builder()
        .process(process)
        .domain(domain)
        .addAllAssignments(Arrays.asList(assignments))
        .build();
  }

  /** The defaults plus {@code extra}. */
  private static PlaybookDecisionRights withMatrices(RaciMatrix... extra) {
    return PlaybookDecisionRights.of(
        RaciSettings.from(RaciSettings.ofDefaults()).addMatrices(extra).build());
  }

  private static final RaciMatrix CONTRACTS =
      matrix("Contract terms", DecisionDomain.CONTRACTS, a(DEAL_DESK), r(ACCOUNT_MANAGER));

  @Nested
  class OneAccountable {
    @Test
    void theDefaultTableHasNoFinding() {
      assertThat(DEFAULTS.validate(T0)).isEmpty();
      assertThat(DEFAULTS.settings()).isEqualTo(RaciSettings.ofDefaults());
    }

    @Test
    void aProcessWithoutAccountableIsAFindingNamingIt() {
      RaciMatrix tooling =
          matrix("Tooling buy", DecisionDomain.MATERIAL_LIABILITY, r(ACCOUNT_MANAGER));

      List<Finding> findings = withMatrices(tooling).validate(T0);

      assertThat(findings).hasSize(1);
      Finding finding = findings.get(0);
      assertThat(finding.ruleId()).isEqualTo(RaciRules.ONE_ACCOUNTABLE);
      assertThat(finding.ruleId().value()).isEqualTo("RACI-ONE-A");
      assertThat(finding.subject()).isEqualTo(Subject.of("process", "Tooling buy"));
      assertThat(finding.observed()).isEqualTo("no Accountable");
      assertThat(finding.threshold()).isEqualTo("exactly one Accountable");
      assertThat(finding.message()).isEqualTo("Tooling buy has nobody with the final say");
      assertThat(finding.since()).isEqualTo(T0);
    }

    @Test
    void aProcessWithTwoAccountablesIsAFindingNamingProcessAndBoth() {
      RaciMatrix tooling =
          matrix(
              "Tooling buy",
              DecisionDomain.MATERIAL_LIABILITY,
              a(FINANCE),
              a(DEAL_DESK),
              r(ACCOUNT_MANAGER));

      List<Finding> findings = withMatrices(tooling).validate(T0);

      assertThat(findings)
          .extracting(Finding::ruleId, Finding::subject, Finding::observed, Finding::message)
          .containsExactly(
              tuple(
                  RaciRules.ONE_ACCOUNTABLE,
                  Subject.of("process", "Tooling buy"),
                  "2 Accountables: Deal Desk, Finance",
                  "Tooling buy has 2 parties with the final say: Deal Desk, Finance"));
      assertThat(findings.get(0).threshold()).isEqualTo("exactly one Accountable");
    }

    @Test
    void threeAccountablesAreAFindingToo() {
      RaciMatrix tooling =
          matrix(
              "Tooling buy",
              DecisionDomain.MATERIAL_LIABILITY,
              a(FINANCE),
              a(DEAL_DESK),
              a(CUSTOMER),
              r(ACCOUNT_MANAGER));

      assertThat(withMatrices(tooling).validate(T0))
          .singleElement()
          .extracting(Finding::observed)
          .isEqualTo("3 Accountables: Customer, Deal Desk, Finance");
    }

    @Test
    void aProcessWithoutResponsibleIsAFindingNamingIt() {
      RaciMatrix tooling = matrix("Tooling buy", DecisionDomain.MATERIAL_LIABILITY, a(CUSTOMER));

      List<Finding> findings = withMatrices(tooling).validate(T0);

      assertThat(findings).hasSize(1);
      Finding finding = findings.get(0);
      assertThat(finding.ruleId()).isEqualTo(RaciRules.ONE_ACCOUNTABLE);
      assertThat(finding.subject()).isEqualTo(Subject.of("process", "Tooling buy"));
      assertThat(finding.observed()).isEqualTo("no Responsible");
      assertThat(finding.threshold()).isEqualTo("at least one Responsible");
      assertThat(finding.message()).isEqualTo("Tooling buy has nobody to do the work");
      assertThat(finding.since()).isEqualTo(T0);
    }

    @Test
    void anEmptyMatrixMissesBoth() {
      RaciMatrix empty = matrix("Tooling buy", DecisionDomain.MATERIAL_LIABILITY);

      assertThat(withMatrices(empty).validate(T0))
          .extracting(Finding::observed)
          .containsExactly("no Accountable", "no Responsible");
    }

    @Test
    void exactlyOneAccountableAndOneResponsibleIsEnoughWithoutConsultedOrInformed() {
      RaciMatrix tooling =
          matrix("Tooling buy", DecisionDomain.MATERIAL_LIABILITY, a(CUSTOMER), r(ACCOUNT_MANAGER));

      assertThat(withMatrices(tooling).validate(T0)).isEmpty();
    }

    @Test
    void severalResponsiblesAreFine() {
      RaciMatrix tooling =
          matrix(
              "Tooling buy",
              DecisionDomain.MATERIAL_LIABILITY,
              a(CUSTOMER),
              r(ACCOUNT_MANAGER),
              r(PartyRole.supplier("Supply Chain")));

      assertThat(withMatrices(tooling).validate(T0)).isEmpty();
    }

    @Test
    void everyFaultyProcessIsReportedAndOnlyThose() {
      RaciMatrix noA = matrix("Tooling buy", DecisionDomain.MATERIAL_LIABILITY, r(ACCOUNT_MANAGER));
      RaciMatrix noR = matrix("Contract terms", DecisionDomain.CONTRACTS, a(DEAL_DESK));

      assertThat(withMatrices(noA, noR).validate(T0))
          .extracting(f -> f.subject().id(), Finding::observed)
          .containsExactlyInAnyOrder(
              tuple("Tooling buy", "no Accountable"), tuple("Contract terms", "no Responsible"));
    }
  }

  @Nested
  class Route {
    @Test
    void pricingGoesToTheDealDesk() {
      PlaybookDecisionRights.Routing routing =
          DEFAULTS.route("new margin for lot 7", Set.of(DecisionDomain.PRICING));

      assertThat(routing.accountable()).isEqualTo(DEAL_DESK);
      Reason reason = routing.reason();
      assertThat(reason.ruleId()).isEqualTo(RaciRules.ROUTE);
      assertThat(reason.ruleId().value()).isEqualTo("RACI-ROUTE");
      assertThat(reason.observed()).isEqualTo("[PRICING]");
      assertThat(reason.explanation())
          .isEqualTo(
              "'new margin for lot 7' is decided by Deal Desk, Accountable of Quote approval"
                  + " (margin)");
    }

    @Test
    void pricingAndContractsGoToTheDealDesk() {
      PlaybookDecisionRights rights = withMatrices(CONTRACTS);

      PlaybookDecisionRights.Routing routing =
          rights.route(
              "re-price with new payment terms",
              Set.of(DecisionDomain.CONTRACTS, DecisionDomain.PRICING));

      assertThat(routing.accountable()).isEqualTo(DEAL_DESK);
      assertThat(routing.reason().observed()).isEqualTo("[PRICING, CONTRACTS]");
      assertThat(routing.reason().explanation())
          .contains("Deal Desk")
          .contains("Quote approval (margin)")
          .contains("Contract terms");
      assertThat(rights.route("payment terms", Set.of(DecisionDomain.CONTRACTS)).accountable())
          .isEqualTo(DEAL_DESK);
    }

    @Test
    void anEngineeringChangeGoesToTheEngineeringLead() {
      PlaybookDecisionRights.Routing routing =
          DEFAULTS.route("ECO-12 new connector", Set.of(DecisionDomain.ENGINEERING_CHANGE));

      assertThat(routing.accountable()).isEqualTo(ENGINEERING_LEAD);
      assertThat(routing.reason().explanation())
          .isEqualTo(
              "'ECO-12 new connector' is decided by Engineering Lead, Accountable of Engineering"
                  + " change (ECO)");
    }

    @Test
    void pricingAndAnEngineeringChangeTogetherAreAmbiguousNamingBothSides() {
      assertThatThrownBy(
              () ->
                  DEFAULTS.route(
                      "cheaper alloy",
                      Set.of(DecisionDomain.ENGINEERING_CHANGE, DecisionDomain.PRICING)))
          .isExactlyInstanceOf(AmbiguousDecisionException.class)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "decision 'cheaper alloy' spans PRICING (Deal Desk) and ENGINEERING_CHANGE"
                  + " (Engineering Lead): split it, one Accountable per decision");
    }

    @Test
    void pricingAndMaterialLiabilityAreAmbiguousToo() {
      assertThatThrownBy(
              () ->
                  DEFAULTS.route(
                      "buy ahead at a discount",
                      Set.of(DecisionDomain.PRICING, DecisionDomain.MATERIAL_LIABILITY)))
          .isExactlyInstanceOf(AmbiguousDecisionException.class)
          .hasMessageContaining("PRICING (Deal Desk)")
          .hasMessageContaining("MATERIAL_LIABILITY (Customer)");
    }

    @Test
    void aDomainNoProcessCoversIsRejectedNamingIt() {
      assertThatThrownBy(() -> DEFAULTS.route("ship early", Set.of(DecisionDomain.DELIVERY)))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "domains must be covered by a process's matrix or domainAccountables but was DELIVERY"
                  + " (no process decides it)");
    }

    @Test
    void contractsAndTechnicalSpecificationsRouteByThePlaybooksRule() {
      assertThat(DEFAULTS.route("payment terms", Set.of(DecisionDomain.CONTRACTS)).accountable())
          .isEqualTo(PartyRole.supplier("Deal Desk"));
      assertThat(
              DEFAULTS
                  .route("tighter tolerance", Set.of(DecisionDomain.TECHNICAL_SPECIFICATION))
                  .accountable())
          .isEqualTo(PartyRole.supplier("Engineering Lead"));
    }

    @Test
    void commercialAndTechnicalTogetherAreAnErrorEvenWithOneAccountable() {
      RaciSettings oneBoss =
          RaciSettings.from(RaciSettings.ofDefaults())
              .domainAccountables(
                  java.util.Map.of(
                      DecisionDomain.CONTRACTS, PartyRole.supplier("General Manager"),
                      DecisionDomain.TECHNICAL_SPECIFICATION,
                          PartyRole.supplier("General Manager")))
              .build();
      assertThatThrownBy(
              () ->
                  PlaybookDecisionRights.of(oneBoss)
                      .route(
                          "new spec, new price",
                          Set.of(DecisionDomain.CONTRACTS, DecisionDomain.TECHNICAL_SPECIFICATION)))
          .isExactlyInstanceOf(AmbiguousDecisionException.class)
          .hasMessageContaining("CONTRACTS (General Manager)")
          .hasMessageContaining("TECHNICAL_SPECIFICATION (General Manager)");
    }

    @Test
    void noDomainIsRejected() {
      assertThatThrownBy(() -> DEFAULTS.route("anything", Set.of()))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage("domains must name at least one DecisionDomain but was []");
    }

    @Test
    void twoProcessesOfOneDomainWithDifferentAccountablesAreAmbiguous() {
      RaciMatrix volumePricing =
          matrix(
              "Volume pricing",
              DecisionDomain.PRICING,
              a(PartyRole.supplier("Head of Sales")),
              r(ACCOUNT_MANAGER));

      assertThatThrownBy(
              () -> withMatrices(volumePricing).route("lot 7", Set.of(DecisionDomain.PRICING)))
          .isExactlyInstanceOf(AmbiguousDecisionException.class)
          .hasMessageContaining("'lot 7'")
          .hasMessageContaining("Deal Desk")
          .hasMessageContaining("Head of Sales");
    }

    @Test
    void aThirdProcessAgreeingWithTheFirstDoesNotHideTheConflict() {
      RaciMatrix volumePricing =
          matrix(
              "Volume pricing",
              DecisionDomain.PRICING,
              a(PartyRole.supplier("Head of Sales")),
              r(ACCOUNT_MANAGER));
      RaciMatrix spotPricing =
          matrix("Spot pricing", DecisionDomain.PRICING, a(DEAL_DESK), r(ACCOUNT_MANAGER));

      assertThatThrownBy(
              () ->
                  withMatrices(volumePricing, spotPricing)
                      .route("lot 7", Set.of(DecisionDomain.PRICING)))
          .isExactlyInstanceOf(AmbiguousDecisionException.class)
          .hasMessage(
              "decision 'lot 7' spans PRICING (Deal Desk, Head of Sales): split it, one"
                  + " Accountable per decision");
    }

    @Test
    void twoProcessesOfOneDomainWithTheSameAccountableAreFine() {
      RaciMatrix spotPricing =
          matrix("Spot pricing", DecisionDomain.PRICING, a(DEAL_DESK), r(ACCOUNT_MANAGER));

      assertThat(
              withMatrices(spotPricing)
                  .route("lot 7", Set.of(DecisionDomain.PRICING))
                  .accountable())
          .isEqualTo(DEAL_DESK);
    }

    @Test
    void aDomainWhoseProcessHasNoSingleAccountableCannotBeRouted() {
      RaciMatrix noA = matrix("Contract terms", DecisionDomain.CONTRACTS, r(ACCOUNT_MANAGER));

      assertThatThrownBy(() -> withMatrices(noA).route("terms", Set.of(DecisionDomain.CONTRACTS)))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage("RaciMatrix[Contract terms] must have exactly one Accountable but was []");
    }
  }

  @Nested
  class Written {
    private static final String PO = "PO-881 long-lead FPGAs";
    private static final String NEEDED = "written approval from Customer";
    private static final Instant NOW = T0.plus(Duration.ofDays(1));
    private static final Instant REPLY_BY = Instant.parse("2026-03-05T08:00:00Z");
    private static final ActionRequest REQUEST =
        ActionRequest.builder()
            .action(PO)
            .process("Material liability authorization")
            .requestedAt(T0)
            .replyBy(T0.plus(Duration.ofDays(3)))
            .build();

    private Permission ask(Instant now, Approval... approvals) {
      return DEFAULTS.mayProceed(REQUEST, List.of(approvals), now);
    }

    /** A denial names RACI-WRITTEN, what was observed and whose written approval it takes. */
    private void assertDenied(Permission permission, String observed) {
      assertThat(permission.allowed()).isFalse();
      assertThat(permission.action()).isEqualTo(PO);
      assertThat(permission.accountable()).isEqualTo(CUSTOMER);
      assertThat(permission.approval()).isEmpty();
      assertThat(permission.reasons()).hasSize(1);
      Reason reason = permission.reasons().get(0);
      assertThat(reason.ruleId()).isEqualTo(RaciRules.WRITTEN);
      assertThat(reason.ruleId().value()).isEqualTo("RACI-WRITTEN");
      assertThat(reason.observed()).isEqualTo(observed);
      assertThat(reason.threshold()).isEqualTo(NEEDED);
      assertThat(reason.explanation())
          .isEqualTo(PO + " may not proceed: " + observed + " is not approval; it takes " + NEEDED);
    }

    @Test
    void theCustomersWrittenApprovalAllowsThePo() {
      Approval written =
          Approval.of(CUSTOMER, T0.plus(Duration.ofHours(2)), ApprovalMedium.WRITTEN, PO);

      Permission permission = ask(NOW, written);

      assertThat(permission.allowed()).isTrue();
      assertThat(permission.action()).isEqualTo(PO);
      assertThat(permission.accountable()).isEqualTo(CUSTOMER);
      assertThat(permission.approval()).contains(written);
      assertThat(permission.reasons())
          .containsExactly(
              Reason.of(
                  RaciRules.WRITTEN,
                  "written approval by Customer at 2026-03-02T10:00:00Z",
                  NEEDED,
                  PO + " may proceed"));
    }

    @Test
    void aWrittenApprovalCountsFromTheInstantItIsGiven() {
      Approval atNow = Approval.of(CUSTOMER, NOW, ApprovalMedium.WRITTEN, PO);
      Approval justAfter = Approval.of(CUSTOMER, NOW.plusNanos(1), ApprovalMedium.WRITTEN, PO);

      assertThat(ask(NOW, atNow).allowed()).isTrue();
      assertDenied(ask(NOW, justAfter), "no approval (silence)");
    }

    @Test
    void silenceIsNotApproval() {
      assertDenied(ask(NOW), "no approval (silence)");
    }

    @Test
    void aVerbalYesIsNotApproval() {
      Approval verbal =
          Approval.of(CUSTOMER, T0.plus(Duration.ofHours(2)), ApprovalMedium.VERBAL, PO);

      assertDenied(ask(NOW, verbal), "a verbal yes from Customer");
    }

    @Test
    void aLapsedReplyByDateIsNotApproval() {
      assertDenied(ask(REPLY_BY.plusNanos(1)), "no reply by 2026-03-05T08:00:00Z");
      // At the reply-by instant itself the date has not lapsed yet: still plain silence.
      assertDenied(ask(REPLY_BY), "no approval (silence)");
    }

    @Test
    void aWrittenApprovalAfterTheLapsedDateStillAllows() {
      Instant late = REPLY_BY.plus(Duration.ofDays(1));
      Approval written = Approval.of(CUSTOMER, late, ApprovalMedium.WRITTEN, PO);

      assertThat(ask(late, written).allowed()).isTrue();
    }

    @Test
    void aWrittenApprovalFromSomeoneOtherThanTheAccountableIsNotApproval() {
      Approval fromAccountManager =
          Approval.of(ACCOUNT_MANAGER, T0.plus(Duration.ofHours(2)), ApprovalMedium.WRITTEN, PO);

      assertDenied(ask(NOW, fromAccountManager), "approval only from Account Manager");
    }

    @Test
    void aWrittenApprovalOfAnotherActionDoesNotCoverThisOne() {
      Approval other =
          Approval.of(
              CUSTOMER, T0.plus(Duration.ofHours(2)), ApprovalMedium.WRITTEN, "PO-882 resistors");

      assertDenied(ask(NOW, other), "no approval (silence)");
    }

    @Test
    void aVerbalYesFollowedByAWrittenOneAllowsOnTheWrittenOne() {
      Approval verbal =
          Approval.of(CUSTOMER, T0.plus(Duration.ofHours(1)), ApprovalMedium.VERBAL, PO);
      Approval written =
          Approval.of(CUSTOMER, T0.plus(Duration.ofHours(5)), ApprovalMedium.WRITTEN, PO);

      Permission permission = ask(NOW, written, verbal);

      assertThat(permission.allowed()).isTrue();
      assertThat(permission.approval()).contains(written);
    }

    @Test
    void aVerbalApprovalFromTheDealDeskAllowsAQuote() {
      ActionRequest quote =
          ActionRequest.builder()
              .action("Quote Q-77 at 18% margin")
              .process("Quote approval (margin)")
              .requestedAt(T0)
              .build();
      Approval verbal =
          Approval.of(
              DEAL_DESK, T0.plus(Duration.ofHours(1)), ApprovalMedium.VERBAL, quote.action());

      Permission permission = DEFAULTS.mayProceed(quote, List.of(verbal), NOW);

      assertThat(permission.allowed()).isTrue();
      assertThat(permission.accountable()).isEqualTo(DEAL_DESK);
      assertThat(permission.approval()).contains(verbal);
      assertThat(permission.reasons())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.observed())
                    .isEqualTo("verbal approval by Deal Desk at 2026-03-02T09:00:00Z");
                assertThat(r.threshold()).isEqualTo("approval from Deal Desk");
              });
    }

    @Test
    void aQuoteWithoutTheDealDesksApprovalMayNotProceed() {
      ActionRequest quote =
          ActionRequest.builder()
              .action("Quote Q-77 at 18% margin")
              .process("Quote approval (margin)")
              .requestedAt(T0)
              .build();
      Approval fromAccountManager =
          Approval.of(
              ACCOUNT_MANAGER,
              T0.plus(Duration.ofHours(1)),
              ApprovalMedium.WRITTEN,
              quote.action());

      Permission permission = DEFAULTS.mayProceed(quote, List.of(fromAccountManager), NOW);

      assertThat(permission.allowed()).isFalse();
      assertThat(permission.reasons())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.observed()).isEqualTo("approval only from Account Manager");
                assertThat(r.threshold()).isEqualTo("approval from Deal Desk");
              });
    }

    @Test
    void withoutTheWrittenRequirementAVerbalYesFromTheCustomerAllows() {
      PlaybookDecisionRights relaxed =
          PlaybookDecisionRights.of(
              RaciSettings.from(RaciSettings.ofDefaults())
                  .writtenApprovalProcesses(Set.of())
                  .build());
      Approval verbal =
          Approval.of(CUSTOMER, T0.plus(Duration.ofHours(2)), ApprovalMedium.VERBAL, PO);

      assertThat(relaxed.mayProceed(REQUEST, List.of(verbal), NOW).allowed()).isTrue();
    }

    @Test
    void aProcessWithoutMatrixIsRejected() {
      ActionRequest unknown =
          ActionRequest.builder().action(PO).process("Tooling buy").requestedAt(T0).build();

      assertThatThrownBy(() -> DEFAULTS.mayProceed(unknown, List.of(), NOW))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "ActionRequest.process must be a process with a matrix but was 'Tooling buy'");
    }
  }
}
