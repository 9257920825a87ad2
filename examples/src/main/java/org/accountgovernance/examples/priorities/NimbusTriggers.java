package org.accountgovernance.examples.priorities;

import java.math.BigDecimal;
import java.util.List;
import org.accountgovernance.core.escalation.Trigger;
import org.accountgovernance.core.escalation.TriggerKind;
import org.accountgovernance.core.escalation.TriggerKind.Direction;
import org.accountgovernance.core.escalation.TriggerKind.Measure;
import org.joda.money.Money;

/**
 * The facts the support desk of Nimbus, a (fictional) SaaS host, records on a ticket, as the
 * library's {@link TriggerKind}s. They are not the playbook's manufacturing triggers: Nimbus counts
 * users locked out, contractual service credits at stake, and lost customer data.
 *
 * <pre>{@code
 * Trigger outage = NimbusTriggers.usersAffected(120);                        // P3 Major
 * Trigger credit = NimbusTriggers.serviceCredit(Money.of(CurrencyUnit.EUR, 12_000)); // P2 Critical
 * Trigger loss = NimbusTriggers.dataLoss();                                   // P1 at once
 * }</pre>
 *
 * <p>Magnitudes are validated by the library when a trigger is built: a negative user count fails
 * with {@code "Trigger[USERS_AFFECTED].quantity must be zero or positive but was -3"}.
 */
public final class NimbusTriggers {
  /** How many users cannot work: a whole number, more is worse. */
  public static final TriggerKind USERS_AFFECTED =
      TriggerKind.of("USERS_AFFECTED", Measure.COUNT, Direction.HIGHER_IS_WORSE);

  /** The service credit the customer may claim under its SLA: money, more is worse. */
  public static final TriggerKind SERVICE_CREDIT =
      TriggerKind.of("SERVICE_CREDIT", Measure.MONEY, Direction.HIGHER_IS_WORSE);

  /** Customer data was lost: present or not. */
  public static final TriggerKind DATA_LOSS =
      TriggerKind.of("DATA_LOSS", Measure.FLAG, Direction.HIGHER_IS_WORSE);

  /** Every kind Nimbus's classifier understands, in name order. */
  public static final List<TriggerKind> KINDS = List.of(DATA_LOSS, SERVICE_CREDIT, USERS_AFFECTED);

  private NimbusTriggers() {}

  /**
   * {@code users} users cannot work.
   *
   * @throws IllegalArgumentException when {@code users} is negative
   */
  public static Trigger usersAffected(long users) {
    return Trigger.of(USERS_AFFECTED, BigDecimal.valueOf(users));
  }

  /**
   * A service credit of {@code amount} is at stake.
   *
   * @throws IllegalArgumentException when {@code amount} is negative
   */
  public static Trigger serviceCredit(Money amount) {
    return Trigger.of(SERVICE_CREDIT, amount);
  }

  /** Customer data was lost. */
  public static Trigger dataLoss() {
    return Trigger.of(DATA_LOSS);
  }
}
