package org.accountgovernance.examples.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Instant;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.IssueId;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.account.GovernanceReport;
import org.accountgovernance.core.account.ReportItem;
import org.accountgovernance.core.authority.AccountDecisionRights;
import org.accountgovernance.core.authority.Approval;
import org.accountgovernance.core.authority.ApprovalMedium;
import org.accountgovernance.core.authority.DecisionDomain;
import org.accountgovernance.core.authority.RaciRole;
import org.accountgovernance.core.escalation.IssueEvent;
import org.accountgovernance.core.sla.CoverageCalendar;
import org.accountgovernance.rules.account.Playbook;
import org.junit.jupiter.api.Test;

/** Every kind of bad data stops the load with the file, the JSON path and the offending value. */
class PortfolioLoaderTest {
  private static final PortfolioLoader LOADER = PortfolioLoader.ofDefaults();

  private static final String ISSUE =
      """
      {"id": "CASE-1", "openedAt": "2026-11-20T08:00:00Z", "triggers": [{"kind": "DELAY", "days": 1}],
       "events": [%s]}""";

  /** A material-liability request: its process, and more fields. */
  private static final String PO_REQUEST =
      """
      {"action": "PO-881 long-lead FPGAs", "process": "%s",
       "requestedAt": "2026-11-02T09:00:00Z", "replyBy": "2026-11-05T09:00:00Z"%s}""";

  /** A portfolio of one account (id ACME) with {@code fields} added to it. */
  private static String portfolio(String fields) {
    return """
        {"version": 1, "accounts": [
          {"id": "ACME", "name": "Acme Fasteners", "zone": "Europe/Berlin"%s}
        ]}"""
        .formatted(fields.isEmpty() ? "" : ", " + fields);
  }

  /** A portfolio whose account ACME has one issue CASE-1 with {@code events}. */
  private static String withEvents(String events) {
    return portfolio("\"issues\": [" + ISSUE.formatted(events) + "]");
  }

  private static PortfolioFormatException failure(String json) {
    return catchThrowableOfType(
        PortfolioFormatException.class, () -> LOADER.parse("accounts.json", json));
  }

  @Test
  void readsAWellFormedAccount() {
    Portfolio p =
        LOADER.parse(
            "accounts.json",
            withEvents(
                """
                {"type": "RESPONDED", "after": "PT2H"},
                {"type": "ESCALATED", "at": "2026-11-20T12:00:00Z", "levelId": "L2", "note": "customer called"}"""));
    PortfolioAccount account = p.accounts().get(0);
    assertThat(account.name()).isEqualTo("Acme Fasteners");
    assertThat(account.id()).isEqualTo(AccountId.of("ACME"));
    assertThat(account.snapshot().issues().get(0).events())
        .containsExactly(
            IssueEvent.responded(Instant.parse("2026-11-20T10:00:00Z")),
            IssueEvent.escalated(Instant.parse("2026-11-20T12:00:00Z"), "L2", "customer called"));
    assertThat(account.issueTitle(IssueId.of("CASE-1"))).isEmpty();
  }

  @Test
  void readsTeamCalendars() {
    Portfolio p =
        LOADER.parse(
            "accounts.json",
            portfolio(
                """
                "team": {"approach": "OPEN", "members": [
                  {"name": "Desk", "role": "Duty Manager (supplier)", "availability": "24x7"},
                  {"name": "Dana", "role": "Account Manager (supplier)",
                   "availability": {"zone": "Asia/Tokyo", "hours": {"MONDAY-FRIDAY": ["09:00-12:00", "13:00-24:00"]},
                                    "holidays": ["2026-12-31"], "yearlyHolidays": ["01-01"]}}
                ]}"""));
    var members = p.accounts().get(0).snapshot().team().orElseThrow().members();
    assertThat(members.get(0).availability()).isEqualTo(CoverageCalendar.alwaysOn());
    CoverageCalendar dana = members.get(1).availability();
    assertThat(dana.isCovered(Instant.parse("2026-11-23T14:30:00Z"))).isTrue(); // Mon 23:30 Tokyo
    assertThat(dana.isCovered(Instant.parse("2026-11-23T03:30:00Z"))).isFalse(); // Mon 12:30 Tokyo
    assertThat(dana.isCovered(Instant.parse("2026-12-31T01:00:00Z"))).isFalse(); // a holiday
  }

