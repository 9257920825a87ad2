package org.accountgovernance.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.accountgovernance.core.escalation.Issue;
import org.accountgovernance.core.escalation.IssueEvent;
import org.accountgovernance.core.escalation.Trigger;
import org.accountgovernance.core.escalation.TriggerKind;

/**
 * What a CRM developer who writes the escalation matrix as a decision table or as rules would pass
 * it: one value per input column, folded from the issue's record by the host. Absent magnitudes
 * take a value that no threshold catches (zero, or "never" for the days until a line-down risk).
 *
 * <p>Written independently of {@code PlaybookEscalationPolicy}, so that the differential test
 * checks the policy's fold as well as its matrix: the triggers known at {@code now} (those added
 * after the issue was resolved are late paperwork), and the hours the issue stayed open and not
 * paused up to {@code now} or its resolution. For the issues of the testkit's generator (no manual
 * escalations or downgrades) the level is the matrix's verdict on those triggers, or L2 if that
 * verdict is L1 and the hours exceed 48 (ESC-AUTO): an issue escalated by a trigger no longer sits
 * at L1, and one at L2 or above stays there.
 *
 * @param delayDays the longest delivery delay, in days; 0 when none
 * @param lineDownRiskDays the fewest days until the customer's line may stop; {@link
 *     Integer#MAX_VALUE} when there is no such risk
 * @param yieldDrop the largest yield drop, in percentage points; 0 when none
 * @param costVariance the largest cost variance, in US dollars; 0 when none
 * @param paymentOverdueDays the longest payment delay, in days; 0 when none
 * @param financialImpact the largest financial impact, in US dollars; 0 when none
 * @param lineDownConfirmed whether the customer's line is down
 * @param safetyIncident whether there was a safety incident
 * @param legalBreach whether there was a legal breach
 * @param brandRisk whether the brand's reputation is at risk
 * @param hoursOpen hours the issue has been open, unresolved and not paused
 */
public record EscalationFacts(
    int delayDays,
    int lineDownRiskDays,
    double yieldDrop,
    double costVariance,
    int paymentOverdueDays,
    double financialImpact,
    boolean lineDownConfirmed,
    boolean safetyIncident,
    boolean legalBreach,
    boolean brandRisk,
    double hoursOpen) {

  /**
   * The facts of {@code issue} as they stand at {@code now}.
   *
   * @param issue an issue without manual escalations or downgrades
   * @param now the instant of the decision, at or after the issue's opening
   * @return the input columns' values
   */
  public static EscalationFacts of(Issue issue, Instant now) {
    List<Trigger> known = new ArrayList<>(issue.triggers());
    Instant end = now;
    Instant pausedSince = null;
    Duration paused = Duration.ZERO;
    List<IssueEvent> timeline = issue.timeline();
    int i = 0;
    while (i < timeline.size() && !timeline.get(i).at().isAfter(end)) {
      Instant at = timeline.get(i).at();
      int net = 0;
      boolean resolved = false;
      for (; i < timeline.size() && timeline.get(i).at().equals(at); i++) {
        IssueEvent event = timeline.get(i);
        event.trigger().ifPresent(known::add);
        switch (event.type()) {
          case PAUSED -> net++;
          case RESUMED -> net--;
          case RESOLVED -> resolved = true;
          default -> {}
        }
      }
      // A pause and a resumption at the same instant cancel out.
      if (net > 0 && pausedSince == null) {
        pausedSince = at;
      } else if (net < 0 && pausedSince != null) {
        paused = paused.plus(Duration.between(pausedSince, at));
        pausedSince = null;
      }
      if (resolved) {
        end = at;
        break;
      }
    }
    if (pausedSince != null) {
      paused = paused.plus(Duration.between(pausedSince, end));
    }
    Duration open = Duration.between(issue.openedAt(), end).minus(paused);
    // Nanoseconds, not whole seconds: 48 h and 1 ns is more than 48 h.
    return of(known, open.toNanos() / 3.6e12);
  }

  private static EscalationFacts of(List<Trigger> triggers, double hoursOpen) {
    int delay = 0;
    int lineDownRisk = Integer.MAX_VALUE;
    double yield = 0;
    double cost = 0;
    int payment = 0;
    double impact = 0;
    boolean lineDown = false;
    boolean safety = false;
    boolean legal = false;
    boolean brand = false;
    for (Trigger trigger : triggers) {
      TriggerKind kind = trigger.kind();
      if (kind.equals(TriggerKind.DELAY)) {
        delay = Math.max(delay, trigger.quantity().orElseThrow().intValueExact());
      } else if (kind.equals(TriggerKind.LINE_DOWN_RISK)) {
        lineDownRisk = Math.min(lineDownRisk, trigger.quantity().orElseThrow().intValueExact());
      } else if (kind.equals(TriggerKind.YIELD_DROP)) {
        yield = Math.max(yield, trigger.quantity().orElseThrow().doubleValue());
      } else if (kind.equals(TriggerKind.COST_VARIANCE)) {
        cost = Math.max(cost, trigger.amount().orElseThrow().getAmount().doubleValue());
      } else if (kind.equals(TriggerKind.PAYMENT_OVERDUE)) {
        payment = Math.max(payment, trigger.quantity().orElseThrow().intValueExact());
      } else if (kind.equals(TriggerKind.FINANCIAL_IMPACT)) {
        impact = Math.max(impact, trigger.amount().orElseThrow().getAmount().doubleValue());
      } else if (kind.equals(TriggerKind.LINE_DOWN_CONFIRMED)) {
        lineDown = true;
      } else if (kind.equals(TriggerKind.SAFETY_INCIDENT)) {
        safety = true;
      } else if (kind.equals(TriggerKind.LEGAL_BREACH)) {
        legal = true;
      } else if (kind.equals(TriggerKind.BRAND_RISK)) {
        brand = true;
      }
      // Unit defects and information requests are L1, the level of an issue with no trigger.
    }
    return new EscalationFacts(
        delay,
        lineDownRisk,
        yield,
        cost,
        payment,
        impact,
        lineDown,
        safety,
        legal,
        brand,
        hoursOpen);
  }
}
