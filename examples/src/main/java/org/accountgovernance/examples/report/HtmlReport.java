package org.accountgovernance.examples.report;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.accountgovernance.core.account.ReportItem;
import org.accountgovernance.core.update.RagStatus;
import org.accountgovernance.rules.portfolio.Deadline;

/**
 * The portfolio as one self-contained HTML page (no scripts, no external files): a RED / YELLOW /
 * GREEN table of accounts and a bar chart of the deadlines in the next 30 days, each bar split by
 * the status of the accounts the deadlines belong to.
 *
 * <p>Example: {@code Files.writeString(path, HtmlReport.render(view))}.
 */
public final class HtmlReport {
  /** Days the chart covers, from the evaluation day (UTC) on. */
  public static final int CHART_DAYS = 30;

  private static final Map<RagStatus, String> COLOURS =
      new EnumMap<>(
          Map.of(
              RagStatus.RED, "#d64545", RagStatus.YELLOW, "#e0b030", RagStatus.GREEN, "#3a9a5b"));

  private HtmlReport() {}

  /**
   * Renders the view.
   *
   * @param view the evaluated portfolio
   * @return a complete HTML document
   */
  public static String render(PortfolioView view) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>Account governance: ")
        .append(escape(view.title()))
        .append("</title>\n<style>\n")
        .append("body{font-family:system-ui,sans-serif;margin:2rem;color:#222}\n")
        .append("table{border-collapse:collapse;margin:1rem 0}\n")
        .append("th,td{padding:.3rem .7rem;border-bottom:1px solid #ddd;text-align:left}\n")
        .append("td.n{text-align:right}\n")
        .append(".RED{background:#d64545;color:#fff}.YELLOW{background:#e0b030}")
        .append(".GREEN{background:#3a9a5b;color:#fff}\n")
        .append("td.status{font-weight:600;text-align:center}\n")
        .append("</style>\n</head>\n<body>\n");
    html.append("<h1>Account governance report</h1>\n<p>")
        .append(escape(view.title()))
        .append("</p>\n");
    html.append("<p>Evaluated at ")
        .append(view.at())
        .append(". ")
        .append(view.statusCounts())
        .append(".</p>\n");

    html.append("<h2>Deadlines in the next ").append(CHART_DAYS).append(" days</h2>\n");
    chart(view, html);
    html.append(
            "<p class=\"legend\">Each bar: the deadlines due that day (UTC), coloured by the status of")
        .append(" the account they belong to: <span class=\"RED\">&nbsp;RED&nbsp;</span> ")
        .append("<span class=\"YELLOW\">&nbsp;YELLOW&nbsp;</span> ")
        .append("<span class=\"GREEN\">&nbsp;GREEN&nbsp;</span></p>\n");

    html.append("<h2>Accounts</h2>\n<table>\n<tr><th>Status</th><th>Account</th>")
        .append("<th>Open issues</th><th>Top level</th><th>Wrong now</th><th>Due</th>")
        .append("<th>Most urgent</th><th>Next change</th></tr>\n");
    for (PortfolioView.Row row : view.rows().stream().sorted(TerminalReport.TRIAGE).toList()) {
      RagStatus status = row.report().status();
      html.append("<tr><td class=\"status ")
          .append(status)
          .append("\">")
          .append(status)
          .append("</td><td>")
          .append(escape(row.name()))
          .append("</td><td class=\"n\">")
          .append(row.openIssues())
          .append("</td><td>")
          .append(escape(row.topLevel()))
          .append("</td><td class=\"n\">")
          .append(row.count(ReportItem.Kind.WRONG))
          .append("</td><td class=\"n\">")
          .append(row.count(ReportItem.Kind.DUE))
          .append("</td><td>")
          .append(
              row.report().items().stream()
                  .filter(i -> i.kind() != ReportItem.Kind.PAST)
                  .findFirst()
                  .map(i -> escape(i.ruleId() + ": " + i.message()))
                  .orElse(""))
          .append("</td><td>")
          .append(row.report().nextChangeAt().map(Object::toString).orElse("-"))
          .append("</td></tr>\n");
    }
    html.append("</table>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void chart(PortfolioView view, StringBuilder html) {
    LocalDate first = view.at().atOffset(ZoneOffset.UTC).toLocalDate();
    List<Map<RagStatus, Integer>> perDay = new ArrayList<>();
    for (int d = 0; d < CHART_DAYS; d++) {
      perDay.add(new EnumMap<>(RagStatus.class));
    }
    for (Deadline deadline : view.upcoming()) {
      LocalDate day = deadline.item().at().atOffset(ZoneOffset.UTC).toLocalDate();
      long index = day.toEpochDay() - first.toEpochDay();
      if (index >= 0 && index < CHART_DAYS) {
        perDay
            .get((int) index)
            .merge(view.rowOf(deadline.account()).report().status(), 1, Integer::sum);
      }
    }
    int max = 1;
    for (Map<RagStatus, Integer> day : perDay) {
      max = Math.max(max, day.values().stream().mapToInt(Integer::intValue).sum());
    }
    int barWidth = 22;
    int height = 200;
    int left = 40;
    int width = left + CHART_DAYS * barWidth + 10;
    html.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height + 40)
        .append("\" role=\"img\" aria-label=\"deadlines per day\">\n");
    html.append("<line x1=\"")
        .append(left)
        .append("\" y1=\"")
        .append(height)
        .append("\" x2=\"")
        .append(width - 10)
        .append("\" y2=\"")
        .append(height)
        .append("\" stroke=\"#888\"/>\n");
    html.append("<text x=\"")
        .append(left - 6)
        .append("\" y=\"14\" text-anchor=\"end\" font-size=\"11\">")
        .append(max)
        .append("</text>\n");
    html.append("<text x=\"")
        .append(left - 6)
        .append("\" y=\"")
        .append(height)
        .append("\" text-anchor=\"end\" font-size=\"11\">0</text>\n");
    for (int d = 0; d < CHART_DAYS; d++) {
      int x = left + d * barWidth + 2;
      int y = height;
      // Stack RED at the bottom: the deadlines that matter most sit on the axis.
      for (RagStatus status : List.of(RagStatus.RED, RagStatus.YELLOW, RagStatus.GREEN)) {
        int n = perDay.get(d).getOrDefault(status, 0);
        if (n == 0) {
          continue;
        }
        int h = Math.max(1, Math.round((float) n * (height - 10) / max));
        y -= h;
        html.append("<rect x=\"")
            .append(x)
            .append("\" y=\"")
            .append(y)
            .append("\" width=\"")
            .append(barWidth - 4)
            .append("\" height=\"")
            .append(h)
            .append("\" fill=\"")
            .append(COLOURS.get(status))
            .append("\"><title>")
            .append(first.plusDays(d))
            .append(": ")
            .append(n)
            .append(' ')
            .append(status)
            .append("</title></rect>\n");
      }
      if (d % 5 == 0) {
        html.append("<text x=\"")
            .append(x + (barWidth - 4) / 2)
            .append("\" y=\"")
            .append(height + 16)
            .append("\" text-anchor=\"middle\" font-size=\"11\">")
            .append(first.plusDays(d))
            .append("</text>\n");
      }
    }
    html.append("</svg>\n");
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
