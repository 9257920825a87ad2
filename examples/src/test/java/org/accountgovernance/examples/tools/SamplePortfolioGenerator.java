package org.accountgovernance.examples.tools;

import static org.accountgovernance.examples.tools.CompactJson.arr;
import static org.accountgovernance.examples.tools.CompactJson.obj;
import static org.accountgovernance.examples.tools.Programme.action;
import static org.accountgovernance.examples.tools.Programme.criterion;
import static org.accountgovernance.examples.tools.Programme.stakeholder;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.accountgovernance.core.update.RagStatus;

/**
 * Wrote {@code examples/src/main/resources/portfolio/sample-portfolio.json}: 25 fictional customer
 * accounts of a fictional contract manufacturer (Northgate), each a healthy baseline drawn from a
 * seeded random source plus a hand-written story — the 2 a.m. outage nobody could be reached for,
 * the key account whose executives last met nine months ago, the escalation that skipped its Friday
 * update — evaluated at 2026-11-23T09:00:00Z.
 *
 * <p>The committed JSON is the source of truth; this program is how it was first written, kept so
 * that the stories can be read as code, and it reproduces the committed file byte for byte (the
 * source of randomness is seeded). Once the JSON has been edited by hand, do not rerun it over the
 * edits. To run it from the repository's root:
 *
 * <pre>
 * mvn -q -pl examples -am test-compile dependency:build-classpath \
 *     -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt
 * java -cp examples/target/test-classes:examples/target/classes:$(cat examples/target/cp.txt) \
 *     org.accountgovernance.examples.tools.SamplePortfolioGenerator \
 *     examples/src/main/resources/portfolio/sample-portfolio.json
 * </pre>
 */
public final class SamplePortfolioGenerator {
  private static final Instant NOW = AccountPlan.NOW;

  private SamplePortfolioGenerator() {}

  /** Writes the sample to {@code args[0]}, or prints it. */
  public static void main(String[] args) throws IOException {
    String json = CompactJson.write(portfolio());
    if (args.length > 0) {
      Files.writeString(Path.of(args[0]), json, StandardCharsets.UTF_8);
    } else {
      System.out.print(json);
    }
  }

  static ObjectNode portfolio() {
    List<ObjectNode> accounts = new ArrayList<>();
    for (AccountPlan plan : plans()) {
      accounts.add(plan.toJson());
    }
    return obj(
        "version",
        1,
        "description",
        "Sample portfolio of Northgate Contract Manufacturing (fictional): 25 customer accounts,"
            + " written to be evaluated at the asOf instant",
        "asOf",
        NOW.toString(),
        "accounts",
        arr(accounts));
  }

