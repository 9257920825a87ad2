package org.accountgovernance.rules.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.accountgovernance.core.sla.CoverageWindow;
import org.accountgovernance.core.team.AccountTeam;
import org.accountgovernance.core.team.TeamMember;
import org.accountgovernance.testkit.Theories;
import org.accountgovernance.testkit.sla.SlaGenerators;
import org.accountgovernance.testkit.team.TeamGenerators;
import org.junit.jupiter.api.Test;

/** TEAM-24x7 against a brute-force minute oracle, in random zones, around DST changes. */
class PlaybookTeamPolicyProperties {
  private static final PlaybookTeamPolicy POLICY = PlaybookTeamPolicy.ofDefaults();

  /** The unreachable windows are exactly the minutes when no contact of the level is available. */
  @Test
  void unreachableHoursAreTheComplementOfTheContactsAvailability() {
    Theories.qt(4)
        .forAll(TeamGenerators.teams("L3"), SlaGenerators.minuteInstants())
        .checkAssert(
            (team, weekStart) -> {
              List<CoverageWindow> gaps = POLICY.unreachable(team, "L3", weekStart);
              for (int i = 1; i < gaps.size(); i++) {
                assertThat(gaps.get(i).start()).isAfter(gaps.get(i - 1).end());
              }
              for (long minute = 0; minute < 7 * 24 * 60; minute++) {
                Instant t = weekStart.plusSeconds(60 * minute);
                boolean reachable = reachable(team, t);
                boolean inGap = gaps.stream().anyMatch(g -> g.contains(t));
                assertThat(inGap).as("%s at %s", team.members(), t).isEqualTo(!reachable);
              }
            });
  }

  private static boolean reachable(AccountTeam team, Instant t) {
    for (TeamMember member : team.members()) {
      if (member.levels().contains("L3") && member.availability().isCovered(t)) {
        return true;
      }
    }
    return false;
  }
}
