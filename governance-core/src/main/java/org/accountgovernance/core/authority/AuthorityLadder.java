package org.accountgovernance.core.authority;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Who can overrule whom, and who authorises how much: the rungs from the bottom up. A role
 * overrules every role below it; a request beyond a role's limit goes up the ladder.
 *
 * <p>Example: {@code AuthorityLadder.of(List.of(accountManager, accountDirector, vpSales))
 * .mayOverrule(vpSalesRole, accountManagerRole)} is {@code true}.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class AuthorityLadder {
  AuthorityLadder() {}

  /**
   * The rungs, bottom first.
   *
   * @return the rungs from the lowest authority to the highest; never empty, and each role stands
   *     on one rung only
   */
  @Value.Parameter
  public abstract List<AuthorityRung> rungs();

  /**
   * A ladder of {@code rungs}, bottom first.
   *
   * @param rungs the rungs, lowest authority first; at least one, each role once
   * @return the ladder
   */
  public static AuthorityLadder of(List<AuthorityRung> rungs) {
    return ImmutableAuthorityLadder.of(rungs);
  }

  @Value.Check
  void check() {
    Checks.check(!rungs().isEmpty(), "AuthorityLadder.rungs", "non-empty", rungs());
    Set<PartyRole> seen = new HashSet<>();
    for (AuthorityRung rung : rungs()) {
      if (!seen.add(rung.role())) {
        throw Checks.failure("AuthorityLadder.rungs", "one rung per role", rung.role() + " twice");
      }
    }
  }

  /**
   * The position of {@code role}, bottom = 0.
   *
   * @param role a role on the ladder
   * @return the role's rung, counted from 0 at the bottom
   * @throws IllegalArgumentException when the role is not on the ladder
   */
  public int position(PartyRole role) {
    for (int i = 0; i < rungs().size(); i++) {
      if (rungs().get(i).role().equals(role)) {
        return i;
      }
    }
    throw new IllegalArgumentException(
        "role must be on the ladder "
            + rungs().stream().map(r -> r.role().name()).toList()
            + " but was "
            + role);
  }

  /**
   * Whether {@code superior} may overrule {@code subordinate}: it stands higher on the ladder.
   *
   * @param superior the role that would overrule; must be on the ladder
   * @param subordinate the role whose decision would be overruled; must be on the ladder
   * @return {@code true} when {@code superior} stands strictly higher; {@code false} for the same
   *     role or a lower one
   * @throws IllegalArgumentException when either role is not on the ladder
   */
  public boolean mayOverrule(PartyRole superior, PartyRole subordinate) {
    return position(superior) > position(subordinate);
  }
}