  @Test
  void unknownField() {
    PortfolioFormatException e =
        failure(
            portfolio("\"issues\": [{\"id\": \"CASE-1\", \"openAt\": \"2026-11-20T08:00:00Z\"}]"));
    assertThat(e.file()).isEqualTo("accounts.json");
    assertThat(e.path()).isEqualTo("$.accounts[0].issues[0].openAt");
    assertThat(e.getMessage())
        .startsWith("accounts.json:2 at $.accounts[0].issues[0].openAt: ")
        .contains("is not a field of an issue", "openedAt");
  }

  @Test
  void missingRequiredField() {
    PortfolioFormatException e = failure(portfolio("\"issues\": [{\"id\": \"CASE-1\"}]"));
    assertThat(e.getMessage())
        .contains("accounts.json", "$.accounts[0].issues[0].openedAt", "is missing");
  }

  @Test
  void negativeAmount() {
    PortfolioFormatException e =
        failure(
            withEvents(
                """
                {"type": "TRIGGER_ADDED", "after": "PT1H",
                 "trigger": {"kind": "COST_VARIANCE", "amount": "USD -1500.00"}}"""));
    assertThat(e.getMessage())
        .contains(
            "accounts.json",
            "$.accounts[0].issues[0].events[0].trigger.amount",
            "\"USD -1500.00\"");
  }

  @Test
  void negativeDuration() {
    PortfolioFormatException e =
        failure(withEvents("{\"type\": \"RESPONDED\", \"after\": \"-PT2H\"}"));
    assertThat(e.getMessage())
        .contains("accounts.json", "$.accounts[0].issues[0].events[0].after", "\"-PT2H\"");
  }

  @Test
  void unknownLevelId() {
    PortfolioFormatException e =
        failure(
            withEvents(
                "{\"type\": \"ESCALATED\", \"after\": \"PT1H\", \"levelId\": \"L4\", \"note\": \"x\"}"));
    assertThat(e.getMessage())
        .contains(
            "accounts.json", "$.accounts[0].issues[0].events[0].levelId", "\"L4\"", "L1, L2, L3");
  }

  @Test
  void unknownEnumValue() {
    PortfolioFormatException e =
        failure(withEvents("{\"type\": \"REOPENED\", \"after\": \"PT1H\"}"));
    assertThat(e.getMessage())
        .contains(
            "accounts.json", "$.accounts[0].issues[0].events[0].type", "\"REOPENED\"", "RESOLVED");

    PortfolioFormatException amber =
        failure(
            portfolio(
                """
                "escalation": {"id": "AEM-1", "events": [
                  {"type": "REQUESTED", "at": "2026-11-20T08:00:00Z", "source": "SALES"},
                  {"type": "DECLARED", "at": "2026-11-20T09:00:00Z", "status": "AMBER", "note": "judgment"}
                ]}"""));
    assertThat(amber.getMessage())
        .contains("$.accounts[0].escalation.events[1].status", "\"AMBER\"", "RED, YELLOW, GREEN");
  }

  @Test
  void unparseableTime() {
    String json =
        """
        {"version": 1, "accounts": [
          {"id": "ACME", "zone": "Europe/Berlin"},
          {"id": "GLOBEX", "zone": "America/Chicago", "issues": [
            {"id": "G-1", "openedAt": "2026-11-20T08:00:00Z"},
            {"id": "G-2", "openedAt": "2026-11-20T08:00:00Z", "events": [
              {"type": "RESOLVED", "at": "yesterday"}
            ]}
          ]}
        ]}""";
    PortfolioFormatException e = failure(json);
    assertThat(e.path()).isEqualTo("$.accounts[1].issues[1].events[0].at");
    assertThat(e.line()).hasValue(6);
    assertThat(e.getMessage())
        .isEqualTo(
            "accounts.json:6 at $.accounts[1].issues[1].events[0].at: must be an ISO-8601 instant"
                + " such as 2026-11-20T08:00:00Z but was \"yesterday\"");
  }

