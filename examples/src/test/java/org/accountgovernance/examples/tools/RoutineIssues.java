package org.accountgovernance.examples.tools;

import static org.accountgovernance.examples.tools.CompactJson.arr;
import static org.accountgovernance.examples.tools.CompactJson.obj;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The everyday issues of a healthy account: mostly L1 facts answered within a day and resolved,
 * some L2 facts answered within four hours, some L1 issues that stay open past 48 hours and are
 * answered again at L2 after ESC-AUTO, a few answered late enough to see a pre-breach warning, and
 * a few recent ones still open. None is wrong at the evaluation instant.
 */
final class RoutineIssues {
  private static final List<String> COMPONENTS =
      List.of(
          "MLCC capacitors",
          "FPGAs",
          "power MOSFETs",
          "board-to-board connectors",
          "aluminium castings",
          "PCB laminate",
          "display modules",
          "lithium cells",
          "stepper motors",
          "sealed bearings",
          "DC/DC converters",
          "cable harnesses");

  private static final List<String> DOCUMENTS =
      List.of(
          "the RoHS and REACH declarations",
          "the latest drawing revision",
          "the first-article inspection report",
          "the packaging specification",
          "country-of-origin certificates",
          "a 13-week lead-time forecast",
          "the burn-in test data",
          "the calibration certificates of the test fixtures");

  private final AccountPlan plan;
  private final Random random;

  RoutineIssues(AccountPlan plan) {
    this.plan = plan;
    this.random = plan.random;
  }

  List<ObjectNode> generate() {
    List<ObjectNode> issues = new ArrayList<>();
    Instant earliest = plan.local(plan.cadenceStart, 0, 0).minus(Duration.ofDays(20));
    long window = Duration.between(earliest, AccountPlan.NOW.minus(Duration.ofDays(4))).toMinutes();
    for (int i = 0; i < plan.routineIssues; i++) {
      Instant opened =
          earliest
              .plus(Duration.ofMinutes(random.nextLong(window)))
              .truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
      int kind = random.nextInt(100);
      if (kind < 55) {
        issues.add(levelOne(opened, false));
      } else if (kind < 68) {
        issues.add(levelOne(opened, true));
      } else if (kind < 76) {
        issues.add(raised(opened));
      } else {
        issues.add(levelTwo(opened));
      }
    }
    // A few recent issues, still open and on time.
    int recent = random.nextInt(3);
    for (int i = 0; i < recent; i++) {
      Instant opened = AccountPlan.NOW.minus(Duration.ofMinutes(60 + random.nextInt(40 * 60)));
      opened = opened.truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
      long age = Duration.between(opened, AccountPlan.NOW).toMinutes();
      ObjectNode trigger = l1Trigger();
      List<ObjectNode> events = new ArrayList<>();
      if (age > 5 * 60 || random.nextBoolean()) {
        long responded = Math.min(age - 10, 30 + random.nextInt(5 * 60));
        if (responded > 0 && responded < 23 * 60) {
          events.add(obj("type", "RESPONDED", "after", after(responded)));
        }
      }
      if (events.isEmpty() && age >= 23 * 60) {
        events.add(obj("type", "RESPONDED", "after", after(120)));
      }
      issues.add(issue(opened, titleFor(trigger), arr(trigger), events));
    }
    return issues;
  }

  /** An L1 issue answered within a day; {@code long} keeps it open past 48 hours (ESC-AUTO). */
  private ObjectNode levelOne(Instant opened, boolean slow) {
    ObjectNode trigger = l1Trigger();
    List<ObjectNode> events = new ArrayList<>();
    boolean warned = random.nextInt(8) == 0;
    long response = warned ? 18 * 60 + 10 + random.nextInt(5 * 60) : 20 + random.nextInt(10 * 60);
    events.add(obj("type", "RESPONDED", "after", after(response)));
    if (slow) {
      // ESC-AUTO raises it to L2 just after 48 hours; the Account Manager answers within 4 hours.
      long l2Response = 48 * 60 + 30 + random.nextInt(150);
      events.add(
          obj(
              "type",
              "RESPONDED",
              "after",
              after(l2Response),
              "note",
              "Answered at L2 by the Account Manager"));
      events.add(
          obj("type", "RESOLVED", "after", after(l2Response + 6 * 60 + random.nextInt(72 * 60))));
    } else {
      events.add(
          obj(
              "type",
              "RESOLVED",
              "after",
              after(Math.min(47 * 60, response + 60 + random.nextInt(30 * 60)))));
    }
    return issue(opened, titleFor(trigger), arr(trigger), events);
  }

