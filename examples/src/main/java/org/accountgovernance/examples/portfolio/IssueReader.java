package org.accountgovernance.examples.portfolio;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.IssueId;
import org.accountgovernance.core.escalation.EscalationPolicy;
import org.accountgovernance.core.escalation.Issue;
import org.accountgovernance.core.escalation.IssueEvent;
import org.accountgovernance.core.escalation.Trigger;
import org.accountgovernance.core.escalation.TriggerKind;

/** Reads an issue: its id, title, opening, triggers and events, and replays it on the playbook. */
final class IssueReader {
  private static final Map<String, TriggerKind> KINDS = new LinkedHashMap<>();

  static {
    for (TriggerKind kind : TriggerKind.PLAYBOOK_KINDS) {
      KINDS.put(kind.name(), kind);
    }
  }

  private static final List<String> MAGNITUDES = List.of("days", "points", "count", "amount");

  private final Set<String> levelIds;
  private final EscalationPolicy policy;

  IssueReader(Set<String> levelIds, EscalationPolicy policy) {
    this.levelIds = levelIds;
    this.policy = policy;
  }

  /** The issue at {@code json}, of {@code account}; its title goes into {@code titles}. */
  Issue read(Json json, AccountId account, Map<IssueId, String> titles) {
    Json issue = json.object("an issue", "id", "title", "openedAt", "triggers", "events");
    Json idJson = issue.get("id");
    IssueId id = Refusals.build(idJson, () -> IssueId.of(idJson.text()));
    Instant openedAt = issue.get("openedAt").instant();
    Issue.Builder builder = Issue.builder().id(id).account(account).openedAt(openedAt);
    for (Json trigger : issue.list("triggers")) {
      builder.addTrigger(trigger(trigger));
    }
    List<Refusals.Fact> facts = new ArrayList<>();
    for (Json eventJson : issue.list("events")) {
      IssueEvent event = event(eventJson, openedAt);
      builder.addEvent(event);
      facts.add(new Refusals.Fact(eventJson, event.at(), event));
    }
    issue.opt("title").ifPresent(title -> titles.put(id, title.text()));
    Issue built = Refusals.build(issue, builder::build);
    facts.add(0, new Refusals.Fact(issue, openedAt, built));
    Refusals.replay(issue, facts, at -> policy.decide(built, at));
    return built;
  }

  private Trigger trigger(Json json) {
    Json trigger = json.object("a trigger", "kind", "days", "points", "count", "amount");
    String name = trigger.get("kind").oneOf(KINDS.keySet(), "a trigger kind of the playbook");
    TriggerKind kind = Objects.requireNonNull(KINDS.get(name));
    String magnitude =
        switch (kind.measure()) {
          case DAYS -> "days";
          case PERCENTAGE_POINTS -> "points";
          case COUNT -> "count";
          case MONEY -> "amount";
          case FLAG -> "";
        };
    for (String field : MAGNITUDES) {
      if (!field.equals(magnitude) && trigger.has(field)) {
        throw trigger
            .get(field)
            .error(
                "is not a field of a "
                    + name
                    + " trigger ("
                    + (magnitude.isEmpty()
                        ? "it has no magnitude"
                        : "its magnitude is " + magnitude)
                    + ")");
      }
    }
    if (magnitude.isEmpty()) {
      return Trigger.of(kind);
    }
    Json value = trigger.get(magnitude);
    if (kind.measure() == TriggerKind.Measure.MONEY) {
      return Refusals.build(trigger, () -> Trigger.of(kind, value.money()));
    }
    BigDecimal quantity =
        kind.measure() == TriggerKind.Measure.PERCENTAGE_POINTS
            ? value.nonNegativeDecimal()
            : BigDecimal.valueOf(value.count());
    return Refusals.build(trigger, () -> Trigger.of(kind, quantity));
  }

  private IssueEvent event(Json json, Instant openedAt) {
    Json event = json.object("an issue event", "type", "at", "after", "trigger", "levelId", "note");
    IssueEvent.Type type = event.get("type").enumOf(IssueEvent.Type.class);
    boolean needsTrigger = type == IssueEvent.Type.TRIGGER_ADDED;
    boolean needsLevel = type == IssueEvent.Type.ESCALATED || type == IssueEvent.Type.DOWNGRADED;
    refuseUnless(event, "trigger", needsTrigger, type);
    refuseUnless(event, "levelId", needsLevel, type);
    IssueEvent.Builder builder = IssueEvent.builder().type(type).at(at(event, openedAt));
    if (needsTrigger) {
      builder.trigger(trigger(event.get("trigger")));
    }
    if (needsLevel) {
      builder.levelId(event.get("levelId").oneOf(levelIds, "a level id of the ladder"));
    }
    event.opt("note").ifPresent(note -> builder.note(note.text()));
    return Refusals.build(event, builder::build);
  }

  /** The event's instant: {@code at}, or {@code after} the issue was opened; exactly one. */
  static Instant at(Json event, Instant openedAt) {
    if (event.has("at") == event.has("after")) {
      throw event.error(
          event.has("at")
              ? "has both at and after: give one"
              : "is missing its time: give at (an instant) or after (a duration since openedAt)");
    }
    return event.has("at")
        ? event.get("at").instant()
        : openedAt.plus(event.get("after").duration());
  }

  private static void refuseUnless(Json event, String field, boolean allowed, Object type) {
    if (!allowed && event.has(field)) {
      throw event.get(field).error("is not a field of a " + type + " event");
    }
  }
}
