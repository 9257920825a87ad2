package org.accountgovernance.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accountgovernance.examples.portfolio.PortfolioLoader;
import org.accountgovernance.rules.account.Playbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command: the terminal report for the sample portfolio is pinned by a golden
 * file; the HTML report carries the table and the chart; bad data prints nothing but the refusal.
 */
class PortfolioReportTest {
  /** The golden file; rewrite it with {@code -Dgolden.update=true} after a deliberate change. */
  private static final Path GOLDEN =
      Path.of("src/test/resources/report/sample-portfolio-report.txt");

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        PortfolioReport.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theSampleReportIsExactlyTheGoldenFile(@TempDir Path dir) throws IOException {
    Run run = run("--html", dir.resolve("report.html").toString());

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    // The last line names where the HTML went, which differs per machine.
    String report = run.out().substring(0, run.out().lastIndexOf("\nHTML report: ") + 1);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(GOLDEN, report);
    }
    assertThat(report).isEqualTo(Files.readString(GOLDEN));
  }

  @Test
  void theHtmlReportHasEveryAccountAndTheDeadlineChart(@TempDir Path dir) throws IOException {
    Path html = dir.resolve("nested/report.html");
    Run run = run("--html", html.toString());
    assertThat(run.code()).isZero();

    String page = Files.readString(html);
    assertThat(page).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    assertThat(page.split("<tr><td class=\"status ", -1)).hasSize(25 + 1);
    assertThat(page).contains("<td class=\"status RED\">RED</td>");
    assertThat(page).contains("<td class=\"status GREEN\">GREEN</td>");
    assertThat(page).contains("<svg").contains("<rect ").doesNotContain("<script");
    // The bars hold exactly the deadlines the terminal counts: the same 30 UTC days.
    Matcher counted = Pattern.compile("\\(of (\\d+) in the next 30 days\\)").matcher(run.out());
    assertThat(counted.find()).isTrue();
    Matcher bar =
        Pattern.compile("<title>\\d{4}-\\d{2}-\\d{2}: (\\d+) (?:RED|YELLOW|GREEN)</title>")
            .matcher(page);
    int charted = 0;
    while (bar.find()) {
      charted += Integer.parseInt(bar.group(1));
    }
    assertThat(charted).isPositive().isEqualTo(Integer.parseInt(counted.group(1)));
    // Self-contained: nothing fetched from elsewhere.
    assertThat(page.replace("http://www.w3.org/2000/svg", ""))
        .doesNotContain("http://", "https://");
  }

  @Test
  void theDeadlinesAreThoseOfTheChartsThirtyUtcDays() {
    Instant at = Instant.parse("2026-11-23T09:00:00Z");
    assertThat(PortfolioReport.windowStart(at)).isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
    assertThat(PortfolioReport.windowEnd(at)).isEqualTo(Instant.parse("2026-12-23T00:00:00Z"));

    PortfolioView view =
        PortfolioReport.evaluate(
            PortfolioLoader.ofDefaults().loadSample(), Playbook.ofDefaults(), at);
    assertThat(view.upcoming())
        .isNotEmpty()
        .allSatisfy(
            d ->
                assertThat(d.item().at())
                    .isAfterOrEqualTo(at)
                    .isBefore(Instant.parse("2026-12-23T00:00:00Z")));
  }

  @Test
  void anotherInstantIsAnOption(@TempDir Path dir) {
    Run later = run("--at", "2026-12-01T09:00:00Z", "--html", dir.resolve("r.html").toString());

    assertThat(later.code()).isZero();
    assertThat(later.out()).contains("Evaluated at 2026-12-01T09:00:00Z");
  }

  @Test
  void badDataPrintsOnlyTheRefusalNamingFilePathAndValue(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(
        file,
        """
        {"version": 1, "accounts": [
          {"id": "ACME", "name": "Acme", "zone": "Europe/Berlin",
           "issues": [{"id": "A-1", "title": "t", "openedAt": "yesterday", "triggers": []}]}
        ]}
        """);

    Run run = run(file.toString(), "--html", dir.resolve("r.html").toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("broken.json")
        .contains("$.accounts[0].issues[0].openedAt")
        .contains("yesterday");
    assertThat(dir.resolve("r.html")).doesNotExist();
  }

  @Test
  void badArgumentsAreNamed() {
    Run run = run("--at", "soon");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("usage: PortfolioReport").contains("soon");
  }
}