  @Test
  void unknownZone() {
    PortfolioFormatException e =
        failure(
            "{\"version\": 1, \"accounts\": [{\"id\": \"ACME\", \"zone\": \"Europe/Atlantis\"}]}");
    assertThat(e.getMessage()).contains("$.accounts[0].zone", "\"Europe/Atlantis\"");
  }

  @Test
  void duplicateAccountId() {
    PortfolioFormatException e =
        failure(
            """
            {"version": 1, "accounts": [
              {"id": "ACME", "zone": "Europe/Berlin"},
              {"id": "ACME", "zone": "Europe/Paris"}
            ]}""");
    assertThat(e.getMessage())
        .isEqualTo(
            "accounts.json:3 at $.accounts[1].id: duplicates the account id \"ACME\" of"
                + " $.accounts[0].id");
  }

  @Test
  void duplicateIssueId() {
    PortfolioFormatException e =
        failure(
            portfolio(
                """
                "issues": [{"id": "CASE-1", "openedAt": "2026-11-20T08:00:00Z"},
                           {"id": "CASE-1", "openedAt": "2026-11-21T08:00:00Z"}]"""));
    assertThat(e.getMessage())
        .contains("$.accounts[0].issues[1]", "\"CASE-1\"", "$.accounts[0].issues[0]");
  }

  @Test
  void valueTypeRefusalIsWrappedWithThePath() {
    PortfolioFormatException e =
        failure(
            portfolio(
                """
                "issues": [{"id": "CASE-1", "openedAt": "2026-11-20T08:00:00Z", "events": [
                  {"type": "RESPONDED", "at": "2026-11-19T08:00:00Z"}]}]"""));
    assertThat(e.path()).isEqualTo("$.accounts[0].issues[0]");
    assertThat(e.getMessage())
        .contains(
            "accounts.json",
            "is refused: Issue[CASE-1].events[0].at must be at or after openedAt",
            "2026-11-19T08:00:00Z");
    assertThat(e).hasCauseInstanceOf(IllegalArgumentException.class);

    PortfolioFormatException points =
        failure(
            portfolio(
                """
                "issues": [{"id": "CASE-1", "openedAt": "2026-11-20T08:00:00Z",
                            "triggers": [{"kind": "YIELD_DROP", "points": 120}]}]"""));
    assertThat(points.getMessage())
        .contains("$.accounts[0].issues[0].triggers[0]", "at most 100 percentage points", "120");
  }

  @Test
  void playbookRefusalNamesTheEvent() {
    PortfolioFormatException e =
        failure(
            portfolio(
                """
                "escalation": {"id": "AEM-1", "events": [
                  {"type": "REQUESTED", "at": "2026-11-20T08:00:00Z", "source": "SALES"},
                  {"type": "DECLARED", "at": "2026-11-20T09:00:00Z", "status": "RED", "criteria": ["AEM-CRITERIA-DEAL"]},
                  {"type": "CONSENT_GIVEN", "at": "2026-11-20T10:00:00Z", "stakeholder": "Customer CIO"}
                ]}"""));
    assertThat(e.path()).isEqualTo("$.accounts[0].escalation.events[2]");
    assertThat(e.getMessage()).contains("accounts.json", "no stakeholder Customer CIO");
  }

  @Test
  void illegalIssueTransitionNamesTheEventAmongThoseOfItsInstant() {
    PortfolioFormatException e =
        failure(
            withEvents(
                """
                {"type": "RESPONDED", "after": "PT1H"},
                {"type": "DOWNGRADED", "after": "PT1H", "levelId": "L2", "note": "fixed"}"""));
    assertThat(e.path()).isEqualTo("$.accounts[0].issues[0].events[1]");
    assertThat(e.getMessage())
        .contains("is refused by the playbook", "a downgrade must go lower", "DOWNGRADED");
  }

  @Test
  void fieldOfAnotherEventType() {
    PortfolioFormatException e =
        failure(withEvents("{\"type\": \"RESPONDED\", \"after\": \"PT1H\", \"levelId\": \"L2\"}"));
    assertThat(e.getMessage())
        .contains("$.accounts[0].issues[0].events[0].levelId", "not a field of a RESPONDED event");
  }

