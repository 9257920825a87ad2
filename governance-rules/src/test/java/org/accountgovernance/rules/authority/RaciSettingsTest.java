package org.accountgovernance.rules.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.authority.DecisionDomain;
import org.accountgovernance.core.authority.RaciAssignment;
import org.accountgovernance.core.authority.RaciMatrix;
import org.accountgovernance.core.authority.RaciRole;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The RACI settings: the playbook's critical decision table as defaults, derivation, validation.
 */
class RaciSettingsTest {
  private static final RaciSettings DEFAULTS = RaciSettings.ofDefaults();

  private static final RaciMatrix CONTRACTS =
      RaciMatrix.builder()
          .process("Contract terms")
          .domain(DecisionDomain.CONTRACTS)
          .addAssignments(
              RaciAssignment.of(PartyRole.supplier("Deal Desk"), RaciRole.ACCOUNTABLE),
              RaciAssignment.of(PartyRole.supplier("Account Manager"), RaciRole.RESPONSIBLE))
          .build();

  @Nested
  class Defaults {
    @Test
    void quoteApprovalIsThePlaybooksRow() {
      RaciMatrix row = RaciSettings.QUOTE_APPROVAL;

      assertThat(row.process()).isEqualTo("Quote approval (margin)");
      assertThat(row.domain()).isEqualTo(DecisionDomain.PRICING);
      assertThat(row.withRole(RaciRole.ACCOUNTABLE))
          .containsExactly(PartyRole.supplier("Deal Desk"));
      assertThat(row.withRole(RaciRole.RESPONSIBLE))
          .containsExactly(PartyRole.supplier("Account Manager"));
      assertThat(row.withRole(RaciRole.CONSULTED)).containsExactly(PartyRole.supplier("Finance"));
      assertThat(row.withRole(RaciRole.INFORMED)).containsExactly(PartyRole.customer("Customer"));
      assertThat(row.assignments()).hasSize(4);
    }

    @Test
    void engineeringChangeIsThePlaybooksRow() {
      RaciMatrix row = RaciSettings.ENGINEERING_CHANGE;

      assertThat(row.process()).isEqualTo("Engineering change (ECO)");
      assertThat(row.domain()).isEqualTo(DecisionDomain.ENGINEERING_CHANGE);
      assertThat(row.withRole(RaciRole.ACCOUNTABLE))
          .containsExactly(PartyRole.supplier("Engineering Lead"));
      assertThat(row.withRole(RaciRole.RESPONSIBLE)).containsExactly(PartyRole.supplier("PM"));
      assertThat(row.withRole(RaciRole.CONSULTED))
          .containsExactly(PartyRole.supplier("Quality"), PartyRole.supplier("Purchasing"));
      assertThat(row.withRole(RaciRole.INFORMED)).containsExactly(PartyRole.customer("Customer"));
      assertThat(row.assignments()).hasSize(5);
    }

    @Test
    void materialLiabilityIsThePlaybooksRowWithTheCustomerAccountable() {
      RaciMatrix row = RaciSettings.MATERIAL_LIABILITY;

      assertThat(row.process()).isEqualTo("Material liability authorization");
      assertThat(row.domain()).isEqualTo(DecisionDomain.MATERIAL_LIABILITY);
      assertThat(row.withRole(RaciRole.ACCOUNTABLE))
          .containsExactly(PartyRole.customer("Customer"));
      assertThat(row.withRole(RaciRole.RESPONSIBLE))
          .containsExactly(PartyRole.supplier("Account Manager"));
      assertThat(row.withRole(RaciRole.CONSULTED))
          .containsExactly(PartyRole.supplier("Supply Chain"));
      assertThat(row.withRole(RaciRole.INFORMED)).containsExactly(PartyRole.supplier("Finance"));
      assertThat(row.assignments()).hasSize(4);
    }

    @Test
    void rmaCreditIsThePlaybooksRow() {
      RaciMatrix row = RaciSettings.RMA_CREDIT;

      assertThat(row.process()).isEqualTo("RMA / credit issuance");
      assertThat(row.domain()).isEqualTo(DecisionDomain.RMA_CREDIT);
      assertThat(row.withRole(RaciRole.ACCOUNTABLE))
          .containsExactly(PartyRole.supplier("Quality Manager"));
      assertThat(row.withRole(RaciRole.RESPONSIBLE))
          .containsExactly(PartyRole.supplier("Account Manager"));
      assertThat(row.withRole(RaciRole.CONSULTED)).containsExactly(PartyRole.supplier("Finance"));
      assertThat(row.withRole(RaciRole.INFORMED)).containsExactly(PartyRole.supplier("Ops"));
      assertThat(row.assignments()).hasSize(4);
    }

    @Test
    void onlyTheCustomerSitsOnTheCustomerSide() {
      assertThat(RaciSettings.DEFAULT_MATRICES)
          .flatExtracting(RaciMatrix::assignments)
          .extracting(RaciAssignment::party)
          .filteredOn(p -> p.side() == PartyRole.Side.CUSTOMER)
          .containsOnly(PartyRole.customer("Customer"));
    }

