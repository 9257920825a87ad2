package org.accountgovernance.core.team;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The roster of everyone who serves one client, and how the team faces the client.
 *
 * <p>Example: {@code AccountTeam.builder().account(AccountId.of("MERIDIAN-BANK"))
 * .approach(ClientFacingApproach.DESIGNATED_CONTACTS).addMembers(dana, sam).build()}; {@code
 * team.maySpeakToClient("Sam Ortiz")}.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class AccountTeam {
  AccountTeam() {}

  /**
   * The client's account.
   *
   * @return the client's account the team serves
   */
  public abstract AccountId account();

  /**
   * How the team faces the client.
   *
   * @return who on the team may speak to the client
   */
  public abstract ClientFacingApproach approach();

  /**
   * The members.
   *
   * @return everyone on the team, each name once; empty for a team not yet staffed
   */
  public abstract List<TeamMember> members();

  /**
   * A builder.
   *
   * @return a new builder with nothing set; the account and approach are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AccountTeam}. */
  public static final class Builder extends ImmutableAccountTeam.Builder {}

  @Value.Check
  void check() {
    Set<String> names = new HashSet<>();
    for (TeamMember member : members()) {
      if (!names.add(member.name())) {
        throw Checks.failure(
            "AccountTeam.members", "free of duplicate names", member.name() + " twice");
      }
    }
    for (TeamMember member : members()) {
      member
          .standIn()
          .ifPresent(
              s ->
                  Checks.check(
                      names.contains(s),
                      "TeamMember[" + member.name() + "].standIn",
                      "a member of the team",
                      "'" + s + "'"));
    }
    if (approach() == ClientFacingApproach.SINGLE_POINT) {
      long contacts = members().stream().filter(TeamMember::clientContact).count();
      if (contacts != 1) {
        throw Checks.failure(
            "AccountTeam.members",
            "exactly one client contact under SINGLE_POINT",
            contacts + " client contacts");
      }
    }
  }

  /**
   * The member called {@code name}.
   *
   * @param name the member's name, exactly as {@link TeamMember#name()} has it
   * @return the member of that name; empty when nobody on the team has it
   */
  public Optional<TeamMember> member(String name) {
    return members().stream().filter(m -> m.name().equals(name)).findFirst();
  }

  /**
   * Whether {@code name} may speak to the client: anyone under {@link ClientFacingApproach#OPEN},
   * only the designated client contacts otherwise.
   *
   * @param name a person's name, exactly as {@link TeamMember#name()} has it
   * @return {@code true} when that person is on the team and allowed to speak to the client; {@code
   *     false} for anyone not on the team
   */
  public boolean maySpeakToClient(String name) {
    Optional<TeamMember> member = member(name);
    if (member.isEmpty()) {
      return false;
    }
    return approach() == ClientFacingApproach.OPEN || member.get().clientContact();
  }
}
