package org.accountgovernance.examples.portfolio;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.IssueId;
import org.accountgovernance.core.account.AccountSnapshot;

/**
 * One account of a portfolio: its display name, everything the playbook looks at (the {@link
 * AccountSnapshot}), and the titles people gave its issues, which the snapshot does not carry.
 *
 * <p>Example: {@code account.name()} is {@code "Halvorsen Marine Drives"}, {@code account.id()} is
 * {@code HALVORSEN-MARINE}, {@code account.issueTitle(IssueId.of("HMD-1042"))} is {@code
 * Optional.of("Gearbox housings shipped two days late")}.
 *
 * @param name the account's name for people (the id when the file gives none)
 * @param snapshot the facts the playbook evaluates
 * @param issueTitles the issues' titles, by issue id; issues without a title are absent
 */
public record PortfolioAccount(
    String name, AccountSnapshot snapshot, Map<IssueId, String> issueTitles) {

  /** An account; the map is copied. */
  public PortfolioAccount {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(snapshot, "snapshot");
    issueTitles = Map.copyOf(issueTitles);
  }

  /** The account's id. */
  public AccountId id() {
    return snapshot.account();
  }

  /** The title of the issue {@code id}, if it has one. */
  public Optional<String> issueTitle(IssueId id) {
    return Optional.ofNullable(issueTitles.get(id));
  }
}
