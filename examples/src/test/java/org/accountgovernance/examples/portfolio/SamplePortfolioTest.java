package org.accountgovernance.examples.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.accountgovernance.core.Reason;
import org.accountgovernance.core.RuleId;
import org.accountgovernance.core.account.GovernanceReport;
import org.accountgovernance.core.account.ReportItem;
import org.accountgovernance.core.escalation.EscalationDecision;
import org.accountgovernance.core.readiness.ControlPoint;
import org.accountgovernance.core.update.RagStatus;
import org.accountgovernance.rules.account.Playbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample portfolio loads, and at its instant it shows every rule family and every status. */
class SamplePortfolioTest {
  private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

  private static Portfolio portfolio;
  private static Map<String, GovernanceReport> reports;

  @BeforeAll
  static void evaluate() {
    portfolio = PortfolioLoader.ofDefaults().loadSample();
    reports = new HashMap<>();
    for (PortfolioAccount account : portfolio.accounts()) {
      reports.put(account.id().value(), Playbook.ofDefaults().report(account.snapshot(), NOW));
    }
  }

  @Test
  void loadsAboutTwentyFiveAccountsAndThreeHundredIssues() {
    assertThat(portfolio.source()).isEqualTo("sample-portfolio.json");
    assertThat(portfolio.asOf()).contains(NOW);
    assertThat(portfolio.accounts()).hasSizeBetween(20, 30);
    assertThat(portfolio.issueCount()).isBetween(250, 350);
    assertThat(portfolio.accounts())
        .allSatisfy(
            a -> {
              assertThat(a.name()).isNotEqualTo(a.id().value());
              assertThat(a.snapshot().issues()).isNotEmpty();
              assertThat(a.issueTitles()).hasSameSizeAs(a.snapshot().issues());
            });
  }

  @Test
  void hasRedYellowAndGreenAccounts() {
    Map<RagStatus, Integer> byStatus = new HashMap<>();
    reports.values().forEach(r -> byStatus.merge(r.status(), 1, Integer::sum));
    assertThat(byStatus.keySet()).containsExactlyInAnyOrder(RagStatus.values());
    assertThat(byStatus.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(5));
  }

  @Test
  void eachStoryEndsInItsStatus() {
    assertThat(statusOf("HALVORSEN-MARINE")).isEqualTo(RagStatus.GREEN);
    assertThat(statusOf("NORDLICHT-HEAT"))
        .isEqualTo(RagStatus.GREEN); // a GREEN escalation, on time
    assertThat(statusOf("KAIMANA-HOSPITALITY")).isEqualTo(RagStatus.GREEN); // follow-the-sun cover
    assertThat(statusOf("CASTELLANE-PACKAGING")).isEqualTo(RagStatus.GREEN); // a skip that ended
    assertThat(statusOf("SOLVIKA-SOLAR")).isEqualTo(RagStatus.YELLOW); // the missed Friday
    assertThat(statusOf("ORCHARD-LANE-ROBOTICS")).isEqualTo(RagStatus.YELLOW); // nine months
    assertThat(statusOf("PELICAN-POINT-PAYMENTS")).isEqualTo(RagStatus.RED); // the 2 a.m. outage
    assertThat(statusOf("KESTREL-AVIONICS")).isEqualTo(RagStatus.RED);
  }

  @Test
  void everyRuleFamilyAppearsAcrossThePortfolio() {
    Set<String> seen = new TreeSet<>();
    reports.values().forEach(r -> seen.addAll(ruleIds(r)));
    assertThat(seen)
        .contains(
            "ESC-TRIGGER",
            "ESC-DELAY",
            "ESC-AUTO",
            "ESC-BYPASS",
            "ESC-SLA",
            "ESC-SLA-WARN",
            "ESC-MANUAL",
            "ESC-DOWNGRADE",
            "UPD-CADENCE",
            "UPD-FRIDAY",
            "UPD-OVERDUE",
            "AEM-CLOSE",
            "AEM-ACTION",
            "AEM-POST",
            "CAD-SKIP",
            "CAD-SEPARATE",
            "CAD-ATTENDANCE",
            "CAD-CAPA",
            "EXE-TIER",
            "EXE-LAPSE",
            "EXE-ROTATION",
            "EXE-LEVELS",
            "EXE-EXPECTATION",
            "EXE-IDEAS",
            "TEAM-GAP",
            "TEAM-OVERLAP",
            "TEAM-SUMMARY",
            "TEAM-STANDIN",
            "TEAM-24x7",
            "CHK-CALENDAR",
            "CHK-CONTACTS",
            "CHK-ECO",
            "CHK-LIABILITY",
            "CHK-SIGNATORY",
            "RACI-ONE-A",
            "RACI-WRITTEN");
    assertThat(seen.stream().map(id -> RuleId.of(id).family()))
        .contains("ESC", "UPD", "AEM", "CAD", "EXE", "TEAM", "CHK", "RACI");
  }

