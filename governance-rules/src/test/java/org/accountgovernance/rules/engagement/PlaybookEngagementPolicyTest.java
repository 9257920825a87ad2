package org.accountgovernance.rules.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.Finding;
import org.accountgovernance.core.Reason;
import org.accountgovernance.core.RuleId;
import org.accountgovernance.core.Subject;
import org.accountgovernance.core.engagement.AccountProfile;
import org.accountgovernance.core.engagement.AccountRelationship;
import org.accountgovernance.core.engagement.AccountSegment;
import org.accountgovernance.core.engagement.Contact;
import org.accountgovernance.core.engagement.ContactLevel;
import org.accountgovernance.core.engagement.EngagementReport;
import org.accountgovernance.core.engagement.ExecutiveCadence;
import org.accountgovernance.core.engagement.ExecutiveExchange;
import org.accountgovernance.core.engagement.ExpectationMetric;
import org.accountgovernance.core.engagement.IdeaRecord;
import org.accountgovernance.core.engagement.Rating;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The playbook's executive involvement (EXE) for an account in America/Denver whose relationship
 * started on Monday 6 January 2025 at 09:00 local (16:00Z). Denver is -07:00 until 9 March 2025,
 * -06:00 until 2 November 2025, -07:00 until 8 March 2026: 09:00 local is 16:00Z in winter and
 * 15:00Z in summer. Every interval is counted in calendar months on that clock.
 */
class PlaybookEngagementPolicyTest {
  private static final ZoneId DENVER = ZoneId.of("America/Denver");
  private static final AccountId ACME = AccountId.of("ACME");
  private static final Subject ACCOUNT = Subject.account(ACME);
  private static final PlaybookEngagementPolicy DEFAULTS = PlaybookEngagementPolicy.ofDefaults();

  private static final AccountProfile STRATEGIC =
      AccountProfile.of(ACME, Rating.MEDIUM, Rating.MEDIUM, Rating.HIGH);
  private static final AccountProfile KEY =
      AccountProfile.of(ACME, Rating.HIGH, Rating.LOW, Rating.LOW);
  private static final AccountProfile STANDARD =
      AccountProfile.of(ACME, Rating.LOW, Rating.LOW, Rating.LOW);

  private static final String JORDAN = "VP Sales Jordan Ames";
  private static final String DANA = "CFO Dana Ruiz";

  /** 6 January 2025, 09:00 in Denver. */
  private static final Instant SINCE = Instant.parse("2025-01-06T16:00:00Z");

  /** The last exchange of the story: 2 June 2025, 09:00 in Denver (summer time). */
  private static final Instant LAST = Instant.parse("2025-06-02T15:00:00Z");

  /** Three calendar months after {@link #LAST}: 2 September 2025, 09:00 in Denver. */
  private static final Instant LIMIT = Instant.parse("2025-09-02T15:00:00Z");

  /** 09:00 in Denver on the given day. */
  private static Instant nineAm(int year, int month, int day) {
    return LocalDateTime.of(year, month, day, 9, 0).atZone(DENVER).toInstant();
  }

  private static ExecutiveExchange exchange(Instant at, String supplierExecutive) {
    return ExecutiveExchange.of(at, supplierExecutive, "CFO Lee Park");
  }

  /**
   * Contacts at every level and an idea shared on the 2nd of every month from February 2025, and at
   * {@code last}: neither contacts nor ideas lapse before {@code last} plus three months.
   */
  private static AccountRelationship.Builder listening(AccountProfile profile, Instant last) {
    AccountRelationship.Builder relationship =
        AccountRelationship.builder().profile(profile).zone(DENVER).since(SINCE);
    List<Instant> times = new ArrayList<>();
    for (Instant t = nineAm(2025, 2, 2);
        t.isBefore(last);
        t = t.atZone(DENVER).plusMonths(1).toInstant()) {
      times.add(t);
    }
    times.add(last);
    for (Instant t : times) {
      relationship
          .addContacts(
              Contact.of(t, ContactLevel.EXECUTIVE, "CFO Lee Park"),
              Contact.of(t, ContactLevel.MANAGEMENT, "Ops manager Kim Ode"),
              Contact.of(t, ContactLevel.OPERATIONAL, "Buyer Sam Ito"))
          .addIdeas(
              IdeaRecord.of(t, "Idea of " + t, "Account Manager", IdeaRecord.Outcome.PENDING));
    }
    return relationship;
  }

