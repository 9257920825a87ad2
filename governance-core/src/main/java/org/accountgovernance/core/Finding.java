package org.accountgovernance.core;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Something wrong or due that a governance rule found: an overdue response, a skipped weekly sync,
 * a process without an accountable role. It names the rule, the subject, the observed value and the
 * threshold, and the instant from which it has been true.
 *
 * <p>Example: a missed L2 response deadline is {@code Finding} {@code ESC-SLA} on {@code issue
 * CASE-4711}, observed {@code "no response"}, threshold {@code "respond by 2026-03-02T14:00:00Z"},
 * since {@code 2026-03-02T14:00:00.000000001Z}.
 *
 * <p>A finding is identified by its rule, subject and {@link #since()}: evaluated later, the same
 * finding may say more (a late response that has since arrived, with its lateness), so a host
 * de-duplicating notifications keys them on those three. Findings sort by {@link #since()}, then
 * rule id, subject, observed value, threshold and message: a stable, reproducible order.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class Finding implements Comparable<Finding> {
  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::since)
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::subject)
          .thenComparing(Finding::observed)
          .thenComparing(Finding::threshold)
          .thenComparing(Finding::message);

  Finding() {}

  /**
   * The rule that produced the finding.
   *
   * @return the id of the playbook rule that found the problem, e.g. {@code ESC-SLA}; one of the
   *     three values that identify the finding
   */
  public abstract RuleId ruleId();

  /**
   * What the finding is about.
   *
   * @return the issue, account, process or meeting that is wrong or due; one of the three values
   *     that identify the finding
   */
  public abstract Subject subject();

  /**
   * The observed value.
   *
   * @return what the rule saw, formatted for people (e.g. {@code "no response"}); never blank
   */
  public abstract String observed();

  /**
   * The threshold the observed value violates.
   *
   * @return the obligation or limit the observed value fails, formatted for people (e.g. {@code
   *     "respond by 2026-03-02T14:00:00Z"}); never blank
   */
  public abstract String threshold();

  /**
   * A sentence a person can act on.
   *
   * @return the sentence to show in a notification or a report line; never blank
   */
  public abstract String message();

  /**
   * The instant from which the finding has been true.
   *
   * @return the first instant at which the finding holds (for a missed deadline, the nanosecond
   *     after it); one of the three values that identify the finding
   */
  public abstract Instant since();

  /**
   * When it stopped being true — the late response came, the gap ended, the action was done — or
   * empty while it lasts (or when it is a fact of a moment, such as a meeting held without an
   * input).
   *
   * @return the first instant at which the finding no longer holds, never before {@link #since()};
   *     empty while the finding lasts, and for a finding of a single moment
   */
  public abstract Optional<Instant> until();

  /**
   * Whether the finding is still true at {@code instant}.
   *
   * @param instant the instant to test, typically a report's evaluation instant
   * @return {@code true} when {@code instant} is at or after {@link #since()} and the finding has
   *     not ended by then (before {@link #until()}, or no end recorded)
   */
  public boolean isOngoingAt(Instant instant) {
    return !instant.isBefore(since()) && until().map(instant::isBefore).orElse(true);
  }

  /**
   * A builder.
   *
   * @return a new builder with nothing set; {@link #until()} is the only attribute that may be left
   *     out
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}; every attribute is required. */
  public static final class Builder extends ImmutableFinding.Builder {}

  @Value.Check
  void check() {
    Checks.notBlank("Finding.observed", observed());
    Checks.notBlank("Finding.threshold", threshold());
    Checks.notBlank("Finding.message", message());
    if (until().isPresent() && until().get().isBefore(since())) {
      throw Checks.failure("Finding.until", "at or after since " + since(), until().get());
    }
  }

  @Override
  public int compareTo(Finding other) {
    return ORDER.compare(this, other);
  }
}
