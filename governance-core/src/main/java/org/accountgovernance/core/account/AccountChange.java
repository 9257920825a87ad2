package org.accountgovernance.core.account;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.accountgovernance.core.RuleId;
import org.accountgovernance.core.Subject;
import org.accountgovernance.core.internal.Checks;
import org.accountgovernance.core.update.RagStatus;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Something that became true for an account at its own instant: an issue entered a level, a
 * response deadline came near or was missed, a finding started, or the overall status moved. A host
 * that last evaluated an account at {@code a} and now holds facts up to {@code b} asks the playbook
 * for the changes in {@code (a, b]} ({@code Playbook.changesBetween}) and notifies each one exactly
 * once, stamped with {@link #at()}.
 *
 * <p>Example: {@code 2026-03-04T08:00:00.000000001Z LEVEL ESC-AUTO issue CASE-1 "L2: unresolved at
 * L1 for more than PT48H"}; {@code 2026-03-04T08:00:00.000000001Z STATUS account ACME "GREEN ->
 * YELLOW"}.
 *
 * <p>The natural order (instant, kind, subject, rule, text) is for sets and display; it does not
 * keep the order of changes at one instant, which {@code Playbook.changesBetween} lists as they
 * happened (an issue entered at L1 before it was bypassed to L3). Sort such a list by {@link #at()}
 * only, or not at all.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class AccountChange implements Comparable<AccountChange> {
  private static final Comparator<AccountChange> ORDER =
      Comparator.comparing(AccountChange::at)
          .thenComparing(AccountChange::type)
          .thenComparing(AccountChange::subject)
          .thenComparing(c -> c.ruleId().map(RuleId::value).orElse(""))
          .thenComparing(AccountChange::description);

  AccountChange() {}

  /** The kind of change. */
  public enum Type {
    /** An issue entered a level (opened at it, escalated by a rule or by hand, downgraded). */
    LEVEL,
    /** An issue's response deadline is near. */
    WARNING,
    /** An issue's response deadline passed without a response. */
    BREACH,
    /** A finding started: something is wrong from {@link #at()} on. */
    FINDING,
    /** The account's overall RED/YELLOW/GREEN status moved to {@link #status()}. */
    STATUS
  }

  /**
   * When it became true.
   *
   * @return the instant the change became true (for a breach, the nanosecond after the deadline):
   *     the time to stamp the notification with
   */
  public abstract Instant at();

  /**
   * The kind of change.
   *
   * @return a level change, a warning, a breach, a new finding, or a new overall status
   */
  public abstract Type type();

  /**
   * What it is about.
   *
   * @return the issue of a level change, warning or breach; the finding's subject; the account for
   *     a status change
   */
  public abstract Subject subject();

  /**
   * The rule behind it.
   *
   * @return the playbook rule behind the change, e.g. {@code ESC-AUTO}; empty for a status change,
   *     which follows from all rules together
   */
  public abstract Optional<RuleId> ruleId();

  /**
   * The level concerned.
   *
   * @return the id of the level entered, warned about or breached, e.g. {@code "L2"}; empty for
   *     findings and status changes
   */
  public abstract Optional<String> levelId();

  /**
   * The overall status the account moved to.
   *
   * @return the new status for a {@link Type#STATUS} change; empty otherwise
   */
  public abstract Optional<RagStatus> status();

  /**
   * A sentence for a notification.
   *
   * @return the sentence to send, e.g. {@code "L2 response due 2026-03-02T12:00:00Z was missed"}
   */
  public abstract String description();

  /**
   * A builder.
   *
   * @return a new builder; at, type, subject and description are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AccountChange}. */
  public static final class Builder extends ImmutableAccountChange.Builder {}

  @Value.Check
  void check() {
    if (status().isPresent() != (type() == Type.STATUS)) {
      throw Checks.failure(
          "AccountChange.status",
          "present exactly for a STATUS change (type " + type() + ")",
          status());
    }
  }

  @Override
  public int compareTo(AccountChange other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return at()
        + " "
        + type()
        + ruleId().map(r -> " " + r.value()).orElse("")
        + " "
        + subject()
        + " \""
        + description()
        + "\"";
  }
}