    @Test
    void theDefaultsAreTheFourRowsInTheTablesOrder() {
      assertThat(RaciSettings.DEFAULT_MATRICES)
          .containsExactly(
              RaciSettings.QUOTE_APPROVAL,
              RaciSettings.ENGINEERING_CHANGE,
              RaciSettings.MATERIAL_LIABILITY,
              RaciSettings.RMA_CREDIT);
      assertThat(DEFAULTS.matrices()).isEqualTo(RaciSettings.DEFAULT_MATRICES);
    }

    @Test
    void onlyMaterialLiabilityNeedsWrittenApproval() {
      assertThat(RaciSettings.DEFAULT_WRITTEN_APPROVAL_PROCESSES)
          .containsExactly("Material liability authorization");
      assertThat(DEFAULTS.writtenApprovalProcesses())
          .isEqualTo(RaciSettings.DEFAULT_WRITTEN_APPROVAL_PROCESSES);
    }

    @Test
    void aBuilderWithNothingSetGivesTheDefaults() {
      assertThat(RaciSettings.builder().build()).isEqualTo(DEFAULTS);
      assertThat(RaciSettings.ofDefaults()).isSameAs(DEFAULTS);
    }
  }

  @Nested
  class Derivation {
    @Test
    void fromTheDefaultsWithNothingChangedIsTheDefaults() {
      assertThat(RaciSettings.from(DEFAULTS).build()).isEqualTo(DEFAULTS);
    }

    @Test
    void fromAddsAMatrixToTheBasesAndLeavesTheBaseAlone() {
      RaciSettings withContracts = RaciSettings.from(DEFAULTS).addMatrices(CONTRACTS).build();

      assertThat(withContracts.matrices())
          .containsExactly(
              RaciSettings.QUOTE_APPROVAL,
              RaciSettings.ENGINEERING_CHANGE,
              RaciSettings.MATERIAL_LIABILITY,
              RaciSettings.RMA_CREDIT,
              CONTRACTS);
      assertThat(withContracts.writtenApprovalProcesses())
          .isEqualTo(DEFAULTS.writtenApprovalProcesses());
      assertThat(DEFAULTS.matrices()).hasSize(4);
    }

    @Test
    void fromACustomBaseKeepsItsValues() {
      RaciSettings custom =
          RaciSettings.builder()
              .matrices(List.of(RaciSettings.QUOTE_APPROVAL, CONTRACTS))
              .writtenApprovalProcesses(Set.of("Contract terms"))
              .build();

      RaciSettings copy = RaciSettings.from(custom).build();

      assertThat(copy).isEqualTo(custom);
      assertThat(copy.matrices()).containsExactly(RaciSettings.QUOTE_APPROVAL, CONTRACTS);
      assertThat(copy.writtenApprovalProcesses()).containsExactly("Contract terms");
    }

    @Test
    void settingTheCollectionsReplacesTheDefaults() {
      RaciSettings noWritten =
          RaciSettings.from(DEFAULTS).writtenApprovalProcesses(Set.of()).build();
      RaciSettings onlyQuote =
          RaciSettings.builder()
              .matrices(List.of(RaciSettings.QUOTE_APPROVAL))
              .writtenApprovalProcesses(Set.of())
              .build();

      assertThat(noWritten.writtenApprovalProcesses()).isEmpty();
      assertThat(noWritten.matrices()).isEqualTo(DEFAULTS.matrices());
      assertThat(onlyQuote.matrices()).containsExactly(RaciSettings.QUOTE_APPROVAL);
    }
  }

  @Nested
  class Validation {
    @Test
    void twoMatricesForOneProcessAreRejectedNamingIt() {
      RaciMatrix otherQuote =
          RaciMatrix.builder()
              .process("Quote approval (margin)")
              .domain(DecisionDomain.PRICING)
              .addAssignments(
                  RaciAssignment.of(PartyRole.supplier("Finance"), RaciRole.ACCOUNTABLE))
              .build();

      assertThatThrownBy(() -> RaciSettings.from(DEFAULTS).addMatrices(otherQuote).build())
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "RaciSettings.matrices must be one matrix per process but was"
                  + " Quote approval (margin) twice");
    }

    @Test
    void aWrittenApprovalProcessWithoutMatrixIsRejectedNamingIt() {
      assertThatThrownBy(
              () -> RaciSettings.from(DEFAULTS).addWrittenApprovalProcesses("Tooling buy").build())
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "RaciSettings.writtenApprovalProcesses must be processes with a matrix but was"
                  + " 'Tooling buy'");
    }

    @Test
    void replacingTheMatricesKeepsTheDefaultWrittenProcessWhichThenNeedsItsMatrix() {
      assertThatThrownBy(
              () -> RaciSettings.builder().matrices(List.of(RaciSettings.QUOTE_APPROVAL)).build())
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "RaciSettings.writtenApprovalProcesses must be processes with a matrix but was"
                  + " 'Material liability authorization'");
    }

    @Test
    void aWrittenApprovalProcessIsMatchedByExactName() {
      assertThatThrownBy(
              () ->
                  RaciSettings.from(DEFAULTS)
                      .addWrittenApprovalProcesses("material liability authorization")
                      .build())
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessageEndingWith(" but was 'material liability authorization'");
    }
  }
}
