package org.accountgovernance.core.program;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.IssueId;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What a support manager knows about an account when deciding whether it needs an account-level
 * escalation (AEM-CRITERIA): its open issues and the circumstances around them.
 *
 * <pre>{@code
 * AccountSituation.builder().account(AccountId.of("ACME-EU"))
 *     .addOpenIssue(OpenIssue.of(IssueId.of("CASE-1"), "Analytics", "bug"))
 *     .addOpenIssue(OpenIssue.of(IssueId.of("CASE-2"), "Analytics", "latency"))
 *     .renewalAtStake(true)
 *     .build();
 * }</pre>
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class AccountSituation {
  AccountSituation() {}

  /** The account. */
  public abstract AccountId account();

  /** Its open issues. */
  public abstract List<OpenIssue> openIssues();

  /** Whether the escalation has very high visibility at the supplier's leadership level. */
  @Value.Default
  public boolean leadershipVisibility() {
    return false;
  }

  /** Whether a new deal or a renewal is at stake. */
  @Value.Default
  public boolean renewalAtStake() {
    return false;
  }

  /** Whether the issues have a high financial impact. */
  @Value.Default
  public boolean highFinancialImpact() {
    return false;
  }

  /** Whether legal is involved. */
  @Value.Default
  public boolean legalInvolvement() {
    return false;
  }

  /** A builder; flags default to {@code false}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AccountSituation}. */
  public static final class Builder extends ImmutableAccountSituation.Builder {}

  @Value.Check
  void check() {
    Set<IssueId> seen = new HashSet<>();
    for (OpenIssue issue : openIssues()) {
      Checks.check(
          seen.add(issue.issueId()),
          "AccountSituation.openIssues",
          "free of duplicate issues",
          "issue " + issue.issueId() + " listed twice");
    }
  }
}
