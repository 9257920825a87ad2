package org.accountgovernance.examples.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.accountgovernance.core.account.GovernanceReport;
import org.accountgovernance.examples.portfolio.Portfolio;
import org.accountgovernance.examples.portfolio.PortfolioAccount;
import org.accountgovernance.examples.portfolio.PortfolioFormatException;
import org.accountgovernance.examples.portfolio.PortfolioLoader;
import org.accountgovernance.rules.account.Playbook;
import org.accountgovernance.rules.portfolio.Deadline;
import org.accountgovernance.rules.portfolio.PortfolioSweep;

/**
 * The README's first command: loads a portfolio (the bundled sample unless a file is named),
 * evaluates every account with the default playbook at one instant, prints the terminal report and
 * writes the HTML report.
 *
 * <pre>
 * mvn -B -q -pl examples -am compile exec:java
 * mvn -B -q -pl examples -am compile exec:java -Dexec.args="my-portfolio.json --at 2026-12-01T09:00:00Z"
 * </pre>
 *
 * <p>Arguments: an optional portfolio file; {@code --at INSTANT} (default: the file's {@code asOf},
 * for the sample 2026-11-23T09:00:00Z, so the output is the same on every run); {@code --html PATH}
 * (default {@code target/portfolio-report.html}). Bad data stops the program with exit code 2 and
 * one message naming the file, the path in it and the value; nothing is printed as if complete.
 */
public final class PortfolioReport {
  /** The instant a portfolio without {@code asOf} is evaluated at unless {@code --at} says. */
  public static final Instant DEFAULT_AT = Instant.parse("2026-11-23T09:00:00Z");

  private PortfolioReport() {}

  /**
   * Runs the report.
   *
   * @param args {@code [portfolio.json] [--at INSTANT] [--html PATH]}
   */
  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Runs the report, writing to the given streams.
   *
   * @param args as for {@link #main}
   * @param out where the terminal report goes
   * @param err where a refusal goes
   * @return 0 when the report was printed, 2 on bad arguments or bad data
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Optional<Path> file = Optional.empty();
    Optional<Instant> at = Optional.empty();
    Path html = Path.of("target", "portfolio-report.html");
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--at" -> at = Optional.of(Instant.parse(value(args, ++i, "--at")));
          case "--html" -> html = Path.of(value(args, ++i, "--html"));
          default -> {
            if (args[i].startsWith("--") || file.isPresent()) {
              throw new IllegalArgumentException("unexpected argument '" + args[i] + "'");
            }
            file = Optional.of(Path.of(args[i]));
          }
        }
      }
    } catch (IllegalArgumentException | DateTimeParseException e) {
      err.println(
          "usage: PortfolioReport [portfolio.json] [--at INSTANT] [--html PATH]: "
              + e.getMessage());
      return 2;
    }

    PortfolioLoader loader = PortfolioLoader.ofDefaults();
    Portfolio portfolio;
    try {
      portfolio = file.isPresent() ? loader.load(file.get()) : loader.loadSample();
    } catch (PortfolioFormatException e) {
      err.println(e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println(file.map(Path::toString).orElse("sample") + ": cannot read: " + e.getMessage());
      return 2;
    }

    Instant now = at.or(portfolio::asOf).orElse(DEFAULT_AT);
    PortfolioView view;
    try {
      view = evaluate(portfolio, now);
    } catch (IllegalArgumentException e) {
      err.println(portfolio.source() + ": cannot be evaluated at " + now + ": " + e.getMessage());
      return 2;
    }
    out.print(TerminalReport.render(view, 10));
    try {
      Path parent = html.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(html, HtmlReport.render(view));
    } catch (IOException e) {
      err.println(html + ": cannot write the HTML report: " + e.getMessage());
      return 2;
    }
    out.println("\nHTML report: " + html.toAbsolutePath());
    return 0;
  }

  /**
   * Evaluates every account of {@code portfolio} at {@code now} with the default playbook.
   *
   * @param portfolio the accounts
   * @param now the evaluation instant
   * @return the view both reports render
   */
  public static PortfolioView evaluate(Portfolio portfolio, Instant now) {
    PortfolioSweep sweep = PortfolioSweep.of(Playbook.ofDefaults(), now);
    List<GovernanceReport> reports = sweep.putAll(portfolio.snapshots(), now);
    List<PortfolioView.Row> rows = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      PortfolioAccount account = portfolio.accounts().get(i);
      rows.add(new PortfolioView.Row(account.name(), reports.get(i)));
    }
    Instant horizon = now.plus(Duration.ofDays(HtmlReport.CHART_DAYS));
    List<Deadline> upcoming =
        sweep.upcoming(Integer.MAX_VALUE).stream()
            .filter(d -> d.item().at().isBefore(horizon))
            .toList();
    String title = portfolio.description().orElse(portfolio.source());
    return new PortfolioView(title, now, rows, upcoming);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }
}
