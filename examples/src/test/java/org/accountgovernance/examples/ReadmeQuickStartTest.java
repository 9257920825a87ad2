package org.accountgovernance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.IssueId;
import org.accountgovernance.core.escalation.EscalationDecision;
import org.accountgovernance.core.escalation.EscalationPolicy;
import org.accountgovernance.core.escalation.Issue;
import org.accountgovernance.core.escalation.IssueEvent;
import org.accountgovernance.core.escalation.Trigger;
import org.accountgovernance.core.money.CurrencyConverter;
import org.accountgovernance.core.sla.WarningPoint;
import org.accountgovernance.rules.escalation.EscalationSettings;
import org.accountgovernance.rules.escalation.PlaybookEscalationPolicy;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The README's quick start, as written there, gives what the README says it gives. */
class ReadmeQuickStartTest {

  @Test
  void quickStartDecision() {
    Issue issue =
        Issue.builder()
            .id(IssueId.of("CASE-4711"))
            .account(AccountId.of("ACME-EU"))
            .openedAt(Instant.parse("2026-03-02T08:00:00Z"))
            .addTrigger(Trigger.yieldDrop(new BigDecimal("7")))
            .addEvent(
                IssueEvent.triggerAdded(
                    Instant.parse("2026-03-02T11:00:00Z"),
                    Trigger.financialImpact(Money.of(CurrencyUnit.USD, 12_500))))
            .build();
    EscalationDecision d =
        PlaybookEscalationPolicy.ofDefaults().decide(issue, Instant.parse("2026-03-02T12:00:00Z"));

    assertThat(d.level().toString()).isEqualTo("L3 Executive");
    assertThat(d.reasons())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.ruleId().value()).isEqualTo("ESC-BYPASS");
              assertThat(r.observed()).isEqualTo("USD 12500.00");
              assertThat(r.threshold()).isEqualTo("> USD 10000.00");
            });
    assertThat(d.path().toString()).isEqualTo("VP Sales / Plant Director <-> VP Ops");
    assertThat(d.responseDue()).contains(Instant.parse("2026-03-02T11:00:00Z"));
    assertThat(d.findings()).extracting(f -> f.ruleId().value()).containsExactly("ESC-SLA");
    // Nothing changes by time alone: the L3 target is breached and L3 has no timer.
    assertThat(d.nextChangeAt()).isEmpty();
  }

  @Test
  void pluggingInYourOwnSettings() {
    EscalationSettings mine =
        EscalationSettings.from(EscalationSettings.ofDefaults())
            .yieldDropPoints(new BigDecimal("3"))
            .putAutoEscalationTimer("L2", Duration.ofHours(12))
            .warningPoints(
                List.of(WarningPoint.percentOfTarget(75), WarningPoint.before(Duration.ofHours(1))))
            .currencyConverter(
                CurrencyConverter.fixedRates(
                    CurrencyUnit.USD, Map.of(CurrencyUnit.EUR, new BigDecimal("1.08"))))
            .build();
    EscalationPolicy policy = PlaybookEscalationPolicy.of(mine);

    Instant opened = Instant.parse("2026-03-02T08:00:00Z");
    Issue issue =
        Issue.builder()
            .id(IssueId.of("CASE-4712"))
            .account(AccountId.of("ACME-EU"))
            .openedAt(opened)
            .addTrigger(Trigger.yieldDrop(new BigDecimal("4")))
            .build();
    // 4 points is above the host's 3: L2, whose 12 h timer then moves it to L3.
    EscalationDecision d = policy.decide(issue, opened.plus(Duration.ofHours(12)));
    assertThat(d.level().id()).isEqualTo("L2");
    assertThat(d.nextChangeAt()).contains(opened.plus(Duration.ofHours(12)).plusNanos(1));
    assertThat(policy.decide(issue, opened.plus(Duration.ofHours(12)).plusNanos(1)).level().id())
        .isEqualTo("L3");
  }
}
