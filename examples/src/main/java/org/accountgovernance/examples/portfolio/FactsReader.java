package org.accountgovernance.examples.portfolio;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.cadence.AccountMeetings;
import org.accountgovernance.core.cadence.AccountPhase;
import org.accountgovernance.core.cadence.KpiResult;
import org.accountgovernance.core.cadence.MeetingRecord;
import org.accountgovernance.core.engagement.AccountProfile;
import org.accountgovernance.core.engagement.AccountRelationship;
import org.accountgovernance.core.engagement.Contact;
import org.accountgovernance.core.engagement.ContactLevel;
import org.accountgovernance.core.engagement.ExecutiveExchange;
import org.accountgovernance.core.engagement.ExpectationMetric;
import org.accountgovernance.core.engagement.IdeaRecord;
import org.accountgovernance.core.engagement.Rating;
import org.accountgovernance.core.readiness.EscalationContact;
import org.accountgovernance.core.readiness.ReadinessFacts;
import org.accountgovernance.core.sla.CoverageCalendar;
import org.accountgovernance.core.sla.WeeklyHoursCalendar;
import org.accountgovernance.core.sla.WorkingPeriod;
import org.accountgovernance.core.team.AccountTeam;
import org.accountgovernance.core.team.ClientFacingApproach;
import org.accountgovernance.core.team.TeamMember;

/**
 * Reads an account's facts other than issues and the escalation programme: the meetings held, the
 * executive relationship, the team with its availability calendars, and the readiness facts.
 */
final class FactsReader {
  private static final Pattern ROLE = Pattern.compile("(.*\\S)\\s+\\((supplier|customer)\\)");
  private static final Pattern PERIOD = Pattern.compile("(\\d{2}:\\d{2})-(\\d{2}:\\d{2})");
  private static final String ROLE_RULE =
      "a role such as \"Factory PM (supplier)\" or \"Customer Buyer (customer)\"";

  private final Set<String> levelIds;
  private final Set<String> tierIds;

  FactsReader(Set<String> levelIds, Set<String> tierIds) {
    this.levelIds = levelIds;
    this.tierIds = tierIds;
  }

  AccountMeetings meetings(Json json, AccountId account, ZoneId zone) {
    Json meetings = json.object("the meetings", "phase", "zone", "cadenceStart", "records");
    AccountMeetings.Builder builder =
        AccountMeetings.builder()
            .account(account)
            .phase(meetings.get("phase").enumOf(AccountPhase.class))
            .zone(meetings.opt("zone").map(Json::zone).orElse(zone))
            .cadenceStart(meetings.get("cadenceStart").instant());
    for (Json record : meetings.list("records")) {
      builder.addRecords(record(record));
    }
    return Refusals.build(meetings, builder::build);
  }

  private MeetingRecord record(Json json) {
    Json record =
        json.object(
            "a meeting record",
            "id",
            "tierIds",
            "heldAt",
            "attendees",
            "inputs",
            "outputs",
            "kpis");
    MeetingRecord.Builder builder =
        MeetingRecord.builder().id(record.get("id").text()).heldAt(record.get("heldAt").instant());
    for (Json tier : record.get("tierIds").elements()) {
      builder.addTierIds(tier.oneOf(tierIds, "a meeting tier id"));
    }
    for (Json attendee : record.list("attendees")) {
      builder.addAttendees(role(attendee));
    }
    record.list("inputs").forEach(input -> builder.addInputs(input.text()));
    record.list("outputs").forEach(output -> builder.addOutputs(output.text()));
    for (Json kpiJson : record.list("kpis")) {
      Json kpi =
          kpiJson.object("a KPI result", "name", "actual", "target", "higherIsBetter", "capa");
      KpiResult result =
          Refusals.build(
              kpi,
              () ->
                  KpiResult.of(
                      kpi.get("name").text(),
                      kpi.get("actual").decimal(),
                      kpi.get("target").decimal(),
                      kpi.get("higherIsBetter").bool()));
      builder.addKpis(
          kpi.opt("capa")
              .map(capa -> Refusals.build(kpi, () -> result.withCapa(capa.text())))
              .orElse(result));
    }
    return Refusals.build(record, builder::build);
  }