  static List<AccountPlan> plans() {
    List<AccountPlan> plans = new ArrayList<>();
    long seed = 20261123L;
    // ------------------------------------------------------------------ healthy (GREEN)
    AccountPlan halvorsen =
        new AccountPlan(
            "HALVORSEN-MARINE",
            "Halvorsen Marine Drives",
            "HMD",
            "Europe/Oslo",
            "drive controllers",
            seed++);
    halvorsen.importance = "HIGH";
    halvorsen.size = "HIGH";
    halvorsen.routineIssues = 15;
    halvorsen.relationshipSince = LocalDate.of(2026, 2, 2);
    halvorsen.storyIssues.add(
        issue(
            halvorsen,
            "Salt-spray failures on a controller lot: recall of 60 units at sea trials",
            Instant.parse("2026-10-07T06:40:00Z"),
            arr(obj("kind", "FINANCIAL_IMPACT", "amount", "USD 14200.00")),
            ev("RESPONDED", "PT0S", "note", "Plant director on the call when the case was opened"),
            ev("RESOLVED", "PT76H")));
    // Long-lead modules bought only once the customer had signed for the liability.
    halvorsen.decisionRights =
        obj(
            "requests",
            arr(
                request(
                    "PO-HMD-2231 long-lead IGBT modules",
                    MATERIAL_LIABILITY,
                    "2026-10-19T08:00:00Z",
                    "2026-10-22T16:00:00Z",
                    "2026-10-21T15:00:00Z")),
            "approvals",
            arr(approval("2026-10-21T13:10:00Z", "WRITTEN", "PO-HMD-2231 long-lead IGBT modules")));
    plans.add(halvorsen);

    AccountPlan brightwater =
        new AccountPlan(
            "BRIGHTWATER-MEDICAL",
            "Brightwater Medical Devices",
            "BMD",
            "America/Chicago",
            "sterilisation trays",
            seed++);
    brightwater.importance = "HIGH";
    brightwater.growth = "HIGH";
    brightwater.routineIssues = 12;
    brightwater.relationshipSince = LocalDate.of(2026, 3, 2);
    brightwater.escalation = brightwaterProgramme(brightwater);
    plans.add(brightwater);

    AccountPlan nordlicht =
        new AccountPlan(
            "NORDLICHT-HEAT",
            "Nordlicht Heat Pumps",
            "NHP",
            "Europe/Stockholm",
            "compressor assemblies",
            seed++);
    nordlicht.size = "HIGH";
    nordlicht.routineIssues = 11;
    nordlicht.escalation = nordlichtProgramme(nordlicht);
    plans.add(nordlicht);

    AccountPlan rheinfall =
        new AccountPlan(
            "RHEINFALL-PUMPEN",
            "Rheinfall Pumpen",
            "RPA",
            "Europe/Zurich",
            "pump controllers",
            seed++);
    rheinfall.routineIssues = 11;
    rheinfall.storyIssues.add(
        issue(
            rheinfall,
            "Seal kits missing from 40 pump controllers: rework at the customer's site",
            Instant.parse("2026-10-12T07:00:00Z"),
            arr(obj("kind", "FINANCIAL_IMPACT", "amount", "USD 12000.00")),
            ev("RESPONDED", "PT0S"),
            ev(
                "DOWNGRADED",
                "PT5H",
                "levelId",
                "L2",
                "note",
                "Impact re-assessed at USD 4,000 after the credit note"),
            ev("RESPONDED", "PT6H"),
            ev("RESOLVED", "PT48H")));
    rheinfall.storyIssues.add(
        issue(
            rheinfall,
            "Two pump controllers dead on arrival",
            Instant.parse("2026-11-02T08:00:00Z"),
            arr(obj("kind", "UNIT_DEFECT", "count", 2)),
            ev("RESPONDED", "PT3H"),
            ev("PAUSED", "PT5H", "note", "Waiting for the customer to return the failed units"),
            ev("RESUMED", "PT70H"),
            ev("RESOLVED", "PT80H")));
    // Asked on Friday for the liability of a long-lead buy; the customer has until Thursday.
    rheinfall.decisionRights =
        obj(
            "requests",
            arr(
                request(
                    "PO-RPA-0977 long-lead pressure sensors",
                    MATERIAL_LIABILITY,
                    "2026-11-20T10:00:00Z",
                    "2026-11-26T16:00:00Z",
                    null)));
    plans.add(rheinfall);

    AccountPlan kaimana =
        new AccountPlan(
            "KAIMANA-HOSPITALITY",
            "Kaimana Hospitality Systems",
            "KHS",
            "Pacific/Honolulu",
            "check-in kiosks",
            seed++);
    kaimana.cover = "FOLLOW_THE_SUN";
    kaimana.growth = "HIGH";
    kaimana.routineIssues = 9;
    plans.add(kaimana);

    AccountPlan castellane =
        new AccountPlan(
            "CASTELLANE-PACKAGING",
            "Castellane Cosmetics Packaging",
            "CCP",
            "Europe/Paris",
            "dispenser pumps",
            seed++);
    castellane.cadenceStart = LocalDate.of(2026, 6, 2);
    castellane.weeksSkipped.addAll(
        List.of(LocalDate.of(2026, 8, 4), LocalDate.of(2026, 8, 11), LocalDate.of(2026, 8, 18)));
    castellane.routineIssues = 10;
    plans.add(castellane);

    AccountPlan larchmont =
        new AccountPlan(
            "LARCHMONT-LAB",
            "Larchmont Lab Automation",
            "LLA",
            "America/New_York",
            "pipetting heads",
            seed++);
    larchmont.size = "LOW";
    larchmont.growth = "LOW";
    larchmont.importance = "LOW";
    larchmont.routineIssues = 8;
    larchmont.escalation =
        new Programme("AEM-LLA-2026-01", larchmont.zone)
            .event(
                Instant.parse("2026-09-08T14:00:00Z"),
                "REQUESTED",
                "source",
                "SALES",
                "note",
                "Customer asked for an executive review of RMA handling")
            .event(
                Instant.parse("2026-09-10T16:00:00Z"),
                "DECLINED",
                "note",
                "RMA backlog cleared within the normal process; reviewed at the September monthly review")
            .toJson();
    plans.add(larchmont);

    AccountPlan blueMesa =
        new AccountPlan(
            "BLUE-MESA-TEST",
            "Blue Mesa Semiconductor Test",
            "BMS",
            "America/Phoenix",
            "probe-card interposers",
            seed++);
    blueMesa.routineIssues = 10;
    blueMesa.storyIssues.add(
        issue(
            blueMesa,
            "One interposer cracked in the customer's handler",
            Instant.parse("2026-10-20T16:00:00Z"),
            arr(obj("kind", "UNIT_DEFECT", "count", 1)),
            ev("RESPONDED", "PT27H", "note", "Case sat in a shared mailbox over the night shift"),
            ev("RESOLVED", "PT30H")));
    plans.add(blueMesa);

    AccountPlan sunderbans =
        new AccountPlan(
            "SUNDERBANS-TEXTILE",
            "Sunderbans Textile Machinery",
            "STM",
            "Asia/Kolkata",
            "loom drive boards",
            seed++);
    sunderbans.size = "LOW";
    sunderbans.importance = "LOW";
    sunderbans.routineIssues = 9;
    plans.add(sunderbans);

    // ------------------------------------------------------------------ at risk (YELLOW)
    AccountPlan tannenberg =
        new AccountPlan(
            "TANNENBERG-LANDTECHNIK",
            "Tannenberg Landtechnik",
            "TLT",
            "Europe/Berlin",
            "tractor cab harnesses",
            seed++);
    tannenberg.size = "HIGH";
    tannenberg.routineIssues = 11;
    tannenberg.lastWeeklySync = LocalDate.of(2026, 10, 27);
    tannenberg.meetingEdits.add(
        records -> {
          for (ObjectNode record : records) {
            if (record.get("id").asText().equals("W-2026-43")) {
              record.set("attendees", arr("Factory PM (supplier)"));
            }
            if (record.get("id").asText().equals("W-2026-42")) {
              record.set("inputs", arr("Open Order Report"));
            }
          }
        });
    // The long-lead PO placed the morning after a "yes, go ahead" on a call: nothing in writing.
    tannenberg.decisionRights =
        obj(
            "requests",
            arr(
                request(
                    "PO-TLT-4410 long-lead hydraulic valve blocks",
                    MATERIAL_LIABILITY,
                    "2026-11-09T07:30:00Z",
                    "2026-11-12T16:00:00Z",
                    "2026-11-11T07:00:00Z")),
            "approvals",
            arr(
                approval(
                    "2026-11-10T14:00:00Z",
                    "VERBAL",
                    "PO-TLT-4410 long-lead hydraulic valve blocks")));
    plans.add(tannenberg);

    AccountPlan quillon =
        new AccountPlan(
            "QUILLON-DATA",
            "Quillon Data Systems",
            "QDS",
            "Europe/Dublin",
            "storage appliances",
            seed++);
    quillon.phase = "ONBOARDING";
    quillon.growth = "HIGH";
    quillon.cadenceStart = LocalDate.of(2026, 10, 5);
    quillon.relationshipSince = LocalDate.of(2026, 9, 14);
    quillon.routineIssues = 5;
    quillon.invitesUntil = LocalDate.of(2027, 3, 31);
    quillon.eco = false;
    quillon.cap = false;
    quillon.signatory = false;
    quillon.contactEdits.add(contacts -> contacts.get(5).remove("mobile"));
    plans.add(quillon);

    AccountPlan solvika =
        new AccountPlan(
            "SOLVIKA-SOLAR",
            "Solvika Solar Inverters",
            "SSI",
            "Europe/Madrid",
            "inverter power stages",
            seed++);
    solvika.importance = "HIGH";
    solvika.routineIssues = 11;
    solvika.escalation = solvikaProgramme(solvika);
    plans.add(solvika);

    AccountPlan orchard =
        new AccountPlan(
            "ORCHARD-LANE-ROBOTICS",
            "Orchard Lane Robotics",
            "OLR",
            "America/Los_Angeles",
            "gripper modules",
            seed++);
    orchard.size = "HIGH";
    orchard.growth = "HIGH";
    orchard.routineIssues = 11;
    orchard.relationshipSince = LocalDate.of(2025, 9, 1);
    orchard.defaultExchanges = false;
    orchard.exchanges.add(
        orchard.exchange(LocalDate.of(2025, 10, 8), "Maren Solberg, CEO", "Grete Holm, CEO"));
    orchard.exchanges.add(
        orchard.exchange(LocalDate.of(2026, 2, 10), "Ingrid Vos, COO", "Grete Holm, CEO"));
    orchard.lastOperationalContact = LocalDate.of(2026, 7, 20);
    orchard.lastIdea = LocalDate.of(2026, 6, 15);
    plans.add(orchard);

    AccountPlan marrowstone =
        new AccountPlan(
            "MARROWSTONE-RAIL",
            "Marrowstone Rail Components",
            "MRC",
            "America/Vancouver",
            "door-control units",
            seed++);
    marrowstone.routineIssues = 11;
    marrowstone.teamEdits.add(
        members -> {
          members.removeIf(m -> m.get("role").asText().equals("Factory PM (supplier)"));
          ObjectNode manager = members.get(0);
          manager.remove("standIn");
          ObjectNode coordinator = manager.deepCopy();
          coordinator.put("name", "Rail Projects Coordinator");
          coordinator.put("role", "Project Coordinator (supplier)");
          coordinator.remove("summary");
          coordinator.remove("levels");
          coordinator.put("email", "rail-projects@" + AccountPlan.SUPPLIER_DOMAIN);
          coordinator.put("clientContact", false);
          members.add(coordinator);
        });
    marrowstone.meetingEdits.add(
        records -> {
          for (ObjectNode record : records) {
            if (record.get("tierIds").get(0).asText().equals("WEEKLY")
                && Instant.parse(record.get("heldAt").asText())
                    .isAfter(Instant.parse("2026-10-26T00:00:00Z"))) {
              record.set(
                  "attendees", arr("Customer Buyer (customer)", "Production Planner (supplier)"));
            }
          }
        });
    // The account's own tooling buy-off row, agreed at the start of November, gives the final say
    // to both plant and customer.
    marrowstone.decisionRights =
        obj(
            "matrices",
            arr(
                obj(
                    "process",
                    "Tooling buy-off",
                    "domain",
                    "DELIVERY",
                    "assignments",
                    arr(
                        assignment("Plant Manager (supplier)", "ACCOUNTABLE"),
                        assignment("Rolling Stock Buyer (customer)", "ACCOUNTABLE"),
                        assignment("Tooling Engineer (supplier)", "RESPONSIBLE"),
                        assignment("Account Manager (supplier)", "INFORMED")))),
            "matricesAgreedAt",
            "2026-11-02T09:00:00Z");
    plans.add(marrowstone);

    AccountPlan ironbridge =
        new AccountPlan(
            "IRONBRIDGE-LOGISTICS",
            "Ironbridge Logistics Services",
            "ILS",
            "Europe/London",
            "handheld scanners",
            seed++);
    ironbridge.routineIssues = 12;
    ironbridge.storyIssues.add(
        issue(
            ironbridge,
            "Handheld scanner dead on arrival at the Daventry depot",
            Instant.parse("2026-11-19T10:00:00Z"),
            arr(obj("kind", "UNIT_DEFECT", "count", 1)),
            ev(
                "RESPONDED",
                "PT6H",
                "note",
                "Replacement unit offered; customer wants a root cause first")));
    ironbridge.storyIssues.add(
        issue(
            ironbridge,
            "Scanner batteries for the Christmas peak: a depot at risk of stopping in 5 days",
            Instant.parse("2026-11-23T05:30:00Z"),
            arr(obj("kind", "LINE_DOWN_RISK", "days", 5))));
    plans.add(ironbridge);

    AccountPlan verdant =
        new AccountPlan(
            "VERDANT-LOOP",
            "Verdant Loop Water Technologies",
            "VLW",
            "America/Denver",
            "dosing-pump boards",
            seed++);
    verdant.routineIssues = 11;
    verdant.weeksSkipped.add(LocalDate.of(2026, 11, 3));
    verdant.meetingEdits.add(
        records -> {
          for (ObjectNode record : records) {
            if (record.get("id").asText().equals("M-2026-10")) {
              ObjectNode otif = (ObjectNode) record.get("kpis").get(0);
              otif.put("actual", new BigDecimal("89.0"));
              otif.remove("capa");
            }
            if (record.get("id").asText().equals("M-2026-11")) {
              record.put("id", "W-2026-45+M-2026-11");
              record.set("tierIds", arr("WEEKLY", "MONTHLY"));
              record.set(
                  "attendees",
                  arr(
                      "Customer Buyer (customer)",
                      "Factory PM (supplier)",
                      "Customer Ops Lead (customer)",
                      "Account Manager (supplier)"));
              record.set(
                  "inputs",
                  arr(
                      "Open Order Report",
                      "Material Shortage List",
                      "Quality Report (Yield/RMA)",
                      "OTIF",
                      "AR Aging"));
              record.set(
                  "outputs",
                  arr(
                      "Confirmed ship dates for the next 2 weeks",
                      "CAPA for every metric below target"));
            }
          }
        });
    plans.add(verdant);

    AccountPlan aurelian =
        new AccountPlan(
            "AURELIAN-AUDIO",
            "Aurelian Audio Labs",
            "AAL",
            "Europe/Copenhagen",
            "amplifier boards",
            seed++);
    aurelian.importance = "HIGH";
    aurelian.routineIssues = 11;
    aurelian.relationshipSince = LocalDate.of(2026, 2, 2);
    aurelian.defaultExchanges = false;
    aurelian.exchanges.add(
        aurelian.exchange(
            LocalDate.of(2026, 4, 14), "Felipe Arroyo, VP Sales", "Sanna Virtanen, CEO"));
    aurelian.exchanges.add(
        aurelian.exchange(
            LocalDate.of(2026, 7, 9), "Felipe Arroyo, VP Sales", "Sanna Virtanen, CEO"));
    aurelian.exchanges.add(
        aurelian.exchange(LocalDate.of(2026, 10, 6), "Felipe Arroyo, VP Sales", "Nils Berg, COO"));
    aurelian.metrics.add(
        obj(
            "measuredAt",
            aurelian.local(LocalDate.of(2026, 11, 2), 9, 0).toString(),
            "name",
            "Delivery lead time (days)",
            "actual",
            15,
            "contractTarget",
            30,
            "customerExpectation",
            3,
            "lowerIsBetter",
            true));
    plans.add(aurelian);

    AccountPlan sabretooth =
        new AccountPlan(
            "SABRETOOTH-EBIKES",
            "Sabretooth E-Bikes",
            "SEB",
            "Europe/Amsterdam",
            "motor controllers",
            seed++);
    sabretooth.growth = "HIGH";
    sabretooth.routineIssues = 11;
    sabretooth.escalation = sabretoothProgramme(sabretooth);
    sabretooth.teamEdits.add(
        members -> {
          ObjectNode second = members.get(1);
          second.put("role", "Account Manager (supplier)");
          second.put("summary", "Took over the e-bike programmes in the October reorganisation");
          second.put("standIn", members.get(0).get("name").asText());
        });
    plans.add(sabretooth);

    AccountPlan coldharbour =
        new AccountPlan(
            "COLDHARBOUR-COLD-CHAIN",
            "Coldharbour Cold Chain",
            "CCC",
            "Europe/Lisbon",
            "temperature loggers",
            seed++);
    coldharbour.cover = "BUSINESS_HOURS";
    coldharbour.routineIssues = 11;
    coldharbour.eco = false;
    coldharbour.contactEdits.add(contacts -> contacts.get(5).remove("mobile"));
    plans.add(coldharbour);

    // ------------------------------------------------------------------ in trouble (RED)
    AccountPlan pelican =
        new AccountPlan(
            "PELICAN-POINT-PAYMENTS",
            "Pelican Point Payments",
            "PPP",
            "America/New_York",
            "payment terminals",
            seed++);
    pelican.importance = "HIGH";
    pelican.size = "HIGH";
    pelican.routineIssues = 13;
    pelican.cover = "UNREACHABLE_DESK";
    pelican.contactEdits.add(contacts -> contacts.get(4).remove("mobile"));
    pelican.storyIssues.add(
        issue(
            pelican,
            "Terminal fleet offline after a firmware push: merchants cannot take cards",
            Instant.parse("2026-11-22T07:10:00Z"),
            arr(
                obj("kind", "BRAND_RISK"),
                obj("kind", "FINANCIAL_IMPACT", "amount", "USD 48000.00")),
            ev(
                "RESPONDED",
                "PT3H5M",
                "note",
                "First call back when the day shift arrived at 05:15")));
    pelican.storyIssues.add(
        issue(
            pelican,
            "PIN-pad tamper alerts in three stores",
            Instant.parse("2026-11-22T14:00:00Z"),
            arr(obj("kind", "UNIT_DEFECT", "count", 3)),
            ev("RESPONDED", "PT1H")));
    pelican.escalation = pelicanProgramme(pelican);
    plans.add(pelican);

    AccountPlan yarrabee =
        new AccountPlan(
            "YARRABEE-MINING",
            "Yarrabee Mining Equipment",
            "YME",
            "Australia/Perth",
            "hydraulic valve blocks",
            seed++);
    yarrabee.size = "HIGH";
    yarrabee.importance = "HIGH";
    yarrabee.routineIssues = 11;
    yarrabee.storyIssues.add(
        issue(
            yarrabee,
            "Haul-truck assembly line stopped: no hydraulic valve blocks",
            Instant.parse("2026-11-20T01:30:00Z"),
            arr(obj("kind", "LINE_DOWN_CONFIRMED")),
            ev(
                "RESPONDED",
                "PT0S",
                "note",
                "Plant director on the customer's call within minutes")));
    yarrabee.escalation = yarrabeeProgramme(yarrabee);
    plans.add(yarrabee);

    AccountPlan fujiwara =
        new AccountPlan(
            "FUJIWARA-KLINE",
            "Fujiwara-Kline Precision",
            "FKP",
            "Asia/Tokyo",
            "spindle collets",
            seed++);
    fujiwara.importance = "HIGH";
    fujiwara.routineIssues = 11;
    fujiwara.lastIdea = LocalDate.of(2026, 7, 20);
    fujiwara.storyIssues.add(
        issue(
            fujiwara,
            "Operator injured by an ejected spindle collet on the customer's line 4",
            Instant.parse("2026-11-21T02:00:00Z"),
            arr(obj("kind", "SAFETY_INCIDENT")),
            ev("RESPONDED", "PT0S", "note", "Safety officer and plant director informed at once")));
    fujiwara.meetingEdits.add(
        records -> {
          for (ObjectNode record : records) {
            if (record.get("id").asText().equals("Q-2026-Q4")) {
              record.set(
                  "attendees", arr("Customer VP/Director (customer)", "Sales Engineer (supplier)"));
            }
          }
        });
    plans.add(fujiwara);

    AccountPlan kestrel =
        new AccountPlan(
            "KESTREL-AVIONICS",
            "Kestrel Avionics",
            "KAV",
            "Europe/London",
            "cockpit harness kits",
            seed++);
    kestrel.importance = "HIGH";
    kestrel.routineIssues = 11;
    kestrel.storyIssues.add(
        issue(
            kestrel,
            "Invoice INV-88213 unpaid for 47 days: shipments on credit hold",
            Instant.parse("2026-11-16T09:00:00Z"),
            arr(obj("kind", "PAYMENT_OVERDUE", "days", 47)),
            ev("RESPONDED", "PT2H")));
    kestrel.storyIssues.add(
        issue(
            kestrel,
            "Export licence condition breached on re-exported harness kits",
            Instant.parse("2026-11-18T14:00:00Z"),
            arr(obj("kind", "LEGAL_BREACH")),
            ev("RESPONDED", "PT0S", "note", "Trade compliance and legal on the call")));
    kestrel.escalation = kestrelProgramme(kestrel);
    plans.add(kestrel);

    AccountPlan valparaiso =
        new AccountPlan(
            "VALPARAISO-COPPER",
            "Valparaíso Copper Works",
            "VCW",
            "America/Santiago",
            "flotation cell controllers",
            seed++);
    valparaiso.size = "HIGH";
    valparaiso.routineIssues = 11;
    valparaiso.relationshipSince = LocalDate.of(2025, 11, 3);
    valparaiso.defaultExchanges = false;
    valparaiso.exchanges.add(
        valparaiso.exchange(LocalDate.of(2025, 12, 2), "Kwame Mensah, CFO", "Diego Paredes, CEO"));
    valparaiso.exchanges.add(
        valparaiso.exchange(
            LocalDate.of(2026, 4, 15), "Felipe Arroyo, VP Sales", "Diego Paredes, CEO"));
    valparaiso.storyIssues.add(
        issue(
            valparaiso,
            "Rejected batch of flotation cell controllers: rework and air freight",
            Instant.parse("2026-11-19T13:00:00Z"),
            arr(obj("kind", "FINANCIAL_IMPACT", "amount", "USD 38500.00")),
            ev("RESPONDED", "PT40M")));
    valparaiso.storyIssues.add(
        issue(
            valparaiso,
            "Controller shipment for the Antofagasta plant two days late",
            Instant.parse("2026-11-20T12:00:00Z"),
            arr(obj("kind", "DELAY", "days", 2)),
            ev("RESPONDED", "PT3H"),
            ev(
                "ESCALATED",
                "PT6H",
                "levelId",
                "L2",
                "note",
                "The customer's plant manager called our CEO"),
            ev("RESPONDED", "PT7H")));
    // Liability for forecast-driven cathode stock asked for, reply-by passed, no answer since.
    valparaiso.decisionRights =
        obj(
            "requests",
            arr(
                request(
                    "Liability for 3,000 cathode blanks bought against the Q1 forecast",
                    MATERIAL_LIABILITY,
                    "2026-11-02T13:00:00Z",
                    "2026-11-09T21:00:00Z",
                    null)));
    plans.add(valparaiso);

    AccountPlan tidewater =
        new AccountPlan(
            "TIDEWATER-TELEHEALTH",
            "Tidewater Telehealth",
            "TWT",
            "America/New_York",
            "patient-monitoring kits",
            seed++);
    tidewater.growth = "HIGH";
    tidewater.routineIssues = 11;
    tidewater.cap = false;
    tidewater.storyIssues.add(
        issue(
            tidewater,
            "Request for the data-handling attestation of the monitoring gateways",
            Instant.parse("2026-11-20T15:00:00Z"),
            arr(obj("kind", "INFORMATION_REQUEST")),
            ev("RESPONDED", "PT2H"),
            ev(
                "ESCALATED",
                "PT26H",
                "levelId",
                "L3",
                "note",
                "Customer reports patient data readable on a gateway's debug port"),
            ev("RESPONDED", "PT26H25M"),
            ev("TRIGGER_ADDED", "PT30H", "trigger", obj("kind", "LEGAL_BREACH"))));
    plans.add(tidewater);
    return plans;
  }

