package org.accountgovernance.examples.portfolio;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.RuleId;
import org.accountgovernance.core.program.AccountEscalation;
import org.accountgovernance.core.program.ActionItem;
import org.accountgovernance.core.program.FollowUp;
import org.accountgovernance.core.program.ProgramEvent;
import org.accountgovernance.core.program.ProgramPolicy;
import org.accountgovernance.core.program.RequestSource;
import org.accountgovernance.core.program.Stakeholder;
import org.accountgovernance.core.program.SuccessCriterion;
import org.accountgovernance.core.update.RagStatus;
import org.accountgovernance.core.update.StatusUpdate;
import org.accountgovernance.rules.program.ProgramRules;

/**
 * Reads the account-level escalation programme: its id, zone and events, each event type with
 * exactly its own fields, and replays it on the playbook so that an illegal transition is reported
 * at the event that makes it.
 */
final class ProgramReader {
  private static final List<String> CRITERIA =
      List.of(
              ProgramRules.CRITERIA_PRODUCT,
              ProgramRules.CRITERIA_ACCOUNT,
              ProgramRules.CRITERIA_VISIBILITY,
              ProgramRules.CRITERIA_DEAL,
              ProgramRules.CRITERIA_FINANCIAL_LEGAL)
          .stream()
          .map(RuleId::value)
          .toList();

  /** The field each event type carries besides type and at; empty for none. */
  private static final Map<ProgramEvent.Type, List<String>> FIELDS =
      Map.ofEntries(
          Map.entry(ProgramEvent.Type.REQUESTED, List.of("source", "note")),
          Map.entry(ProgramEvent.Type.DECLINED, List.of("note")),
          Map.entry(ProgramEvent.Type.DECLARED, List.of("status", "criteria", "note")),
          Map.entry(ProgramEvent.Type.CRITERION_SET, List.of("criterion")),
          Map.entry(ProgramEvent.Type.CRITERION_MET, List.of("criterion")),
          Map.entry(ProgramEvent.Type.ACTION_ADDED, List.of("action")),
          Map.entry(ProgramEvent.Type.ACTION_DONE, List.of("action")),
          Map.entry(ProgramEvent.Type.STAKEHOLDER_ADDED, List.of("stakeholder")),
          Map.entry(ProgramEvent.Type.UPDATED, List.of("description")),
          Map.entry(ProgramEvent.Type.STATUS_CHANGED, List.of("status")),
          Map.entry(ProgramEvent.Type.CLOSURE_PROPOSED, List.of()),
          Map.entry(ProgramEvent.Type.CONSENT_GIVEN, List.of("stakeholder")),
          Map.entry(ProgramEvent.Type.CLOSED, List.of()),
          Map.entry(ProgramEvent.Type.FOLLOWED_UP, List.of("followUp")));

  private static final String[] ALL_FIELDS = {
    "type",
    "at",
    "source",
    "note",
    "status",
    "criteria",
    "criterion",
    "action",
    "stakeholder",
    "description",
    "followUp"
  };

  private final ProgramPolicy policy;

  ProgramReader(ProgramPolicy policy) {
    this.policy = policy;
  }

  /** The escalation at {@code json}, of {@code account} in {@code zone} unless it names its own. */
  AccountEscalation read(Json json, AccountId account, ZoneId zone) {
    Json escalation = json.object("an account-level escalation", "id", "zone", "events");
    AccountEscalation.Builder builder =
        AccountEscalation.builder()
            .id(escalation.get("id").text())
            .account(account)
            .zone(escalation.opt("zone").map(Json::zone).orElse(zone));
    List<Refusals.Fact> facts = new ArrayList<>();
    for (Json eventJson : escalation.get("events").elements()) {
      ProgramEvent event = event(eventJson);
      builder.addEvent(event);
      facts.add(new Refusals.Fact(eventJson, event.at(), event));
    }
    AccountEscalation built = Refusals.build(escalation, builder::build);
    Refusals.replay(escalation, facts, at -> policy.evaluate(built, at));
    return built;
  }

  private ProgramEvent event(Json json) {
    Json event = json.object("an escalation event", ALL_FIELDS);
    ProgramEvent.Type type = event.get("type").enumOf(ProgramEvent.Type.class);
    List<String> own = FIELDS.getOrDefault(type, List.of());
    for (String field : ALL_FIELDS) {
      if (!field.equals("type")
          && !field.equals("at")
          && !own.contains(field)
          && event.has(field)) {
        throw event
            .get(field)
            .error(
                "is not a field of a "
                    + type
                    + " event"
                    + (own.isEmpty() ? "" : " (it has: " + String.join(", ", own) + ")"));
      }
    }
    Instant at = event.get("at").instant();
    ProgramEvent.Builder builder = ProgramEvent.builder().type(type).at(at);
    event.opt("note").ifPresent(note -> builder.note(note.text()));
    switch (type) {
      case REQUESTED -> builder.source(event.get("source").enumOf(RequestSource.class));
      case DECLARED -> {
        builder.status(event.get("status").enumOf(RagStatus.class));
        for (Json criterion : event.list("criteria")) {
          builder.addCriteria(criterion.oneOf(CRITERIA, "an AEM criterion"));
        }
      }
      case STATUS_CHANGED -> builder.status(event.get("status").enumOf(RagStatus.class));
      case CRITERION_SET -> builder.successCriterion(criterion(event.get("criterion")));
      case ACTION_ADDED -> builder.actionItem(action(event.get("action")));
      case STAKEHOLDER_ADDED -> builder.stakeholder(stakeholder(event.get("stakeholder")));
      case CRITERION_MET -> builder.ref(event.get("criterion").text());
      case ACTION_DONE -> builder.ref(event.get("action").text());
      case CONSENT_GIVEN -> builder.ref(event.get("stakeholder").text());
      case UPDATED -> {
        Json description = event.get("description");
        builder.update(Refusals.build(description, () -> StatusUpdate.of(at, description.text())));
      }
      case FOLLOWED_UP -> builder.followUp(event.get("followUp").enumOf(FollowUp.class));
      case DECLINED, CLOSURE_PROPOSED, CLOSED -> {}
    }
    return Refusals.build(event, builder::build);
  }

  private static SuccessCriterion criterion(Json json) {
    Json criterion = json.object("a success criterion", "id", "description");
    return Refusals.build(
        criterion,
        () -> SuccessCriterion.of(criterion.get("id").text(), criterion.get("description").text()));
  }

  private static ActionItem action(Json json) {
    Json action = json.object("an action item", "id", "description", "owner", "due", "criterion");
    return Refusals.build(
        action,
        () ->
            ActionItem.builder()
                .id(action.get("id").text())
                .description(action.get("description").text())
                .owner(action.get("owner").text())
                .due(action.get("due").date())
                .criterionId(action.get("criterion").text())
                .build());
  }

  private static Stakeholder stakeholder(Json json) {
    Json stakeholder = json.object("a stakeholder", "name", "consentRequired");
    String name = stakeholder.get("name").text();
    boolean required = stakeholder.get("consentRequired").bool();
    return Refusals.build(
        stakeholder, () -> required ? Stakeholder.required(name) : Stakeholder.informed(name));
  }
}