  AccountRelationship relationship(Json json, AccountId account, ZoneId zone) {
    Json relationship =
        json.object(
            "the executive relationship",
            "zone",
            "since",
            "profile",
            "exchanges",
            "contacts",
            "metrics",
            "ideas");
    Json profile =
        relationship
            .get("profile")
            .object("a profile", "size", "growthPotential", "strategicImportance");
    AccountRelationship.Builder builder =
        AccountRelationship.builder()
            .profile(
                AccountProfile.of(
                    account,
                    profile.get("size").enumOf(Rating.class),
                    profile.get("growthPotential").enumOf(Rating.class),
                    profile.get("strategicImportance").enumOf(Rating.class)))
            .zone(relationship.opt("zone").map(Json::zone).orElse(zone))
            .since(relationship.get("since").instant());
    for (Json exchangeJson : relationship.list("exchanges")) {
      Json exchange =
          exchangeJson.object(
              "an executive exchange", "at", "supplierExecutive", "customerExecutive");
      builder.addExchanges(
          Refusals.build(
              exchange,
              () ->
                  ExecutiveExchange.of(
                      exchange.get("at").instant(),
                      exchange.get("supplierExecutive").text(),
                      exchange.get("customerExecutive").text())));
    }
    for (Json contactJson : relationship.list("contacts")) {
      Json contact = contactJson.object("a contact", "at", "level", "person");
      builder.addContacts(
          Refusals.build(
              contact,
              () ->
                  Contact.of(
                      contact.get("at").instant(),
                      contact.get("level").enumOf(ContactLevel.class),
                      contact.get("person").text())));
    }
    for (Json metricJson : relationship.list("metrics")) {
      Json metric =
          metricJson.object(
              "an expectation metric",
              "measuredAt",
              "name",
              "actual",
              "contractTarget",
              "customerExpectation",
              "lowerIsBetter");
      builder.addMetrics(
          Refusals.build(
              metric,
              () ->
                  metric.get("lowerIsBetter").bool()
                      ? ExpectationMetric.lowerIsBetter(
                          metric.get("measuredAt").instant(),
                          metric.get("name").text(),
                          metric.get("actual").decimal(),
                          metric.get("contractTarget").decimal(),
                          metric.get("customerExpectation").decimal())
                      : ExpectationMetric.higherIsBetter(
                          metric.get("measuredAt").instant(),
                          metric.get("name").text(),
                          metric.get("actual").decimal(),
                          metric.get("contractTarget").decimal(),
                          metric.get("customerExpectation").decimal())));
    }
    for (Json ideaJson : relationship.list("ideas")) {
      Json idea = ideaJson.object("an idea", "sharedAt", "what", "by", "outcome");
      builder.addIdeas(
          Refusals.build(
              idea,
              () ->
                  IdeaRecord.of(
                      idea.get("sharedAt").instant(),
                      idea.get("what").text(),
                      idea.get("by").text(),
                      idea.get("outcome").enumOf(IdeaRecord.Outcome.class))));
    }
    return Refusals.build(relationship, builder::build);
  }

  AccountTeam team(Json json, AccountId account, ZoneId zone) {
    Json team = json.object("the team", "approach", "members");
    AccountTeam.Builder builder =
        AccountTeam.builder()
            .account(account)
            .approach(team.get("approach").enumOf(ClientFacingApproach.class));
    for (Json memberJson : team.get("members").elements()) {
      Json member =
          memberJson.object(
              "a team member",
              "name",
              "role",
              "summary",
              "email",
              "mobile",
              "standIn",
              "availability",
              "levels",
              "clientContact");
      TeamMember.Builder m =
          TeamMember.builder().name(member.get("name").text()).role(role(member.get("role")));
      member.opt("summary").ifPresent(s -> m.summary(s.text()));
      member.opt("email").ifPresent(s -> m.email(s.text()));
      member.opt("mobile").ifPresent(s -> m.mobile(s.text()));
      member.opt("standIn").ifPresent(s -> m.standIn(s.text()));
      member.opt("availability").ifPresent(a -> m.availability(calendar(a, zone)));
      for (Json level : member.list("levels")) {
        m.addLevels(level.oneOf(levelIds, "a level id of the ladder"));
      }
      member.opt("clientContact").ifPresent(c -> m.clientContact(c.bool()));
      builder.addMembers(Refusals.build(member, m::build));
    }
    return Refusals.build(team, builder::build);
  }