  /** An L1 issue that a new fact raises to L2 (a delay growing to 3 days or more: ESC-DELAY). */
  private ObjectNode raised(Instant opened) {
    int days = 1 + random.nextInt(2);
    ObjectNode first = obj("kind", "DELAY", "days", days);
    ObjectNode worse = obj("kind", "DELAY", "days", 3 + random.nextInt(4));
    long response = 30 + random.nextInt(6 * 60);
    long raisedAt = response + 60 + random.nextInt(20 * 60);
    long l2Response = raisedAt + 20 + random.nextInt(150);
    List<ObjectNode> events =
        List.of(
            obj("type", "RESPONDED", "after", after(response)),
            obj("type", "TRIGGER_ADDED", "after", after(raisedAt), "trigger", worse),
            obj("type", "RESPONDED", "after", after(l2Response), "note", "Recovery plan sent"),
            obj("type", "RESOLVED", "after", after(l2Response + 4 * 60 + random.nextInt(96 * 60))));
    String component = pick(COMPONENTS);
    return issue(
        opened,
        "Shipment of "
            + plan.product
            + " held for "
            + component
            + ": slip grew from "
            + days
            + " to "
            + worse.get("days").asInt()
            + " days",
        arr(first),
        events);
  }

  /** An L2 issue answered within four hours (a warning at three). */
  private ObjectNode levelTwo(Instant opened) {
    ObjectNode trigger;
    String title;
    switch (random.nextInt(4)) {
      case 0 -> {
        BigDecimal points = BigDecimal.valueOf(55 + random.nextInt(40), 1);
        trigger = obj("kind", "YIELD_DROP", "points", points);
        title =
            "Final-test yield of " + plan.product + " down " + points.toPlainString() + " points";
      }
      case 1 -> {
        int amount = 1200 + 100 * random.nextInt(70);
        trigger = obj("kind", "COST_VARIANCE", "amount", "USD " + amount + ".00");
        title =
            "Cost variance on "
                + plan.product
                + ": "
                + pick(COMPONENTS)
                + " repriced by the distributor";
      }
      case 2 -> {
        int days = 3 + random.nextInt(5);
        trigger = obj("kind", "LINE_DOWN_RISK", "days", days);
        title =
            "Customer line at risk in " + days + " days: " + pick(COMPONENTS) + " allocation cut";
      }
      default -> {
        int days = 3 + random.nextInt(6);
        trigger = obj("kind", "DELAY", "days", days);
        title =
            plan.product.substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                + plan.product.substring(1)
                + " delivery slipping "
                + days
                + " days: test capacity";
      }
    }
    boolean warned = random.nextInt(6) == 0;
    long response = warned ? 3 * 60 + 5 + random.nextInt(50) : 15 + random.nextInt(150);
    List<ObjectNode> events =
        List.of(
            obj("type", "RESPONDED", "after", after(response)),
            obj(
                "type",
                "RESOLVED",
                "after",
                after(response + 8 * 60 + random.nextInt(10 * 24 * 60))));
    return issue(opened, title, arr(trigger), events);
  }

  private ObjectNode l1Trigger() {
    return switch (random.nextInt(3)) {
      case 0 -> obj("kind", "DELAY", "days", 1 + random.nextInt(2));
      case 1 -> obj("kind", "UNIT_DEFECT", "count", 1);
      default -> obj("kind", "INFORMATION_REQUEST");
    };
  }

  private String titleFor(ObjectNode trigger) {
    return switch (trigger.get("kind").asText()) {
      case "DELAY" -> {
        int days = trigger.get("days").asInt();
        yield "Shipment of "
            + plan.product
            + " "
            + days
            + (days == 1 ? " day" : " days")
            + " late: "
            + pick(COMPONENTS)
            + " arrived late";
      }
      case "UNIT_DEFECT" -> "One unit of " + plan.product + " failed incoming inspection";
      default -> "Customer asks for " + pick(DOCUMENTS);
    };
  }

  private ObjectNode issue(Instant opened, String title, Object triggers, List<ObjectNode> events) {
    // Facts after the evaluation instant are not known yet: a resolution still to come is left out.
    List<ObjectNode> known =
        events.stream()
            .filter(
                e -> !opened.plus(Duration.parse(e.get("after").asText())).isAfter(AccountPlan.NOW))
            .toList();
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
        arr(known));
  }

  private String pick(List<String> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static String after(long minutes) {
    return Duration.ofMinutes(minutes).toString();
  }
}