  @Test
  void everyKindOfFindingIsWrongSomewhereNow() {
    Set<String> wrong = new HashSet<>();
    for (GovernanceReport report : reports.values()) {
      for (ReportItem item : report.items()) {
        if (item.kind() == ReportItem.Kind.WRONG) {
          wrong.add(item.ruleId().value());
        }
      }
    }
    assertThat(wrong)
        .contains(
            "ESC-SLA",
            "UPD-OVERDUE",
            "AEM-ACTION",
            "AEM-POST",
            "CAD-SKIP",
            "CAD-SEPARATE",
            "CAD-ATTENDANCE",
            "CAD-CAPA",
            "EXE-LAPSE",
            "EXE-ROTATION",
            "EXE-LEVELS",
            "EXE-EXPECTATION",
            "EXE-IDEAS",
            "TEAM-GAP",
            "TEAM-OVERLAP",
            "TEAM-SUMMARY",
            "TEAM-STANDIN",
            "TEAM-24x7",
            "CHK-CALENDAR",
            "CHK-CONTACTS",
            "CHK-ECO",
            "CHK-LIABILITY",
            "CHK-SIGNATORY",
            "RACI-ONE-A",
            "RACI-WRITTEN");
  }

  @Test
  void decisionRightsTellTheirStories() {
    // The long-lead PO placed on a verbal yes: wrong from the moment it was placed.
    assertThat(reports.get("TANNENBERG-LANDTECHNIK").items())
        .anySatisfy(
            i -> {
              assertThat(i.ruleId().value()).isEqualTo("RACI-WRITTEN");
              assertThat(i.kind()).isEqualTo(ReportItem.Kind.WRONG);
              assertThat(i.at()).isEqualTo(Instant.parse("2026-11-11T07:00:00Z"));
              assertThat(i.observed()).isEqualTo("went ahead on a verbal yes from Customer");
            });
    // The reply-by that passed in silence: wrong from the instant after.
    assertThat(reports.get("VALPARAISO-COPPER").items())
        .anySatisfy(
            i -> {
              assertThat(i.ruleId().value()).isEqualTo("RACI-WRITTEN");
              assertThat(i.kind()).isEqualTo(ReportItem.Kind.WRONG);
              assertThat(i.at()).isEqualTo(Instant.parse("2026-11-09T21:00:00Z").plusNanos(1));
            });
    // The open request: due at its reply-by, still GREEN.
    Instant replyBy = Instant.parse("2026-11-26T16:00:00Z");
    GovernanceReport rheinfall = reports.get("RHEINFALL-PUMPEN");
    assertThat(rheinfall.status()).isEqualTo(RagStatus.GREEN);
    assertThat(rheinfall.items())
        .anySatisfy(
            i -> {
              assertThat(i.ruleId().value()).isEqualTo("RACI-WRITTEN");
              assertThat(i.kind()).isEqualTo(ReportItem.Kind.DUE);
              assertThat(i.at()).isEqualTo(replyBy).isAfter(NOW);
            });
    // The account's own matrix with two Accountables.
    assertThat(reports.get("MARROWSTONE-RAIL").items())
        .anySatisfy(
            i -> {
              assertThat(i.ruleId().value()).isEqualTo("RACI-ONE-A");
              assertThat(i.kind()).isEqualTo(ReportItem.Kind.WRONG);
              assertThat(i.observed())
                  .isEqualTo("2 Accountables: Plant Manager, Rolling Stock Buyer");
            });
    // Written approval before the PO: allowed, and nothing to report.
    GovernanceReport halvorsen = reports.get("HALVORSEN-MARINE");
    assertThat(halvorsen.permissions())
        .singleElement()
        .satisfies(p -> assertThat(p.allowed()).isTrue());
    assertThat(halvorsen.items()).noneMatch(i -> i.ruleId().family().equals("RACI"));
  }

  @Test
  void greenAccountsHaveNothingWrongNow() {
    reports.values().stream()
        .filter(r -> r.status() == RagStatus.GREEN)
        .forEach(
            r ->
                assertThat(r.items())
                    .as(r.account().value())
                    .noneMatch(i -> i.kind() == ReportItem.Kind.WRONG));
  }

  private static RagStatus statusOf(String account) {
    return reports.get(account).status();
  }

  /** Every rule id a report shows: items, decisions, the programme, engagement, readiness. */
  static Set<String> ruleIds(GovernanceReport report) {
    Set<String> ids = new HashSet<>();
    report.items().forEach(i -> ids.add(i.ruleId().value()));
    for (EscalationDecision decision : report.decisions()) {
      decision.reasons().forEach(r -> ids.add(r.ruleId().value()));
      decision.levelHistory().forEach(c -> add(ids, c.reasons()));
      decision.changes().forEach(c -> ids.add(c.ruleId().value()));
    }
    report
        .program()
        .ifPresent(
            p -> {
              add(ids, p.closingBlockers());
              p.nextUpdateDue().ifPresent(d -> ids.add(d.reason().ruleId().value()));
            });
    report.engagement().ifPresent(e -> ids.add(e.cadence().reason().ruleId().value()));
    report
        .readiness()
        .ifPresent(
            r -> r.failed().stream().map(ControlPoint::ruleId).forEach(id -> ids.add(id.value())));
    return ids;
  }

  private static void add(Set<String> ids, List<Reason> reasons) {
    reasons.forEach(r -> ids.add(r.ruleId().value()));
  }
}
