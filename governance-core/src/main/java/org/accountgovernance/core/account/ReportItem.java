package org.accountgovernance.core.account;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.util.Comparator;
import org.accountgovernance.core.Finding;
import org.accountgovernance.core.RuleId;
import org.accountgovernance.core.Subject;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One line of a governance report: something wrong now (a finding, since when), something coming
 * due (a deadline, when), or something that was wrong and has ended. Items sort by urgency: what is
 * wrong first, oldest first; then what is due, soonest first; then the history.
 *
 * <p>Example: {@code DUE 2026-03-06T22:59:59.999999999Z UPD-FRIDAY account-escalation AEM-7 "YELLOW
 * update due"}.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
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
    /** Something is wrong now: a breach not yet answered, an update overdue, a gap that lasts. */
    WRONG,
    /** A deadline ahead. */
    DUE,
    /** Something that was wrong and has ended: history, listed last. */
    PAST
  }

  /**
   * Wrong or due.
   *
   * @return {@link Kind#WRONG} for something wrong now, {@link Kind#DUE} for a deadline ahead,
   *     {@link Kind#PAST} for something wrong that has ended
   */
  public abstract Kind kind();

  /**
   * Since when it is wrong, or when it is due.
   *
   * @return for a wrong or past item, the instant it became wrong; for a due item, the last instant
   *     that is still on time
   */
  public abstract Instant at();

  /**
   * The rule.
   *
   * @return the id of the playbook rule behind the item, e.g. {@code UPD-FRIDAY}
   */
  public abstract RuleId ruleId();

  /**
   * What it concerns.
   *
   * @return the issue, account, escalation or meeting the item concerns
   */
  public abstract Subject subject();

  /**
   * The observed value (for a deadline: what is owed).
   *
   * @return what was observed, formatted for people; for a due item, what is owed (e.g. {@code
   *     "YELLOW update owed"})
   */
  public abstract String observed();

  /**
   * The threshold.
   *
   * @return the obligation or limit the item is measured against, formatted for people (e.g. {@code
   *     "update by 2026-03-06T22:59:59.999999999Z"})
   */
  public abstract String threshold();

  /**
   * A sentence for people.
   *
   * @return the sentence shown on the report line
   */
  public abstract String message();

  /**
   * A builder.
   *
   * @return a new builder with nothing set; every attribute is required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReportItem}. */
  public static final class Builder extends ImmutableReportItem.Builder {}

  /**
   * The item for a finding at {@code now}: wrong while it lasts, past once it has ended.
   *
   * @param finding the finding to list
   * @param now the report's evaluation instant, which decides whether the finding is still wrong or
   *     history
   * @return an item dated at the finding's {@link Finding#since()} with its rule, subject and
   *     texts: {@link Kind#WRONG} while the finding holds at {@code now}, {@link Kind#PAST} once it
   *     has ended
   */
  public static ReportItem of(Finding finding, java.time.Instant now) {
    return builder()
        .kind(finding.isOngoingAt(now) ? Kind.WRONG : Kind.PAST)
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