  // ---------------------------------------------------------------- programmes

  private static ObjectNode brightwaterProgramme(AccountPlan plan) {
    Programme p = new Programme("AEM-BMD-2026-02", plan.zone);
    Instant declared = Instant.parse("2026-06-01T18:00:00Z");
    p.event(
            Instant.parse("2026-06-01T14:00:00Z"),
            "REQUESTED",
            "source",
            "CUSTOMER_SENIOR_MANAGEMENT",
            "note",
            "Latch defects on sterilisation trays reached the customer's COO")
        .event(
            declared,
            "DECLARED",
            "status",
            "RED",
            "criteria",
            arr("AEM-CRITERIA-VISIBILITY", "AEM-CRITERIA-PRODUCT"))
        .event(
            declared,
            "CRITERION_SET",
            "criterion",
            criterion("SC-1", "Zero latch defects at incoming inspection for 6 weeks"))
        .event(declared, "STAKEHOLDER_ADDED", "stakeholder", stakeholder("Customer COO", true))
        .event(
            declared,
            "STAKEHOLDER_ADDED",
            "stakeholder",
            stakeholder("Customer Quality Director", true))
        .event(
            declared,
            "STAKEHOLDER_ADDED",
            "stakeholder",
            stakeholder("Northgate Plant Director", false))
        .event(
            Instant.parse("2026-06-02T15:00:00Z"),
            "ACTION_ADDED",
            "action",
            action(
                "A-1",
                "100 % latch test at the end of the line",
                "Factory PM",
                LocalDate.of(2026, 6, 8),
                "SC-1"))
        .event(
            Instant.parse("2026-06-02T15:00:00Z"),
            "ACTION_ADDED",
            "action",
            action(
                "A-2",
                "Replace the latch spring supplier",
                "Purchasing",
                LocalDate.of(2026, 6, 19),
                "SC-1"))
        .event(Instant.parse("2026-06-05T20:00:00Z"), "ACTION_DONE", "action", "A-1")
        .event(Instant.parse("2026-06-17T19:00:00Z"), "ACTION_DONE", "action", "A-2");
    p.updatesOnTime(RagStatus.RED, declared, Instant.parse("2026-06-10T12:00:00Z"));
    p.event(Instant.parse("2026-06-10T12:00:00Z"), "STATUS_CHANGED", "status", "YELLOW");
    p.updatesOnTime(RagStatus.YELLOW, declared, Instant.parse("2026-06-26T12:00:00Z"));
    p.event(Instant.parse("2026-06-26T12:00:00Z"), "STATUS_CHANGED", "status", "GREEN");
    Instant closed = Instant.parse("2026-07-28T18:00:00Z");
    p.updatesOnTime(RagStatus.GREEN, declared, closed);
    p.event(Instant.parse("2026-07-27T15:00:00Z"), "CRITERION_MET", "criterion", "SC-1")
        .event(Instant.parse("2026-07-27T16:00:00Z"), "CLOSURE_PROPOSED")
        .event(
            Instant.parse("2026-07-28T14:00:00Z"),
            "CONSENT_GIVEN",
            "stakeholder",
            "Customer Quality Director")
        .event(
            Instant.parse("2026-07-28T17:00:00Z"), "CONSENT_GIVEN", "stakeholder", "Customer COO")
        .event(closed, "CLOSED")
        .event(Instant.parse("2026-08-03T15:00:00Z"), "FOLLOWED_UP", "followUp", "ISSUE_SUMMARY")
        .event(
            Instant.parse("2026-08-14T15:00:00Z"), "FOLLOWED_UP", "followUp", "ROOT_CAUSE_ANALYSIS")
        .event(
            Instant.parse("2026-08-28T15:00:00Z"), "FOLLOWED_UP", "followUp", "CORRECTIVE_ACTIONS");
    return p.toJson();
  }

