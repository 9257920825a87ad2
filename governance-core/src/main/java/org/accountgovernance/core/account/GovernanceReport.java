package org.accountgovernance.core.account;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.authority.Permission;
import org.accountgovernance.core.cadence.CadenceReport;
import org.accountgovernance.core.engagement.EngagementReport;
import org.accountgovernance.core.escalation.EscalationDecision;
import org.accountgovernance.core.program.ProgramReport;
import org.accountgovernance.core.readiness.ReadinessReport;
import org.accountgovernance.core.update.RagStatus;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The whole playbook's answer for one account at one instant: every escalation decision, the
 * account-level escalation, cadence and engagement reports, the readiness checklist, every finding
 * and deadline ordered by urgency, the overall status, and when any of it next changes by time
 * alone.
 *
 * <p>Example: {@code report.items().get(0)} is the oldest thing wrong; {@code report.status()} is
 * RED while an issue sits at the top of its ladder or the account-level escalation is RED.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class GovernanceReport {
  GovernanceReport() {}

  /**
   * The account.
   *
   * @return the account the report is about
   */
  public abstract AccountId account();

  /**
   * The evaluation instant.
   *
   * @return the instant at which the playbook was evaluated; every part of the report holds at this
   *     instant
   */
  public abstract Instant at();

  /**
   * The overall status.
   *
   * @return the account's overall health: RED while an open issue sits at the top of its ladder or
   *     the open account-level escalation is RED, YELLOW while anything is wrong or that escalation
   *     is YELLOW, GREEN otherwise
   */
  public abstract RagStatus status();

  /**
   * One decision per issue, in the snapshot's order.
   *
   * @return one escalation decision per issue of the snapshot, in the snapshot's order; empty when
   *     the account has no issues
   */
  public abstract List<EscalationDecision> decisions();

  /**
   * The account-level escalation's report.
   *
   * @return the report on the account-level escalation; empty when the snapshot has none, or none
   *     has started by {@link #at()}
   */
  public abstract Optional<ProgramReport> program();

  /**
   * The operating cadence's report.
   *
   * @return the report on the operating cadence; empty when the snapshot has no meetings
   */
  public abstract Optional<CadenceReport> cadence();

  /**
   * Executive involvement's report.
   *
   * @return the report on executive involvement; empty when the snapshot has no relationship
   */
  public abstract Optional<EngagementReport> engagement();

  /**
   * The readiness checklist.
   *
   * @return the readiness checklist; empty when the snapshot has no readiness facts
   */
  public abstract Optional<ReadinessReport> readiness();

  /**
   * RACI-WRITTEN's answer for every action request on record at {@link #at()}: may it proceed, on
   * whose approval.
   *
   * @return one permission per request, in the snapshot's order
   */
  public abstract List<Permission> permissions();

  /**
   * Everything wrong or coming due, most urgent first.
   *
   * @return every finding and deadline of every part, in the order of {@link ReportItem}'s urgency;
   *     empty when nothing is wrong, due or on record
   */
  public abstract List<ReportItem> items();

  /**
   * The earliest instant after {@link #at()} at which any part changes with no new fact.
   *
   * @return when to evaluate again if no new fact arrives; empty when no part would change by time
   *     alone
   */
  public abstract Optional<Instant> nextChangeAt();

  /**
   * A builder, for playbooks.
   *
   * @return a new builder with nothing set, for playbooks that assemble a report
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GovernanceReport}. */
  public static final class Builder extends ImmutableGovernanceReport.Builder {}
}
