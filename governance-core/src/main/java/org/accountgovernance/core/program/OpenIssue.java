package org.accountgovernance.core.program;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.accountgovernance.core.IssueId;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An open issue as the account-level criteria see it: which product it concerns and what kind of
 * problem it is (a bug, latency, a service disruption…).
 *
 * <p>Example: {@code OpenIssue.of(IssueId.of("CASE-12"), "Analytics", "latency")}.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class OpenIssue {
  OpenIssue() {}

  /**
   * The issue.
   *
   * @return the issue's identity in the host's system
   */
  @Value.Parameter
  public abstract IssueId issueId();

  /**
   * The product it concerns.
   *
   * @return the product the issue concerns, as the host names it (e.g. {@code "Analytics"}); never
   *     blank
   */
  @Value.Parameter
  public abstract String product();

  /**
   * The kind of problem, in the host's words.
   *
   * @return the kind of problem, in the host's words (e.g. {@code "latency"}); never blank
   */
  @Value.Parameter
  public abstract String kind();

  /**
   * An open issue.
   *
   * @param issueId the issue's identity
   * @param product the product it concerns; must not be blank
   * @param kind the kind of problem, in the host's words; must not be blank
   * @return the open issue
   */
  public static OpenIssue of(IssueId issueId, String product, String kind) {
    return ImmutableOpenIssue.of(issueId, product, kind);
  }

  @Value.Check
  void check() {
    Checks.notBlank("OpenIssue[" + issueId() + "].product", product());
    Checks.notBlank("OpenIssue[" + issueId() + "].kind", kind());
  }
}
