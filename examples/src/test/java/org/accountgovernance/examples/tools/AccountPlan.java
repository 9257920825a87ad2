package org.accountgovernance.examples.tools;

import static org.accountgovernance.examples.tools.CompactJson.arr;
import static org.accountgovernance.examples.tools.CompactJson.obj;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One account of the sample as the generator plans it: a healthy baseline (meetings held as the
 * tiers require, executives and contacts on time, a complete team with round-the-clock cover,
 * readiness in place, routine issues answered on time) and the story's departures from it.
 */
final class AccountPlan {
  static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  static final String SUPPLIER_DOMAIN = "northgate-cm.example";

  final String id;
  final String name;
  final String prefix;
  final ZoneId zone;
  final String product;
  final Random random;
  final Names names;

  String size = "MEDIUM";
  String growth = "MEDIUM";
  String importance = "MEDIUM";
  String phase = "ACTIVE_PRODUCTION";
  LocalDate cadenceStart = LocalDate.of(2026, 9, 1);
  LocalDate relationshipSince = LocalDate.of(2026, 4, 1);
  int routineIssues = 10;
  int nextIssueNumber;

  // Meetings.
  LocalDate lastWeeklySync = LocalDate.of(2026, 11, 17);
  final Set<LocalDate> weeksSkipped = new HashSet<>();
  final List<Consumer<List<ObjectNode>>> meetingEdits = new ArrayList<>();

  // Relationship.
  final List<ObjectNode> exchanges = new ArrayList<>();
  boolean defaultExchanges = true;
  LocalDate lastOperationalContact = LocalDate.of(2026, 11, 30);
  LocalDate lastIdea = LocalDate.of(2026, 11, 30);
  final List<ObjectNode> metrics = new ArrayList<>();

  // Team.
  String approach = "DESIGNATED_CONTACTS";
  String cover = "DUTY_DESK";
  final List<Consumer<List<ObjectNode>>> teamEdits = new ArrayList<>();

  // Readiness.
  LocalDate invitesUntil = LocalDate.of(2027, 12, 31);
  boolean eco = true;
  boolean cap = true;
  boolean signatory = true;
  final List<Consumer<List<ObjectNode>>> contactEdits = new ArrayList<>();

  // Stories.
  final List<ObjectNode> storyIssues = new ArrayList<>();
  ObjectNode escalation;
  ObjectNode decisionRights;

  AccountPlan(String id, String name, String prefix, String zone, String product, long seed) {
    this.id = id;
    this.name = name;
    this.prefix = prefix;
    this.zone = ZoneId.of(zone);
    this.product = product;
    this.random = new Random(seed);
    this.names = new Names(random);
    this.nextIssueNumber = 1000 + random.nextInt(8000);
  }

  String customerDomain() {
    return id.toLowerCase(java.util.Locale.ROOT) + ".example";
  }

  Instant local(LocalDate date, int hour, int minute) {
    return date.atTime(LocalTime.of(hour, minute)).atZone(zone).toInstant();
  }

  String nextIssueId() {
    nextIssueNumber += 1 + random.nextInt(9);
    return prefix + "-" + nextIssueNumber;
  }

  // ---------------------------------------------------------------- the account as JSON

  ObjectNode toJson() {
    List<ObjectNode> issues = new ArrayList<>(new RoutineIssues(this).generate());
    issues.addAll(storyIssues);
    issues.sort(
        (a, b) ->
            Instant.parse(a.get("openedAt").asText())
                .compareTo(Instant.parse(b.get("openedAt").asText())));
    // Numbered in the order they were opened.
    for (ObjectNode issue : issues) {
      issue.put("id", nextIssueId());
    }
    return obj(
        "id", id,
        "name", name,
        "zone", zone.getId(),
        "issues", arr(issues),
        "escalation", escalation,
        "meetings", meetings(),
        "relationship", relationship(),
        "team", team(),
        "readiness", readiness(),
        "decisionRights", decisionRights);
  }