  /** {@code "24x7"}, or weekly hours in a zone with holidays. */
  private static CoverageCalendar calendar(Json json, ZoneId zone) {
    if (json.node().isTextual() && json.node().asText().equals("24x7")) {
      return CoverageCalendar.alwaysOn();
    }
    if (!json.node().isObject()) {
      throw json.mustBe("\"24x7\" or an object with hours");
    }
    Json calendar =
        json.object("an availability calendar", "zone", "hours", "holidays", "yearlyHolidays");
    WeeklyHoursCalendar.Builder builder =
        WeeklyHoursCalendar.builder().zone(calendar.opt("zone").map(Json::zone).orElse(zone));
    for (var entry : calendar.get("hours").entries()) {
      Set<DayOfWeek> days = days(entry.getValue(), entry.getKey());
      List<WorkingPeriod> periods = new ArrayList<>();
      for (Json period : entry.getValue().elements()) {
        periods.add(period(period));
      }
      for (DayOfWeek day : days) {
        builder.putAllHours(day, periods);
      }
    }
    calendar.list("holidays").forEach(day -> builder.addHolidays(day.date()));
    for (Json day : calendar.list("yearlyHolidays")) {
      String text = day.text();
      try {
        builder.addYearlyHolidays(MonthDay.parse("--" + text));
      } catch (DateTimeException e) {
        throw day.mustBe("a month and day such as 12-25");
      }
    }
    return Refusals.build(calendar, builder::build);
  }

  /** The days a key of {@code hours} names: {@code MONDAY} or a range {@code MONDAY-FRIDAY}. */
  private static Set<DayOfWeek> days(Json at, String key) {
    String[] ends = key.split("-", -1);
    try {
      DayOfWeek first = DayOfWeek.valueOf(ends[0]);
      DayOfWeek last = ends.length == 2 ? DayOfWeek.valueOf(ends[1]) : first;
      if (ends.length > 2 || last.compareTo(first) < 0) {
        throw new IllegalArgumentException(key);
      }
      return EnumSet.range(first, last);
    } catch (IllegalArgumentException e) {
      throw at.error(
          "must be keyed by a day such as MONDAY or a range such as MONDAY-FRIDAY but was \""
              + key
              + "\"");
    }
  }

  /** {@code "08:00-17:00"}; {@code 24:00} ends a period at midnight. */
  private static WorkingPeriod period(Json json) {
    String rule = "a period such as \"08:00-17:00\" (24:00 for midnight)";
    Matcher matcher = PERIOD.matcher(json.node().isTextual() ? json.node().asText() : "");
    if (!matcher.matches()) {
      throw json.mustBe(rule);
    }
    try {
      LocalTime start = LocalTime.parse(matcher.group(1));
      LocalTime end =
          matcher.group(2).equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(matcher.group(2));
      return Refusals.build(json, () -> WorkingPeriod.of(start, end));
    } catch (DateTimeException e) {
      throw json.mustBe(rule);
    }
  }

  ReadinessFacts readiness(Json json, AccountId account) {
    Json readiness =
        json.object(
            "the readiness facts",
            "invitesSentUntil",
            "escalationContacts",
            "ecoAgreement",
            "liabilityCap",
            "poSignatory");
    ReadinessFacts.Builder builder = ReadinessFacts.builder().account(account);
    for (var entry : readiness.opt("invitesSentUntil").map(Json::entries).orElse(List.of())) {
      if (!tierIds.contains(entry.getKey())) {
        throw entry
            .getValue()
            .error(
                "is keyed by \""
                    + entry.getKey()
                    + "\", which must be a meeting tier id: one of "
                    + String.join(", ", tierIds));
      }
      builder.putInvitesSentUntil(entry.getKey(), entry.getValue().date());
    }
    for (Json contactJson : readiness.list("escalationContacts")) {
      Json contact =
          contactJson.object("an escalation contact", "levelId", "side", "name", "email", "mobile");
      EscalationContact.Builder c =
          EscalationContact.builder()
              .levelId(contact.get("levelId").oneOf(levelIds, "a level id of the ladder"))
              .side(contact.get("side").enumOf(PartyRole.Side.class))
              .name(contact.get("name").text());
      contact.opt("email").ifPresent(e -> c.email(e.text()));
      contact.opt("mobile").ifPresent(m -> c.mobile(m.text()));
      builder.addEscalationContacts(Refusals.build(contact, c::build));
    }
    readiness.opt("ecoAgreement").ifPresent(a -> builder.ecoAgreement(a.text()));
    readiness.opt("liabilityCap").ifPresent(cap -> builder.liabilityCap(cap.money()));
    readiness.opt("poSignatory").ifPresent(s -> builder.poSignatory(s.text()));
    return Refusals.build(readiness, builder::build);
  }

  /** A role written as {@code "Factory PM (supplier)"}. */
  static PartyRole role(Json json) {
    Matcher matcher = ROLE.matcher(json.node().isTextual() ? json.node().asText() : "");
    if (!matcher.matches()) {
      throw json.mustBe(ROLE_RULE);
    }
    String name = matcher.group(1);
    return Refusals.build(
        json,
        () ->
            matcher.group(2).equals("supplier")
                ? PartyRole.supplier(name)
                : PartyRole.customer(name));
  }
}
