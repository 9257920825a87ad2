package org.accountgovernance.flink;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An event the job did not apply, with the reason: it came too late (at or before what the job had
 * already notified, or behind the watermark in event-time mode), or the rules refused it (an
 * unknown issue, a second opening, a downgrade to a higher level, an unknown trigger kind). The job
 * sends these to {@link AccountGovernanceFunction#REFUSED}, a side output; the account's state is
 * unchanged by them.
 *
 * <p>Example: {@code late: 2026-03-02T09:00:00Z is at or before 2026-03-04T08:00:00Z, up to which
 * ACME is notified}. A Flink POJO; mutable.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class RefusedEvent {
  private @Nullable AccountEvent event;
  private @Nullable String reason;

  /** An empty refusal, for Flink's POJO serializer. */
  public RefusedEvent() {}

  /**
   * A refusal.
   *
   * @param event the event not applied
   * @param reason why, starting with {@code "late: "} or {@code "refused: "}
   * @return a new refusal
   */
  public static RefusedEvent of(AccountEvent event, String reason) {
    RefusedEvent refused = new RefusedEvent();
    refused.event = event;
    refused.reason = reason;
    return refused;
  }

  /**
   * The event.
   *
   * @return the event that was not applied
   */
  public @Nullable AccountEvent getEvent() {
    return event;
  }

  /**
   * Sets the event.
   *
   * @param event the event that was not applied
   */
  public void setEvent(@Nullable AccountEvent event) {
    this.event = event;
  }

  /**
   * Why.
   *
   * @return the reason, starting with {@code "late: "} or {@code "refused: "}
   */
  public @Nullable String getReason() {
    return reason;
  }

  /**
   * Sets why.
   *
   * @param reason the reason
   */
  public void setReason(@Nullable String reason) {
    this.reason = reason;
  }

  @Override
  public String toString() {
    return reason + " (" + event + ")";
  }
}