  private static ObjectNode nordlichtProgramme(AccountPlan plan) {
    Programme p = new Programme("AEM-NHP-2026-01", plan.zone);
    Instant declared = Instant.parse("2026-10-05T13:00:00Z");
    p.event(
            Instant.parse("2026-10-05T08:00:00Z"),
            "REQUESTED",
            "source",
            "CONSULTING",
            "note",
            "Compressor noise complaints from installers in two regions")
        .event(declared, "DECLARED", "status", "YELLOW", "criteria", arr("AEM-CRITERIA-ACCOUNT"))
        .event(
            declared,
            "CRITERION_SET",
            "criterion",
            criterion("SC-1", "Fewer than 5 noise complaints a week for 4 weeks"))
        .event(
            declared,
            "CRITERION_SET",
            "criterion",
            criterion("SC-2", "Revised compressor mounts released to production"))
        .event(
            declared,
            "STAKEHOLDER_ADDED",
            "stakeholder",
            stakeholder("Customer Head of Installer Network", true))
        .event(
            Instant.parse("2026-10-06T09:00:00Z"),
            "ACTION_ADDED",
            "action",
            action(
                "A-1",
                "Revised compressor mounts",
                "Engineering",
                LocalDate.of(2026, 10, 30),
                "SC-2"))
        .event(
            Instant.parse("2026-10-06T09:00:00Z"),
            "ACTION_ADDED",
            "action",
            action(
                "A-2",
                "Weekly complaint review with the installer network",
                "Account Manager",
                LocalDate.of(2026, 12, 4),
                "SC-1"))
        .event(Instant.parse("2026-10-28T14:00:00Z"), "ACTION_DONE", "action", "A-1")
        .event(Instant.parse("2026-10-29T10:00:00Z"), "CRITERION_MET", "criterion", "SC-2");
    p.updatesOnTime(RagStatus.YELLOW, declared, Instant.parse("2026-11-02T10:00:00Z"));
    p.event(Instant.parse("2026-11-02T10:00:00Z"), "STATUS_CHANGED", "status", "GREEN");
    p.update(
        Instant.parse("2026-11-02T14:00:00Z"),
        "Mounts in production; complaints down to 6 last week");
    p.updatesOnTime(RagStatus.GREEN, declared, NOW);
    return p.toJson();
  }

