package org.accountgovernance.flink;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.IssueId;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.account.AccountSnapshot;
import org.accountgovernance.core.cadence.AccountMeetings;
import org.accountgovernance.core.cadence.AccountPhase;
import org.accountgovernance.core.cadence.MeetingRecord;
import org.accountgovernance.core.escalation.Issue;
import org.accountgovernance.core.escalation.IssueEvent;
import org.accountgovernance.core.escalation.Trigger;
import org.accountgovernance.core.escalation.TriggerKind;
import org.accountgovernance.core.program.AccountEscalation;
import org.accountgovernance.core.program.ActionItem;
import org.accountgovernance.core.program.FollowUp;
import org.accountgovernance.core.program.ProgramEvent;
import org.accountgovernance.core.program.Stakeholder;
import org.accountgovernance.core.program.SuccessCriterion;
import org.accountgovernance.core.update.RagStatus;
import org.accountgovernance.core.update.StatusUpdate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/** Folds an account's events, in order, into the snapshot the playbook reports on. */
final class EventFold {
  private static final Map<String, TriggerKind> KINDS = new LinkedHashMap<>();

  static {
    for (TriggerKind kind : TriggerKind.PLAYBOOK_KINDS) {
      KINDS.put(kind.name(), kind);
    }
  }

  private EventFold() {}

  /**
   * The account's snapshot: its issues, and its account-level escalation when a programme event was
   * given. The zone is the one the account's first event carries, else {@code defaultZone}.
   *
   * @throws IllegalArgumentException when an event lacks a field, names an unknown issue, trigger
   *     kind, follow-up or zone, opens an issue twice, names a second escalation, or changes the
   *     account's zone
   */
  static AccountSnapshot snapshot(
      String account, ZoneId defaultZone, Iterable<AccountEvent> events) {
    return snapshot(account, defaultZone, AccountPhase.ACTIVE_PRODUCTION, events);
  }

  /**
   * The account's snapshot, with its meetings when a {@link AccountEvent.Type#MEETING_HELD} was
   * given: in {@code phase}, their cadence counted from the account's first meeting.
   */
  static AccountSnapshot snapshot(
      String account, ZoneId defaultZone, AccountPhase phase, Iterable<AccountEvent> events) {
    return Fold.of(account, defaultZone, phase, events).snapshot();
  }

  /**
   * The fold of an account's events so far: its snapshot and the parts it was built from, so that
   * one more event extends it ({@link #plus}) without folding the others again. Immutable: {@link
   * #plus} returns a new fold and leaves this one as it was, also when it throws.
   */
  /** Whether {@code type} is an account-level escalation (programme) event. */
  static boolean isProgramme(AccountEvent.Type type) {
    return type.name().startsWith("ESCALATION_");
  }

  static final class Fold {
    private final String account;
    private final AccountId accountId;
    private final ZoneId defaultZone;
    private final AccountPhase phase;
    private final @Nullable ZoneId zone;
    private final Map<String, Issue> issues;
    private final List<ProgramEvent> programme;
    private final @Nullable String escalation;
    private final @Nullable AccountEscalation escalationRecord;
    private final List<MeetingRecord> meetings;
    private final @Nullable Instant cadenceStart;
    private final @Nullable AccountMeetings meetingsRecord;
    private final int count;
    private final @Nullable AccountEvent last;
    private final @Nullable Instant earliest;
    private final AccountSnapshot snapshot;

    @SuppressWarnings("ParameterNumber")
    private Fold(
        String account,
        ZoneId defaultZone,
        AccountPhase phase,
        @Nullable ZoneId zone,
        Map<String, Issue> issues,
        List<ProgramEvent> programme,
        @Nullable String escalation,
        @Nullable AccountEscalation escalationRecord,
        List<MeetingRecord> meetings,
        @Nullable Instant cadenceStart,
        @Nullable AccountMeetings meetingsRecord,
        int count,
        @Nullable AccountEvent last,
        @Nullable Instant earliest) {
      this.account = account;
      this.accountId = AccountId.of(account);
      this.defaultZone = defaultZone;
      this.phase = phase;
      this.zone = zone;
      this.issues = issues;
      this.programme = programme;
      this.escalation = escalation;
      this.escalationRecord = escalationRecord;
      this.meetings = meetings;
      this.cadenceStart = cadenceStart;
      this.meetingsRecord = meetingsRecord;
      this.count = count;
      this.last = last;
      this.earliest = earliest;
      AccountSnapshot.Builder built =
          AccountSnapshot.builder().account(accountId).zone(accountZone());
      issues.values().forEach(built::addIssue);
      if (escalationRecord != null) {
        built.escalation(escalationRecord);
      }
      if (meetingsRecord != null) {
        built.meetings(meetingsRecord);
      }
      this.snapshot = built.build();
    }

