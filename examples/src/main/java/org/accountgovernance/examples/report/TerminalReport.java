package org.accountgovernance.examples.report;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.accountgovernance.core.RuleId;
import org.accountgovernance.core.account.ReportItem;
import org.accountgovernance.core.update.RagStatus;
import org.accountgovernance.rules.portfolio.Deadline;

/**
 * The portfolio as plain text for a terminal: a summary line, one row per account (the accounts in
 * trouble first), then everything wrong now grouped by rule, then the next deadlines: the soonest
 * of the view's, out of how many fall in the next {@value HtmlReport#CHART_DAYS} days (the chart's
 * UTC days, the evaluation day first; see {@link PortfolioReport#evaluate}).
 *
 * <p>Example: {@code System.out.print(TerminalReport.render(view, 10))}.
 */
public final class TerminalReport {
  private TerminalReport() {}

  /** RED before YELLOW before GREEN, then by name: the order a reader triages in. */
  static final Comparator<PortfolioView.Row> TRIAGE =
      Comparator.comparing((PortfolioView.Row r) -> rank(r.report().status()))
          .thenComparing(PortfolioView.Row::name);

  private static int rank(RagStatus status) {
    return switch (status) {
      case RED -> 0;
      case YELLOW -> 1;
      case GREEN -> 2;
    };
  }

  /**
   * Renders the view.
   *
   * @param view the evaluated portfolio
   * @param deadlines how many of the upcoming deadlines to list
   * @return the report, lines ending in {@code \n}
   */
  public static String render(PortfolioView view, int deadlines) {
    StringBuilder out = new StringBuilder();
    List<PortfolioView.Row> rows = view.rows().stream().sorted(TRIAGE).toList();
    long issues = rows.stream().mapToLong(r -> r.report().decisions().size()).sum();
    out.append("Account governance report: ").append(view.title()).append('\n');
    out.append("Evaluated at ")
        .append(view.at())
        .append(" | ")
        .append(rows.size())
        .append(" accounts, ")
        .append(issues)
        .append(" issues | ")
        .append(view.statusCounts())
        .append("\n\n");

    out.append(
        String.format(
            Locale.ROOT,
            "%-7s %-28s %5s %4s %6s %4s  %s\n",
            "STATUS",
            "ACCOUNT",
            "OPEN",
            "TOP",
            "WRONG",
            "DUE",
            "NEXT CHANGE"));
    for (PortfolioView.Row row : rows) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-7s %-28s %5d %4s %6d %4d  %s\n",
              row.report().status(),
              clip(row.name(), 28),
              row.openIssues(),
              row.topLevel(),
              row.count(ReportItem.Kind.WRONG),
              row.count(ReportItem.Kind.DUE),
              row.report().nextChangeAt().map(Object::toString).orElse("-")));
    }

    Map<RuleId, StringBuilder> byRule = new TreeMap<>();
    Map<RuleId, Integer> counts = new TreeMap<>();
    for (PortfolioView.Row row : rows) {
      for (ReportItem item : row.report().items()) {
        if (item.kind() != ReportItem.Kind.WRONG) {
          continue;
        }
        counts.merge(item.ruleId(), 1, Integer::sum);
        byRule
            .computeIfAbsent(item.ruleId(), r -> new StringBuilder())
            .append(
                String.format(
                    Locale.ROOT,
                    "  %-22s since %s  %s\n",
                    clip(row.name(), 22),
                    item.at(),
                    item.message()));
      }
    }
    out.append("\nWHAT IS WRONG NOW, BY RULE\n");
    if (byRule.isEmpty()) {
      out.append("  nothing\n");
    }
    byRule.forEach(
        (rule, lines) ->
            out.append(rule).append(" (").append(counts.get(rule)).append(")\n").append(lines));

    List<Deadline> next = view.upcoming().stream().limit(deadlines).toList();
    out.append("\nNEXT ")
        .append(next.size())
        .append(" DEADLINES (of ")
        .append(view.upcoming().size())
        .append(" in the next ")
        .append(HtmlReport.CHART_DAYS)
        .append(" days)\n");
    for (Deadline deadline : next) {
      ReportItem item = deadline.item();
      out.append(
          String.format(
              Locale.ROOT,
              "  %s  %-22s %-13s %s: %s\n",
              item.at(),
              clip(view.rowOf(deadline.account()).name(), 22),
              item.ruleId(),
              item.subject(),
              item.threshold()));
    }
    return out.toString();
  }

  private static String clip(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "~";
  }
}
