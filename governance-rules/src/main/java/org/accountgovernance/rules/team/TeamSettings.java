package org.accountgovernance.rules.team;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Set;
import org.accountgovernance.core.PartyRole;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Which roles an account team must have, which may be held by one person only, and which need a
 * stand-in (*interp.*: the playbook names the checks, not the roles): by default the supplier roles
 * of the escalation paths are required, the Account Manager is exclusive, and the Account Manager
 * and the Factory PM need a stand-in.
 *
 * <p>Example: {@code TeamSettings.builder().addRequiredRoles(PartyRole.supplier("Quality Manager"))
 * .build()}.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class TeamSettings {
  /** The supplier roles of the playbook's escalation paths. */
  public static final Set<PartyRole> DEFAULT_REQUIRED_ROLES =
      Set.of(
          PartyRole.supplier("Factory PM"),
          PartyRole.supplier("Account Manager"),
          PartyRole.supplier("VP Sales / Plant Director"));

  /** One Account Manager: one accountable face to the client. */
  public static final Set<PartyRole> DEFAULT_EXCLUSIVE_ROLES =
      Set.of(PartyRole.supplier("Account Manager"));

  /** The Account Manager and the Factory PM need a stand-in. */
  public static final Set<PartyRole> DEFAULT_CRITICAL_ROLES =
      Set.of(PartyRole.supplier("Account Manager"), PartyRole.supplier("Factory PM"));

  TeamSettings() {}

  /**
   * Roles someone must hold.
   *
   * @return the roles that at least one team member must hold, else TEAM-GAP; default {@link
   *     #DEFAULT_REQUIRED_ROLES}; empty turns the check off
   */
  @Value.Default
  public Set<PartyRole> requiredRoles() {
    return DEFAULT_REQUIRED_ROLES;
  }

  /**
   * Roles at most one member may hold.
   *
   * @return the roles that two or more members must not share, else TEAM-OVERLAP; default {@link
   *     #DEFAULT_EXCLUSIVE_ROLES}; empty turns the check off
   */
  @Value.Default
  public Set<PartyRole> exclusiveRoles() {
    return DEFAULT_EXCLUSIVE_ROLES;
  }

  /**
   * Roles whose holders need a stand-in.
   *
   * @return the roles whose every holder must name a stand-in, else TEAM-STANDIN; default {@link
   *     #DEFAULT_CRITICAL_ROLES}; empty turns the check off
   */
  @Value.Default
  public Set<PartyRole> criticalRoles() {
    return DEFAULT_CRITICAL_ROLES;
  }

  /**
   * The default settings.
   *
   * @return settings with the escalation paths' supplier roles required, the Account Manager
   *     exclusive, and the Account Manager and the Factory PM critical
   */
  public static TeamSettings ofDefaults() {
    return Defaults.INSTANCE;
  }

  /** Built on first use, after the class and its generated subclass are initialised. */
  private static final class Defaults {
    static final TeamSettings INSTANCE = ImmutableTeamSettings.builder().build();
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder in which every attribute left unset keeps its default; roles added to it
   *     come in addition to the default roles
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TeamSettings}. */
  public static final class Builder extends ImmutableTeamSettings.Builder {}
}