  /** The story's account: exchanges in March and June 2025, contacts and ideas until 2 July. */
  private static AccountRelationship.Builder story() {
    return listening(STRATEGIC, nineAm(2025, 7, 2))
        .addExchanges(exchange(nineAm(2025, 3, 3), JORDAN), exchange(LAST, DANA));
  }

  private static List<Finding> findings(EngagementReport report, RuleId rule) {
    return report.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
  }

  private static Finding ongoingLapse(String what, String from, Period limit, Instant since) {
    return Finding.builder()
        .ruleId(ruleFor(what))
        .subject(ACCOUNT)
        .observed("no " + what + " since " + from)
        .threshold("at least every " + limit)
        .message("No " + what + " for more than " + limit + ": the account grows vulnerable")
        .since(since)
        .build();
  }

  private static RuleId ruleFor(String what) {
    if (what.equals("executive exchange")) {
      return EngagementRules.LAPSE;
    }
    return what.equals("idea shared") ? EngagementRules.IDEAS : EngagementRules.LEVELS;
  }

  @Test
  void theRuleIds() {
    assertThat(EngagementRules.TIER.value()).isEqualTo("EXE-TIER");
    assertThat(EngagementRules.LAPSE.value()).isEqualTo("EXE-LAPSE");
    assertThat(EngagementRules.ROTATION.value()).isEqualTo("EXE-ROTATION");
    assertThat(EngagementRules.LEVELS.value()).isEqualTo("EXE-LEVELS");
    assertThat(EngagementRules.EXPECTATION.value()).isEqualTo("EXE-EXPECTATION");
    assertThat(EngagementRules.IDEAS.value()).isEqualTo("EXE-IDEAS");
  }

  @Nested
  class Lapse {
    @Test
    void theSourcesStoryNineMonthsWithoutAnExchangeIsALapseSinceThreeMonthsAfterTheLast() {
      // "It had been over nine months since I had been in to visit with him"
      Instant nineMonthsLater = Instant.parse("2026-03-02T16:00:00Z");

      EngagementReport report = DEFAULTS.evaluate(story().build(), nineMonthsLater);

      assertThat(report.cadence().segment()).isEqualTo(AccountSegment.STRATEGIC);
      assertThat(report.cadence().interval()).isEqualTo(Period.ofMonths(3));
      assertThat(report.lastExchange()).contains(exchange(LAST, DANA));
      assertThat(report.nextExchangeDue()).isEqualTo(LIMIT);
      assertThat(findings(report, EngagementRules.LAPSE))
          .containsExactly(
              ongoingLapse(
                  "executive exchange",
                  "2025-06-02T15:00:00Z",
                  Period.ofMonths(3),
                  Instant.parse("2025-09-02T15:00:00.000000001Z")));
    }

    @Test
    void exactlyThreeMonthsAfterTheLastExchangeIsNoFinding() {
      EngagementReport report = DEFAULTS.evaluate(story().build(), LIMIT);

      assertThat(report.findings()).isEmpty();
      assertThat(report.nextExchangeDue()).isEqualTo(LIMIT);
      assertThat(report.nextChangeAt()).contains(LIMIT.plusNanos(1));
    }

    @Test
    void justBeforeIsNoFindingEither() {
      EngagementReport report = DEFAULTS.evaluate(story().build(), LIMIT.minusNanos(1));

      assertThat(report.findings()).isEmpty();
      assertThat(report.nextChangeAt()).contains(LIMIT.plusNanos(1));
    }

    @Test
    void oneNanosecondLaterIsALapse() {
      EngagementReport report = DEFAULTS.evaluate(story().build(), LIMIT.plusNanos(1));

      assertThat(report.findings())
          .containsExactly(
              ongoingLapse(
                  "executive exchange",
                  "2025-06-02T15:00:00Z",
                  Period.ofMonths(3),
                  LIMIT.plusNanos(1)));
      // the contacts and the idea of 2 July lapse next, on 2 October 09:00 (summer time)
      assertThat(report.nextChangeAt()).contains(Instant.parse("2025-10-02T15:00:00.000000001Z"));
    }

