package org.accountgovernance.rules.portfolio;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Comparator;
import java.util.Objects;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.account.ReportItem;
import org.apiguardian.api.API;

/**
 * Something coming due in one account of a portfolio: the account and the report's {@link
 * ReportItem.Kind#DUE} item (when, which rule, what is owed).
 *
 * <p>Example: {@code ACME DUE 2026-03-06T22:59:59.999999999Z UPD-FRIDAY account-escalation AEM-7:
 * YELLOW update due}.
 *
 * @param account the account the deadline belongs to
 * @param item the deadline, as the account's report states it
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Deadline(AccountId account, ReportItem item) implements Comparable<Deadline> {
  private static final Comparator<Deadline> SOONEST =
      Comparator.comparing((Deadline d) -> d.item().at())
          .thenComparing(Deadline::account)
          .thenComparing(Deadline::item);

  /**
   * Checks the parts.
   *
   * @param account the account the deadline belongs to
   * @param item the deadline; must be a {@link ReportItem.Kind#DUE} item
   * @throws IllegalArgumentException when the item is not a deadline
   */
  public Deadline {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(item, "item");
    if (item.kind() != ReportItem.Kind.DUE) {
      throw new IllegalArgumentException(
          "Deadline.item.kind must be DUE but was " + item.kind() + " (" + item + ")");
    }
  }

  /** Soonest first; ties by account, then by the item's own order. */
  @Override
  public int compareTo(Deadline other) {
    return SOONEST.compare(this, other);
  }

  @Override
  public String toString() {
    return account + " " + item;
  }
}
