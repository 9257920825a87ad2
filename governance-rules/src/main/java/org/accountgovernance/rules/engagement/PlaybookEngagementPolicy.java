package org.accountgovernance.rules.engagement;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.accountgovernance.core.Finding;
import org.accountgovernance.core.RuleId;
import org.accountgovernance.core.Subject;
import org.accountgovernance.core.engagement.AccountRelationship;
import org.accountgovernance.core.engagement.Contact;
import org.accountgovernance.core.engagement.ContactLevel;
import org.accountgovernance.core.engagement.EngagementReport;
import org.accountgovernance.core.engagement.ExecutiveCadence;
import org.accountgovernance.core.engagement.ExecutiveExchange;
import org.accountgovernance.core.engagement.ExecutiveFrequencyPolicy;
import org.accountgovernance.core.engagement.ExpectationMetric;
import org.accountgovernance.core.engagement.IdeaRecord;
import org.accountgovernance.rules.internal.Lapses;
import org.apiguardian.api.API;

/**
 * The playbook's executive involvement: EXE-LAPSE (no executive exchange within the interval the
 * profile calls for, counted on the account's calendar from the relationship's start or the last
 * exchange), EXE-ROTATION ({@code rotationRun} exchanges in a row with one executive, anywhere in
 * the history: a run that ended stays a finding; names compared exactly), EXE-LEVELS (no contact at
 * a level within its recency), EXE-EXPECTATION (a metric that meets the contract and misses the
 * customer's expectation), EXE-IDEAS (no idea shared within the gap).
 *
 * <pre>{@code
 * EngagementReport r = PlaybookEngagementPolicy.ofDefaults().evaluate(relationship, now);
 * r.cadence();          // STRATEGIC, every P3M
 * r.nextExchangeDue();  // the last on-time instant for the next exchange
 * r.findings();         // e.g. EXE-LAPSE "no executive exchange since 2025-06-02T..."
 * }</pre>
 *
 * <p>Lapses are history: a lapse that ended with a late exchange stays a finding, saying until when
 * it lasted. Facts dated after {@code now} are not known yet and ignored: {@code nextChangeAt}
 * speaks of time alone. Immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class PlaybookEngagementPolicy {
  private final EngagementSettings settings;
  private final ExecutiveFrequencyPolicy frequency;

  private PlaybookEngagementPolicy(
      EngagementSettings settings, ExecutiveFrequencyPolicy frequency) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.frequency = Objects.requireNonNull(frequency, "frequency");
  }

  /**
   * The policy with the playbook's settings.
   *
   * @return a policy on {@link EngagementSettings#ofDefaults()} with the {@link
   *     PlaybookExecutiveFrequency}
   */
  public static PlaybookEngagementPolicy ofDefaults() {
    return of(EngagementSettings.ofDefaults());
  }

  /**
   * The policy with {@code settings} and the playbook's frequency on them.
   *
   * @param settings the segment thresholds and intervals, rotation run, level recencies and idea
   *     gap
   * @return a policy whose exchange interval comes from a {@link PlaybookExecutiveFrequency} on the
   *     same {@code settings}
   */
  public static PlaybookEngagementPolicy of(EngagementSettings settings) {
    return new PlaybookEngagementPolicy(settings, new PlaybookExecutiveFrequency(settings));
  }

  /**
   * The policy with {@code settings} and a host's own {@code frequency}.
   *
   * @param settings the rotation run, level recencies and idea gap; its segment thresholds and
   *     intervals matter only if {@code frequency} reads them
   * @param frequency gives the executive-exchange cadence an account profile calls for
   * @return a policy with exchange intervals from {@code frequency}
   */
  public static PlaybookEngagementPolicy of(
      EngagementSettings settings, ExecutiveFrequencyPolicy frequency) {
    return new PlaybookEngagementPolicy(settings, frequency);
  }

  /**
   * The engagement report for {@code relationship} at {@code now}.
   *
   * @param relationship the account's profile, zone and start, with its executive exchanges,
   *     contacts, ideas and expectation metrics; facts dated after {@code now} are ignored
   * @param now the instant of the evaluation
   * @return the cadence the profile calls for, the last exchange and the last on-time instant for
   *     the next, the ideas shared, the findings (ended lapses included as history), and when the
   *     report next changes by time alone
   */
  public EngagementReport evaluate(AccountRelationship relationship, Instant now) {
    ZoneId zone = relationship.zone();
    Subject subject = Subject.account(relationship.profile().account());
    ExecutiveCadence cadence = frequency.cadence(relationship.profile());
    List<Finding> findings = new ArrayList<>();
    List<Optional<Instant>> next = new ArrayList<>();

    List<ExecutiveExchange> exchanges = known(relationship.exchanges(), ExecutiveExchange::at, now);
    List<Instant> exchangeInstants =
        instants(exchanges, ExecutiveExchange::at, relationship.since());
    // Counted like EXE-LAPSE: from the start, or the last exchange after it.
    Instant lastExchangeOrStart = exchangeInstants.get(exchangeInstants.size() - 1);
    next.add(
        lapses(
            relationship,
            exchangeInstants,
            cadence.interval(),
            now,
            EngagementRules.LAPSE,
            "executive exchange",
            subject,
            findings));
    rotation(exchanges, subject, findings);

    List<Contact> contacts = known(relationship.contacts(), Contact::at, now);
    for (ContactLevel level : ContactLevel.values()) {
      List<Contact> atLevel = contacts.stream().filter(c -> c.level() == level).toList();
      next.add(
          lapses(
              relationship,
              instants(atLevel, Contact::at, relationship.since()),
              Objects.requireNonNull(settings.levelRecency().get(level)),
              now,
              EngagementRules.LEVELS,
              level.name().toLowerCase(java.util.Locale.ROOT) + "-level contact",
              subject,
              findings));
    }

    for (ExpectationMetric metric :
        known(relationship.metrics(), ExpectationMetric::measuredAt, now)) {
      if (metric.meetsContract() && !metric.meetsExpectation()) {
        findings.add(
            Finding.builder()
                .ruleId(EngagementRules.EXPECTATION)
                .subject(subject)
                .observed(metric.name() + " " + metric.actual().toPlainString())
                .threshold(
                    "contract "
                        + metric.contractTarget().toPlainString()
                        + ", customer expects "
                        + metric.customerExpectation().toPlainString())
                .message(
                    metric.name()
                        + " beats the contract but misses what the customer expects: they compare you with their best supplier, not with the contract")
                .since(metric.measuredAt())
                .build());
      }
    }

    List<IdeaRecord> ideas = known(relationship.ideas(), IdeaRecord::sharedAt, now);
    next.add(
        lapses(
            relationship,
            instants(ideas, IdeaRecord::sharedAt, relationship.since()),
            settings.ideaGap(),
            now,
            EngagementRules.IDEAS,
            "idea shared",
            subject,
            findings));

    findings.sort(null);
    Optional<Instant> nextChange =
        next.stream().flatMap(Optional::stream).min(Comparator.naturalOrder());
    return EngagementReport.builder()
        .at(now)
        .cadence(cadence)
        .lastExchange(
            exchanges.isEmpty()
                ? Optional.empty()
                : Optional.of(exchanges.get(exchanges.size() - 1)))
        .nextExchangeDue(lastExchangeOrStart.atZone(zone).plus(cadence.interval()).toInstant())
        .addAllIdeas(ideas)
        .addAllFindings(findings)
        .nextChangeAt(nextChange)
        .build();
  }

  private static <T> List<T> known(List<T> facts, Function<T, Instant> at, Instant now) {
    List<T> known = new ArrayList<>();
    for (T fact : facts) {
      if (!at.apply(fact).isAfter(now)) {
        known.add(fact);
      }
    }
    known.sort(Comparator.comparing(at).thenComparing(Object::toString));
    return known;
  }

  private static <T> List<Instant> instants(List<T> facts, Function<T, Instant> at, Instant since) {
    List<Instant> instants = new ArrayList<>();
    instants.add(since);
    for (T fact : facts) {
      Instant instant = at.apply(fact);
      if (instant.isAfter(since)) {
        instants.add(instant);
      }
    }
    return instants;
  }

  private Optional<Instant> lapses(
      AccountRelationship relationship,
      List<Instant> occurrences,
      Period limit,
      Instant now,
      RuleId rule,
      String what,
      Subject subject,
      List<Finding> findings) {
    ZoneId zone = relationship.zone();
    Lapses.Result result =
        Lapses.find(occurrences, now, from -> from.atZone(zone).plus(limit).toInstant());
    for (Lapses.Lapse lapse : result.lapses()) {
      String observed =
          lapse
              .endedAt()
              .map(end -> "no " + what + " from " + lapse.from() + " until " + end)
              .orElse("no " + what + " since " + lapse.from());
      findings.add(
          Finding.builder()
              .ruleId(rule)
              .subject(subject)
              .observed(observed)
              .threshold("at least every " + limit)
              .message("No " + what + " for more than " + limit + ": the account grows vulnerable")
              .since(lapse.since())
              .until(lapse.endedAt())
              .build());
    }
    return result.nextLapseAt();
  }

  private void rotation(
      List<ExecutiveExchange> exchanges, Subject subject, List<Finding> findings) {
    int run = 0;
    String executive = "";
    for (ExecutiveExchange exchange : exchanges) {
      run = exchange.supplierExecutive().equals(executive) ? run + 1 : 1;
      executive = exchange.supplierExecutive();
      if (run == settings.rotationRun()) {
        findings.add(
            Finding.builder()
                .ruleId(EngagementRules.ROTATION)
                .subject(subject)
                .observed(run + " exchanges in a row with " + executive)
                .threshold("fewer than " + settings.rotationRun() + " in a row with one executive")
                .message(
                    "The relationship rests on one executive ("
                        + executive
                        + "): share the load across several")
                .since(exchange.at())
                .build());
      }
    }
  }
}