    /** Folds {@code events}, in order, building each part once. */
    static Fold of(
        String account, ZoneId defaultZone, AccountPhase phase, Iterable<AccountEvent> events) {
      return of(account, defaultZone, phase, null, null, events);
    }

    /**
     * Folds {@code events}, in order, after facts that were compacted away: {@code compactedZone}
     * is the account's zone when it was already fixed by them, {@code compactedEscalation} the id
     * of the account-level escalation they held (finished and gone from the snapshot, but still the
     * account's one escalation, so that another id is refused as before).
     */
    static Fold of(
        String account,
        ZoneId defaultZone,
        AccountPhase phase,
        @Nullable ZoneId compactedZone,
        @Nullable String compactedEscalation,
        Iterable<AccountEvent> events) {
      AccountId accountId = AccountId.of(account);
      ZoneId zone = compactedZone;
      String escalation = compactedEscalation;
      List<MeetingRecord> meetings = new ArrayList<>();
      Instant cadenceStart = null;
      Map<String, Issue.Builder> issues = new LinkedHashMap<>();
      List<ProgramEvent> programme = new ArrayList<>();
      int count = 0;
      AccountEvent last = null;
      Instant earliest = null;
      for (AccountEvent e : events) {
        zone = checkZone(account, zone, defaultZone, e);
        AccountEvent.Type type = required("type", e.getType());
        Instant at = required("at", e.getAt());
        count++;
        last = e;
        earliest = earliest == null || at.isBefore(earliest) ? at : earliest;
        if (type == AccountEvent.Type.MEETING_HELD) {
          meetings.add(meeting(e, at));
          if (cadenceStart == null || at.isBefore(cadenceStart)) {
            cadenceStart = at;
          }
          continue;
        }
        if (isProgramme(type)) {
          escalation = checkEscalation(account, escalation, e);
          addProgrammeEvents(e, type, at, programme);
          continue;
        }
        String issue = required("issue", e.getIssue());
        if (type == AccountEvent.Type.OPENED) {
          check(!issues.containsKey(issue), "issue " + issue + " is already open");
          issues.put(issue, opened(accountId, issue, e, at));
          continue;
        }
        Issue.Builder open = issues.get(issue);
        if (open == null) {
          throw new IllegalArgumentException("issue " + issue + " was never opened on " + account);
        }
        open.addEvent(issueEvent(e, type, at));
      }
      ZoneId accountZone = zone != null ? zone : defaultZone;
      Map<String, Issue> built = new LinkedHashMap<>();
      issues.forEach((id, b) -> built.put(id, b.build()));
      return new Fold(
          account,
          defaultZone,
          phase,
          zone,
          built,
          programme,
          escalation,
          escalation == null || programme.isEmpty()
              ? null
              : escalation(accountId, escalation, accountZone, programme),
          meetings,
          cadenceStart,
          cadenceStart == null
              ? null
              : meetings(accountId, phase, accountZone, cadenceStart, meetings),
          count,
          last,
          earliest);
    }

