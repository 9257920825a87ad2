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
    AccountId accountId = AccountId.of(account);
    List<MeetingRecord> meetings = new ArrayList<>();
    Instant cadenceStart = null;
    Map<String, Issue.Builder> issues = new LinkedHashMap<>();
    List<ProgramEvent> programme = new ArrayList<>();
    String escalation = null;
    ZoneId zone = null;
    for (AccountEvent e : events) {
      ZoneId carried = zone(e);
      if (zone == null) {
        zone = carried != null ? carried : defaultZone;
      } else if (carried != null && !carried.equals(zone)) {
        throw new IllegalArgumentException(
            "AccountEvent.zone "
                + carried
                + " differs from "
                + account
                + "'s zone "
                + zone
                + ", fixed by its first event");
      }
      AccountEvent.Type type = required("type", e.getType());
      Instant at = required("at", e.getAt());
      if (type == AccountEvent.Type.MEETING_HELD) {
        meetings.add(meeting(e, at));
        if (cadenceStart == null || at.isBefore(cadenceStart)) {
          cadenceStart = at;
        }
        continue;
      }
      if (type.name().startsWith("ESCALATION_")) {
        String id = required("escalation", e.getEscalation());
        check(
            escalation == null || escalation.equals(id),
            account + " already has the account-level escalation " + escalation + ", not " + id);
        escalation = id;
        addProgrammeEvents(e, type, at, programme);
        continue;
      }
      String issue = required("issue", e.getIssue());
      if (type == AccountEvent.Type.OPENED) {
        check(!issues.containsKey(issue), "issue " + issue + " is already open");
        Issue.Builder opened =
            Issue.builder().id(IssueId.of(issue)).account(accountId).openedAt(at);
        if (e.getTriggerKind() != null) {
          opened.addTrigger(trigger(e));
        }
        issues.put(issue, opened);
        continue;
      }
      Issue.Builder open = issues.get(issue);
      if (open == null) {
        throw new IllegalArgumentException("issue " + issue + " was never opened on " + account);
      }
      open.addEvent(issueEvent(e, type, at));
    }
    ZoneId accountZone = zone != null ? zone : defaultZone;
    AccountSnapshot.Builder snapshot =
        AccountSnapshot.builder().account(accountId).zone(accountZone);
    issues.values().forEach(b -> snapshot.addIssue(b.build()));
    if (escalation != null) {
      snapshot.escalation(
          AccountEscalation.builder()
              .id(escalation)
              .account(accountId)
              .zone(accountZone)
              .events(programme)
              .build());
    }
    if (cadenceStart != null) {
      snapshot.meetings(
          AccountMeetings.builder()
              .account(accountId)
              .phase(phase)
              .zone(accountZone)
              .cadenceStart(cadenceStart)
              .records(meetings)
              .build());
    }
    return snapshot.build();
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
