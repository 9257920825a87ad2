package org.accountgovernance.core.update;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Instant;
import java.time.ZoneId;
import org.apiguardian.api.API;

/**
 * SPI: when the next update of an escalation is due, given its status and the last update. The
 * playbook's cadence counts calendar days in the escalation's zone with a mandatory Friday ({@code
 * org.accountgovernance.rules.update.PlaybookUpdateCadence}); a host may count business days or
 * make another weekday mandatory.
 *
 * <p>Example: {@code cadence.due(RagStatus.RED, lastUpdate, ZoneId.of("America/Chicago"))} is the
 * end of the next day in Chicago.
 *
 * <p>Contract (checked by the testkit's {@code UpdateCadenceContract}): pure and thread-safe; the
 * due time is never before {@code lastUpdate}; a stricter status never gives a later due time; a
 * mandatory weekday between the update and the regular due day is never skipped.
 */
@API(status = MAINTAINED, since = "0.1.0")
@FunctionalInterface
public interface UpdateCadence {

  /**
   * The next update's due time for an escalation in {@code status} last updated at {@code
   * lastUpdate}, with days counted in {@code zone}.
   *
   * @param status the escalation's current status
   * @param lastUpdate the instant of the last update sent, or of the declaration when none has been
   * @param zone the escalation's time zone, in which days and cut-offs are counted
   * @return the due day, the last on-time instant and the rule behind them; never before {@code
   *     lastUpdate}
   */
  UpdateDue due(RagStatus status, Instant lastUpdate, ZoneId zone);
}