    /**
     * This fold with {@code e} appended: only the part {@code e} touches is built again.
     *
     * @throws IllegalArgumentException as {@link EventFold#snapshot} would for these events and
     *     {@code e}
     */
    Fold plus(AccountEvent e) {
      ZoneId newZone = checkZone(account, zone, defaultZone, e);
      ZoneId accountZone = newZone;
      AccountEvent.Type type = required("type", e.getType());
      Instant at = required("at", e.getAt());
      Instant newEarliest = earliest == null || at.isBefore(earliest) ? at : earliest;
      if (type == AccountEvent.Type.MEETING_HELD) {
        List<MeetingRecord> newMeetings = new ArrayList<>(meetings);
        newMeetings.add(meeting(e, at));
        Instant start = cadenceStart == null || at.isBefore(cadenceStart) ? at : cadenceStart;
        return new Fold(
            account,
            defaultZone,
            phase,
            newZone,
            issues,
            programme,
            escalation,
            escalationRecord,
            newMeetings,
            start,
            meetings(accountId, phase, accountZone, start, newMeetings),
            count + 1,
            e,
            newEarliest);
      }
      if (isProgramme(type)) {
        String id = checkEscalation(account, escalation, e);
        List<ProgramEvent> newProgramme = new ArrayList<>(programme);
        addProgrammeEvents(e, type, at, newProgramme);
        return new Fold(
            account,
            defaultZone,
            phase,
            newZone,
            issues,
            newProgramme,
            id,
            escalation(accountId, id, accountZone, newProgramme),
            meetings,
            cadenceStart,
            meetingsRecord,
            count + 1,
            e,
            newEarliest);
      }
      String issue = required("issue", e.getIssue());
      Issue.Builder changed;
      if (type == AccountEvent.Type.OPENED) {
        check(!issues.containsKey(issue), "issue " + issue + " is already open");
        changed = opened(accountId, issue, e, at);
      } else {
        Issue open = issues.get(issue);
        if (open == null) {
          throw new IllegalArgumentException("issue " + issue + " was never opened on " + account);
        }
        changed = Issue.builder().from(open);
        changed.addEvent(issueEvent(e, type, at));
      }
      Map<String, Issue> newIssues = new LinkedHashMap<>(issues);
      newIssues.put(issue, changed.build());
      return new Fold(
          account,
          defaultZone,
          phase,
          newZone,
          newIssues,
          programme,
          escalation,
          escalationRecord,
          meetings,
          cadenceStart,
          meetingsRecord,
          count + 1,
          e,
          newEarliest);
    }

    private ZoneId accountZone() {
      return zone != null ? zone : defaultZone;
    }

    /** The account's zone, once an event has fixed it. */
    @Nullable ZoneId zone() {
      return zone;
    }

    /** When the issue's latest fact happened: its opening or its latest event. */
    @Nullable Instant issueFinish(String id) {
      Issue issue = issues.get(id);
      if (issue == null) {
        return null;
      }
      Instant latest = issue.openedAt();
      for (IssueEvent e : issue.events()) {
        if (e.at().isAfter(latest)) {
          latest = e.at();
        }
      }
      return latest;
    }

    /** When the account-level escalation's latest event happened, if it has events here. */
    @Nullable Instant escalationFinish() {
      Instant latest = null;
      for (ProgramEvent e : programme) {
        if (latest == null || e.at().isAfter(latest)) {
          latest = e.at();
        }
      }
      return latest;
    }

    /** The account's snapshot. */
    AccountSnapshot snapshot() {
      return snapshot;
    }

    /** How many events were folded. */
    int count() {
      return count;
    }

    /** The last event folded, if any. */
    @Nullable AccountEvent last() {
      return last;
    }

    /** The earliest instant among the events folded, if any. */
    @Nullable Instant earliest() {
      return earliest;
    }
  }

  /** The account's zone after {@code e}: fixed by its first event. */
  private static ZoneId checkZone(
      String account, @Nullable ZoneId zone, ZoneId defaultZone, AccountEvent e) {
    ZoneId carried = zone(e);
    if (zone == null) {
      return carried != null ? carried : defaultZone;
    }
    if (carried != null && !carried.equals(zone)) {
      throw new IllegalArgumentException(
          "AccountEvent.zone "
              + carried
              + " differs from "
              + account
              + "'s zone "
              + zone
              + ", fixed by its first event");
    }
    return zone;
  }

  /** The account's one escalation id after {@code e}. */
  private static String checkEscalation(
      String account, @Nullable String escalation, AccountEvent e) {
    String id = required("escalation", e.getEscalation());
    check(
        escalation == null || escalation.equals(id),
        account + " already has the account-level escalation " + escalation + ", not " + id);
    return id;
  }

  private static Issue.Builder opened(
      AccountId accountId, String issue, AccountEvent e, Instant at) {
    Issue.Builder opened = Issue.builder().id(IssueId.of(issue)).account(accountId).openedAt(at);
    if (e.getTriggerKind() != null) {
      opened.addTrigger(trigger(e));
    }
    return opened;
  }

