package org.accountgovernance.examples.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.IssueId;
import org.accountgovernance.core.escalation.Issue;
import org.accountgovernance.core.escalation.IssueEvent;
import org.accountgovernance.core.escalation.Trigger;
import org.accountgovernance.testkit.TestClock;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What goes into the tables comes back as the same facts, to the nanosecond and the cent. */
class CrmStoreTest {
  // Named and kept open, so that a second connection can look at the same tables.
  private static final String URL = "jdbc:h2:mem:crm-store-test;DB_CLOSE_DELAY=-1";
  private static final AccountId ACME = AccountId.of("ACME");
  private static final IssueId CASE = IssueId.of("CASE-1");
  private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");

  private final TestClock clock = TestClock.at(MONDAY);
  private final CrmGovernanceService crm =
      CrmGovernanceService.builder()
          .jdbcUrl(URL)
          .clock(clock)
          .scheduler(new ClockDrivenScheduler(clock))
          .sink(n -> {})
          .build();

  @AfterEach
  void dropTheDatabase() throws SQLException {
    crm.close();
    try (Connection side = DriverManager.getConnection(URL);
        Statement statement = side.createStatement()) {
      statement.execute("DROP ALL OBJECTS");
    }
  }

  @Test
  void factsAndEventsRoundTrip() {
    crm.addAccount(ACME, "Acme", ZoneId.of("Asia/Tokyo"));
    List<Trigger> opening =
        List.of(
            Trigger.yieldDrop(new BigDecimal("4.5")),
            Trigger.costVariance(Money.of(CurrencyUnit.USD, new BigDecimal("800.50"))),
            Trigger.lineDownRisk(9));
    crm.openIssue(CASE, ACME, "yield on line 3", opening);
    // A nanosecond-precise instant, as the library's own change instants are.
    clock.advance(Duration.ofHours(2).plusNanos(1));
    Instant later = clock.instant();
    crm.pause(CASE, "waiting for the customer's wafer map");
    crm.resume(CASE);
    crm.addTrigger(CASE, Trigger.paymentOverdue(12));
    crm.escalate(CASE, "L2", "the buyer asked for the account manager");
    crm.respond(CASE);
    crm.downgrade(CASE, "L1", "root cause found, no line risk");
    crm.resolve(CASE);

    Issue expected =
        Issue.builder()
            .id(CASE)
            .account(ACME)
            .openedAt(MONDAY)
            .addAllTriggers(opening)
            .addEvents(
                IssueEvent.paused(later, "waiting for the customer's wafer map"),
                IssueEvent.resumed(later),
                IssueEvent.triggerAdded(later, Trigger.paymentOverdue(12)),
                IssueEvent.escalated(later, "L2", "the buyer asked for the account manager"),
                IssueEvent.responded(later),
                IssueEvent.downgraded(later, "L1", "root cause found, no line risk"),
                IssueEvent.resolved(later))
            .build();
    assertThat(crm.issue(CASE)).isEqualTo(expected);
  }

  @Test
  void aRowOfAKindTheCrmDoesNotStoreIsReportedWithItsPlace() throws SQLException {
    crm.addAccount(ACME, "Acme", ZoneId.of("UTC"));
    crm.openIssue(CASE, ACME, "dented casing", List.of(Trigger.unitDefect(1)));
    long seq;
    try (Connection side = DriverManager.getConnection(URL);
        PreparedStatement insert =
            side.prepareStatement(
                "INSERT INTO issue_event (issue_id, kind, occurred_at, trigger_kind, quantity)"
                    + " VALUES ('CASE-1', 'TRIGGER_ADDED', TIMESTAMP WITH TIME ZONE"
                    + " '2026-03-02 08:00:00+00', 'USERS_AFFECTED', 3)",
                Statement.RETURN_GENERATED_KEYS)) {
      insert.executeUpdate();
      try (ResultSet key = insert.getGeneratedKeys()) {
        key.next();
        seq = key.getLong(1);
      }
    }
    assertThatThrownBy(() -> crm.issue(CASE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "stored issue_event[seq="
                + seq
                + "].trigger_kind must be one of [DELAY, UNIT_DEFECT, INFORMATION_REQUEST,"
                + " LINE_DOWN_RISK, YIELD_DROP, COST_VARIANCE, LINE_DOWN_CONFIRMED,"
                + " SAFETY_INCIDENT, PAYMENT_OVERDUE, LEGAL_BREACH, FINANCIAL_IMPACT, BRAND_RISK]"
                + " but was 'USERS_AFFECTED'");
  }
}