    @Test
    void anExchangeExactlyAtTheLimitIsOnTimeAndTheNextIsDueOnTheCalendar() {
      AccountRelationship relationship = story().addExchanges(exchange(LIMIT, JORDAN)).build();

      EngagementReport report = DEFAULTS.evaluate(relationship, LIMIT.plusNanos(1));

      assertThat(report.findings()).isEmpty();
      // 2 December 2025 09:00 is winter time again: 16:00Z
      assertThat(report.nextExchangeDue()).isEqualTo(Instant.parse("2025-12-02T16:00:00Z"));
      assertThat(report.nextChangeAt()).contains(Instant.parse("2025-10-02T15:00:00.000000001Z"));
    }

    @Test
    void anExchangeOneNanosecondLateLeavesTheLapseAsHistory() {
      AccountRelationship relationship =
          story().addExchanges(exchange(LIMIT.plusNanos(1), JORDAN)).build();

      EngagementReport report = DEFAULTS.evaluate(relationship, nineAm(2025, 9, 3));

      assertThat(report.findings())
          .containsExactly(
              Finding.builder()
                  .ruleId(EngagementRules.LAPSE)
                  .subject(ACCOUNT)
                  .observed(
                      "no executive exchange from 2025-06-02T15:00:00Z"
                          + " until 2025-09-02T15:00:00.000000001Z")
                  .threshold("at least every P3M")
                  .message("No executive exchange for more than P3M: the account grows vulnerable")
                  .since(LIMIT.plusNanos(1))
                  .until(LIMIT.plusNanos(1))
                  .build());
      // 2 December 2025 09:00 is winter time again: 16:00Z
      assertThat(report.nextExchangeDue())
          .isEqualTo(Instant.parse("2025-12-02T16:00:00.000000001Z"));
    }

    @Test
    void aKeyAccountHasSixMonths() {
      AccountRelationship relationship =
          listening(KEY, LAST).addExchanges(exchange(LAST, DANA)).build();
      Instant sixMonths = Instant.parse("2025-12-02T16:00:00Z");

      EngagementReport atLimit = DEFAULTS.evaluate(relationship, sixMonths);
      EngagementReport after = DEFAULTS.evaluate(relationship, sixMonths.plusNanos(1));

      assertThat(atLimit.cadence().segment()).isEqualTo(AccountSegment.KEY);
      assertThat(atLimit.nextExchangeDue()).isEqualTo(sixMonths);
      assertThat(findings(atLimit, EngagementRules.LAPSE)).isEmpty();
      assertThat(findings(after, EngagementRules.LAPSE))
          .containsExactly(
              ongoingLapse(
                  "executive exchange",
                  "2025-06-02T15:00:00Z",
                  Period.ofMonths(6),
                  sixMonths.plusNanos(1)));
    }

    @Test
    void aStandardAccountHasTwelveMonths() {
      AccountRelationship relationship =
          listening(STANDARD, LAST).addExchanges(exchange(LAST, DANA)).build();
      Instant twelveMonths = Instant.parse("2026-06-02T15:00:00Z");

      EngagementReport atLimit = DEFAULTS.evaluate(relationship, twelveMonths);
      EngagementReport after = DEFAULTS.evaluate(relationship, twelveMonths.plusNanos(1));

      assertThat(atLimit.cadence().segment()).isEqualTo(AccountSegment.STANDARD);
      assertThat(atLimit.nextExchangeDue()).isEqualTo(twelveMonths);
      assertThat(findings(atLimit, EngagementRules.LAPSE)).isEmpty();
      assertThat(findings(after, EngagementRules.LAPSE)).hasSize(1);
    }

    @Test
    void withoutAnyExchangeTheIntervalCountsFromTheRelationshipsStart() {
      // 6 April 2025 09:00 is summer time: 15:00Z
      Instant due = Instant.parse("2025-04-06T15:00:00Z");
      AccountRelationship relationship = listening(STRATEGIC, nineAm(2025, 3, 3)).build();

      EngagementReport onTime = DEFAULTS.evaluate(relationship, due);
      EngagementReport late = DEFAULTS.evaluate(relationship, due.plusNanos(1));

      assertThat(onTime.lastExchange()).isEmpty();
      assertThat(onTime.nextExchangeDue()).isEqualTo(due);
      assertThat(onTime.findings()).isEmpty();
      assertThat(onTime.nextChangeAt()).contains(due.plusNanos(1));
      assertThat(late.findings())
          .containsExactly(
              ongoingLapse(
                  "executive exchange",
                  "2025-01-06T16:00:00Z",
                  Period.ofMonths(3),
                  due.plusNanos(1)));
    }

