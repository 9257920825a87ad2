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

  /**
   * The account.
   *
   * @return the account whose governance set-up is checked
   */
  public abstract AccountId account();

  /**
   * For each meeting tier, the last day up to which invites have been sent.
   *
   * @return for each meeting tier id (e.g. {@code "WEEKLY"}), the last local day up to which
   *     calendar invites have gone out; a tier without an entry has had none sent
   */
  public abstract Map<String, LocalDate> invitesSentUntil();

  /**
   * The escalation contacts exchanged.
   *
   * @return the escalation contacts exchanged, for any level and side; empty when none has been
   */
  public abstract List<EscalationContact> escalationContacts();

  /**
   * The agreement on who pays for material made obsolete by engineering changes.
   *
   * @return the reference or wording of the agreement; empty when there is none
   */
  public abstract Optional<String> ecoAgreement();

  /**
   * The maximum exposure (NCNR) the customer authorised.
   *
   * @return the highest value of non-cancellable, non-returnable material the customer authorised;
   *     empty when none has been agreed
   */
  public abstract Optional<Money> liabilityCap();

  /**
   * The person the customer named to sign POs.
   *
   * @return the person, with their function, who signs the customer's POs; empty when nobody has
   *     been named
   */
  public abstract Optional<String> poSignatory();

  /**
   * A builder.
   *
   * @return a new builder with nothing set; only the account is required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReadinessFacts}. */
  public static final class Builder extends ImmutableReadinessFacts.Builder {}
}