  @Test
  void malformedJson() {
    PortfolioFormatException e =
        failure("{\"version\": 1,\n \"accounts\": [\n  {\"id\": \"ACME\" \"zone\": \"UTC\"}\n]}");
    assertThat(e.line()).hasValue(3);
    assertThat(e.getMessage()).contains("accounts.json:3", "$.accounts[0]", "is not valid JSON");
  }

  @Test
  void duplicateKey() {
    PortfolioFormatException e =
        failure(
            "{\"version\": 1, \"accounts\": [{\"id\": \"ACME\", \"zone\": \"UTC\", \"zone\": \"CET\"}]}");
    assertThat(e.getMessage()).contains("$.accounts[0].zone", "Duplicate field 'zone'");
  }

  @Test
  void wrongVersion() {
    PortfolioFormatException e = failure("{\"version\": 2, \"accounts\": []}");
    assertThat(e.getMessage()).contains("$.version", "but was 2");
  }

  /** A portfolio whose account ACME has {@code decisionRights}. */
  private static String withRights(String decisionRights) {
    return portfolio("\"decisionRights\": " + decisionRights);
  }

  @Test
  void readsDecisionRights() {
    Portfolio p =
        LOADER.parse(
            "accounts.json",
            withRights(
                """
                {"matrices": [{"process": "Tooling buy-off", "domain": "DELIVERY", "assignments": [
                   {"party": "Plant Manager (supplier)", "role": "ACCOUNTABLE"},
                   {"party": "Buyer (customer)", "role": "CONSULTED"},
                   {"party": "Tooling (supplier)", "role": "RESPONSIBLE"}]}],
                 "matricesAgreedAt": "2026-11-03T09:00:00Z",
                 "requests": [%s, {"action": "Fixture set B", "process": "Tooling buy-off",
                               "requestedAt": "2026-11-03T09:00:00Z"}],
                 "approvals": [{"approver": "Customer (customer)", "at": "2026-11-03T10:00:00Z",
                                "medium": "WRITTEN", "covers": "PO-881 long-lead FPGAs"}]}"""
                    .formatted(
                        PO_REQUEST.formatted(
                            "Material liability authorization",
                            ", \"proceededAt\": \"2026-11-04T09:00:00Z\""))));
    AccountDecisionRights rights = p.accounts().get(0).snapshot().decisionRights().orElseThrow();
    assertThat(rights.account()).isEqualTo(AccountId.of("ACME"));
    assertThat(rights.matricesAgreedAt()).contains(Instant.parse("2026-11-03T09:00:00Z"));
    assertThat(rights.matrices())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.domain()).isEqualTo(DecisionDomain.DELIVERY);
              assertThat(m.withRole(RaciRole.ACCOUNTABLE))
                  .containsExactly(PartyRole.supplier("Plant Manager"));
              assertThat(m.withRole(RaciRole.CONSULTED))
                  .containsExactly(PartyRole.customer("Buyer"));
            });
    assertThat(rights.requests().get(0).proceededAt())
        .contains(Instant.parse("2026-11-04T09:00:00Z"));
    assertThat(rights.requests().get(1).replyBy()).isEmpty();
    assertThat(rights.approvals())
        .containsExactly(
            Approval.of(
                PartyRole.customer("Customer"),
                Instant.parse("2026-11-03T10:00:00Z"),
                ApprovalMedium.WRITTEN,
                "PO-881 long-lead FPGAs"));
  }

  @Test
  void aRequestUnderAProcessNobodyDefinedIsRefused() {
    PortfolioFormatException e =
        failure(
            withRights("{\"requests\": [" + PO_REQUEST.formatted("Goodwill gesture", "") + "]}"));
    assertThat(e.getMessage())
        .contains(
            "accounts.json:",
            "$.accounts[0].decisionRights.requests[0].process",
            "\"Goodwill gesture\"",
            "Material liability authorization");
  }

  /** Tooling buy-off, the account's own process, with {@code accountables} Accountables. */
  private static String toolingMatrix(String... accountables) {
    StringBuilder assignments = new StringBuilder();
    for (String party : accountables) {
      assignments.append("{\"party\": \"").append(party).append("\", \"role\": \"ACCOUNTABLE\"}, ");
    }
    return "{\"process\": \"Tooling buy-off\", \"domain\": \"DELIVERY\", \"assignments\": ["
        + assignments
        + "{\"party\": \"Tooling (supplier)\", \"role\": \"RESPONSIBLE\"}]}";
  }

  @Test
  void aRequestUnderAMatrixWithTwoAccountablesLoadsAndIsReported() {
    Portfolio p =
        LOADER.parse(
            "accounts.json",
            withRights(
                """
                {"matrices": [%s], "matricesAgreedAt": "2026-11-01T09:00:00Z",
                 "requests": [%s]}"""
                    .formatted(
                        toolingMatrix("Plant Manager (supplier)", "Buyer (customer)"),
                        PO_REQUEST.formatted("Tooling buy-off", ""))));

    GovernanceReport report =
        Playbook.ofDefaults().report(p.snapshots().get(0), Instant.parse("2026-11-03T09:00:00Z"));
    // The matrix from its agreement, the request from when it was made: nobody can approve it.
    assertThat(report.items())
        .filteredOn(i -> i.ruleId().value().equals("RACI-ONE-A"))
        .extracting(i -> i.subject().id(), ReportItem::at)
        .containsExactlyInAnyOrder(
            tuple("Tooling buy-off", Instant.parse("2026-11-01T09:00:00Z")),
            tuple("PO-881 long-lead FPGAs", Instant.parse("2026-11-02T09:00:00Z")));
    assertThat(report.permissions()).isEmpty();
  }

  @Test
  void matricesAgreedAtGoesWithTheMatrices() {
    // Missing beside matrices: named where it belongs, with the value type's rule.
    PortfolioFormatException missing =
        failure(withRights("{\"matrices\": [" + toolingMatrix("Plant Manager (supplier)") + "]}"));
    assertThat(missing.path()).isEqualTo("$.accounts[0].decisionRights.matricesAgreedAt");
    assertThat(missing.getMessage())
        .contains("AccountDecisionRights.matricesAgreedAt must be present exactly when", "absent");
    // Written without matrices.
    PortfolioFormatException alone =
        failure(withRights("{\"matricesAgreedAt\": \"2026-11-01T09:00:00Z\"}"));
    assertThat(alone.path()).isEqualTo("$.accounts[0].decisionRights.matricesAgreedAt");
    assertThat(alone.getMessage()).contains("0 matrices", "2026-11-01T09:00:00Z");
    assertThat(
            failure(
                    withRights(
                        "{\"matrices\": ["
                            + toolingMatrix("Plant Manager (supplier)")
                            + "], \"matricesAgreedAt\": \"last week\"}"))
                .getMessage())
        .contains("$.accounts[0].decisionRights.matricesAgreedAt", "\"last week\"");
  }

  @Test
  void aRequestUnderTheAccountsOwnProcessBeforeItWasAgreedIsRefused() {
    String rights =
        """
        {"matrices": [%s], "matricesAgreedAt": "%s", "requests": [%s]}""";
    String request = PO_REQUEST.formatted("Tooling buy-off", "");
    PortfolioFormatException e =
        failure(
            withRights(
                rights.formatted(
                    toolingMatrix("Plant Manager (supplier)"), "2026-11-02T09:00:01Z", request)));
    assertThat(e.path()).isEqualTo("$.accounts[0].decisionRights.requests[0].requestedAt");
    assertThat(e.getMessage())
        .contains("at or after matricesAgreedAt 2026-11-02T09:00:01Z", "\"2026-11-02T09:00:00Z\"");
    // At the agreement itself, or under a process the playbook has too, it is fine.
    LOADER.parse(
        "accounts.json",
        withRights(
            rights.formatted(
                toolingMatrix("Plant Manager (supplier)"), "2026-11-02T09:00:00Z", request)));
    LOADER.parse(
        "accounts.json",
        withRights(
            rights.formatted(
                toolingMatrix("Plant Manager (supplier)"),
                "2026-11-20T09:00:00Z",
                PO_REQUEST.formatted("Material liability authorization", ""))));
  }

  @Test
  void anApprovalOfAnActionNobodyRequestedIsRefused() {
    PortfolioFormatException typo =
        failure(
            withRights(
                """
                {"requests": [%s, {"action": "Fixture set B", "process": "RMA / credit issuance",
                                   "requestedAt": "2026-11-03T09:00:00Z"}],
                 "approvals": [{"approver": "Customer (customer)", "at": "2026-11-03T10:00:00Z",
                                "medium": "WRITTEN", "covers": "PO-881 long lead FPGAs"}]}"""
                    .formatted(PO_REQUEST.formatted("Material liability authorization", ""))));
    assertThat(typo.path()).isEqualTo("$.accounts[0].decisionRights.approvals[0].covers");
    assertThat(typo.getMessage())
        .contains(
            "accounts.json:",
            "one of PO-881 long-lead FPGAs, Fixture set B",
            "but was \"PO-881 long lead FPGAs\"");

    PortfolioFormatException none =
        failure(
            withRights(
                "{\"approvals\": [{\"approver\": \"Customer (customer)\", \"at\":"
                    + " \"2026-11-03T10:00:00Z\", \"medium\": \"WRITTEN\", \"covers\": \"PO\"}]}"));
    assertThat(none.path()).isEqualTo("$.accounts[0].decisionRights.approvals[0].covers");
    assertThat(none.getMessage()).contains("(it has none)", "\"PO\"");
  }

  @Test
  void badDecisionRightsAreRefusedWithTheirPath() {
    assertThat(failure(withRights("{\"matrixes\": []}")).getMessage())
        .contains("$.accounts[0].decisionRights.matrixes", "is not a field of decision rights");
    assertThat(
            failure(
                    withRights(
                        "{\"approvals\": [{\"approver\": \"Customer (customer)\", \"at\":"
                            + " \"2026-11-03T10:00:00Z\", \"medium\": \"EMAIL\", \"covers\": \"PO\"}]}"))
                .getMessage())
        .contains(
            "$.accounts[0].decisionRights.approvals[0].medium", "WRITTEN, VERBAL", "\"EMAIL\"");
    assertThat(
            failure(
                    withRights(
                        "{\"matrices\": [{\"process\": \"X\", \"domain\": \"DELIVERY\","
                            + " \"assignments\": [{\"party\": \"Buyer\", \"role\": \"ACCOUNTABLE\"}]}]}"))
                .getMessage())
        .contains("$.accounts[0].decisionRights.matrices[0].assignments[0].party", "\"Buyer\"");
    assertThat(
            failure(
                    withRights(
                        "{\"requests\": ["
                            + PO_REQUEST.formatted(
                                "Material liability authorization", ", \"proceededAt\": \"soon\"")
                            + "]}"))
                .getMessage())
        .contains("$.accounts[0].decisionRights.requests[0].proceededAt", "\"soon\"");
    // A value type's refusal, wrapped with the path: proceeding before asking.
    assertThat(
            failure(
                    withRights(
                        "{\"requests\": ["
                            + PO_REQUEST.formatted(
                                "Material liability authorization",
                                ", \"proceededAt\": \"2026-11-01T09:00:00Z\"")
                            + "]}"))
                .getMessage())
        .contains(
            "$.accounts[0].decisionRights.requests[0]",
            "ActionRequest.proceededAt must be at or after requestedAt");
  }

  @Test
  void nothingIsHalfLoaded() {
    String json =
        """
        {"version": 1, "accounts": [
          {"id": "ACME", "zone": "Europe/Berlin"},
          {"id": "GLOBEX", "zone": "America/Chicago", "team": {"approach": "SOMETIMES", "members": []}}
        ]}""";
    PortfolioFormatException e = failure(json);
    assertThat(e.getMessage()).contains("$.accounts[1].team.approach", "\"SOMETIMES\"");
  }

  @Test
  void namesTheFileItWasLoadedFrom() {
    Path file = Path.of("src/test/resources/portfolio/unknown-level.json");
    PortfolioFormatException e =
        catchThrowableOfType(PortfolioFormatException.class, () -> LOADER.load(file));
    assertThat(e.file()).isEqualTo(file.toString());
    assertThat(e.getMessage())
        .startsWith(file + ":")
        .contains("$.accounts[0].team.members[0].levels[1]", "\"L7\"");
  }
}