  private static AccountEscalation escalation(
      AccountId accountId, String id, ZoneId zone, List<ProgramEvent> programme) {
    return AccountEscalation.builder()
        .id(id)
        .account(accountId)
        .zone(zone)
        .events(programme)
        .build();
  }

  private static AccountMeetings meetings(
      AccountId accountId,
      AccountPhase phase,
      ZoneId zone,
      Instant cadenceStart,
      List<MeetingRecord> meetings) {
    return AccountMeetings.builder()
        .account(accountId)
        .phase(phase)
        .zone(zone)
        .cadenceStart(cadenceStart)
        .records(meetings)
        .build();
  }

  private static MeetingRecord meeting(AccountEvent e, Instant at) {
    MeetingRecord.Builder record =
        MeetingRecord.builder()
            .id(required("ref", e.getRef()))
            .heldAt(at)
            .tierIds(split(required("tierIds", e.getTierIds())))
            .inputs(split(e.getInputs()))
            .outputs(split(e.getOutputs()));
    for (String attendee : split(e.getAttendees())) {
      int colon = attendee.indexOf(AccountEvent.SIDE);
      PartyRole.Side side = null;
      if (colon > 0) {
        try {
          side = PartyRole.Side.valueOf(attendee.substring(0, colon));
        } catch (IllegalArgumentException ex) {
          side = null;
        }
      }
      if (side == null) {
        throw new IllegalArgumentException(
            "AccountEvent.attendees must be SIDE:name with a side of "
                + List.of(PartyRole.Side.values())
                + " but was '"
                + attendee
                + "'");
      }
      String name = attendee.substring(colon + 1);
      record.addAttendees(
          side == PartyRole.Side.CUSTOMER ? PartyRole.customer(name) : PartyRole.supplier(name));
    }
    return record.build();
  }

  private static LocalDate day(String due) {
    try {
      return LocalDate.parse(due);
    } catch (DateTimeException ex) {
      throw new IllegalArgumentException(
          "AccountEvent.due must be an ISO-8601 date such as 2026-03-03 but was '" + due + "'", ex);
    }
  }

  /** The items of a comma-separated field, stripped; none for null. */
  private static List<String> split(@Nullable String items) {
    List<String> out = new ArrayList<>();
    if (items != null) {
      for (String item : items.split(AccountEvent.SEPARATOR, -1)) {
        out.add(item.strip());
      }
    }
    return out;
  }

  private static @Nullable ZoneId zone(AccountEvent e) {
    String id = e.getZone();
    if (id == null) {
      return null;
    }
    try {
      return ZoneId.of(id);
    } catch (DateTimeException ex) {
      throw new IllegalArgumentException(
          "AccountEvent.zone must be an IANA zone id such as Europe/Berlin but was '" + id + "'",
          ex);
    }
  }

