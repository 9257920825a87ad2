package org.accountgovernance.examples.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.accountgovernance.core.account.AccountSnapshot;
import org.accountgovernance.core.escalation.IssueEvent;
import org.junit.jupiter.api.Test;

/** The example in PORTFOLIO-FORMAT.md loads as the document says. */
class PortfolioFormatDocTest {

  @Test
  void theDocumentsExampleLoads() throws IOException {
    String doc = Files.readString(Path.of("PORTFOLIO-FORMAT.md"), StandardCharsets.UTF_8);
    int start = doc.indexOf("```json\n") + "```json\n".length();
    String json = doc.substring(start, doc.indexOf("```", start));

    Portfolio portfolio = PortfolioLoader.ofDefaults().parse("PORTFOLIO-FORMAT.md", json);

    assertThat(portfolio.asOf()).contains(Instant.parse("2026-11-23T09:00:00Z"));
    AccountSnapshot acme = portfolio.snapshots().get(0);
    assertThat(acme.issues().get(0).events().get(0))
        .isEqualTo(IssueEvent.responded(Instant.parse("2026-11-20T10:00:00Z")));
    assertThat(acme.team().orElseThrow().members().get(0).levels()).containsExactly("L2");
  }

  @Test
  void theDecisionRightsExampleLoads() throws IOException {
    String doc = Files.readString(Path.of("PORTFOLIO-FORMAT.md"), StandardCharsets.UTF_8);
    int start = doc.indexOf("```json\n\"decisionRights\"") + "```json\n".length();
    String fragment = doc.substring(start, doc.indexOf("```", start));

    Portfolio portfolio =
        PortfolioLoader.ofDefaults()
            .parse(
                "PORTFOLIO-FORMAT.md",
                "{\"version\": 1, \"accounts\": [{\"id\": \"ACME\", \"zone\": \"UTC\", "
                    + fragment
                    + "}]}");

    var rights = portfolio.snapshots().get(0).decisionRights().orElseThrow();
    assertThat(rights.matrices()).hasSize(1);
    assertThat(rights.matricesAgreedAt()).contains(Instant.parse("2026-10-01T09:00:00Z"));
    assertThat(rights.requests()).hasSize(1);
    assertThat(rights.approvals()).hasSize(1);
  }

  @Test
  void instantsMayCarryAnOffset() {
    Portfolio portfolio =
        PortfolioLoader.ofDefaults()
            .parse(
                "offset.json",
                "{\"version\": 1, \"accounts\": [{\"id\": \"ACME\", \"zone\": \"Europe/Berlin\","
                    + " \"issues\": [{\"id\": \"C-1\", \"openedAt\": \"2026-11-20T09:00:00+01:00\"}]}]}");
    assertThat(portfolio.snapshots().get(0).issues().get(0).openedAt())
        .isEqualTo(Instant.parse("2026-11-20T08:00:00Z"));
  }
}
