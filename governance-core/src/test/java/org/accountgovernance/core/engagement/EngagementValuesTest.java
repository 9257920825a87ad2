package org.accountgovernance.core.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.Reason;
import org.accountgovernance.core.RuleId;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Expectation metrics against contract and expectation, and the engagement value types. */
class EngagementValuesTest {
  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  private static final Reason STRATEGIC =
      Reason.of(RuleId.of("EXE-TIER"), "strategic importance HIGH", "HIGH", "a strategic account");

  /** Asserts the message form {@code "<field> must be <rule> but was <value>"}. */
  static void assertRejected(ThrowingCallable call, String field, String value) {
    assertThatThrownBy(call)
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(field + " must be ")
        .hasMessageEndingWith(" but was " + value);
  }

  private static BigDecimal num(String value) {
    return new BigDecimal(value);
  }

  // --- ExpectationMetric -------------------------------------------------------------------------

  @Test
  void theJavadocExampleMeetsTheContractAndMissesTheExpectation() {
    // Contracted at 30 days, delivered in 15, expected (like a famous PC maker's) in 3.
    ExpectationMetric delivery = ExpectationMetric.lowerIsBetter(T0, "delivery days", 15, 30, 3);

    assertThat(delivery.meetsContract()).isTrue();
    assertThat(delivery.meetsExpectation()).isFalse();
    assertThat(delivery.actual()).isEqualByComparingTo("15");
    assertThat(delivery.lowerIsBetter()).isTrue();
  }

  @Test
  void lowerIsBetterMeetsAGoalAtOrBelowIt() {
    ExpectationMetric atGoals =
        ExpectationMetric.lowerIsBetter(T0, "delivery days", num("2.5"), num("2.50"), num("2.5"));
    assertThat(atGoals.meetsContract()).isTrue();
    assertThat(atGoals.meetsExpectation()).isTrue();

    ExpectationMetric late =
        ExpectationMetric.lowerIsBetter(T0, "delivery days", num("30.5"), num("30"), num("3"));
    assertThat(late.meetsContract()).isFalse();
    assertThat(late.meetsExpectation()).isFalse();
  }

  @Test
  void higherIsBetterMeetsAGoalAtOrAboveIt() {
    ExpectationMetric fill =
        ExpectationMetric.higherIsBetter(T0, "fill rate %", num("97"), num("95"), num("99"));
    assertThat(fill.meetsContract()).isTrue();
    assertThat(fill.meetsExpectation()).isFalse();
    assertThat(fill.lowerIsBetter()).isFalse();

    ExpectationMetric exactly =
        ExpectationMetric.higherIsBetter(T0, "fill rate %", num("99.0"), num("95"), num("99"));
    assertThat(exactly.meetsContract()).isTrue();
    assertThat(exactly.meetsExpectation()).isTrue();

    ExpectationMetric belowContract =
        ExpectationMetric.higherIsBetter(T0, "fill rate %", num("94.9"), num("95"), num("99"));
    assertThat(belowContract.meetsContract()).isFalse();
  }

  @Test
  void aMetricWithoutNameIsRejected() {
    assertRejected(
        () -> ExpectationMetric.lowerIsBetter(T0, " ", 15, 30, 3), "ExpectationMetric.name", "' '");
  }

  // --- Cadence and records -----------------------------------------------------------------------

  @Test
  void anExecutiveCadenceHasAPositiveInterval() {
    ExecutiveCadence quarterly =
        ExecutiveCadence.of(AccountSegment.STRATEGIC, Period.ofMonths(3), STRATEGIC);
    assertThat(quarterly.interval()).isEqualTo(Period.ofMonths(3));
    assertThat(quarterly.reason()).isEqualTo(STRATEGIC);
    assertThat(ExecutiveCadence.of(AccountSegment.KEY, Period.ofDays(1), STRATEGIC).interval())
        .isEqualTo(Period.ofDays(1));

    assertRejected(
        () -> ExecutiveCadence.of(AccountSegment.STRATEGIC, Period.ZERO, STRATEGIC),
        "ExecutiveCadence.interval",
        "P0D");
    assertRejected(
        () -> ExecutiveCadence.of(AccountSegment.STRATEGIC, Period.ofMonths(-3), STRATEGIC),
        "ExecutiveCadence.interval",
        "P-3M");
  }

  @Test
  void recordsNeedTheirPeople() {
    assertThat(ExecutiveExchange.of(T0, "VP Sales Jordan Ames", "CFO Lee Park").customerExecutive())
        .isEqualTo("CFO Lee Park");
    assertRejected(
        () -> ExecutiveExchange.of(T0, " ", "CFO Lee Park"),
        "ExecutiveExchange.supplierExecutive",
        "' '");
    assertRejected(
        () -> ExecutiveExchange.of(T0, "VP Sales Jordan Ames", ""),
        "ExecutiveExchange.customerExecutive",
        "''");

    assertThat(Contact.of(T0, ContactLevel.MANAGEMENT, "Ops manager Kim Ode").person())
        .isEqualTo("Ops manager Kim Ode");
    assertRejected(() -> Contact.of(T0, ContactLevel.MANAGEMENT, ""), "Contact.person", "''");

    IdeaRecord idea =
        IdeaRecord.of(
            T0,
            "Consignment stock at the customer's plant",
            "Account Manager",
            IdeaRecord.Outcome.ADOPTED);
    assertThat(idea.outcome()).isEqualTo(IdeaRecord.Outcome.ADOPTED);
    assertRejected(
        () -> IdeaRecord.of(T0, " ", "Account Manager", IdeaRecord.Outcome.PENDING),
        "IdeaRecord.what",
        "' '");
    assertRejected(
        () -> IdeaRecord.of(T0, "Consignment stock", "", IdeaRecord.Outcome.PENDING),
        "IdeaRecord.by",
        "''");
  }

  @Test
  void aRelationshipAndItsReportHoldWhatTheyWereGiven() {
    AccountProfile profile =
        AccountProfile.of(AccountId.of("ACME"), Rating.HIGH, Rating.MEDIUM, Rating.HIGH);
    ExecutiveExchange exchange = ExecutiveExchange.of(T0, "VP Sales", "CFO");
    AccountRelationship relationship =
        AccountRelationship.builder()
            .profile(profile)
            .zone(ZoneId.of("America/Denver"))
            .since(T0)
            .addExchanges(exchange)
            .build();
    assertThat(relationship.profile().growthPotential()).isEqualTo(Rating.MEDIUM);
    assertThat(relationship.exchanges()).containsExactly(exchange);

    ExecutiveCadence cadence =
        ExecutiveCadence.of(AccountSegment.STRATEGIC, Period.ofMonths(3), STRATEGIC);
    EngagementReport report =
        EngagementReport.builder()
            .at(T0)
            .cadence(cadence)
            .lastExchange(exchange)
            .nextExchangeDue(T0.plusSeconds(86_400))
            .build();
    Instant later = T0.plusSeconds(3_600);
    assertThat(report.withAt(later).at()).isEqualTo(later);
    assertThat(report.withAt(later).withAt(T0)).isEqualTo(report);
    assertThat(report.lastExchange()).contains(exchange);
  }
}