  private static ObjectNode solvikaProgramme(AccountPlan plan) {
    Programme p = new Programme("AEM-SSI-2026-03", plan.zone);
    Instant declared = Instant.parse("2026-10-27T10:00:00Z");
    p.event(
            Instant.parse("2026-10-26T09:00:00Z"),
            "REQUESTED",
            "source",
            "SALES",
            "note",
            "Renewal of the 2027 supply agreement at risk after two late deliveries")
        .event(declared, "DECLARED", "status", "YELLOW", "criteria", arr("AEM-CRITERIA-DEAL"))
        .event(
            declared,
            "CRITERION_SET",
            "criterion",
            criterion("SC-1", "On-time delivery at 95 % or better for 6 weeks in a row"))
        .event(
            declared, "CRITERION_SET", "criterion", criterion("SC-2", "Renewal term sheet signed"))
        .event(
            declared,
            "STAKEHOLDER_ADDED",
            "stakeholder",
            stakeholder("Customer Procurement Director", true))
        .event(
            declared, "STAKEHOLDER_ADDED", "stakeholder", stakeholder("Northgate VP Sales", true))
        .event(
            Instant.parse("2026-10-28T09:00:00Z"),
            "ACTION_ADDED",
            "action",
            action(
                "A-1",
                "Dedicated SMT line for inverter boards",
                "Factory PM",
                LocalDate.of(2026, 11, 6),
                "SC-1"))
        .event(
            Instant.parse("2026-10-28T09:00:00Z"),
            "ACTION_ADDED",
            "action",
            action(
                "A-2",
                "Weekly delivery scorecard to the customer's procurement",
                "Account Manager",
                LocalDate.of(2026, 11, 27),
                "SC-1"))
        .event(Instant.parse("2026-11-05T15:00:00Z"), "ACTION_DONE", "action", "A-1");
    // On time until Thursday 19 November; Friday's update (UPD-FRIDAY) was never sent.
    p.updatesOnTime(RagStatus.YELLOW, declared, Instant.parse("2026-11-20T00:00:00Z"));
    return p.toJson();
  }

