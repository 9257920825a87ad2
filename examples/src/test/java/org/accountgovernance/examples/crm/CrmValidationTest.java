package org.accountgovernance.examples.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.IllegalTransitionException;
import org.accountgovernance.core.IssueId;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.RuleId;
import org.accountgovernance.core.escalation.EscalationPath;
import org.accountgovernance.core.escalation.IssueEvent;
import org.accountgovernance.core.escalation.Trigger;
import org.accountgovernance.core.escalation.TriggerKind;
import org.accountgovernance.core.money.CurrencyMismatchException;
import org.accountgovernance.examples.priorities.NimbusTriggers;
import org.accountgovernance.testkit.TestClock;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bad input is refused with the field and the value named, and nothing is stored. */
class CrmValidationTest {
  private static final AccountId ACME = AccountId.of("ACME");
  private static final IssueId CASE = IssueId.of("CASE-1");
  private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");

  private final TestClock clock = TestClock.at(MONDAY);
  private final List<EscalationNotification> sent = new ArrayList<>();
  private final CrmGovernanceService crm =
      CrmGovernanceService.builder()
          .clock(clock)
          .scheduler(new ClockDrivenScheduler(clock))
          .sink(sent::add)
          .build();

  CrmValidationTest() {
    crm.addAccount(ACME, "Acme", ZoneId.of("Europe/Paris"));
    crm.openIssue(CASE, ACME, "dented casing", List.of(Trigger.unitDefect(1)));
  }

  @AfterEach
  void close() {
    crm.close();
  }

  @Test
  void accountsAreUniqueAndNamed() {
    assertThatThrownBy(() -> crm.addAccount(ACME, "Acme again", ZoneId.of("UTC")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Account.id must be new but was 'ACME' (already stored)");
    assertThatThrownBy(() -> crm.addAccount(AccountId.of("B"), " ", ZoneId.of("UTC")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Account[B].name must be non-blank but was ' '");
    assertThatThrownBy(() -> crm.evaluate(AccountId.of("NOBODY")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("AccountId must name a stored one but was 'NOBODY'");
  }

  @Test
  void issuesNeedAKnownAccountANewIdATitleAndFactsTheCrmCanStore() {
    assertThatThrownBy(
            () -> crm.openIssue(IssueId.of("CASE-2"), AccountId.of("NOBODY"), "x", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("AccountId must name a stored one but was 'NOBODY'");
    assertThatThrownBy(() -> crm.openIssue(CASE, ACME, "again", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Issue.id must be new but was 'CASE-1' (already stored)");
    assertThatThrownBy(() -> crm.openIssue(IssueId.of("CASE-2"), ACME, "", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Issue[CASE-2].title must be non-blank but was ''");
    assertThatThrownBy(
            () ->
                crm.openIssue(
                    IssueId.of("CASE-2"), ACME, "x", List.of(NimbusTriggers.usersAffected(3))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Trigger.kind must be one of the kinds this CRM stores [DELAY, UNIT_DEFECT,"
                + " INFORMATION_REQUEST, LINE_DOWN_RISK, YIELD_DROP, COST_VARIANCE,"
                + " LINE_DOWN_CONFIRMED, SAFETY_INCIDENT, PAYMENT_OVERDUE, LEGAL_BREACH,"
                + " FINANCIAL_IMPACT, BRAND_RISK] but was USERS_AFFECTED (COUNT)");
    // The playbook's policy has no converter: a euro amount cannot be compared with USD 10,000.
    assertThatThrownBy(
            () ->
                crm.openIssue(
                    IssueId.of("CASE-2"),
                    ACME,
                    "x",
                    List.of(Trigger.financialImpact(Money.of(CurrencyUnit.EUR, 500)))))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage(
            "Trigger[FINANCIAL_IMPACT].amount is EUR 500.00 but must be compared in USD: no"
                + " currency converter is configured");
    assertThatThrownBy(() -> crm.issue(IssueId.of("CASE-2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("IssueId must name a stored one but was 'CASE-2'");
    assertThat(sent).hasSize(1);
  }

  @Test
  void eventsNeedAKnownIssueAndAnInstantNotInTheFuture() {
    assertThatThrownBy(() -> crm.respond(IssueId.of("CASE-404")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("IssueId must name a stored one but was 'CASE-404'");
    Instant tomorrow = MONDAY.plus(Duration.ofDays(1));
    assertThatThrownBy(() -> crm.record(CASE, IssueEvent.responded(tomorrow)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "IssueEvent.at must be at or before now (2026-03-02T08:00:00Z) but was"
                + " 2026-03-03T08:00:00Z");
    assertThat(crm.issue(CASE).events()).isEmpty();
  }

  @Test
  void eventsTheRulesRefuseStoreNothing() {
    clock.advance(Duration.ofHours(1));
    assertThatThrownBy(() -> crm.escalate(CASE, "L9", "no such level"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "IssueEvent[ESCALATED at 2026-03-02T09:00:00Z].levelId must be one of [L1, L2, L3] but"
                + " was 'L9'");
    crm.escalate(CASE, "L2", "line at risk");
    assertThatThrownBy(() -> crm.escalate(CASE, "L1", "wrong way"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(
            "Issue CASE-1 is at L2 (an escalation must go higher) and cannot take the event"
                + " ESCALATED at 2026-03-02T09:00:00Z to L1 (wrong way)");
    assertThat(crm.issue(CASE).events())
        .containsExactly(
            IssueEvent.escalated(Instant.parse("2026-03-02T09:00:00Z"), "L2", "line at risk"));
  }

  @Test
  void theBuilderNamesWhatIsMissingOrWrong() {
    assertThatThrownBy(() -> CrmGovernanceService.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("CrmGovernanceService.clock must be set but was not");
    assertThatThrownBy(() -> CrmGovernanceService.builder().clock(clock).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("CrmGovernanceService.scheduler must be set but was not");
    CrmGovernanceService.Builder complete =
        CrmGovernanceService.builder()
            .clock(clock)
            .scheduler(new ClockDrivenScheduler(clock))
            .sink(n -> {});
    assertThatThrownBy(() -> complete.jdbcUrl("h2:mem:crm").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("jdbcUrl must be a JDBC URL (jdbc:...) but was 'h2:mem:crm'");
    assertThatThrownBy(
            () ->
                complete
                    .jdbcUrl(CrmGovernanceService.IN_MEMORY)
                    .triggerKinds(
                        List.of(
                            TriggerKind.DELAY,
                            TriggerKind.of(
                                "DELAY",
                                TriggerKind.Measure.COUNT,
                                TriggerKind.Direction.HIGHER_IS_WORSE)))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("triggerKinds must be free of duplicate names but was DELAY twice");
  }

  @Test
  void aNotificationIsNeverSentBeforeItsChange() {
    assertThatThrownBy(
            () ->
                new EscalationNotification(
                    ACME,
                    CASE,
                    EscalationNotification.Kind.SLA_BREACH,
                    "L2",
                    RuleId.of("ESC-SLA"),
                    MONDAY,
                    MONDAY.minusSeconds(1),
                    EscalationPath.of(
                        PartyRole.supplier("Account Manager"), PartyRole.customer("Ops Manager")),
                    "L2 response due was missed"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "EscalationNotification.notifiedAt must be at or after at (2026-03-02T08:00:00Z) but"
                + " was 2026-03-02T07:59:59Z");
  }
}
