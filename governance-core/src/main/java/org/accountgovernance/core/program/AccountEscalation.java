package org.accountgovernance.core.program;

import static org.apiguardian.api.API.Status.MAINTAINED;

import com.google.common.collect.ImmutableList;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An account-level escalation as recorded: the account, the zone whose calendar days and cut-offs
 * count, and the events so far.
 *
 * <pre>{@code
 * AccountEscalation escalation = AccountEscalation.builder()
 *     .id("AEM-2026-007").account(AccountId.of("ACME-EU")).zone(ZoneId.of("Europe/Berlin"))
 *     .addEvent(ProgramEvent.requested(t0, RequestSource.SALES, "renewal at risk"))
 *     .addEvent(ProgramEvent.declared(t1, RagStatus.RED, List.of("AEM-CRITERIA-ACCOUNT"), ""))
 *     .build();
 * ProgramReport report = PlaybookProgramPolicy.ofDefaults().evaluate(escalation, now);
 * }</pre>
 *
 * <p>Events may be given in any order; they apply by instant, ties in the order given.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class AccountEscalation {
  AccountEscalation() {}

  /**
   * The escalation record's id in the host's system.
   *
   * @return the escalation record's id in the host's system, e.g. {@code "AEM-2026-007"}; never
   *     blank
   */
  public abstract String id();

  /**
   * The account escalated.
   *
   * @return the account under account-level escalation
   */
  public abstract AccountId account();

  /**
   * The zone of the escalation: due days and cut-offs follow its calendar.
   *
   * @return the time zone whose calendar days and cut-offs decide when updates and action items are
   *     due
   */
  public abstract ZoneId zone();

  /**
   * What happened, in any order.
   *
   * @return the programme's events in the order the host recorded them; empty before anything has
   *     happened
   */
  public abstract List<ProgramEvent> events();

  /**
   * A builder.
   *
   * @return a new builder with nothing set; id, account and zone are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AccountEscalation}. */
  public static final class Builder extends ImmutableAccountEscalation.Builder {}

  @Value.Check
  void check() {
    Checks.notBlank("AccountEscalation.id", id());
  }

  /**
   * The events in the order they apply.
   *
   * @return the events sorted by instant, same-instant events in the order given; empty when there
   *     are none
   */
  @Value.Derived
  @Value.Auxiliary
  public List<ProgramEvent> timeline() {
    return ImmutableList.sortedCopyOf(Comparator.comparing(ProgramEvent::at), events());
  }
}