  private static ObjectNode sabretoothProgramme(AccountPlan plan) {
    Programme p = new Programme("AEM-SEB-2026-01", plan.zone);
    Instant declared = Instant.parse("2026-09-14T12:00:00Z");
    p.event(
            Instant.parse("2026-09-14T08:00:00Z"),
            "REQUESTED",
            "source",
            "CUSTOMER_SUCCESS",
            "note",
            "Motor controller failures across two e-bike models")
        .event(declared, "DECLARED", "status", "YELLOW", "criteria", arr("AEM-CRITERIA-PRODUCT"))
        .event(
            declared,
            "CRITERION_SET",
            "criterion",
            criterion("SC-1", "Controller field-failure rate under 0.3 % for 4 weeks"))
        .event(
            declared,
            "STAKEHOLDER_ADDED",
            "stakeholder",
            stakeholder("Customer Head of Quality", true))
        .event(
            Instant.parse("2026-09-15T10:00:00Z"),
            "ACTION_ADDED",
            "action",
            action(
                "A-1",
                "Conformal coating on the controller boards",
                "Process Engineering",
                LocalDate.of(2026, 9, 25),
                "SC-1"))
        .event(Instant.parse("2026-09-29T10:00:00Z"), "ACTION_DONE", "action", "A-1");
    p.updatesOnTime(RagStatus.YELLOW, declared, Instant.parse("2026-09-25T00:00:00Z"));
    // Friday 25 September's update came on Saturday.
    p.update(
        Instant.parse("2026-09-26T09:30:00Z"),
        "Coating trial passed; first coated lot ships Monday");
    p.updatesOnTime(RagStatus.YELLOW, declared, Instant.parse("2026-10-06T14:00:00Z"));
    p.event(Instant.parse("2026-10-06T14:00:00Z"), "STATUS_CHANGED", "status", "GREEN");
    p.updatesOnTime(RagStatus.GREEN, declared, Instant.parse("2026-11-06T00:00:00Z"));
    p.event(Instant.parse("2026-11-04T09:00:00Z"), "CRITERION_MET", "criterion", "SC-1")
        .event(Instant.parse("2026-11-04T10:00:00Z"), "CLOSURE_PROPOSED")
        .event(
            Instant.parse("2026-11-05T15:00:00Z"),
            "CONSENT_GIVEN",
            "stakeholder",
            "Customer Head of Quality")
        .event(Instant.parse("2026-11-06T11:00:00Z"), "CLOSED")
        .event(Instant.parse("2026-11-09T10:00:00Z"), "FOLLOWED_UP", "followUp", "ISSUE_SUMMARY");
    return p.toJson();
  }

