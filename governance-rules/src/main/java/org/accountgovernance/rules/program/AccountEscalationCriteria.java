package org.accountgovernance.rules.program;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.accountgovernance.core.Reason;
import org.accountgovernance.core.internal.Checks;
import org.accountgovernance.core.program.AccountSituation;
import org.accountgovernance.core.program.CriteriaAssessment;
import org.accountgovernance.core.program.OpenIssue;
import org.apiguardian.api.API;

/**
 * The playbook's account-level escalation criteria (AEM-CRITERIA): multiple open issues with one
 * product; multiple open issues on the account; very high leadership visibility; a new deal or
 * renewal at stake; high financial impact together with legal involvement. "Multiple" is 2 or more
 * by default ({@link #DEFAULT_MULTIPLE}).
 *
 * <pre>{@code
 * CriteriaAssessment a = AccountEscalationCriteria.ofDefaults().assess(situation);
 * if (a.eligible()) { ... ProgramEvent.declared(now, RagStatus.RED, a.ruleIds(), "") ... }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class AccountEscalationCriteria {
  /** How many open issues count as "multiple": 2. */
  public static final int DEFAULT_MULTIPLE = 2;

  private final int multiple;

  private AccountEscalationCriteria(int multiple) {
    Checks.check(multiple >= 1, "multiple", "at least 1", multiple);
    this.multiple = multiple;
  }

  /**
   * The playbook's criteria.
   *
   * @return the criteria with "multiple" meaning {@link #DEFAULT_MULTIPLE} (2) or more open issues
   */
  public static AccountEscalationCriteria ofDefaults() {
    return withMultiple(DEFAULT_MULTIPLE);
  }

  /**
   * The criteria with "multiple" meaning {@code multiple} or more issues.
   *
   * @param multiple the number of open issues, with one product or on the whole account, from which
   *     the two "multiple issues" criteria are met; at least 1
   * @return the criteria with that count and the playbook's other criteria unchanged
   * @throws IllegalArgumentException when {@code multiple} is below 1
   */
  public static AccountEscalationCriteria withMultiple(int multiple) {
    return new AccountEscalationCriteria(multiple);
  }

  /**
   * Which criteria {@code situation} meets, with evidence.
   *
   * @param situation the account's open issues (with their products and kinds) and the flags for
   *     leadership visibility, a deal or renewal at stake, high financial impact and legal
   *     involvement
   * @return one reason per criterion met (one per product with multiple open issues), in a stable
   *     order; an assessment with none met is not eligible for a declaration on criteria
   */
  public CriteriaAssessment assess(AccountSituation situation) {
    List<Reason> met = new ArrayList<>();
    Map<String, List<OpenIssue>> byProduct =
        situation.openIssues().stream()
            .collect(Collectors.groupingBy(OpenIssue::product, TreeMap::new, Collectors.toList()));
    byProduct.forEach(
        (product, issues) -> {
          if (issues.size() >= multiple) {
            met.add(
                Reason.of(
                    ProgramRules.CRITERIA_PRODUCT,
                    issues.size() + " open issues on " + product + ": " + ids(issues),
                    ">= " + multiple,
                    "multiple open issues with a single product (" + product + ")"));
          }
        });
    List<OpenIssue> all = situation.openIssues();
    if (all.size() >= multiple) {
      met.add(
          Reason.of(
              ProgramRules.CRITERIA_ACCOUNT,
              all.size() + " open issues: " + ids(all),
              ">= " + multiple,
              "multiple open issues on the account ("
                  + all.stream()
                      .map(OpenIssue::kind)
                      .distinct()
                      .sorted()
                      .collect(Collectors.joining(", "))
                  + ")"));
    }
    if (situation.leadershipVisibility()) {
      met.add(
          Reason.of(
              ProgramRules.CRITERIA_VISIBILITY,
              "very high leadership visibility",
              "present",
              "the escalation is visible at leadership level"));
    }
    if (situation.renewalAtStake()) {
      met.add(
          Reason.of(
              ProgramRules.CRITERIA_DEAL,
              "new deal or renewal at stake",
              "present",
              "a new deal or renewal is at stake"));
    }
    if (situation.highFinancialImpact() && situation.legalInvolvement()) {
      met.add(
          Reason.of(
              ProgramRules.CRITERIA_FINANCIAL_LEGAL,
              "high financial impact, legal involved",
              "both present",
              "high financial impact with legal involvement"));
    }
    return CriteriaAssessment.builder().account(situation.account()).addAllMet(met).build();
  }

  private static String ids(List<OpenIssue> issues) {
    return issues.stream().map(i -> i.issueId().value()).sorted().collect(Collectors.joining(", "));
  }
}
