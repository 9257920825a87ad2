package org.accountgovernance.rules.team;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.accountgovernance.core.Finding;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.Subject;
import org.accountgovernance.core.escalation.EscalationLadder;
import org.accountgovernance.core.escalation.EscalationLevel;
import org.accountgovernance.core.internal.Durations;
import org.accountgovernance.core.sla.CoverageWindow;
import org.accountgovernance.core.team.AccountTeam;
import org.accountgovernance.core.team.TeamMember;
import org.apiguardian.api.API;

/**
 * The playbook's account team checks: TEAM-GAP (a required role with nobody), TEAM-OVERLAP (an
 * exclusive role held twice), TEAM-SUMMARY (a member without a summary of what they do for the
 * client), TEAM-STANDIN (a critical role without a stand-in) and TEAM-24x7 (the merchant-bank case:
 * for every escalation level whose coverage is round the clock, the hours of the week when none of
 * its listed contacts is reachable — available, and with an e-mail or a mobile to reach them by).
 *
 * <pre>{@code
 * List<Finding> findings = PlaybookTeamPolicy.ofDefaults()
 *     .evaluate(team, EscalationSettings.ofDefaults().ladder(), mondayMidnight, now);
 * }</pre>
 *
 * <p>The week examined is the seven days from {@code weekStart}; pass the start of a week in the
 * account's zone. Immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class PlaybookTeamPolicy {
  private static final Duration WEEK = Duration.ofDays(7);
  private final TeamSettings settings;

  private PlaybookTeamPolicy(TeamSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * The default checks.
   *
   * @return the checks on {@link TeamSettings#ofDefaults()}
   */
  public static PlaybookTeamPolicy ofDefaults() {
    return of(TeamSettings.ofDefaults());
  }

  /**
   * The checks with {@code settings}.
   *
   * @param settings the required, exclusive and critical roles
   * @return the checks on {@code settings}
   */
  public static PlaybookTeamPolicy of(TeamSettings settings) {
    return new PlaybookTeamPolicy(settings);
  }

  /**
   * Every team finding, sorted.
   *
   * @param team the account team's members, each with role, summary, stand-in, contact details,
   *     availability and the escalation levels they are listed for
   * @param ladder the escalation ladder; every level a member is listed for must be on it, and
   *     TEAM-24x7 examines its levels whose calendar covers the whole week
   * @param weekStart the first instant of the seven days examined for TEAM-24x7, normally Monday
   *     00:00 in the account's zone
   * @param asOf the instant the team is assessed at; every finding's {@code since}
   * @return the TEAM-GAP, TEAM-OVERLAP, TEAM-SUMMARY, TEAM-STANDIN and TEAM-24x7 findings, sorted;
   *     empty for a team that passes every check
   * @throws IllegalArgumentException when a member is listed for a level the ladder does not have
   */
  public List<Finding> evaluate(
      AccountTeam team, EscalationLadder ladder, Instant weekStart, Instant asOf) {
    for (TeamMember member : team.members()) {
      for (String level : member.levels()) {
        if (!ladder.contains(level)) {
          throw new IllegalArgumentException(
              "TeamMember["
                  + member.name()
                  + "].levels must name levels of the ladder "
                  + ladder.levels().stream().map(EscalationLevel::id).toList()
                  + " but was '"
                  + level
                  + "'");
        }
      }
    }
    Subject subject = Subject.account(team.account());
    List<Finding> findings = new ArrayList<>();
    for (PartyRole role : settings.requiredRoles()) {
      if (holders(team, role).isEmpty()) {
        findings.add(
            finding(
                TeamRules.GAP,
                subject,
                "nobody is " + role.name(),
                "someone in every required role",
                "No one on the team is " + role.name(),
                asOf));
      }
    }
    for (PartyRole role : settings.exclusiveRoles()) {
      List<TeamMember> holders = holders(team, role);
      if (holders.size() > 1) {
        findings.add(
            finding(
                TeamRules.OVERLAP,
                subject,
                holders.size() + " are " + role.name() + ": " + names(holders),
                "one " + role.name(),
                role.name() + " is held by several members: " + names(holders),
                asOf));
      }
    }
    for (TeamMember member : team.members()) {
      Subject who = Subject.of("team-member", member.name());
      if (member.summary().isEmpty()) {
        findings.add(
            finding(
                TeamRules.SUMMARY,
                who,
                "no summary",
                "a summary of what they do for the client",
                member.name() + " has no summary of what they do for this client",
                asOf));
      }
      if (settings.criticalRoles().contains(member.role()) && member.standIn().isEmpty()) {
        findings.add(
            finding(
                TeamRules.STAND_IN,
                who,
                "no stand-in",
                "a stand-in for " + member.role().name(),
                member.name() + " (" + member.role().name() + ") has no stand-in",
                asOf));
      }
    }
    for (EscalationLevel level : ladder.levels()) {
      if (!roundTheClock(level, weekStart)) {
        continue;
      }
      List<CoverageWindow> gaps = unreachable(team, level.id(), weekStart);
      if (!gaps.isEmpty()) {
        Duration total =
            gaps.stream().map(CoverageWindow::length).reduce(Duration.ZERO, Duration::plus);
        // The longest first: the weekend a bank's markets may still be open shows, however many.
        String shown =
            gaps.stream()
                .sorted(
                    Comparator.comparing(CoverageWindow::length)
                        .reversed()
                        .thenComparing(CoverageWindow::start))
                .limit(5)
                .map(CoverageWindow::toString)
                .collect(Collectors.joining(", "));
        findings.add(
            finding(
                TeamRules.ROUND_THE_CLOCK,
                Subject.of("escalation-level", level.id()),
                Durations.human(total)
                    + " a week unreachable: "
                    + shown
                    + (gaps.size() > 5 ? " and " + (gaps.size() - 5) + " more" : ""),
                "a contact for " + level.id() + " reachable at every hour of the week",
                level.id()
                    + " is covered round the clock, but at times nobody who can authorise help can be reached",
                asOf));
      }
    }
    findings.sort(null);
    return findings;
  }

  /**
   * The windows of the week from {@code weekStart} when none of the members listed for {@code
   * levelId} is available: the complement of the union of their availability.
   *
   * @param team the account team; members listed for the level without an e-mail or a mobile count
   *     as never available
   * @param levelId the id of the escalation level whose contacts are examined
   * @param weekStart the first instant of the seven days examined
   * @return the gaps in time order, within {@code [weekStart, weekStart + 7 days)}; empty when
   *     someone is reachable at every moment of the week, the whole week when nobody ever is
   */
  public List<CoverageWindow> unreachable(AccountTeam team, String levelId, Instant weekStart) {
    Instant weekEnd = weekStart.plus(WEEK);
    List<CoverageWindow> covered = new ArrayList<>();
    for (TeamMember member : team.members()) {
      // Listed with no e-mail and no mobile, nobody can reach them: the seed's call centre.
      if (member.levels().contains(levelId) && reachable(member)) {
        covered.addAll(member.availability().windows(weekStart, weekEnd));
      }
    }
    covered.sort(null);
    List<CoverageWindow> gaps = new ArrayList<>();
    Instant cursor = weekStart;
    for (CoverageWindow window : covered) {
      if (window.start().isAfter(cursor)) {
        gaps.add(CoverageWindow.of(cursor, window.start()));
      }
      if (window.end().isAfter(cursor)) {
        cursor = window.end();
      }
    }
    if (cursor.isBefore(weekEnd)) {
      gaps.add(CoverageWindow.of(cursor, weekEnd));
    }
    return gaps;
  }

  private static boolean reachable(TeamMember member) {
    return member.email().filter(e -> !e.isBlank()).isPresent()
        || member.mobile().filter(m -> !m.isBlank()).isPresent();
  }

  private static boolean roundTheClock(EscalationLevel level, Instant weekStart) {
    List<CoverageWindow> windows = level.calendar().windows(weekStart, weekStart.plus(WEEK));
    return windows.size() == 1 && windows.get(0).length().equals(WEEK);
  }

  private static List<TeamMember> holders(AccountTeam team, PartyRole role) {
    return team.members().stream().filter(m -> m.role().equals(role)).toList();
  }

  private static String names(List<TeamMember> members) {
    return members.stream().map(TeamMember::name).sorted().collect(Collectors.joining(", "));
  }

  private static Finding finding(
      org.accountgovernance.core.RuleId rule,
      Subject subject,
      String observed,
      String threshold,
      String message,
      Instant since) {
    return Finding.builder()
        .ruleId(rule)
        .subject(subject)
        .observed(observed)
        .threshold(threshold)
        .message(message)
        .since(since)
        .build();
  }
}