  private static ObjectNode pelicanProgramme(AccountPlan plan) {
    Programme p = new Programme("AEM-PPP-2026-01", plan.zone);
    Instant declared = Instant.parse("2026-11-22T15:00:00Z");
    p.event(
            Instant.parse("2026-11-22T13:30:00Z"),
            "REQUESTED",
            "source",
            "CUSTOMER_SENIOR_MANAGEMENT",
            "note",
            "The merchant outage reached the customer's CEO")
        .event(
            declared,
            "DECLARED",
            "status",
            "RED",
            "criteria",
            arr("AEM-CRITERIA-VISIBILITY", "AEM-CRITERIA-ACCOUNT"))
        .event(
            declared,
            "CRITERION_SET",
            "criterion",
            criterion("SC-1", "No fleet-wide terminal outage for 30 days"))
        .event(
            declared,
            "CRITERION_SET",
            "criterion",
            criterion("SC-2", "Firmware released through a 5 % canary fleet first"))
        .event(declared, "STAKEHOLDER_ADDED", "stakeholder", stakeholder("Customer CTO", true))
        .event(
            declared,
            "STAKEHOLDER_ADDED",
            "stakeholder",
            stakeholder("Customer Head of Merchant Services", true))
        .event(
            Instant.parse("2026-11-22T15:30:00Z"),
            "ACTION_ADDED",
            "action",
            action(
                "A-1",
                "Roll back firmware 7.4.0 on every terminal",
                "Field Engineering",
                LocalDate.of(2026, 11, 22),
                "SC-1"))
        .event(
            Instant.parse("2026-11-22T15:30:00Z"),
            "ACTION_ADDED",
            "action",
            action(
                "A-2",
                "Canary gate in the firmware release pipeline",
                "Platform Engineering",
                LocalDate.of(2026, 12, 4),
                "SC-2"))
        .event(Instant.parse("2026-11-22T19:40:00Z"), "ACTION_DONE", "action", "A-1")
        .update(
            Instant.parse("2026-11-22T21:00:00Z"),
            "Rollback complete on 98 % of terminals; field service reaching the remaining 212");
    return p.toJson();
  }