  private ObjectNode meetings() {
    List<ObjectNode> records = new ArrayList<>();
    LocalDate tuesday = cadenceStart.with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
    for (LocalDate day = tuesday; !day.isAfter(lastWeeklySync); day = day.plusWeeks(1)) {
      if (weeksSkipped.contains(day) || !local(day, 10, 0).isBefore(NOW)) {
        continue;
      }
      records.add(weekly(day));
    }
    for (LocalDate month = cadenceStart.withDayOfMonth(1);
        month.isBefore(LocalDate.of(2026, 12, 1));
        month = month.plusMonths(1)) {
      LocalDate thursday = month.with(TemporalAdjusters.firstInMonth(DayOfWeek.THURSDAY));
      if (!thursday.isBefore(cadenceStart) && local(thursday, 14, 0).isBefore(NOW)) {
        records.add(monthly(thursday));
      }
    }
    for (LocalDate quarter : List.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 1))) {
      LocalDate wednesday =
          quarter.with(TemporalAdjusters.firstInMonth(DayOfWeek.WEDNESDAY)).plusWeeks(1);
      if (!wednesday.isBefore(cadenceStart)) {
        records.add(quarterly(wednesday));
      }
    }
    meetingEdits.forEach(edit -> edit.accept(records));
    records.sort(
        (a, b) ->
            Instant.parse(a.get("heldAt").asText())
                .compareTo(Instant.parse(b.get("heldAt").asText())));
    return obj(
        "phase", phase,
        "cadenceStart", local(cadenceStart, 0, 0).toString(),
        "records", arr(records));
  }

  ObjectNode weekly(LocalDate day) {
    return obj(
        "id", "W-" + day.getYear() + "-" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
        "tierIds", arr("WEEKLY"),
        "heldAt", local(day, 10, 0).toString(),
        "attendees", arr("Customer Buyer (customer)", "Factory PM (supplier)"),
        "inputs", arr("Open Order Report", "Material Shortage List"),
        "outputs", arr("Confirmed ship dates for the next 2 weeks"));
  }

  ObjectNode monthly(LocalDate day) {
    BigDecimal otif = decimal(93.0, 99.0);
    BigDecimal yield = decimal(97.0, 99.6);
    BigDecimal rma = decimal(120, 640).setScale(0, RoundingMode.HALF_UP);
    List<ObjectNode> kpis = new ArrayList<>();
    kpis.add(kpi("OTIF %", otif, new BigDecimal("95"), true, "CAPA: expedite lane for late lots"));
    kpis.add(kpi("Final yield %", yield, new BigDecimal("98.0"), true, "CAPA: fixture rework"));
    kpis.add(kpi("RMA ppm", rma, new BigDecimal("500"), false, "CAPA: burn-in extended to 8 h"));
    return obj(
        "id", "M-" + day.getYear() + "-" + String.format("%02d", day.getMonthValue()),
        "tierIds", arr("MONTHLY"),
        "heldAt", local(day, 14, 0).toString(),
        "attendees", arr("Customer Ops Lead (customer)", "Account Manager (supplier)"),
        "inputs", arr("Quality Report (Yield/RMA)", "OTIF", "AR Aging"),
        "outputs", arr("CAPA for every metric below target"),
        "kpis", arr(kpis));
  }

  static ObjectNode kpi(
      String name, BigDecimal actual, BigDecimal target, boolean higherIsBetter, String capa) {
    int comparison = actual.compareTo(target);
    boolean miss = higherIsBetter ? comparison < 0 : comparison > 0;
    return obj(
        "name", name,
        "actual", actual,
        "target", target,
        "higherIsBetter", higherIsBetter,
        "capa", miss ? capa : null);
  }

  ObjectNode quarterly(LocalDate day) {
    return obj(
        "id", "Q-" + day.getYear() + "-Q" + day.get(IsoFields.QUARTER_OF_YEAR),
        "tierIds", arr("QBR"),
        "heldAt", local(day, 15, 0).toString(),
        "attendees",
            arr("Customer VP/Director (customer)", "Head of Sales/Plant Director (supplier)"),
        "inputs", arr("12-month Forecast", "Cost Down/Re-price analysis", "EOL component risks"),
        "outputs", arr("Re-signed Master Agreement or Pricing Addendum"));
  }

  private ObjectNode relationship() {
    String[] customerExecs = {
      names.person() + ", CEO", names.person() + ", COO", names.person() + ", VP Operations"
    };
    if (defaultExchanges) {
      int months = importance.equals("HIGH") ? 2 : 4;
      int i = random.nextInt(Names.SUPPLIER_EXECUTIVES.size());
      for (LocalDate day = relationshipSince.plusWeeks(3);
          day.isBefore(LocalDate.of(2026, 11, 20));
          day = day.plusMonths(months)) {
        exchanges.add(
            exchange(
                day.plusDays(random.nextInt(10)),
                Names.SUPPLIER_EXECUTIVES.get(i++ % Names.SUPPLIER_EXECUTIVES.size()),
                customerExecs[random.nextInt(customerExecs.length)]));
      }
    }
    List<ObjectNode> contacts = new ArrayList<>();
    String[][] people = {
      {"EXECUTIVE", customerExecs[1]},
      {"MANAGEMENT", names.person() + ", Procurement Manager"},
      {"OPERATIONAL", names.person() + ", Buyer"}
    };
    for (String[] level : people) {
      for (LocalDate day = relationshipSince.plusDays(5 + random.nextInt(10));
          day.isBefore(LocalDate.of(2026, 11, 21));
          day = day.plusWeeks(6 + random.nextInt(3))) {
        if (level[0].equals("OPERATIONAL") && day.isAfter(lastOperationalContact)) {
          break;
        }
        contacts.add(
            obj("at", local(day, 11, 0).toString(), "level", level[0], "person", level[1]));
      }
    }
    contacts.sort((a, b) -> a.get("at").asText().compareTo(b.get("at").asText()));
    List<ObjectNode> ideas = new ArrayList<>();
    List<String> pool = new ArrayList<>(Names.IDEAS);
    java.util.Collections.shuffle(pool, random);
    int k = 0;
    for (LocalDate day = relationshipSince.plusWeeks(4);
        day.isBefore(LocalDate.of(2026, 11, 21)) && !day.isAfter(lastIdea);
        day = day.plusWeeks(7 + random.nextInt(4))) {
      String outcome =
          day.isAfter(LocalDate.of(2026, 10, 1))
              ? "PENDING"
              : random.nextInt(3) == 0 ? "DECLINED" : "ADOPTED";
      ideas.add(
          obj(
              "sharedAt",
              local(day, 15, 0).toString(),
              "what",
              pool.get(k++ % pool.size()),
              "by",
              random.nextBoolean() ? "Account Manager" : "Factory PM",
              "outcome",
              outcome));
    }
    if (metrics.isEmpty()) {
      metrics.add(
          obj(
              "measuredAt",
              local(LocalDate.of(2026, 11, 2), 9, 0).toString(),
              "name",
              "Delivery lead time (days)",
              "actual",
              4 + random.nextInt(6),
              "contractTarget",
              21,
              "customerExpectation",
              10,
              "lowerIsBetter",
              true));
    }
    return obj(
        "since", local(relationshipSince, 9, 0).toString(),
        "profile", obj("size", size, "growthPotential", growth, "strategicImportance", importance),
        "exchanges", arr(exchanges),
        "contacts", arr(contacts),
        "metrics", arr(metrics),
        "ideas", arr(ideas));
  }

  ObjectNode exchange(LocalDate day, String supplierExecutive, String customerExecutive) {
    return obj(
        "at", local(day, 13, 0).toString(),
        "supplierExecutive", supplierExecutive,
        "customerExecutive", customerExecutive);
  }

  private ObjectNode team() {
    List<ObjectNode> members = new ArrayList<>();
    String am = names.person();
    String se = names.person();
    String pm = names.person();
    String planner = names.person();
    String director = names.person();
    ObjectNode hours = businessHours();
    members.add(
        member(
                am,
                "Account Manager",
                "Owns the relationship and the commercial terms; runs the monthly performance review")
            .put("standIn", se)
            .<ObjectNode>set("availability", hours)
            .<ObjectNode>set("levels", arr("L2"))
            .put("clientContact", true));
    members.add(
        member(
                se,
                "Sales Engineer",
                "Quotes, samples and engineering changes; stands in for the Account Manager")
            .<ObjectNode>set("availability", hours)
            .put("clientContact", true));
    members.add(
        member(pm, "Factory PM", "Runs the weekly operations sync and owns ship dates")
            .put("standIn", planner)
            .<ObjectNode>set("availability", hours)
            .<ObjectNode>set("levels", arr("L1"))
            .put("clientContact", true));
    members.add(
        member(
                planner,
                "Production Planner",
                "Plans the lines and the material; stands in for the Factory PM")
            .<ObjectNode>set("availability", hours));
    members.add(
        member(director, "VP Sales / Plant Director", "Executive sponsor; decides at L3")
            .<ObjectNode>set("availability", hours)
            .<ObjectNode>set("levels", arr("L3")));
    switch (cover) {
      case "DUTY_DESK" ->
          members.add(
              obj(
                  "name", "Northgate Operations Duty Desk",
                  "role", "Duty Manager (supplier)",
                  "summary", "Round-the-clock duty manager who can authorise help at every level",
                  "email", "duty-desk@" + SUPPLIER_DOMAIN,
                  "mobile", "+44 7700 900" + (100 + random.nextInt(800)),
                  "availability", "24x7",
                  "levels", arr("L1", "L2", "L3")));
      case "UNREACHABLE_DESK" ->
          members.add(
              obj(
                  "name", "Merchant Support Line",
                  "role", "Duty Manager (supplier)",
                  "summary", "Call centre line listed for every level; no direct number or mailbox",
                  "availability", "24x7",
                  "levels", arr("L1", "L2", "L3")));
      case "FOLLOW_THE_SUN" -> {
        members.add(
            obj(
                "name",
                "Honolulu Service Desk",
                "role",
                "Duty Manager (supplier)",
                "summary",
                "Covers every level in the Pacific day",
                "email",
                "desk-hnl@" + SUPPLIER_DOMAIN,
                "mobile",
                "+1 555 0" + (100 + random.nextInt(99)),
                "availability",
                obj("hours", obj("MONDAY-SUNDAY", arr("07:00-19:00"))),
                "levels",
                arr("L1", "L2", "L3")));
        members.add(
            obj(
                "name",
                "Tokyo Service Desk",
                "role",
                "Duty Manager (supplier)",
                "summary",
                "Covers every level while Honolulu sleeps",
                "email",
                "desk-tyo@" + SUPPLIER_DOMAIN,
                "mobile",
                "+44 7700 900" + (100 + random.nextInt(800)),
                "availability",
                obj(
                    "zone",
                    "Asia/Tokyo",
                    "hours",
                    obj("MONDAY-SUNDAY", arr("00:00-02:00", "14:00-24:00"))),
                "levels",
                arr("L1", "L2", "L3")));
      }
      default -> {
        // Business hours only: nobody is reachable at night or at the weekend.
      }
    }
    teamEdits.forEach(edit -> edit.accept(members));
    return obj("approach", approach, "members", arr(members));
  }

  ObjectNode member(String person, String role, String summary) {
    String email =
        person.toLowerCase(java.util.Locale.ROOT).replace(' ', '.').replace("'", "")
            + "@"
            + SUPPLIER_DOMAIN;
    return obj(
        "name", person,
        "role", role + " (supplier)",
        "summary", summary,
        "email", email,
        "mobile", "+44 7700 900" + (100 + random.nextInt(800)));
  }

  ObjectNode businessHours() {
    return obj(
        "hours", obj("MONDAY-FRIDAY", arr("08:00-17:00")),
        "yearlyHolidays", arr("12-25", "01-01"));
  }

  private ObjectNode readiness() {
    List<ObjectNode> contacts = new ArrayList<>();
    String[][] roles = {
      {"L1", "SUPPLIER", "Factory PM"},
      {"L1", "CUSTOMER", "Buyer"},
      {"L2", "SUPPLIER", "Account Manager"},
      {"L2", "CUSTOMER", "Operations Manager"},
      {"L3", "SUPPLIER", "Plant Director"},
      {"L3", "CUSTOMER", "VP Operations"}
    };
    for (String[] role : roles) {
      String person = names.person();
      String domain = role[1].equals("SUPPLIER") ? SUPPLIER_DOMAIN : customerDomain();
      contacts.add(
          obj(
              "levelId", role[0],
              "side", role[1],
              "name", person + ", " + role[2],
              "email", person.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@" + domain,
              "mobile", "+1 555 0" + (100 + random.nextInt(99))));
    }
    contactEdits.forEach(edit -> edit.accept(contacts));
    return obj(
        "invitesSentUntil",
            obj(
                "WEEKLY", invitesUntil.toString(),
                "MONTHLY", invitesUntil.toString(),
                "QBR", invitesUntil.toString()),
        "escalationContacts", arr(contacts),
        "ecoAgreement",
            eco
                ? "The customer pays for material made obsolete by changes it requests; Northgate"
                    + " absorbs its own"
                : null,
        "liabilityCap", cap ? "USD " + (100 + 50 * random.nextInt(8)) + "000.00" : null,
        "poSignatory", signatory ? names.person() + ", Director of Procurement" : null);
  }

  BigDecimal decimal(double from, double to) {
    return BigDecimal.valueOf(from + random.nextDouble() * (to - from))
        .setScale(1, RoundingMode.HALF_UP);
  }

  static ArrayNode strings(List<String> values) {
    return arr(values);
  }

  static String after(Duration duration) {
    return duration.toString();
  }
}