    @Test
    void anExchangeBeforeTheRelationshipsStartDoesNotMoveTheDueDate() {
      // the interval counts from the start until a first exchange: the due date agrees with the
      // lapse, 6 April 2025, not 16 March (three months after the December exchange)
      ExecutiveExchange before = exchange(nineAm(2024, 12, 16), JORDAN);
      AccountRelationship relationship =
          listening(STRATEGIC, nineAm(2025, 3, 3)).addExchanges(before).build();
      Instant due = Instant.parse("2025-04-06T15:00:00Z");

      EngagementReport report = DEFAULTS.evaluate(relationship, nineAm(2025, 3, 20));

      assertThat(report.lastExchange()).contains(before);
      assertThat(report.nextExchangeDue()).isEqualTo(due);
      assertThat(report.findings()).isEmpty();
      assertThat(report.nextChangeAt()).contains(due.plusNanos(1));
    }

    @Test
    void anExchangeAfterNowIsIgnored() {
      Instant now = LIMIT.plusNanos(1);
      AccountRelationship relationship =
          story().addExchanges(exchange(now.plusNanos(1), JORDAN)).build();

      EngagementReport report = DEFAULTS.evaluate(relationship, now);

      assertThat(report.lastExchange()).contains(exchange(LAST, DANA));
      assertThat(report.nextExchangeDue()).isEqualTo(LIMIT);
      assertThat(findings(report, EngagementRules.LAPSE))
          .extracting(Finding::observed)
          .containsExactly("no executive exchange since 2025-06-02T15:00:00Z");
    }

    @Test
    void aHostsOwnFrequencyIsUsed() {
      Reason reason =
          Reason.of(EngagementRules.TIER, "host rule", "key account", "our key accounts: P4M");
      PlaybookEngagementPolicy host =
          PlaybookEngagementPolicy.of(
              EngagementSettings.ofDefaults(),
              profile -> ExecutiveCadence.of(AccountSegment.KEY, Period.ofMonths(4), reason));

      EngagementReport report = host.evaluate(story().build(), LIMIT.plusNanos(1));

      assertThat(report.cadence().reason()).isEqualTo(reason);
      // 2 October 2025 09:00 summer time
      assertThat(report.nextExchangeDue()).isEqualTo(Instant.parse("2025-10-02T15:00:00Z"));
      assertThat(report.findings()).isEmpty();
    }

    @Test
    void theReportStaysTheSameWhileNothingHappens() {
      EngagementReport early = DEFAULTS.evaluate(story().build(), LIMIT.plusNanos(1));
      Instant later = Instant.parse("2025-10-02T15:00:00Z");

      assertThat(DEFAULTS.evaluate(story().build(), later)).isEqualTo(early.withAt(later));
    }
  }

  @Nested
  class Rotation {
    private List<ExecutiveExchange> monthly(String... executives) {
      List<ExecutiveExchange> exchanges = new ArrayList<>();
      for (int i = 0; i < executives.length; i++) {
        exchanges.add(exchange(nineAm(2025, 1 + i, 20), executives[i]));
      }
      return exchanges;
    }

    private List<Finding> rotation(List<ExecutiveExchange> exchanges) {
      return rotation(DEFAULTS, exchanges);
    }

    private List<Finding> rotation(PlaybookEngagementPolicy policy, List<ExecutiveExchange> ex) {
      AccountRelationship relationship =
          listening(STRATEGIC, nineAm(2025, 1, 10)).addAllExchanges(ex).build();
      return findings(policy.evaluate(relationship, nineAm(2025, 7, 1)), EngagementRules.ROTATION);
    }

    @Test
    void threeExchangesInARowWithOneExecutiveAreADependence() {
      List<ExecutiveExchange> exchanges = monthly(JORDAN, JORDAN, JORDAN);

      assertThat(rotation(exchanges))
          .containsExactly(
              Finding.builder()
                  .ruleId(EngagementRules.ROTATION)
                  .subject(ACCOUNT)
                  .observed("3 exchanges in a row with " + JORDAN)
                  .threshold("fewer than 3 in a row with one executive")
                  .message(
                      "The relationship rests on one executive ("
                          + JORDAN
                          + "): share the load across several")
                  .since(exchanges.get(2).at())
                  .build());
    }

    @Test
    void twoInARowAreNot() {
      assertThat(rotation(monthly(JORDAN, JORDAN))).isEmpty();
      assertThat(rotation(monthly(DANA, JORDAN, JORDAN))).isEmpty();
    }

