package org.accountgovernance.core.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.IssueId;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.Reason;
import org.accountgovernance.core.RuleId;
import org.accountgovernance.core.escalation.TriggerKind.Direction;
import org.accountgovernance.core.escalation.TriggerKind.Measure;
import org.accountgovernance.core.sla.CoverageCalendar;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The validation of levels, ladders, paths, triggers, issue events and issues. */
class EscalationValidationTest {

  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  private static final EscalationPath PATH =
      EscalationPath.of(PartyRole.supplier("Factory PM"), PartyRole.customer("Customer Buyer"));

  /** Asserts the message form {@code "<field> must be <rule> but was <value>"}. */
  static void assertRejected(ThrowingCallable call, String field, String value) {
    assertThatThrownBy(call)
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(field + " must be ")
        .hasMessageEndingWith(" but was " + value);
  }

  private static EscalationLevel.Builder level(String id, int rank) {
    EscalationLevel.Builder builder = EscalationLevel.builder();
    builder
        .id(id)
        .name("Level " + id)
        .rank(rank)
        .responseTarget(Duration.ofHours(4))
        .calendar(CoverageCalendar.alwaysOn())
        .path(PATH);
    return builder;
  }

  // --- EscalationLevel ---------------------------------------------------------------------------

  @Test
  void negativeResponseTargetIsRejected() {
    assertRejected(
        () -> level("L2", 2).responseTarget(Duration.ofMinutes(-1)).build(),
        "EscalationLevel[L2].responseTarget",
        "PT-1M");
  }

  @Test
  void zeroResponseTargetMeansImmediateAndIsAllowed() {
    assertThat(level("L3", 3).responseTarget(Duration.ZERO).build().responseTarget()).isZero();
  }

  @Test
  void blankLevelIdAndNameAreRejected() {
    assertRejected(() -> level(" ", 1).build(), "EscalationLevel.id", "' '");
    assertRejected(() -> level("L1", 1).name("").build(), "EscalationLevel.name", "''");
  }

  // --- EscalationLadder --------------------------------------------------------------------------

  @Test
  void emptyLadderIsRejected() {
    assertRejected(() -> EscalationLadder.of(List.of()), "EscalationLadder.levels", "[]");
  }

