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

  /**
   * The account.
   *
   * @return the account considered for an account-level escalation
   */
  public abstract AccountId account();

  /**
   * Its open issues.
   *
   * @return the account's open issues, each at most once; empty when it has none
   */
  public abstract List<OpenIssue> openIssues();

  /**
   * Whether the escalation has very high visibility at the supplier's leadership level.
   *
   * @return {@code true} when the situation is watched at the supplier's leadership level; {@code
   *     false} by default
   */
  @Value.Default
  public boolean leadershipVisibility() {
    return false;
  }

  /**
   * Whether a new deal or a renewal is at stake.
   *
   * @return {@code true} when a new deal or a renewal depends on the outcome; {@code false} by
   *     default
   */
  @Value.Default
  public boolean renewalAtStake() {
    return false;
  }

  /**
   * Whether the issues have a high financial impact.
   *
   * @return {@code true} when the issues put a large amount of money at stake; {@code false} by
   *     default
   */
  @Value.Default
  public boolean highFinancialImpact() {
    return false;
  }

  /**
   * Whether legal is involved.
   *
   * @return {@code true} when the legal department of either side is involved; {@code false} by
   *     default
   */
  @Value.Default
  public boolean legalInvolvement() {
    return false;
  }

  /**
   * A builder; flags default to {@code false}.
   *
   * @return a new builder with nothing set; only the account is required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AccountSituation}. */
  public static final class Builder extends ImmutableAccountSituation.Builder {}

  @Value.Check
  void check() {
    Set<IssueId> seen = new HashSet<>();
    for (OpenIssue issue : openIssues()) {
      if (!seen.add(issue.issueId())) {
        throw Checks.failure(
            "AccountSituation.openIssues",
            "free of duplicate issues",
            "issue " + issue.issueId() + " listed twice");
      }
    }
  }
}