  /** The core's programme events for {@code e}: an update that reports a status is two. */
  private static void addProgrammeEvents(
      AccountEvent e, AccountEvent.Type type, Instant at, List<ProgramEvent> out) {
    switch (type) {
      case ESCALATION_REQUESTED:
        out.add(
            ProgramEvent.requested(
                at,
                required("requestSource", e.getRequestSource()),
                required("note", e.getNote())));
        return;
      case ESCALATION_DECLINED:
        out.add(ProgramEvent.declined(at, required("note", e.getNote())));
        return;
      case ESCALATION_DECLARED:
        {
          String criteria = e.getCriteria();
          List<String> ids = new ArrayList<>();
          if (criteria != null) {
            for (String id : criteria.split(",", -1)) {
              ids.add(id.strip());
            }
          }
          String note = e.getNote();
          out.add(
              ProgramEvent.declared(
                  at, required("ragStatus", e.getRagStatus()), ids, note == null ? "" : note));
          return;
        }
      case ESCALATION_UPDATED:
        {
          RagStatus status = e.getRagStatus();
          if (status != null) {
            // The status reported counts first, so that the next update is due on its cadence.
            out.add(ProgramEvent.statusChanged(at, status));
          }
          out.add(ProgramEvent.updated(StatusUpdate.of(at, required("note", e.getNote()))));
          return;
        }
      case ESCALATION_STATUS_CHANGED:
        out.add(ProgramEvent.statusChanged(at, required("ragStatus", e.getRagStatus())));
        return;
      case ESCALATION_CRITERION_SET:
        out.add(
            ProgramEvent.criterionSet(
                at,
                SuccessCriterion.of(required("ref", e.getRef()), required("note", e.getNote()))));
        return;
      case ESCALATION_CRITERION_MET:
        out.add(ProgramEvent.criterionMet(at, required("ref", e.getRef())));
        return;
      case ESCALATION_STAKEHOLDER_ADDED:
        {
          String name = required("ref", e.getRef());
          boolean consent = required("consentRequired", e.getConsentRequired());
          out.add(
              ProgramEvent.stakeholderAdded(
                  at, consent ? Stakeholder.required(name) : Stakeholder.informed(name)));
          return;
        }
      case ESCALATION_CONSENT_GIVEN:
        out.add(ProgramEvent.consentGiven(at, required("ref", e.getRef())));
        return;
      case ESCALATION_ACTION_ADDED:
        out.add(
            ProgramEvent.actionAdded(
                at,
                ActionItem.builder()
                    .id(required("ref", e.getRef()))
                    .description(required("note", e.getNote()))
                    .owner(required("owner", e.getOwner()))
                    .due(day(required("due", e.getDue())))
                    .criterionId(required("criterionId", e.getCriterionId()))
                    .build()));
        return;
      case ESCALATION_ACTION_DONE:
        out.add(ProgramEvent.actionDone(at, required("ref", e.getRef())));
        return;
      case ESCALATION_CLOSURE_PROPOSED:
        out.add(ProgramEvent.closureProposed(at));
        return;
      case ESCALATION_CLOSED:
        out.add(ProgramEvent.closed(at));
        return;
      case ESCALATION_FOLLOWED_UP:
        {
          String name = required("ref", e.getRef());
          FollowUp followUp;
          try {
            followUp = FollowUp.valueOf(name);
          } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException(
                "AccountEvent.ref must name a follow-up, one of "
                    + List.of(FollowUp.values())
                    + ", but was "
                    + name,
                ex);
          }
          out.add(ProgramEvent.followedUp(at, followUp));
          return;
        }
      default:
        throw new IllegalArgumentException(
            "AccountEvent.type " + type + " is not a programme event");
    }
  }

  private static IssueEvent issueEvent(AccountEvent e, AccountEvent.Type type, Instant at) {
    switch (type) {
      case TRIGGER_ADDED:
        return IssueEvent.triggerAdded(at, trigger(e));
      case RESPONDED:
        return IssueEvent.responded(at);
      case PAUSED:
        return IssueEvent.paused(at, e.getNote() == null ? "paused" : e.getNote());
      case RESUMED:
        return IssueEvent.resumed(at);
      case ESCALATED:
        return IssueEvent.escalated(at, required("levelId", e.getLevelId()), reason(e));
      case DOWNGRADED:
        return IssueEvent.downgraded(at, required("levelId", e.getLevelId()), reason(e));
      case RESOLVED:
        return IssueEvent.resolved(at);
      default:
        throw new IllegalArgumentException("AccountEvent.type " + type + " is not an issue event");
    }
  }

  private static String reason(AccountEvent e) {
    return e.getNote() == null ? "by hand" : e.getNote();
  }

  private static Trigger trigger(AccountEvent e) {
    String name = required("triggerKind", e.getTriggerKind());
    TriggerKind kind = KINDS.get(name);
    if (kind == null) {
      throw new IllegalArgumentException(
          "AccountEvent.triggerKind must be one of " + KINDS.keySet() + " but was " + name);
    }
    switch (kind.measure()) {
      case FLAG:
        return Trigger.of(kind);
      case MONEY:
        BigDecimal amount = required("triggerAmount", e.getTriggerAmount());
        String currency = required("triggerCurrency", e.getTriggerCurrency());
        return Trigger.of(kind, Money.of(CurrencyUnit.of(currency), amount));
      default:
        return Trigger.of(kind, required("triggerQuantity", e.getTriggerQuantity()));
    }
  }

  private static <T> T required(String field, @Nullable T value) {
    if (value == null) {
      throw new IllegalArgumentException("AccountEvent." + field + " must be set but was null");
    }
    return value;
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
