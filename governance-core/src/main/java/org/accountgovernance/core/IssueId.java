package org.accountgovernance.core;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The identity of an issue (a ticket, a case) in the host's system, e.g. {@code
 * IssueId.of("CASE-4711")}.
 *
 * <p>Any non-blank string; compared by exact value.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class IssueId implements Comparable<IssueId> {
  IssueId() {}

  /**
   * The host's identifier.
   *
   * @return the ticket or case number exactly as the host's system stores it; never blank, compared
   *     case-sensitively
   */
  @Value.Parameter
  public abstract String value();

  /**
   * Creates an issue identifier.
   *
   * @param value the host's ticket or case number, e.g. {@code "CASE-4711"}; must not be blank
   * @return the issue identity wrapping {@code value}, equal to any other made from the same string
   * @throws IllegalArgumentException when {@code value} is blank
   */
  public static IssueId of(String value) {
    return ImmutableIssueId.of(value);
  }

  @Value.Check
  void check() {
    Checks.notBlank("IssueId.value", value());
  }

  @Override
  public int compareTo(IssueId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
