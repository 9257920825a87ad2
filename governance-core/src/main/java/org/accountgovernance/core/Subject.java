package org.accountgovernance.core;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What a decision or finding is about: an issue, an account, a process, a meeting. For example
 * {@code Subject.issue(IssueId.of("CASE-4711"))} or {@code Subject.of("process", "Quote
 * approval")}.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class Subject implements Comparable<Subject> {
  Subject() {}

  /**
   * The kind of thing, in lower case, e.g. {@code "issue"}.
   *
   * @return the kind of thing in lower case, e.g. {@code "issue"}, {@code "account"} or {@code
   *     "process"}; never blank
   */
  @Value.Parameter
  public abstract String kind();

  /**
   * The identifier of the thing within its kind.
   *
   * @return the thing's identifier within its kind, e.g. an issue number or a process name; never
   *     blank
   */
  @Value.Parameter
  public abstract String id();

  /**
   * A subject of any kind.
   *
   * @param kind the kind of thing in lower case, e.g. {@code "meeting"}; must not be blank
   * @param id the identifier of the thing within its kind; must not be blank
   * @return the subject naming that thing
   */
  public static Subject of(String kind, String id) {
    return ImmutableSubject.of(kind, id);
  }

  /**
   * The subject for an issue.
   *
   * @param id the issue the decision or finding is about
   * @return a subject of kind {@code "issue"} with the issue's identifier
   */
  public static Subject issue(IssueId id) {
    return of("issue", id.value());
  }

  /**
   * The subject for an account.
   *
   * @param id the account the decision or finding is about
   * @return a subject of kind {@code "account"} with the account's identifier
   */
  public static Subject account(AccountId id) {
    return of("account", id.value());
  }

  @Value.Check
  void check() {
    Checks.notBlank("Subject.kind", kind());
    Checks.notBlank("Subject.id", id());
  }

  @Override
  public int compareTo(Subject other) {
    int byKind = kind().compareTo(other.kind());
    return byKind != 0 ? byKind : id().compareTo(other.id());
  }

  @Override
  public String toString() {
    return kind() + " " + id();
  }
}
