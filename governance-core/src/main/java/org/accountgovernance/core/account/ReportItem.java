package org.accountgovernance.core.account;

import java.time.Instant;
import java.util.Comparator;
import org.accountgovernance.core.Finding;
import org.accountgovernance.core.RuleId;
import org.accountgovernance.core.Subject;
import org.immutables.value.Value;

/**
 * One line of a governance report: something already wrong (a finding, since when) or something
 * coming due (a deadline, when). Items sort by urgency: what is wrong first, oldest first; then
 * what is due, soonest first.
 *
 * <p>Example: {@code DUE 2026-03-06T22:59:59.999999999Z UPD-FRIDAY account-escalation AEM-7 "YELLOW
 * update due"}.
 */
@Value.Immutable
public abstract class ReportItem implements Comparable<ReportItem> {
  private static final Comparator<ReportItem> URGENCY =
      Comparator.comparing(ReportItem::kind)
          .thenComparing(ReportItem::at)
          .thenComparing(ReportItem::ruleId)
          .thenComparing(ReportItem::subject)
          .thenComparing(ReportItem::message);

  ReportItem() {}

  /** Whether the item is wrong already or coming due. */
  public enum Kind {
    /** Something is wrong: a breach, an overdue update, a gap. */
    WRONG,
    /** A deadline ahead. */
    DUE
  }

  /** Wrong or due. */
  public abstract Kind kind();

  /** Since when it is wrong, or when it is due. */
  public abstract Instant at();

  /** The rule. */
  public abstract RuleId ruleId();

  /** What it concerns. */
  public abstract Subject subject();

  /** The observed value (for a deadline: what is owed). */
  public abstract String observed();

  /** The threshold. */
  public abstract String threshold();

  /** A sentence for people. */
  public abstract String message();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReportItem}. */
  public static final class Builder extends ImmutableReportItem.Builder {}

  /** The item for a finding. */
  public static ReportItem of(Finding finding) {
    return builder()
        .kind(Kind.WRONG)
        .at(finding.since())
        .ruleId(finding.ruleId())
        .subject(finding.subject())
        .observed(finding.observed())
        .threshold(finding.threshold())
        .message(finding.message())
        .build();
  }

  @Override
  public int compareTo(ReportItem other) {
    return URGENCY.compare(this, other);
  }

  @Override
  public String toString() {
    return kind() + " " + at() + " " + ruleId() + " " + subject() + ": " + message();
  }
}