  @Test
  void ladderWithDuplicateRanksIsRejected() {
    EscalationLevel l1 = level("L1", 1).build();
    EscalationLevel l2 = level("L2", 2).build();
    EscalationLevel l2b = level("L2b", 2).build();
    assertThatThrownBy(() -> EscalationLadder.of(List.of(l1, l2, l2b)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("EscalationLadder.levels must be free of duplicate ranks")
        .hasMessageContaining("but was a second level with rank 2");
  }

  @Test
  void ladderWithDuplicateIdsIsRejected() {
    EscalationLevel l1 = level("L1", 1).build();
    EscalationLevel otherL1 = level("L1", 5).build();
    assertRejected(
        () -> EscalationLadder.of(List.of(otherL1, l1)),
        "EscalationLadder.levels",
        "a second level with id L1");
  }

  @Test
  void ladderSortsByRankWhateverTheGivenOrder() {
    EscalationLevel l1 = level("L1", 1).build();
    EscalationLevel l2 = level("L2", 2).build();
    EscalationLevel l3 = level("L3", 3).build();
    EscalationLadder ladder = EscalationLadder.of(List.of(l3, l1, l2));
    assertThat(ladder.levels()).containsExactly(l1, l2, l3);
    assertThat(ladder.lowest()).isEqualTo(l1);
    assertThat(ladder.highest()).isEqualTo(l3);
    assertThat(ladder.above(l1)).contains(l2);
    assertThat(ladder.above(l3)).isEmpty();
    assertThat(ladder.position("L3")).isEqualTo(2);
    assertThat(ladder.compare("L1", "L2")).isNegative();
    assertThat(ladder.compare("L3", "L2")).isPositive();
    assertThat(ladder.contains("L4")).isFalse();
  }

  @Test
  void aLadderContainsExactlyItsLevels() {
    EscalationLadder ladder =
        EscalationLadder.of(List.of(level("L1", 1).build(), level("L2", 2).build()));
    assertThat(ladder.contains("L1")).isTrue();
    assertThat(ladder.contains("L2")).isTrue();
    assertThat(ladder.contains("l1")).isFalse();
    assertThat(ladder.level("L2").rank()).isEqualTo(2);
  }

  @Test
  void unknownLevelIdIsRejected() {
    EscalationLadder ladder = EscalationLadder.of(List.of(level("L1", 1).build()));
    assertRejected(() -> ladder.level("L9"), "levelId", "'L9'");
  }

  // --- EscalationPath ----------------------------------------------------------------------------

  @Test
  void aPathJoinsASupplierRoleAndItsCustomerCounterpart() {
    EscalationPath path =
        EscalationPath.of(PartyRole.supplier("Account Manager"), PartyRole.customer("Ops Manager"));
    assertThat(path.supplier()).isEqualTo(PartyRole.supplier("Account Manager"));
    assertThat(path.customer()).isEqualTo(PartyRole.customer("Ops Manager"));
    assertThat(path).hasToString("Account Manager <-> Ops Manager");
  }

  @Test
  void customerRoleOnTheSupplierSideIsRejected() {
    assertRejected(
        () -> EscalationPath.of(PartyRole.customer("Ops Manager"), PartyRole.customer("VP Ops")),
        "EscalationPath.supplier",
        "Ops Manager (customer)");
  }

  @Test
  void supplierRoleOnTheCustomerSideIsRejected() {
    assertRejected(
        () ->
            EscalationPath.of(
                PartyRole.supplier("Account Manager"), PartyRole.supplier("Plant Director")),
        "EscalationPath.customer",
        "Plant Director (supplier)");
  }

  // --- Trigger and TriggerKind -------------------------------------------------------------------

  @Test
  void everyPlaybookTriggerReadsAsPeopleSayIt() {
    assertThat(Trigger.delay(2).describe()).isEqualTo("delay 2 days");
    assertThat(Trigger.unitDefect(1).describe()).isEqualTo("unit defect 1");
    assertThat(Trigger.informationRequest().describe()).isEqualTo("information request");
    assertThat(Trigger.lineDownRisk(2).describe()).isEqualTo("line down risk 2 days");
    assertThat(Trigger.yieldDrop(BigDecimal.valueOf(7))).hasToString("yield drop 7 points");
    assertThat(Trigger.costVariance(Money.of(CurrencyUnit.USD, 300)).describe())
        .isEqualTo("cost variance USD 300.00");
    assertThat(Trigger.lineDownConfirmed().describe()).isEqualTo("line down confirmed");
    assertThat(Trigger.safetyIncident().describe()).isEqualTo("safety incident");
    assertThat(Trigger.paymentOverdue(45).describe()).isEqualTo("payment overdue 45 days");
    assertThat(Trigger.legalBreach().describe()).isEqualTo("legal breach");
    assertThat(Trigger.financialImpact(Money.of(CurrencyUnit.USD, 12_500)).describe())
        .isEqualTo("financial impact USD 12500.00");
    assertThat(Trigger.brandRisk().kind()).isEqualTo(TriggerKind.BRAND_RISK);
  }

  @Test
  void zeroIsAMagnitude() {
    assertThat(Trigger.delay(0).describe()).isEqualTo("delay 0 days");
    assertThat(Trigger.yieldDrop(BigDecimal.ZERO).quantity()).contains(BigDecimal.ZERO);
    assertThat(Trigger.costVariance(Money.zero(CurrencyUnit.EUR)).amount())
        .contains(Money.zero(CurrencyUnit.EUR));
  }

  @Test
  void triggersSortByKindThenMagnitudeThenCurrency() {
    Trigger delay3 = Trigger.delay(3);
    Trigger delay10 = Trigger.delay(10);
    Trigger eur500 = Trigger.costVariance(Money.of(CurrencyUnit.EUR, 500));
    Trigger usd20 = Trigger.costVariance(Money.of(CurrencyUnit.USD, 20));
    Trigger usd100 = Trigger.costVariance(Money.of(CurrencyUnit.USD, 100));
    Trigger brand = Trigger.brandRisk();

    // BRAND_RISK < COST_VARIANCE < DELAY by name; EUR before USD whatever the amounts.
    assertThat(java.util.stream.Stream.of(delay10, usd100, delay3, usd20, brand, eur500).sorted())
        .containsExactly(brand, eur500, usd20, usd100, delay3, delay10);
    // Consistent with equals: the same amount in two currencies is two facts.
    assertThat(Trigger.costVariance(Money.of(CurrencyUnit.EUR, 20)).compareTo(usd20)).isNegative();
    assertThat(usd20.compareTo(Trigger.costVariance(Money.of(CurrencyUnit.USD, 20)))).isZero();
  }

  @Test
  void triggerKindsSortByName() {
    assertThat(TriggerKind.BRAND_RISK.compareTo(TriggerKind.DELAY)).isNegative();
    assertThat(TriggerKind.YIELD_DROP.compareTo(TriggerKind.DELAY)).isPositive();
    assertThat(
            TriggerKind.DELAY.compareTo(
                TriggerKind.of("DELAY", Measure.DAYS, Direction.HIGHER_IS_WORSE)))
        .isZero();
  }

  @Test
  void negativeQuantityIsRejected() {
    assertRejected(() -> Trigger.delay(-1), "Trigger[DELAY].quantity", "-1");
    assertRejected(() -> Trigger.unitDefect(-3), "Trigger[UNIT_DEFECT].quantity", "-3");
    assertRejected(
        () -> Trigger.yieldDrop(new BigDecimal("-0.5")), "Trigger[YIELD_DROP].quantity", "-0.5");
  }

  @Test
  void yieldDropAbove100PointsIsRejected() {
    assertRejected(
        () -> Trigger.yieldDrop(new BigDecimal("100.5")), "Trigger[YIELD_DROP].quantity", "100.5");
    assertThat(Trigger.yieldDrop(BigDecimal.valueOf(100)).quantity())
        .contains(BigDecimal.valueOf(100));
    assertThat(Trigger.yieldDrop(new BigDecimal("7.25")).describe())
        .isEqualTo("yield drop 7.25 points");
  }

  @Test
  void fractionalDelayIsRejected() {
    assertRejected(
        () -> Trigger.of(TriggerKind.DELAY, new BigDecimal("2.5")),
        "Trigger[DELAY].quantity",
        "2.5");
    assertRejected(
        () -> Trigger.of(TriggerKind.UNIT_DEFECT, new BigDecimal("0.1")),
        "Trigger[UNIT_DEFECT].quantity",
        "0.1");
    // A whole number written with a zero fraction is still whole, and the same fact.
    assertThat(Trigger.of(TriggerKind.DELAY, new BigDecimal("3.00")).describe())
        .isEqualTo("delay 3 days");
    assertThat(Trigger.of(TriggerKind.DELAY, new BigDecimal("3.00"))).isEqualTo(Trigger.delay(3));
  }

  @Test
  void equalMagnitudesAreEqualFactsWhateverTheirScale() {
    assertThat(Trigger.yieldDrop(new BigDecimal("7.0")))
        .isEqualTo(Trigger.yieldDrop(new BigDecimal("7")));
    assertThat(Trigger.yieldDrop(new BigDecimal("7.50")).quantity())
        .contains(new BigDecimal("7.5"));
    assertThat(Trigger.of(TriggerKind.DELAY, new BigDecimal("1E+1"))).isEqualTo(Trigger.delay(10));
  }

  @Test
  void moneyTriggersSortByAmountNotByText() {
    Trigger twenty =
        Trigger.costVariance(org.joda.money.Money.of(org.joda.money.CurrencyUnit.USD, 20));
    Trigger hundred =
        Trigger.costVariance(org.joda.money.Money.of(org.joda.money.CurrencyUnit.USD, 100));
    assertThat(twenty).isLessThan(hundred);
  }

  @Test
  void moneyKindWithoutAmountIsRejected() {
    assertRejected(
        () -> Trigger.of(TriggerKind.COST_VARIANCE), "Trigger[COST_VARIANCE].amount", "none");
    assertRejected(
        () -> Trigger.of(TriggerKind.FINANCIAL_IMPACT, BigDecimal.TEN),
        "Trigger[FINANCIAL_IMPACT].amount",
        "10");
  }

  @Test
  void negativeMoneyIsRejected() {
    assertRejected(
        () -> Trigger.costVariance(Money.of(CurrencyUnit.USD, -1)),
        "Trigger[COST_VARIANCE].amount",
        "USD -1.00");
  }

  @Test
  void quantityKindWithoutQuantityOrWithMoneyIsRejected() {
    assertRejected(
        () -> Trigger.of(TriggerKind.PAYMENT_OVERDUE), "Trigger[PAYMENT_OVERDUE].quantity", "none");
    assertRejected(
        () -> Trigger.of(TriggerKind.DELAY, Money.of(CurrencyUnit.EUR, 5)),
        "Trigger[DELAY].quantity",
        "EUR 5.00");
  }

  @Test
  void flagKindWithMagnitudeIsRejected() {
    assertRejected(
        () -> Trigger.of(TriggerKind.SAFETY_INCIDENT, BigDecimal.ONE),
        "Trigger[SAFETY_INCIDENT]",
        "1");
    assertThat(Trigger.brandRisk().describe()).isEqualTo("brand risk");
  }

  @Test
  void triggerKindNameMustBeUpperSnakeCase() {
    assertRejected(
        () -> TriggerKind.of("data_loss", Measure.FLAG, Direction.HIGHER_IS_WORSE),
        "TriggerKind.name",
        "'data_loss'");
    assertRejected(
        () -> TriggerKind.of("_LOSS", Measure.FLAG, Direction.HIGHER_IS_WORSE),
        "TriggerKind.name",
        "'_LOSS'");
    assertThat(TriggerKind.of("DATA_LOSS", Measure.FLAG, Direction.HIGHER_IS_WORSE))
        .hasToString("DATA_LOSS");
  }

  // --- IssueEvent --------------------------------------------------------------------------------

  @Test
  void triggerAddedWithoutTriggerIsRejected() {
    assertRejected(
        () -> IssueEvent.builder().type(IssueEvent.Type.TRIGGER_ADDED).at(T0).build(),
        "IssueEvent[TRIGGER_ADDED at 2026-03-02T08:00:00Z].trigger",
        "Optional.empty");
  }

  @Test
  void triggerOnAnotherEventTypeIsRejected() {
    assertThatThrownBy(
            () ->
                IssueEvent.builder()
                    .type(IssueEvent.Type.RESPONDED)
                    .at(T0)
                    .trigger(Trigger.safetyIncident())
                    .build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "IssueEvent[RESPONDED at 2026-03-02T08:00:00Z].trigger must be absent")
        .hasMessageContaining("but was Optional[safety incident]");
  }

  @Test
  void escalationAndDowngradeWithoutLevelAreRejected() {
    assertRejected(
        () -> IssueEvent.builder().type(IssueEvent.Type.ESCALATED).at(T0).note("why").build(),
        "IssueEvent[ESCALATED at 2026-03-02T08:00:00Z].levelId",
        "Optional.empty");
    assertRejected(
        () -> IssueEvent.builder().type(IssueEvent.Type.DOWNGRADED).at(T0).note("why").build(),
        "IssueEvent[DOWNGRADED at 2026-03-02T08:00:00Z].levelId",
        "Optional.empty");
  }

  @Test
  void theLevelRuleSaysWhetherALevelIsNeededOrRefused() {
    assertThatThrownBy(
            () -> IssueEvent.builder().type(IssueEvent.Type.ESCALATED).at(T0).note("why").build())
        .hasMessage(
            "IssueEvent[ESCALATED at 2026-03-02T08:00:00Z].levelId must be present but was"
                + " Optional.empty");
    assertThatThrownBy(
            () -> IssueEvent.builder().type(IssueEvent.Type.RESPONDED).at(T0).levelId("L2").build())
        .hasMessage(
            "IssueEvent[RESPONDED at 2026-03-02T08:00:00Z].levelId must be absent but was"
                + " Optional[L2]");
  }

  @Test
  void eventsReadAsTypeInstantAndDetails() {
    assertThat(IssueEvent.triggerAdded(T0, Trigger.paymentOverdue(45)))
        .hasToString("TRIGGER_ADDED at 2026-03-02T08:00:00Z: payment overdue 45 days");
    assertThat(IssueEvent.escalated(T0, "L3", "customer called the CEO"))
        .hasToString("ESCALATED at 2026-03-02T08:00:00Z to L3 (customer called the CEO)");
    assertThat(IssueEvent.resolved(T0)).hasToString("RESOLVED at 2026-03-02T08:00:00Z");
  }

  @Test
  void blankLevelIdOnEscalationIsRejected() {
    assertRejected(
        () -> IssueEvent.escalated(T0, " ", "customer called the CEO"),
        "IssueEvent[ESCALATED at 2026-03-02T08:00:00Z].levelId",
        "' '");
  }

  @Test
  void downgradeWithoutReasonIsRejected() {
    assertRejected(
        () -> IssueEvent.builder().type(IssueEvent.Type.DOWNGRADED).at(T0).levelId("L1").build(),
        "IssueEvent[DOWNGRADED at 2026-03-02T08:00:00Z].note",
        "absent");
    assertRejected(
        () -> IssueEvent.downgraded(T0, "L1", " "),
        "IssueEvent[DOWNGRADED at 2026-03-02T08:00:00Z].note",
        "' '");
    assertThat(IssueEvent.downgraded(T0, "L1", "line restarted").note()).contains("line restarted");
  }

  // --- Issue -------------------------------------------------------------------------------------

  @Test
  void eventBeforeOpeningIsRejected() {
    assertRejected(
        () ->
            Issue.builder()
                .id(IssueId.of("CASE-4711"))
                .account(AccountId.of("ACME-EU"))
                .openedAt(T0)
                .addEvent(IssueEvent.responded(T0))
                .addEvent(IssueEvent.resolved(T0.minusNanos(1)))
                .build(),
        "Issue[CASE-4711].events[1].at",
        "2026-03-02T07:59:59.999999999Z (RESOLVED)");
  }

  @Test
  void timelineOrdersByInstantKeepingTiesInGivenOrder() {
    IssueEvent paused = IssueEvent.paused(T0.plusSeconds(60), "waiting for logs");
    IssueEvent respondedEarly = IssueEvent.responded(T0.plusSeconds(10));
    IssueEvent resumed = IssueEvent.resumed(T0.plusSeconds(60));
    IssueEvent resolved = IssueEvent.resolved(T0.plusSeconds(120));
    Issue issue =
        Issue.builder()
            .id(IssueId.of("CASE-4711"))
            .account(AccountId.of("ACME-EU"))
            .openedAt(T0)
            .addEvents(resolved, paused, respondedEarly, resumed)
            .build();
    assertThat(issue.timeline()).containsExactly(respondedEarly, paused, resumed, resolved);
  }

  // --- Classification ----------------------------------------------------------------------------

  @Test
  void classificationNeedsALevelAndReasons() {
    Reason reason = Reason.of(RuleId.of("ESC-TRIGGER"), "7 points", "> 5 points", "yield drop");
    assertRejected(
        () -> Classification.builder().levelId(" ").bypass(false).addReason(reason).build(),
        "Classification.levelId",
        "' '");
    assertRejected(
        () -> Classification.builder().levelId("L2").bypass(false).build(),
        "Classification.reasons",
        "[]");
  }
}