    @Test
    void alternatingExecutivesAreNot() {
      assertThat(rotation(monthly(JORDAN, DANA, JORDAN, DANA, JORDAN))).isEmpty();
      assertThat(rotation(monthly(JORDAN, JORDAN, DANA, DANA, JORDAN, JORDAN))).isEmpty();
    }

    @Test
    void aLongerRunIsOneFindingFromItsThirdExchange() {
      List<ExecutiveExchange> exchanges = monthly(JORDAN, JORDAN, JORDAN, JORDAN, JORDAN);

      assertThat(rotation(exchanges))
          .singleElement()
          .extracting(Finding::since)
          .isEqualTo(nineAm(2025, 3, 20));
    }

    @Test
    void twoRunsAreTwoFindings() {
      assertThat(rotation(monthly(JORDAN, JORDAN, JORDAN, DANA, DANA, DANA)))
          .extracting(Finding::observed)
          .containsExactly(
              "3 exchanges in a row with " + JORDAN, "3 exchanges in a row with " + DANA);
    }

    @Test
    void exchangesCountInTimeOrderNotListOrder() {
      List<ExecutiveExchange> inTime = monthly(JORDAN, DANA, JORDAN, JORDAN);
      // listed Jordan, Jordan, Jordan, Dana: a run in list order, none in time order
      List<ExecutiveExchange> listed =
          List.of(inTime.get(0), inTime.get(2), inTime.get(3), inTime.get(1));

      assertThat(rotation(listed)).isEmpty();
    }

    @Test
    void anExchangeAfterNowDoesNotCount() {
      List<ExecutiveExchange> exchanges = new ArrayList<>(monthly(JORDAN, JORDAN));
      exchanges.add(exchange(nineAm(2025, 7, 1).plusNanos(1), JORDAN));

      assertThat(rotation(exchanges)).isEmpty();
    }

