package org.accountgovernance.rules.cadence;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.accountgovernance.core.Finding;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.Subject;
import org.accountgovernance.core.cadence.AccountMeetings;
import org.accountgovernance.core.cadence.CadenceReport;
import org.accountgovernance.core.cadence.KpiResult;
import org.accountgovernance.core.cadence.MeetingRecord;
import org.accountgovernance.core.cadence.MeetingSchedule;
import org.accountgovernance.core.cadence.MeetingTier;
import org.accountgovernance.core.cadence.ScheduledMeeting;
import org.accountgovernance.rules.internal.Lapses;
import org.apiguardian.api.API;

/**
 * The playbook's operating cadence: the 12-month governance calendar (CAD-CALENDAR) and the
 * findings on meetings held — CAD-SKIP (no weekly sync for more than 2 weeks, counted on the
 * account's calendar from the cadence start or the last sync), CAD-SEPARATE (one meeting recorded
 * as both a weekly and a monthly tier), CAD-ATTENDANCE (a required attendee, input or output
 * missing), CAD-CAPA (a monthly review's KPI below target without a CAPA).
 *
 * <pre>{@code
 * PlaybookCadencePolicy policy = PlaybookCadencePolicy.ofDefaults();
 * List<ScheduledMeeting> year = policy.calendar(ZoneId.of("Europe/Berlin"), LocalDate.of(2026, 3, 1));
 * CadenceReport report = policy.evaluate(meetings, now);
 * }</pre>
 *
 * <p>Tiers are told apart by their {@link MeetingTier.Frequency}: the weekly tier(s) for CAD-SKIP
 * and CAD-SEPARATE, the monthly tier(s) for CAD-SEPARATE and CAD-CAPA. Outside the mandatory phases
 * (default: Active Production) CAD-SKIP is not reported; the content of meetings held still is. A
 * record dated after {@code now} is a fact not yet known: {@code nextChangeAt} speaks of time
 * alone. Immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class PlaybookCadencePolicy {
  private static final String SKIP_RISK =
      "the probability of an uncommunicated delay rises to about 80%";

  private final CadenceSettings settings;

  private PlaybookCadencePolicy(CadenceSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * The policy with the playbook's settings.
   *
   * @return a policy on {@link CadenceSettings#ofDefaults()}
   */
  public static PlaybookCadencePolicy ofDefaults() {
    return of(CadenceSettings.ofDefaults());
  }

  /**
   * The policy with {@code settings}.
   *
   * @param settings the tiers, their schedule, the mandatory phases, the skip limit and the
   *     calendar horizon
   * @return a policy on {@code settings}
   */
  public static PlaybookCadencePolicy of(CadenceSettings settings) {
    return new PlaybookCadencePolicy(settings);
  }

  /**
   * The settings in force.
   *
   * @return the settings this policy was created with
   */
  public CadenceSettings settings() {
    return settings;
  }

  /**
   * CAD-CALENDAR: every meeting of every tier on the local days {@code [from, from + horizon)} in
   * {@code zone}, sorted.
   *
   * @param zone the account's time zone, in which the schedule's local days and times are read
   * @param from the first local day of the calendar, included
   * @return the scheduled meetings in time order, over {@link CadenceSettings#horizon()}; empty
   *     only if no rule falls within it
   * @throws IllegalArgumentException when two tiers would meet at the same local date and time
   */
  public List<ScheduledMeeting> calendar(ZoneId zone, LocalDate from) {
    return MeetingSchedule.generate(settings.schedule(), zone, from, settings.horizon());
  }

  /**
   * The cadence findings for {@code meetings} at {@code now}; records after {@code now} are
   * ignored.
   *
   * @param meetings the account's meeting records, its phase, zone and cadence start
   * @param now the instant of the evaluation
   * @return whether the cadence is mandatory, the findings (sorted; ended skips included as
   *     history), and while mandatory the last on-time instant of the next weekly sync and the
   *     instant the report next changes by time alone
   * @throws IllegalArgumentException when a record, even one dated after {@code now}, names a tier
   *     that is not configured
   */
  public CadenceReport evaluate(AccountMeetings meetings, Instant now) {
    for (MeetingRecord record : meetings.records()) {
      // Every record names known tiers, in the past or not: a typo must not wait to be noticed.
      record.tierIds().forEach(this::tier);
    }
    boolean mandatory = settings.mandatoryPhases().contains(meetings.phase());
    List<MeetingRecord> held = new ArrayList<>();
    for (MeetingRecord record : meetings.records()) {
      if (!record.heldAt().isAfter(now)) {
        held.add(record);
      }
    }
    held.sort(Comparator.comparing(MeetingRecord::heldAt).thenComparing(MeetingRecord::id));
    List<Finding> findings = new ArrayList<>();
    CadenceReport.Builder report =
        CadenceReport.builder().account(meetings.account()).at(now).mandatory(mandatory);
    if (mandatory) {
      skips(meetings, held, now, findings, report);
    }
    for (MeetingRecord record : held) {
      content(record, findings);
    }
    findings.sort(null);
    return report.addAllFindings(findings).build();
  }

  private boolean isWeekly(String tierId) {
    MeetingTier tier = tier(tierId);
    return tier.frequency() == MeetingTier.Frequency.WEEKLY;
  }

  private boolean isMonthly(String tierId) {
    return tier(tierId).frequency() == MeetingTier.Frequency.MONTHLY;
  }

  private MeetingTier tier(String id) {
    MeetingTier tier = settings.tier(id);
    if (tier == null) {
      throw new IllegalArgumentException(
          "MeetingRecord.tierIds must name configured tiers "
              + settings.tiers().stream().map(MeetingTier::id).toList()
              + " but was '"
              + id
              + "'");
    }
    return tier;
  }

  private void skips(
      AccountMeetings meetings,
      List<MeetingRecord> held,
      Instant now,
      List<Finding> findings,
      CadenceReport.Builder report) {
    ZoneId zone = meetings.zone();
    List<Instant> occurrences = new ArrayList<>();
    occurrences.add(meetings.cadenceStart());
    for (MeetingRecord record : held) {
      if (record.tierIds().stream().anyMatch(this::isWeekly)
          && record.heldAt().isAfter(meetings.cadenceStart())) {
        occurrences.add(record.heldAt());
      }
    }
    Lapses.Result result =
        Lapses.find(
            occurrences, now, from -> from.atZone(zone).plus(settings.skipAfter()).toInstant());
    for (Lapses.Lapse lapse : result.lapses()) {
      String observed =
          lapse
              .endedAt()
              .map(end -> "no weekly sync from " + lapse.from() + " until " + end)
              .orElse("no weekly sync since " + lapse.from());
      findings.add(
          Finding.builder()
              .ruleId(CadenceRules.SKIP)
              .subject(Subject.account(meetings.account()))
              .observed(observed)
              .threshold("a weekly sync at least every " + settings.skipAfter())
              .message(
                  "Weekly sync skipped for more than " + settings.skipAfter() + ": " + SKIP_RISK)
              .since(lapse.since())
              .until(lapse.endedAt())
              .build());
    }
    report.nextChangeAt(result.nextLapseAt());
    // A skip begins the nanosecond after the sync's last on-time instant.
    report.nextSyncDue(result.nextLapseAt().map(skip -> skip.minusNanos(1)));
  }

  private void content(MeetingRecord record, List<Finding> findings) {
    Subject subject = Subject.of("meeting", record.id());
    boolean weekly = record.tierIds().stream().anyMatch(this::isWeekly);
    boolean monthly = record.tierIds().stream().anyMatch(this::isMonthly);
    if (weekly && monthly) {
      findings.add(
          Finding.builder()
              .ruleId(CadenceRules.SEPARATE)
              .subject(subject)
              .observed("held as " + new TreeSet<>(record.tierIds()))
              .threshold("weekly and monthly meetings held apart")
              .message(
                  "Meeting "
                      + record.id()
                      + " combined the weekly sync and the monthly review: tactical fires consume the time meant for systemic problems")
              .since(record.heldAt())
              .build());
    }
    for (String tierId : new TreeSet<>(record.tierIds())) {
      MeetingTier tier = tier(tierId);
      List<String> missing = new ArrayList<>();
      for (PartyRole role : tier.requiredAttendees()) {
        if (!record.attendees().contains(role)) {
          missing.add("attendee " + role);
        }
      }
      missingFrom(tier.inputs(), record.inputs(), "input", missing);
      missingFrom(tier.outputs(), record.outputs(), "output", missing);
      if (!missing.isEmpty()) {
        findings.add(
            Finding.builder()
                .ruleId(CadenceRules.ATTENDANCE)
                .subject(subject)
                .observed("missing " + String.join(", ", missing))
                .threshold("every required attendee, input and output of the " + tier.name())
                .message(
                    tier.name() + " " + record.id() + " held without " + String.join(", ", missing))
                .since(record.heldAt())
                .build());
      }
    }
    if (monthly) {
      for (KpiResult kpi : record.kpis()) {
        if (kpi.belowTarget() && kpi.capa().isEmpty()) {
          findings.add(
              Finding.builder()
                  .ruleId(CadenceRules.CAPA)
                  .subject(subject)
                  .observed(kpi.name() + " " + kpi.actual().toPlainString() + " without a CAPA")
                  .threshold(
                      "target "
                          + kpi.target().toPlainString()
                          + (kpi.higherIsBetter() ? " or more" : " or less"))
                  .message(
                      "Monthly review "
                          + record.id()
                          + ": "
                          + kpi.name()
                          + " below target and no corrective action plan")
                  .since(record.heldAt())
                  .build());
        }
      }
    }
  }

  private static void missingFrom(
      List<String> required, Set<String> present, String what, List<String> missing) {
    for (String item : required) {
      if (!present.contains(item)) {
        missing.add(what + " " + item);
      }
    }
  }
}
