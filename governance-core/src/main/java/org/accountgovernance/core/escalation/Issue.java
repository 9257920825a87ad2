package org.accountgovernance.core.escalation;

import static org.apiguardian.api.API.Status.MAINTAINED;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.IssueId;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A customer issue as the escalation rules see it: who it belongs to, when it was opened, the facts
 * known at opening, and what happened since.
 *
 * <pre>{@code
 * Issue issue = Issue.builder()
 *     .id(IssueId.of("CASE-4711"))
 *     .account(AccountId.of("ACME-EU"))
 *     .openedAt(Instant.parse("2026-03-02T08:00:00Z"))
 *     .addTrigger(Trigger.yieldDrop(new BigDecimal("7")))
 *     .addEvent(IssueEvent.responded(Instant.parse("2026-03-02T09:30:00Z")))
 *     .build();
 * }</pre>
 *
 * <p>Events may be given in any order; they are applied by instant, and events at the same instant
 * in the order given. No event may be before {@link #openedAt()}.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class Issue {
  Issue() {}

  /**
   * The issue's identity.
   *
   * @return the issue's identity in the host's system
   */
  public abstract IssueId id();

  /**
   * The account the issue belongs to.
   *
   * @return the account the issue belongs to
   */
  public abstract AccountId account();

  /**
   * When the issue was opened: every clock starts here.
   *
   * @return the instant the issue was opened; no event may come before it
   */
  public abstract Instant openedAt();

  /**
   * The facts known when the issue was opened, in any order.
   *
   * @return the facts known at opening, which decide the opening level; empty when none was known
   */
  public abstract List<Trigger> triggers();

  /**
   * What happened after opening, in any order.
   *
   * @return what happened after opening, in the order the host recorded it; empty when nothing has
   */
  public abstract List<IssueEvent> events();

  /**
   * A builder.
   *
   * @return a new builder with nothing set; id, account and openedAt are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Issue}; id, account and openedAt are required. */
  public static final class Builder extends ImmutableIssue.Builder {}

  @Value.Check
  void check() {
    for (int i = 0; i < events().size(); i++) {
      IssueEvent event = events().get(i);
      if (event.at().isBefore(openedAt())) {
        throw Checks.failure(
            "Issue[" + id() + "].events[" + i + "].at",
            "at or after openedAt " + openedAt(),
            event.at() + " (" + event.type() + ")");
      }
    }
  }

  /**
   * The events in the order they apply: by instant, ties in the order given.
   *
   * @return the events sorted by instant, same-instant events in the order given; empty when there
   *     are none
   */
  @Value.Derived
  @Value.Auxiliary
  public List<IssueEvent> timeline() {
    // A stable sort keeps same-instant events in the order the host recorded them.
    return ImmutableList.sortedCopyOf(Comparator.comparing(IssueEvent::at), events());
  }
}
