package org.accountgovernance.testkit.team;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.sla.CoverageCalendar;
import org.accountgovernance.core.team.AccountTeam;
import org.accountgovernance.core.team.ClientFacingApproach;
import org.accountgovernance.core.team.TeamMember;
import org.accountgovernance.testkit.sla.SlaGenerators;
import org.apiguardian.api.API;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for account teams: up to four contacts for one escalation level, each
 * available on a random weekly calendar in a random zone (or round the clock).
 *
 * <p>Example: {@code qt().forAll(TeamGenerators.teams("L3")).check(team -> ...)}.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class TeamGenerators {
  private TeamGenerators() {}

  /**
   * Teams whose members are contacts for {@code levelId} with random availability.
   *
   * @param levelId the escalation level every member is listed for
   * @return teams of the account {@code MERIDIAN-BANK} with zero to four duty managers, each with
   *     an e-mail address and available on a weekly calendar, on such a calendar behind {@link
   *     #hostCalendar(CoverageCalendar)}, or now and then round the clock; the empty team included
   */
  public static Gen<AccountTeam> teams(String levelId) {
    Gen<CoverageCalendar> weekly =
        SlaGenerators.weeklyHoursCalendars().map(c -> (CoverageCalendar) c);
    // Some members keep a host's own calendar, which relies on the SPI's default windows().
    Gen<CoverageCalendar> availability =
        weekly
            .mix(weekly.map(TeamGenerators::hostCalendar), 30)
            .mix(Generate.constant(CoverageCalendar.alwaysOn()), 5);
    return Generate.range(0, 4)
        .flatMap(
            n -> {
              Gen<List<CoverageCalendar>> calendars = Generate.constant(List.of());
              for (int i = 0; i < n; i++) {
                calendars =
                    calendars.zip(
                        availability,
                        (head, next) -> {
                          List<CoverageCalendar> all = new ArrayList<>(head);
                          all.add(next);
                          return List.copyOf(all);
                        });
              }
              return calendars.map(list -> team(levelId, list));
            });
  }

  private static AccountTeam team(String levelId, List<CoverageCalendar> calendars) {
    AccountTeam.Builder team =
        AccountTeam.builder()
            .account(AccountId.of("MERIDIAN-BANK"))
            .approach(ClientFacingApproach.DESIGNATED_CONTACTS);
    for (int i = 0; i < calendars.size(); i++) {
      team.addMembers(
          TeamMember.builder()
              .name("Contact " + i)
              .role(PartyRole.supplier("Duty manager"))
              .summary("on call for " + levelId)
              .availability(calendars.get(i))
              .email("contact" + i + "@example.com")
              .levels(Set.of(levelId))
              .build());
    }
    return team.build();
  }

  /**
   * A calendar that implements only the three required methods, delegating to {@code inner}.
   *
   * @param inner the calendar whose coverage is reproduced
   * @return a calendar with the same coverage as {@code inner} that, like a host's own
   *     implementation, relies on the interface's default methods for everything else
   */
  public static CoverageCalendar hostCalendar(CoverageCalendar inner) {
    return new CoverageCalendar() {
      @Override
      public java.time.Instant add(java.time.Instant start, java.time.Duration workingTime) {
        return inner.add(start, workingTime);
      }

      @Override
      public java.time.Duration between(java.time.Instant from, java.time.Instant to) {
        return inner.between(from, to);
      }

      @Override
      public boolean isCovered(java.time.Instant instant) {
        return inner.isCovered(instant);
      }

      @Override
      public String toString() {
        return "host " + inner;
      }
    };
  }
}