  private static ObjectNode yarrabeeProgramme(AccountPlan plan) {
    Programme p = new Programme("AEM-YME-2026-02", plan.zone);
    Instant declared = Instant.parse("2026-11-16T06:00:00Z");
    p.event(
            Instant.parse("2026-11-16T02:00:00Z"),
            "REQUESTED",
            "source",
            "CUSTOMER_CARE",
            "note",
            "Two line stoppages in a month on the haul-truck line")
        .event(declared, "DECLARED", "status", "RED", "criteria", arr("AEM-CRITERIA-PRODUCT"))
        .event(
            declared,
            "CRITERION_SET",
            "criterion",
            criterion("SC-1", "Valve-block stock covers 4 weeks of demand"))
        .event(
            declared,
            "CRITERION_SET",
            "criterion",
            criterion("SC-2", "No line stoppage for 30 days"))
        .event(
            declared,
            "STAKEHOLDER_ADDED",
            "stakeholder",
            stakeholder("Customer GM Operations", true))
        .event(
            declared,
            "STAKEHOLDER_ADDED",
            "stakeholder",
            stakeholder("Northgate Regional Sales Director", false))
        .event(
            Instant.parse("2026-11-16T08:00:00Z"),
            "ACTION_ADDED",
            "action",
            action(
                "A-1",
                "Qualify a second casting supplier",
                "Purchasing",
                LocalDate.of(2026, 12, 11),
                "SC-1"))
        .event(
            Instant.parse("2026-11-16T08:00:00Z"),
            "ACTION_ADDED",
            "action",
            action(
                "A-2",
                "Air-freight 400 valve blocks from the Penang plant",
                "Logistics",
                LocalDate.of(2026, 11, 20),
                "SC-1"));
    p.update(
        Instant.parse("2026-11-16T10:00:00Z"), "Stock count done: 9 days of valve blocks left");
    p.update(
        Instant.parse("2026-11-17T09:00:00Z"),
        "Penang plant confirms 400 blocks; export paperwork started");
    // Wednesday's update slipped to Thursday morning.
    p.update(
        Instant.parse("2026-11-19T03:00:00Z"),
        "Export permit delayed by customs; air freight rebooked");
    p.updatesOnTime(RagStatus.RED, declared, NOW);
    return p.toJson();
  }

  private static ObjectNode kestrelProgramme(AccountPlan plan) {
    Programme p = new Programme("AEM-KAV-2026-01", plan.zone);
    Instant declared = Instant.parse("2026-11-17T12:00:00Z");
    p.event(
            Instant.parse("2026-11-17T10:00:00Z"),
            "REQUESTED",
            "source",
            "EXECUTIVES",
            "note",
            "Overdue payments and a licence breach: legal involved on both sides")
        .event(
            declared, "DECLARED", "status", "RED", "criteria", arr("AEM-CRITERIA-FINANCIAL-LEGAL"))
        .event(
            declared,
            "CRITERION_SET",
            "criterion",
            criterion("SC-1", "Overdue invoices settled or on an agreed payment plan"))
        .event(
            declared,
            "CRITERION_SET",
            "criterion",
            criterion("SC-2", "Licence conditions re-certified by trade compliance"))
        .event(declared, "STAKEHOLDER_ADDED", "stakeholder", stakeholder("Customer CFO", true))
        .event(
            declared,
            "STAKEHOLDER_ADDED",
            "stakeholder",
            stakeholder("Northgate General Counsel", true))
        .event(
            Instant.parse("2026-11-17T14:00:00Z"),
            "ACTION_ADDED",
            "action",
            action(
                "A-1",
                "Agree a payment plan with the customer's treasury",
                "Finance",
                LocalDate.of(2026, 11, 27),
                "SC-1"));
    // Updated daily until Friday 20 November; nothing since.
    p.updatesOnTime(RagStatus.RED, declared, Instant.parse("2026-11-21T00:00:00Z"));
    return p.toJson();
  }

  // ---------------------------------------------------------------- issues

  // ---------------------------------------------------------------- decision rights

  private static final String MATERIAL_LIABILITY = "Material liability authorization";

  private static ObjectNode request(
      String action, String process, String requestedAt, String replyBy, String proceededAt) {
    return obj(
        "action",
        action,
        "process",
        process,
        "requestedAt",
        requestedAt,
        "replyBy",
        replyBy,
        "proceededAt",
        proceededAt);
  }

  /** An approval by the playbook's Accountable for material liability, the Customer. */
  private static ObjectNode approval(String at, String medium, String covers) {
    return obj("approver", "Customer (customer)", "at", at, "medium", medium, "covers", covers);
  }

  private static ObjectNode assignment(String party, String role) {
    return obj("party", party, "role", role);
  }

  private static ObjectNode issue(
      AccountPlan plan, String title, Instant opened, Object triggers, ObjectNode... events) {
    return obj(
        "id",
        "",
        "title",
        title,
        "openedAt",
        opened.toString(),
        "triggers",
        triggers,
        "events",
        arr(List.of(events)));
  }

  private static ObjectNode ev(String type, String after, Object... fields) {
    Object[] all = new Object[fields.length + 4];
    all[0] = "type";
    all[1] = type;
    all[2] = "after";
    all[3] = after;
    System.arraycopy(fields, 0, all, 4, fields.length);
    return obj(all);
  }
}
