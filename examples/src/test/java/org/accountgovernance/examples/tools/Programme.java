package org.accountgovernance.examples.tools;

import static org.accountgovernance.examples.tools.CompactJson.arr;
import static org.accountgovernance.examples.tools.CompactJson.obj;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.accountgovernance.core.update.RagStatus;
import org.accountgovernance.rules.update.PlaybookUpdateCadence;

/** Writes an account-level escalation's events, with updates sent on their due days. */
final class Programme {
  private static final List<String> PROGRESS =
      List.of(
          "Containment in place; daily call with the customer's operations team",
          "Root cause narrowed to one supplier lot; quarantined stock counted",
          "Replacement parts on the way; first lot due at the customer tomorrow",
          "Recovery plan reviewed with the customer; no new incidents since the last update",
          "Second shift added; backlog down by a third",
          "Corrective action verified on the line; monitoring continues",
          "Customer confirmed the interim fix works in the field",
          "Backlog cleared; watching the next two deliveries closely",
          "Supplier audit scheduled; interim inspection at goods-in continues",
          "Field returns trending down; no new complaints this week");

  private final String id;
  private final ZoneId zone;
  private final List<ObjectNode> events = new ArrayList<>();
  private int progress;
  private Instant lastUpdate = Instant.EPOCH;

  Programme(String id, ZoneId zone) {
    this.id = id;
    this.zone = zone;
  }

  Programme event(Instant at, String type, Object... fields) {
    Object[] all = new Object[fields.length + 4];
    all[0] = "type";
    all[1] = type;
    all[2] = "at";
    all[3] = at.toString();
    System.arraycopy(fields, 0, all, 4, fields.length);
    events.add(obj(all));
    return this;
  }

  Programme update(Instant at, String description) {
    lastUpdate = at;
    return event(at, "UPDATED", "description", description);
  }

  /**
   * Updates at 15:00 local on every due day of {@code status}, counted from the last update (or
   * {@code from}), while they fall before {@code until}; the last update's instant.
   */
  Instant updatesOnTime(RagStatus status, Instant from, Instant until) {
    Instant last = lastUpdate.isAfter(from) ? lastUpdate : from;
    while (true) {
      LocalDate due = PlaybookUpdateCadence.ofDefaults().due(status, last, zone).dueDate();
      Instant next = due.atTime(LocalTime.of(15, 0)).atZone(zone).toInstant();
      if (!next.isBefore(until)) {
        return last;
      }
      update(next, PROGRESS.get(progress++ % PROGRESS.size()));
      last = next;
    }
  }

  static ObjectNode criterion(String id, String description) {
    return obj("id", id, "description", description);
  }

  static ObjectNode action(
      String id, String description, String owner, LocalDate due, String criterion) {
    return obj(
        "id", id,
        "description", description,
        "owner", owner,
        "due", due.toString(),
        "criterion", criterion);
  }

  static ObjectNode stakeholder(String name, boolean consentRequired) {
    return obj("name", name, "consentRequired", consentRequired);
  }

  ObjectNode toJson() {
    List<ObjectNode> sorted = new ArrayList<>(events);
    sorted.sort(
        (a, b) ->
            Instant.parse(a.get("at").asText()).compareTo(Instant.parse(b.get("at").asText())));
    return obj("id", id, "events", arr(sorted));
  }
}
