package org.accountgovernance.examples.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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

    // The playbook the report evaluates with has the settings the loader checked the file against.
    PortfolioLoader loader = PortfolioLoader.ofDefaults();
    Playbook playbook = Playbook.ofDefaults();
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
      view = evaluate(portfolio, playbook, now);
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
   * Evaluates every account of {@code portfolio} at {@code now} with {@code playbook}. The view's
   * deadlines are those in the chart's window: the {@value HtmlReport#CHART_DAYS} UTC days starting
   * at the evaluation day ({@link #windowEnd}), so the terminal's count and the chart's bars agree.
   *
   * @param portfolio the accounts
   * @param playbook the playbook with the settings {@code portfolio} was loaded for (a loader of
   *     {@link PortfolioLoader#ofDefaults()} goes with {@link Playbook#ofDefaults()}; a loader of a
   *     host's settings with a playbook of the same settings), so that the rules evaluated are the
   *     rules the file was checked against
   * @param now the evaluation instant
   * @return the view both reports render
   */
  public static PortfolioView evaluate(Portfolio portfolio, Playbook playbook, Instant now) {
    PortfolioSweep sweep = PortfolioSweep.of(playbook, now);
    List<GovernanceReport> reports = sweep.putAll(portfolio.snapshots(), now);
    List<PortfolioView.Row> rows = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      PortfolioAccount account = portfolio.accounts().get(i);
      rows.add(new PortfolioView.Row(account.name(), reports.get(i)));
    }
    Instant start = windowStart(now);
    Instant end = windowEnd(now);
    List<Deadline> upcoming =
        sweep.upcoming(Integer.MAX_VALUE).stream()
            .filter(d -> !d.item().at().isBefore(start) && d.item().at().isBefore(end))
            .toList();
    String title = portfolio.description().orElse(portfolio.source());
    return new PortfolioView(title, now, rows, upcoming);
  }

  /** The start of the deadline window: 00:00 UTC of the evaluation day. */
  static Instant windowStart(Instant now) {
    return now.atOffset(ZoneOffset.UTC).toLocalDate().atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /**
   * The end of the deadline window, exclusive: 00:00 UTC {@value HtmlReport#CHART_DAYS} days after
   * the evaluation day's, so the window is the chart's days, the evaluation day included.
   */
  static Instant windowEnd(Instant now) {
    return windowStart(now).plus(Duration.ofDays(HtmlReport.CHART_DAYS));
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }
}
