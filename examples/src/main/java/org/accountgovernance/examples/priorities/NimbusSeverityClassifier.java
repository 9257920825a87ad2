package org.accountgovernance.examples.priorities;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.accountgovernance.core.Reason;
import org.accountgovernance.core.RuleId;
import org.accountgovernance.core.escalation.Classification;
import org.accountgovernance.core.escalation.EscalationLadder;
import org.accountgovernance.core.escalation.SeverityClassifier;
import org.accountgovernance.core.escalation.Trigger;
import org.accountgovernance.core.money.CurrencyConverter;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Nimbus's severity matrix as a {@link SeverityClassifier}: its own {@link NimbusTriggers} mapped
 * onto its own ladder P5 (least severe) … P1 ({@link NimbusPriorities#LADDER}), each reason named
 * by a Nimbus rule id so that a ticket shows why it sits where it does.
 *
 * <table>
 *   <caption>The matrix (the highest level any fact calls for wins)</caption>
 *   <tr><th>fact</th><th>P5</th><th>P4</th><th>P3</th><th>P2</th><th>P1</th></tr>
 *   <tr><td>users affected</td><td>0</td><td>1–50</td><td>51–500</td><td>&gt; 500</td><td></td></tr>
 *   <tr><td>service credit</td><td>none</td><td>≤ EUR 1,000</td><td>&gt; EUR 1,000</td>
 *       <td>&gt; EUR 10,000</td><td></td></tr>
 *   <tr><td>data loss</td><td></td><td></td><td></td><td></td><td>always (bypass)</td></tr>
 *   <tr><td>nothing reported</td><td>yes</td><td></td><td></td><td></td><td></td></tr>
 * </table>
 *
 * <p>Example: {@code new NimbusSeverityClassifier(CurrencyConverter.none()).classify(
 * List.of(NimbusTriggers.usersAffected(120)), NimbusPriorities.LADDER)} is P3 with reason {@code
 * NIMBUS-USERS}, observed {@code "120 users"}, threshold {@code "> 50 users"}.
 *
 * <p>Data loss is a <em>bypass</em>: it may take a ticket from P5 straight to P1, which the
 * library's policy then records as {@code BYPASS} rather than as a skipped level. Service credits
 * in another currency are converted with the converter given (unrounded, as the library's
 * thresholds are); one it cannot convert is rejected with a {@code CurrencyMismatchException}
 * naming the field. A kind Nimbus does not know (a playbook {@code DELAY}, say) is rejected with an
 * {@link IllegalArgumentException} naming it. Immutable and thread-safe.
 */
public final class NimbusSeverityClassifier implements SeverityClassifier {
  /** Nothing reported on the ticket: P5. */
  public static final RuleId NO_IMPACT = RuleId.of("NIMBUS-NONE");

  /** Users affected: more than 0 is P4, more than 50 is P3, more than 500 is P2. */
  public static final RuleId USERS = RuleId.of("NIMBUS-USERS");

  /** Service credit at stake: any is P4, above EUR 1,000 is P3, above EUR 10,000 is P2. */
  public static final RuleId CREDIT = RuleId.of("NIMBUS-CREDIT");

  /** Data loss: P1 at once, skipping the levels between. */
  public static final RuleId DATA_LOSS = RuleId.of("NIMBUS-DATALOSS");

  /** More users than this is P3 (Major). */
  public static final long MAJOR_USERS = 50;

  /** More users than this is P2 (Critical). */
  public static final long CRITICAL_USERS = 500;

  /** A service credit above this is P3 (Major). */
  public static final Money MAJOR_CREDIT = Money.of(CurrencyUnit.EUR, 1_000);

  /** A service credit above this is P2 (Critical). */
  public static final Money CRITICAL_CREDIT = Money.of(CurrencyUnit.EUR, 10_000);

  /** One fact's verdict: the level it calls for, and why. */
  private record Verdict(String levelId, boolean bypass, Reason reason) {}

  // Reasons in one fixed order, so that the order in which a desk agent listed the facts never
  // changes a decision (the contract checks this).
  private static final Comparator<Reason> CANONICAL =
      Comparator.comparing(Reason::ruleId)
          .thenComparing(Reason::observed)
          .thenComparing(Reason::explanation);

  private final CurrencyConverter converter;

  /**
   * A classifier comparing service credits in other currencies through {@code converter}, e.g.
   * {@code CurrencyConverter.fixedRates(CurrencyUnit.EUR, Map.of(CurrencyUnit.USD, new
   * BigDecimal("0.92")))}; {@link CurrencyConverter#none()} accepts euros only.
   */
  public NimbusSeverityClassifier(CurrencyConverter converter) {
    this.converter = Objects.requireNonNull(converter, "converter");
  }

  @Override
  public Classification classify(Collection<Trigger> triggers, EscalationLadder ladder) {
    if (triggers.isEmpty()) {
      return Classification.builder()
          .levelId("P5")
          .bypass(false)
          .addReason(
              Reason.of(
                  NO_IMPACT,
                  "no impact reported",
                  "a user affected, a credit at stake or data lost",
                  "nothing reported calls for more than P5"))
          .build();
    }
    List<Verdict> verdicts = new ArrayList<>(triggers.size());
    int top = -1;
    for (Trigger trigger : triggers) {
      Verdict verdict = verdict(trigger);
      verdicts.add(verdict);
      // position() rejects a ladder without Nimbus's levels, naming the missing id.
      top = Math.max(top, ladder.position(verdict.levelId()));
    }
    String levelId = ladder.levels().get(top).id();
    Set<Reason> reasons = new LinkedHashSet<>();
    boolean bypass = false;
    verdicts.sort(Comparator.comparing(Verdict::reason, CANONICAL));
    for (Verdict verdict : verdicts) {
      if (verdict.levelId().equals(levelId)) {
        // A set: the same fact reported twice explains nothing new.
        reasons.add(verdict.reason());
        bypass |= verdict.bypass();
      }
    }
    return Classification.builder().levelId(levelId).bypass(bypass).addAllReasons(reasons).build();
  }

  private Verdict verdict(Trigger trigger) {
    if (trigger.kind().equals(NimbusTriggers.DATA_LOSS)) {
      return new Verdict(
          "P1", true, Reason.of(DATA_LOSS, "data loss", "present", "data lost: straight to P1"));
    }
    if (trigger.kind().equals(NimbusTriggers.USERS_AFFECTED)) {
      return users(trigger.quantity().orElseThrow());
    }
    if (trigger.kind().equals(NimbusTriggers.SERVICE_CREDIT)) {
      return credit(trigger.amount().orElseThrow());
    }
    throw new IllegalArgumentException(
        "Trigger.kind must be one of "
            + NimbusTriggers.KINDS
            + " but was "
            + trigger.kind()
            + " ("
            + trigger.describe()
            + ")");
  }

  private static Verdict users(BigDecimal count) {
    String observed = count.toPlainString() + " users";
    if (count.compareTo(BigDecimal.valueOf(CRITICAL_USERS)) > 0) {
      return users("P2", observed, "> " + CRITICAL_USERS + " users", count + " users affected");
    }
    if (count.compareTo(BigDecimal.valueOf(MAJOR_USERS)) > 0) {
      return users("P3", observed, "> " + MAJOR_USERS + " users", count + " users affected");
    }
    if (count.signum() > 0) {
      return users("P4", observed, "> 0 users", count + " users affected");
    }
    return users("P5", observed, "> 0 users", "no user affected");
  }

  private static Verdict users(String levelId, String observed, String threshold, String what) {
    return new Verdict(
        levelId, false, Reason.of(USERS, observed, threshold, what + ": " + levelId));
  }

  private Verdict credit(Money amount) {
    String field = "Trigger[" + NimbusTriggers.SERVICE_CREDIT + "].amount";
    // Show the euro figure beside a foreign amount, so that a reader can check the comparison.
    String observed =
        amount.getCurrencyUnit().equals(CurrencyUnit.EUR)
            ? amount.toString()
            : amount + " (" + converter.convert(field, amount, CurrencyUnit.EUR) + ")";
    if (converter.compare(field, amount, CRITICAL_CREDIT) > 0) {
      return credit("P2", observed, "> " + CRITICAL_CREDIT);
    }
    if (converter.compare(field, amount, MAJOR_CREDIT) > 0) {
      return credit("P3", observed, "> " + MAJOR_CREDIT);
    }
    if (amount.isPositive()) {
      return credit("P4", observed, "> EUR 0.00");
    }
    return credit("P5", observed, "> EUR 0.00");
  }

  private static Verdict credit(String levelId, String observed, String threshold) {
    return new Verdict(
        levelId,
        false,
        Reason.of(CREDIT, observed, threshold, "service credit " + observed + ": " + levelId));
  }
}
