package org.accountgovernance.examples.portfolio;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.account.AccountSnapshot;

/**
 * A portfolio of accounts as loaded from a file: where it came from, what it says about itself, the
 * instant it was written to be evaluated at, and its accounts in the file's order.
 *
 * <pre>{@code
 * Portfolio portfolio = PortfolioLoader.ofDefaults().loadSample();
 * Instant now = portfolio.asOf().orElseThrow();            // 2026-11-23T09:00:00Z
 * for (AccountSnapshot snapshot : portfolio.snapshots()) {
 *   GovernanceReport report = Playbook.ofDefaults().report(snapshot, now);
 * }
 * }</pre>
 *
 * @param source the file's name, as given to the loader
 * @param description what the portfolio is, if the file says
 * @param asOf the instant the portfolio was written to be evaluated at, if the file says
 * @param accounts the accounts, in the file's order, with unique ids
 */
public record Portfolio(
    String source,
    Optional<String> description,
    Optional<Instant> asOf,
    List<PortfolioAccount> accounts) {

  /** A portfolio; the list is copied. */
  public Portfolio {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(asOf, "asOf");
    accounts = List.copyOf(accounts);
  }

  /** Every account's snapshot, in the file's order. */
  public List<AccountSnapshot> snapshots() {
    return accounts.stream().map(PortfolioAccount::snapshot).toList();
  }

  /** The account with {@code id}, if the portfolio has it. */
  public Optional<PortfolioAccount> account(AccountId id) {
    return accounts.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** How many issues the accounts have in all. */
  public int issueCount() {
    return accounts.stream().mapToInt(a -> a.snapshot().issues().size()).sum();
  }
}
