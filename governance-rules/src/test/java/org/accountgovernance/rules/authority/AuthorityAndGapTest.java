package org.accountgovernance.rules.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accountgovernance.core.Finding;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.authority.AuthorityKind;
import org.accountgovernance.core.authority.AuthorityLadder;
import org.accountgovernance.core.authority.AuthorityRoute;
import org.accountgovernance.core.authority.AuthorityRung;
import org.accountgovernance.core.authority.DecisionDomain;
import org.accountgovernance.core.authority.RaciAssignment;
import org.accountgovernance.core.authority.RaciMatrix;
import org.accountgovernance.core.authority.RaciRole;
import org.accountgovernance.core.money.CurrencyMismatchException;
import org.accountgovernance.testkit.Theories;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class AuthorityAndGapTest {
  private static final PartyRole AM = PartyRole.supplier("Account Manager");
  private static final PartyRole AD = PartyRole.supplier("Account Director");
  private static final PartyRole VP = PartyRole.supplier("VP Sales");
  private static final Instant T = Instant.parse("2026-03-02T09:00:00Z");

  private static Money usd(long amount) {
    return Money.of(CurrencyUnit.USD, amount);
  }

  @Nested
  class Ladder {
    private final PlaybookAuthority authority = PlaybookAuthority.ofDefaults();

    @Test
    void aRequestWithinTheRequestersLimitStaysWithIt() {
      AuthorityRoute route = authority.route(AuthorityKind.GOODWILL, usd(500), AM);
      assertThat(route.approver()).contains(AM);
      assertThat(route.chain()).containsExactly(AM);
      assertThat(route.reason().ruleId()).isEqualTo(RaciRules.LADDER);
    }

    @Test
    void aboveTheLimitTheRequestGoesUpWithTheChainShown() {
      AuthorityRoute route =
          authority.route(AuthorityKind.GOODWILL, Money.of(CurrencyUnit.USD, 500.01), AM);
      assertThat(route.approver()).contains(AD);
      assertThat(route.chain()).containsExactly(AM, AD);
      AuthorityRoute big = authority.route(AuthorityKind.DISCOUNT, usd(250_000), AM);
      assertThat(big.chain()).containsExactly(AM, AD, VP);
      assertThat(big.approver()).contains(VP);
    }

    @Test
    void whenNobodysLimitCoversItTheRouteSaysSo() {
      AuthorityRoute route = authority.route(AuthorityKind.OVERTIME, usd(50_001), AD);
      assertThat(route.approver()).isEmpty();
      assertThat(route.chain()).containsExactly(AD, VP);
      assertThat(route.reason().explanation()).contains("nobody from Account Director up");
    }

    @Test
    void aHigherRoleOverrulesALowerOneOnly() {
      assertThat(authority.mayOverrule(VP, AM)).isTrue();
      assertThat(authority.mayOverrule(AM, AD)).isFalse();
      assertThat(authority.mayOverrule(AD, AD)).isFalse();
    }

    @Test
    void badInputIsRefused() {
      assertThatThrownBy(
              () -> authority.route(AuthorityKind.GOODWILL, usd(1), PartyRole.supplier("Intern")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Intern");
      assertThatThrownBy(() -> authority.route(AuthorityKind.GOODWILL, usd(-1), AM))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("amount must be zero or positive but was USD -1.00");
      assertThatThrownBy(
              () -> authority.route(AuthorityKind.GOODWILL, Money.of(CurrencyUnit.EUR, 10), AM))
          .isInstanceOf(CurrencyMismatchException.class);
      assertThatThrownBy(
              () ->
                  AuthorityLadder.of(
                      List.of(
                          AuthorityRung.builder().role(AM).build(),
                          AuthorityRung.builder().role(AM).build())))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "AuthorityLadder.rungs must be one rung per role but was Account Manager (supplier) twice");
    }

    /** The chain ends at the first role whose limit covers the amount, or at the top with none. */
    @Test
    void theChainEndsAtTheFirstCoveringLimitOrReportsNone() {
      Theories.qt()
          .forAll(
              Generate.enumValues(AuthorityKind.class),
              Generate.longRange(0, 30_000_000L),
              Generate.range(0, 2))
          .checkAssert(
              (kind, cents, start) -> {
                Money amount = Money.ofMinor(CurrencyUnit.USD, cents);
                AuthorityLadder ladder = AuthoritySettings.DEFAULT_LADDER;
                AuthorityRoute route =
                    authority.route(kind, amount, ladder.rungs().get(start).role());
                List<PartyRole> expectedChain = new java.util.ArrayList<>();
                PartyRole expected = null;
                for (int i = start; i < ladder.rungs().size(); i++) {
                  expectedChain.add(ladder.rungs().get(i).role());
                  if (!amount.isGreaterThan(ladder.rungs().get(i).limit(kind).orElseThrow())) {
                    expected = ladder.rungs().get(i).role();
                    break;
                  }
                }
                assertThat(route.chain()).containsExactlyElementsOf(expectedChain);
                assertThat(route.approver()).isEqualTo(java.util.Optional.ofNullable(expected));
              });
    }
  }

  @Nested
  class Seed003 {
    private final PartyRole accountManager = PartyRole.supplier("Account Manager");
    private final PartyRole accountsLeader = PartyRole.supplier("Accounts Leader");
    private final PartyRole operationsLeader = PartyRole.supplier("Operations Leader");
    private final PartyRole ceo = PartyRole.supplier("CEO");

    private RaciMatrix delivery(PartyRole accountable, PartyRole responsible) {
      return RaciMatrix.builder()
          .process("Delivery priorities")
          .domain(DecisionDomain.DELIVERY)
          .addAssignments(
              RaciAssignment.of(accountable, RaciRole.ACCOUNTABLE),
              RaciAssignment.of(responsible, RaciRole.RESPONSIBLE))
          .build();
    }

    @Test
    void accountManagersAnswerableButWithoutDeliveryRightsAreAGap() {
      // Operations decides what is delivered; account managers answer to the customer and escalate
      // to their own leader, who answers to the CEO: nobody on that path decides delivery.
      PlaybookDecisionRights rights =
          PlaybookDecisionRights.of(
              RaciSettings.from(RaciSettings.ofDefaults())
                  .addMatrices(
                      delivery(operationsLeader, PartyRole.supplier("Operations account manager")))
                  .build());
      List<Finding> gaps =
          rights.gaps(
              Set.of(accountManager),
              Map.of(accountManager, accountsLeader, accountsLeader, ceo, operationsLeader, ceo),
              T);
      assertThat(gaps)
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.ruleId()).isEqualTo(RaciRules.GAP);
                assertThat(f.subject().id()).isEqualTo("Account Manager");
                assertThat(f.observed())
                    .isEqualTo(
                        "no delivery decision right; escalation path Account Manager -> Accounts Leader -> CEO");
                assertThat(f.threshold()).contains("Operations Leader");
              });
    }

    @Test
    void realignedLinesOfBusinessDeliverOnTheAccountsOrders() {
      // Operations restructured by line of business, delivering to the accounts' orders: the line
      // of
      // business leader decides delivery and the account manager escalates to them.
      PartyRole lineOfBusinessLeader = PartyRole.supplier("Line of Business Leader");
      PlaybookDecisionRights rights =
          PlaybookDecisionRights.of(
              RaciSettings.from(RaciSettings.ofDefaults())
                  .addMatrices(delivery(lineOfBusinessLeader, PartyRole.supplier("Delivery team")))
                  .build());
      assertThat(
              rights.gaps(Set.of(accountManager), Map.of(accountManager, lineOfBusinessLeader), T))
          .isEmpty();
    }

    @Test
    void theDeliveryOwnerOfTheRoutingRuleCountsWhenNoProcessNamesOne() {
      PlaybookDecisionRights rights =
          PlaybookDecisionRights.of(
              RaciSettings.from(RaciSettings.ofDefaults())
                  .putDomainAccountable(DecisionDomain.DELIVERY, operationsLeader)
                  .build());
      assertThat(rights.route("ship early", Set.of(DecisionDomain.DELIVERY)).accountable())
          .isEqualTo(operationsLeader);
      assertThat(rights.gaps(Set.of(accountManager), Map.of(accountManager, operationsLeader), T))
          .isEmpty();
      assertThat(rights.gaps(Set.of(accountManager), Map.of(accountManager, accountsLeader), T))
          .hasSize(1);
    }

    @Test
    void anEscalationLoopEndsAndIsAGap() {
      PlaybookDecisionRights rights =
          PlaybookDecisionRights.of(
              RaciSettings.from(RaciSettings.ofDefaults())
                  .addMatrices(delivery(operationsLeader, ceo))
                  .build());
      assertThat(
              rights.gaps(
                  Set.of(accountManager),
                  Map.of(accountManager, accountsLeader, accountsLeader, accountManager),
                  T))
          .hasSize(1);
    }
  }
}
