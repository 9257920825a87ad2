package org.accountgovernance.core.readiness;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accountgovernance.core.AccountId;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * What the readiness checklist looks at: calendar invites sent, escalation contacts exchanged, the
 * agreement on obsolete material, the liability cap, the PO signatory.
 *
 * <pre>{@code
 * ReadinessFacts.builder().account(AccountId.of("ACME"))
 *     .putInvitesSentUntil("WEEKLY", LocalDate.of(2027, 2, 23))
 *     .addEscalationContacts(...)
 *     .ecoAgreement("MSA §12.3: customer pays for ECO-obsoleted material")
 *     .liabilityCap(Money.of(CurrencyUnit.USD, 250_000))
 *     .poSignatory("Lee Park, Procurement Director")
 *     .build();
 * }</pre>
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class ReadinessFacts {
  ReadinessFacts() {}

  /** The account. */
  public abstract AccountId account();

  /** For each meeting tier, the last day up to which invites have been sent. */
  public abstract Map<String, LocalDate> invitesSentUntil();

  /** The escalation contacts exchanged. */
  public abstract List<EscalationContact> escalationContacts();

  /** The agreement on who pays for material made obsolete by engineering changes. */
  public abstract Optional<String> ecoAgreement();

  /** The maximum exposure (NCNR) the customer authorised. */
  public abstract Optional<Money> liabilityCap();

  /** The person the customer named to sign POs. */
  public abstract Optional<String> poSignatory();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReadinessFacts}. */
  public static final class Builder extends ImmutableReadinessFacts.Builder {}
}