    @Test
    void theRunIsASetting() {
      PlaybookEngagementPolicy two =
          PlaybookEngagementPolicy.of(EngagementSettings.builder().rotationRun(2).build());

      assertThat(rotation(two, monthly(DANA, JORDAN, JORDAN)))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.observed()).isEqualTo("2 exchanges in a row with " + JORDAN);
                assertThat(f.since()).isEqualTo(nineAm(2025, 3, 20));
              });
    }
  }

  @Nested
  class Levels {
    private AccountRelationship.Builder base() {
      return AccountRelationship.builder()
          .profile(STRATEGIC)
          .zone(DENVER)
          .since(SINCE)
          .addExchanges(exchange(nineAm(2025, 3, 3), JORDAN))
          .addIdeas(
              IdeaRecord.of(
                  nineAm(2025, 3, 3), "Kanban bins", "Factory PM", IdeaRecord.Outcome.PENDING));
    }

    @Test
    void aLevelWithoutContactSinceTheStartIsAFinding() {
      AccountRelationship relationship =
          base()
              .addContacts(
                  Contact.of(nineAm(2025, 3, 3), ContactLevel.EXECUTIVE, "CFO Lee Park"),
                  Contact.of(nineAm(2025, 3, 3), ContactLevel.MANAGEMENT, "Ops manager Kim Ode"))
              .build();

      EngagementReport report = DEFAULTS.evaluate(relationship, nineAm(2025, 4, 7));

      assertThat(report.findings())
          .containsExactly(
              ongoingLapse(
                  "operational-level contact",
                  "2025-01-06T16:00:00Z",
                  Period.ofMonths(3),
                  Instant.parse("2025-04-06T15:00:00.000000001Z")));
    }

    @Test
    void eachLevelWithoutContactIsOneFinding() {
      EngagementReport report = DEFAULTS.evaluate(base().build(), nineAm(2025, 4, 7));

      assertThat(findings(report, EngagementRules.LEVELS))
          .extracting(Finding::observed)
          .containsExactly(
              "no executive-level contact since 2025-01-06T16:00:00Z",
              "no management-level contact since 2025-01-06T16:00:00Z",
              "no operational-level contact since 2025-01-06T16:00:00Z");
    }

    @Test
    void aLevelIsLateOneNanosecondAfterItsRecency() {
      // every level until 2 June; the executive and management levels again on 2 September
      AccountRelationship relationship =
          listening(STRATEGIC, LAST)
              .addContacts(
                  Contact.of(LIMIT, ContactLevel.EXECUTIVE, "CFO Lee Park"),
                  Contact.of(LIMIT, ContactLevel.MANAGEMENT, "Ops manager Kim Ode"))
              .addIdeas(
                  IdeaRecord.of(
                      LIMIT, "Shared forecast", "Account Manager", IdeaRecord.Outcome.PENDING))
              .addExchanges(
                  exchange(nineAm(2025, 3, 3), JORDAN),
                  exchange(LAST, DANA),
                  exchange(LIMIT, JORDAN))
              .build();

      EngagementReport atLimit = DEFAULTS.evaluate(relationship, LIMIT);
      EngagementReport after = DEFAULTS.evaluate(relationship, LIMIT.plusNanos(1));

      assertThat(atLimit.findings()).isEmpty();
      assertThat(atLimit.nextChangeAt()).contains(LIMIT.plusNanos(1));
      assertThat(after.findings())
          .containsExactly(
              ongoingLapse(
                  "operational-level contact",
                  "2025-06-02T15:00:00Z",
                  Period.ofMonths(3),
                  LIMIT.plusNanos(1)));
    }

    @Test
    void theRecencyOfEachLevelIsASetting() {
      PlaybookEngagementPolicy monthlyOnTheFloor =
          PlaybookEngagementPolicy.of(
              EngagementSettings.builder()
                  .levelRecency(
                      Map.of(
                          ContactLevel.EXECUTIVE, Period.ofMonths(6),
                          ContactLevel.MANAGEMENT, Period.ofMonths(3),
                          ContactLevel.OPERATIONAL, Period.ofMonths(1)))
                  .build());

      EngagementReport report =
          monthlyOnTheFloor.evaluate(story().build(), Instant.parse("2025-08-02T15:00:00Z"));

      // contacts of 2 July 2025; one month later, exactly: no finding yet
      assertThat(report.findings()).isEmpty();
      assertThat(report.nextChangeAt()).contains(Instant.parse("2025-08-02T15:00:00.000000001Z"));
    }
  }

  @Nested
  class Expectation {
    private final Instant measured = nineAm(2025, 7, 15);

    private List<Finding> expectation(ExpectationMetric metric, Instant now) {
      AccountRelationship relationship = story().addMetrics(metric).build();
      return findings(DEFAULTS.evaluate(relationship, now), EngagementRules.EXPECTATION);
    }

    private List<Finding> expectation(ExpectationMetric metric) {
      return expectation(metric, nineAm(2025, 7, 16));
    }

    @Test
    void theSourcesCaseDeliveringIn15DaysAgainstA30DayContractAndA3DayExpectation() {
      ExpectationMetric delivery =
          ExpectationMetric.lowerIsBetter(measured, "delivery days", 15, 30, 3);

      assertThat(expectation(delivery))
          .containsExactly(
              Finding.builder()
                  .ruleId(EngagementRules.EXPECTATION)
                  .subject(ACCOUNT)
                  .observed("delivery days 15")
                  .threshold("contract 30, customer expects 3")
                  .message(
                      "delivery days beats the contract but misses what the customer expects:"
                          + " they compare you with their best supplier, not with the contract")
                  .since(measured)
                  .build());
    }

    @Test
    void exactlyTheContractWhileMissingTheExpectationIsAFinding() {
      assertThat(expectation(ExpectationMetric.lowerIsBetter(measured, "delivery days", 30, 30, 3)))
          .hasSize(1);
    }

    @Test
    void anExpectationMetIsNoFinding() {
      assertThat(expectation(ExpectationMetric.lowerIsBetter(measured, "delivery days", 3, 30, 3)))
          .isEmpty();
      assertThat(expectation(ExpectationMetric.lowerIsBetter(measured, "delivery days", 2, 30, 3)))
          .isEmpty();
    }

    @Test
    void aContractMissedIsNoExpectationFinding() {
      assertThat(expectation(ExpectationMetric.lowerIsBetter(measured, "delivery days", 35, 30, 3)))
          .isEmpty();
    }

    @Test
    void higherIsBetterToo() {
      BigDecimal contract = new BigDecimal("95");
      BigDecimal expected = new BigDecimal("99");

      assertThat(
              expectation(
                  ExpectationMetric.higherIsBetter(
                      measured, "fill rate %", new BigDecimal("97"), contract, expected)))
          .extracting(Finding::threshold)
          .containsExactly("contract 95, customer expects 99");
      assertThat(
              expectation(
                  ExpectationMetric.higherIsBetter(
                      measured, "fill rate %", new BigDecimal("99"), contract, expected)))
          .isEmpty();
      assertThat(
              expectation(
                  ExpectationMetric.higherIsBetter(
                      measured, "fill rate %", new BigDecimal("94"), contract, expected)))
          .isEmpty();
    }

    @Test
    void aMetricMeasuredAfterNowIsIgnored() {
      ExpectationMetric delivery =
          ExpectationMetric.lowerIsBetter(measured, "delivery days", 15, 30, 3);

      assertThat(expectation(delivery, measured.minusNanos(1))).isEmpty();
      assertThat(expectation(delivery, measured)).hasSize(1);
    }
  }

  @Nested
  class Ideas {
    private final IdeaRecord consignment =
        IdeaRecord.of(LAST, "Consignment stock", "Account Manager", IdeaRecord.Outcome.ADOPTED);
    private final IdeaRecord kanban =
        IdeaRecord.of(nineAm(2025, 4, 1), "Kanban bins", "Factory PM", IdeaRecord.Outcome.DECLINED);

    private AccountRelationship.Builder base() {
      return listening(STRATEGIC, LIMIT)
          .addExchanges(
              exchange(nineAm(2025, 3, 3), JORDAN), exchange(LAST, DANA), exchange(LIMIT, JORDAN))
          .ideas(List.of(consignment, kanban));
    }

    @Test
    void theArchiveIsOldestFirst() {
      EngagementReport report = DEFAULTS.evaluate(base().build(), LIMIT);

      assertThat(report.ideas()).containsExactly(kanban, consignment);
    }

    @Test
    void anIdeaSharedAfterNowIsNotInTheArchiveYet() {
      IdeaRecord future =
          IdeaRecord.of(
              LIMIT.plusNanos(1), "Shared forecast", "Account Manager", IdeaRecord.Outcome.PENDING);

      EngagementReport report = DEFAULTS.evaluate(base().addIdeas(future).build(), LIMIT);

      assertThat(report.ideas()).containsExactly(kanban, consignment);
    }

    @Test
    void noIdeaForMoreThanThreeMonthsIsAGap() {
      EngagementReport atLimit = DEFAULTS.evaluate(base().build(), LIMIT);
      EngagementReport after = DEFAULTS.evaluate(base().build(), LIMIT.plusNanos(1));

      assertThat(atLimit.findings()).isEmpty();
      assertThat(atLimit.nextChangeAt()).contains(LIMIT.plusNanos(1));
      assertThat(after.findings())
          .containsExactly(
              ongoingLapse(
                  "idea shared", "2025-06-02T15:00:00Z", Period.ofMonths(3), LIMIT.plusNanos(1)));
    }

    @Test
    void theGapIsASetting() {
      PlaybookEngagementPolicy halfYear =
          PlaybookEngagementPolicy.of(
              EngagementSettings.builder().ideaGap(Period.ofMonths(6)).build());

      EngagementReport report = halfYear.evaluate(base().build(), LIMIT.plusNanos(1));

      assertThat(findings(report, EngagementRules.IDEAS)).isEmpty();
    }
  }

  @Test
  void findingsOfSeveralRulesAreSorted() {
    AccountRelationship relationship =
        AccountRelationship.builder()
            .profile(STRATEGIC)
            .zone(DENVER)
            .since(SINCE)
            .addExchanges(
                exchange(nineAm(2025, 1, 20), JORDAN),
                exchange(nineAm(2025, 2, 20), JORDAN),
                exchange(nineAm(2025, 3, 20), JORDAN))
            .addMetrics(
                ExpectationMetric.lowerIsBetter(nineAm(2025, 2, 1), "delivery days", 15, 30, 3))
            .build();

    EngagementReport report = DEFAULTS.evaluate(relationship, nineAm(2025, 7, 1));

    assertThat(report.findings()).isSorted();
    assertThat(report.findings())
        .extracting(Finding::ruleId)
        .containsExactly(
            EngagementRules.EXPECTATION,
            EngagementRules.ROTATION,
            EngagementRules.IDEAS,
            EngagementRules.LEVELS,
            EngagementRules.LEVELS,
            EngagementRules.LEVELS,
            EngagementRules.LAPSE);
  }
}
