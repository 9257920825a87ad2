package org.accountgovernance.examples.report;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.account.GovernanceReport;
import org.accountgovernance.core.account.ReportItem;
import org.accountgovernance.core.escalation.EscalationDecision;
import org.accountgovernance.core.update.RagStatus;
import org.accountgovernance.rules.portfolio.Deadline;

/**
 * What both renderings show: each account's report with its display name, and the deadlines ahead
 * across the portfolio, all at one instant.
 *
 * <p>Example: {@code new PortfolioView("Sample", at, rows, sweep.upcoming(10))}.
 *
 * @param title what the portfolio is
 * @param at the evaluation instant
 * @param rows one per account, in the order to show them
 * @param upcoming the deadlines across the portfolio, soonest first; from {@link
 *     PortfolioReport#evaluate}, those of the chart's {@value HtmlReport#CHART_DAYS} UTC days
 *     starting at the evaluation day
 */
public record PortfolioView(String title, Instant at, List<Row> rows, List<Deadline> upcoming) {

  /**
   * Copies the lists.
   *
   * @param title what the portfolio is
   * @param at the evaluation instant
   * @param rows one per account
   * @param upcoming the soonest deadlines
   */
  public PortfolioView {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(at, "at");
    rows = List.copyOf(rows);
    upcoming = List.copyOf(upcoming);
    Set<AccountId> accounts = new HashSet<>();
    for (Row row : rows) {
      if (!accounts.add(row.report().account())) {
        throw new IllegalArgumentException(
            "PortfolioView.rows must hold one row per account but had two of "
                + row.report().account());
      }
    }
    for (Deadline deadline : upcoming) {
      if (!accounts.contains(deadline.account())) {
        throw new IllegalArgumentException(
            "PortfolioView.upcoming must hold deadlines of the rows' accounts but had one of "
                + deadline.account());
      }
    }
  }

  /**
   * The row of an account in the view.
   *
   * @param account an account with a row (every deadline's account has one)
   * @return its row
   * @throws IllegalArgumentException when the account has no row, naming it
   */
  public Row rowOf(AccountId account) {
    return rows.stream()
        .filter(r -> r.report().account().equals(account))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "PortfolioView.rowOf.account must be an account of the view but was "
                        + account));
  }

  /**
   * How many accounts have each status, for a summary line.
   *
   * @return e.g. {@code RED 6, YELLOW 10, GREEN 9}
   */
  public String statusCounts() {
    return "RED "
        + count(RagStatus.RED)
        + ", YELLOW "
        + count(RagStatus.YELLOW)
        + ", GREEN "
        + count(RagStatus.GREEN);
  }

  /**
   * One account: its name and its report.
   *
   * @param name the account's display name
   * @param report the account's governance report at the view's instant
   */
  public record Row(String name, GovernanceReport report) {
    /**
     * Checks the parts.
     *
     * @param name the account's display name
     * @param report its report
     */
    public Row {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(report, "report");
    }

    /**
     * Issues not yet resolved.
     *
     * @return how many of the account's issues are open or paused
     */
    public long openIssues() {
      return report.decisions().stream()
          .filter(d -> d.status() != EscalationDecision.Status.RESOLVED)
          .count();
    }

    /**
     * The highest level an open issue sits at.
     *
     * @return its level id, or "-" when no issue is open
     */
    public String topLevel() {
      return report.decisions().stream()
          .filter(d -> d.status() != EscalationDecision.Status.RESOLVED)
          .map(EscalationDecision::level)
          .max((a, b) -> Integer.compare(a.rank(), b.rank()))
          .map(l -> l.id())
          .orElse("-");
    }

    /**
     * Items of one kind.
     *
     * @param kind wrong, due or past
     * @return how many of the report's items are of that kind
     */
    public long count(ReportItem.Kind kind) {
      return report.items().stream().filter(i -> i.kind() == kind).count();
    }
  }

  /**
   * Accounts with a status.
   *
   * @param status RED, YELLOW or GREEN
   * @return how many accounts have it
   */
  public long count(RagStatus status) {
    return rows.stream().filter(r -> r.report().status() == status).count();
  }
}
