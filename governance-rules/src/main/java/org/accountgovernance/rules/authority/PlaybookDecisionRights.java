package org.accountgovernance.rules.authority;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.accountgovernance.core.Finding;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.Reason;
import org.accountgovernance.core.Subject;
import org.accountgovernance.core.authority.ActionRequest;
import org.accountgovernance.core.authority.AmbiguousDecisionException;
import org.accountgovernance.core.authority.Approval;
import org.accountgovernance.core.authority.ApprovalMedium;
import org.accountgovernance.core.authority.DecisionDomain;
import org.accountgovernance.core.authority.Permission;
import org.accountgovernance.core.authority.RaciMatrix;
import org.accountgovernance.core.authority.RaciRole;
import org.apiguardian.api.API;

/**
 * The playbook's decision rights: RACI-ONE-A (every process has exactly one Accountable and at
 * least one Responsible), RACI-ROUTE (a decision goes to the Accountable of its domain; one
 * spanning domains with different Accountables is an error), RACI-WRITTEN (an action under a
 * process that needs it proceeds only on the Accountable's written approval — silence, a verbal yes
 * or a lapsed reply-by date are not approval).
 *
 * <pre>{@code
 * PlaybookDecisionRights rights = PlaybookDecisionRights.ofDefaults();
 * rights.validate();                                       // RACI-ONE-A findings
 * rights.route("new margin for lot 7", Set.of(DecisionDomain.PRICING)); // Deal Desk
 * rights.mayProceed(poRequest, approvals, now).allowed();  // only with the Customer's written yes
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class PlaybookDecisionRights {
  private final RaciSettings settings;

  private PlaybookDecisionRights(RaciSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * The rights of the playbook's table.
   *
   * @return decision rights on {@link RaciSettings#ofDefaults()}: the playbook's RACI matrices,
   *     domain owners and processes that need written approval
   */
  public static PlaybookDecisionRights ofDefaults() {
    return of(RaciSettings.ofDefaults());
  }

  /**
   * The rights of {@code settings}.
   *
   * @param settings the RACI matrices, the fallback Accountable per domain and the processes that
   *     need written approval
   * @return decision rights on {@code settings}
   */
  public static PlaybookDecisionRights of(RaciSettings settings) {
    return new PlaybookDecisionRights(settings);
  }

  /**
   * The settings in force.
   *
   * @return the settings these rights were created with
   */
  public RaciSettings settings() {
    return settings;
  }

  /**
   * RACI-ONE-A: a finding for every process without exactly one Accountable or without a
   * Responsible.
   *
   * @param asOf the instant the matrices are assessed at; every finding's {@code since}
   * @return the findings, sorted, at most two per process (one for the Accountables, one for the
   *     Responsibles); empty when every matrix is well formed
   */
  public List<Finding> validate(Instant asOf) {
    List<Finding> findings = new ArrayList<>();
    for (RaciMatrix matrix : settings.matrices()) {
      Subject subject = Subject.of("process", matrix.process());
      List<PartyRole> accountable = matrix.withRole(RaciRole.ACCOUNTABLE);
      if (accountable.size() != 1) {
        findings.add(
            Finding.builder()
                .ruleId(RaciRules.ONE_ACCOUNTABLE)
                .subject(subject)
                .observed(
                    accountable.isEmpty()
                        ? "no Accountable"
                        : accountable.size() + " Accountables: " + names(accountable))
                .threshold("exactly one Accountable")
                .message(
                    matrix.process()
                        + (accountable.isEmpty()
                            ? " has nobody with the final say"
                            : " has "
                                + accountable.size()
                                + " parties with the final say: "
                                + names(accountable)))
                .since(asOf)
                .build());
      }
      if (matrix.withRole(RaciRole.RESPONSIBLE).isEmpty()) {
        findings.add(
            Finding.builder()
                .ruleId(RaciRules.ONE_ACCOUNTABLE)
                .subject(subject)
                .observed("no Responsible")
                .threshold("at least one Responsible")
                .message(matrix.process() + " has nobody to do the work")
                .since(asOf)
                .build());
      }
    }
    findings.sort(null);
    return findings;
  }

  private static String names(List<PartyRole> roles) {
    return roles.stream().map(PartyRole::name).sorted().collect(Collectors.joining(", "));
  }

  /**
   * RACI-ROUTE: the one Accountable for a decision in {@code domains}.
   *
   * @param decision what is to be decided, in people's words; it only appears in the reason and in
   *     error messages
   * @param domains every domain the decision touches; at least one (an empty set is rejected with
   *     an {@link IllegalArgumentException})
   * @return the reason naming the Accountable and the processes it comes from
   * @throws AmbiguousDecisionException when the domains lead to different Accountables (pricing and
   *     an engineering change, say), naming them all
   * @throws IllegalArgumentException when no process covers a domain, or a process has not exactly
   *     one Accountable
   */
  public Routing route(String decision, Set<DecisionDomain> domains) {
    if (domains.isEmpty()) {
      throw new IllegalArgumentException(
          "domains must name at least one DecisionDomain but was []");
    }
    // Every Accountable per domain (not just one: two processes of a domain may disagree), and the
    // processes they come from.
    Map<DecisionDomain, List<PartyRole>> byDomain = new LinkedHashMap<>();
    Set<String> processes = new LinkedHashSet<>();
    boolean commercial = domains.stream().anyMatch(DecisionDomain::isCommercial);
    boolean technical = domains.stream().anyMatch(DecisionDomain::isTechnical);
    for (DecisionDomain domain : new TreeSet<>(domains)) {
      List<RaciMatrix> matrices =
          settings.matrices().stream().filter(m -> m.domain() == domain).toList();
      if (matrices.isEmpty()) {
        PartyRole fallback = settings.domainAccountables().get(domain);
        if (fallback == null) {
          throw new IllegalArgumentException(
              "domains must be covered by a process's matrix or domainAccountables but was "
                  + domain
                  + " (no process decides it)");
        }
        byDomain.computeIfAbsent(domain, d -> new ArrayList<>()).add(fallback);
        processes.add("RACI-ROUTE for " + domain);
        continue;
      }
      for (RaciMatrix matrix : matrices) {
        PartyRole accountable = soleAccountable(matrix);
        List<PartyRole> known = byDomain.computeIfAbsent(domain, d -> new ArrayList<>());
        if (!known.contains(accountable)) {
          known.add(accountable);
        }
        processes.add(matrix.process());
      }
    }
    Set<PartyRole> accountables = new LinkedHashSet<>();
    byDomain.values().forEach(accountables::addAll);
    // The playbook: commercial and technical together is an error to resolve, even with one party.
    if (accountables.size() != 1 || (commercial && technical)) {
      String parts =
          byDomain.entrySet().stream()
              .map(e -> e.getKey() + " (" + names(e.getValue()) + ")")
              .collect(Collectors.joining(" and "));
      throw new AmbiguousDecisionException(
          "decision '"
              + decision
              + "' spans "
              + parts
              + ": split it, one Accountable per decision");
    }
    PartyRole accountable = accountables.iterator().next();
    return new Routing(
        accountable,
        Reason.of(
            RaciRules.ROUTE,
            new TreeSet<>(domains).toString(),
            "the Accountable of the domain's process",
            "'"
                + decision
                + "' is decided by "
                + accountable.name()
                + ", Accountable of "
                + String.join(", ", processes)));
  }

  /**
   * The Accountable of a decision, and why.
   *
   * @param accountable the one role with the final say on the decision
   * @param reason RACI-ROUTE, naming the Accountable and the processes (or the domain fallback) it
   *     was found through
   */
  public record Routing(PartyRole accountable, Reason reason) {}

  /**
   * RACI-WRITTEN: whether {@code request} may proceed at {@code now}, given the approvals on
   * record. Under a process that needs written approval, only the Accountable's written approval of
   * the action, given at or before {@code now}, allows it; under another process the Accountable's
   * approval in any medium does.
   *
   * @param request the action asked for, under the process whose matrix decides who approves it,
   *     with its reply-by date if one was set
   * @param approvals the approvals on record, for any action and by anyone; those for other
   *     actions, by other roles or dated after {@code now} do not count; empty is possible
   * @param now the instant at which the action would proceed
   * @return whether the action may proceed, the process's Accountable, the approval that allows it
   *     (the earliest valid one, if any), and why it may or may not proceed
   * @throws IllegalArgumentException when the request's process has no matrix, or not exactly one
   *     Accountable
   */
  public Permission mayProceed(ActionRequest request, List<Approval> approvals, Instant now) {
    RaciMatrix matrix =
        settings.matrices().stream()
            .filter(m -> m.process().equals(request.process()))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "ActionRequest.process must be a process with a matrix but was '"
                            + request.process()
                            + "'"));
    PartyRole accountable = soleAccountable(matrix);
    boolean writtenOnly = settings.writtenApprovalProcesses().contains(matrix.process());
    List<Approval> relevant =
        approvals.stream()
            .filter(a -> a.covers().equals(request.action()) && !a.at().isAfter(now))
            .sorted(
                Comparator.comparing(Approval::at)
                    .thenComparing(a -> a.approver().toString())
                    .thenComparing(Approval::medium))
            .toList();
    Optional<Approval> valid =
        relevant.stream()
            .filter(a -> a.approver().equals(accountable))
            .filter(a -> !writtenOnly || a.medium() == ApprovalMedium.WRITTEN)
            .findFirst();
    Permission.Builder permission =
        Permission.builder()
            .action(request.action())
            .accountable(accountable)
            .approval(valid)
            .allowed(valid.isPresent());
    String needed =
        (writtenOnly ? "written approval from " : "approval from ") + accountable.name();
    if (valid.isPresent()) {
      permission.addReasons(
          Reason.of(
              RaciRules.WRITTEN,
              valid.get().medium().name().toLowerCase(java.util.Locale.ROOT)
                  + " approval by "
                  + accountable.name()
                  + " at "
                  + valid.get().at(),
              needed,
              request.action() + " may proceed"));
      return permission.build();
    }
    boolean verbal =
        relevant.stream()
            .anyMatch(a -> a.approver().equals(accountable) && a.medium() == ApprovalMedium.VERBAL);
    List<String> others =
        relevant.stream()
            .filter(a -> !a.approver().equals(accountable))
            .map(a -> a.approver().name())
            .distinct()
            .toList();
    String observed;
    if (verbal) {
      observed = "a verbal yes from " + accountable.name();
    } else if (!others.isEmpty()) {
      observed = "approval only from " + String.join(", ", others);
    } else if (request.replyBy().isPresent() && now.isAfter(request.replyBy().get())) {
      observed = "no reply by " + request.replyBy().get();
    } else {
      observed = "no approval (silence)";
    }
    permission.addReasons(
        Reason.of(
            RaciRules.WRITTEN,
            observed,
            needed,
            request.action()
                + " may not proceed: "
                + observed
                + " is not approval; it takes "
                + needed));
    return permission.build();
  }

  /**
   * RACI-GAP (the seed 003 case): a finding for every role answerable to the customer that is not
   * Accountable for a {@link DecisionDomain#DELIVERY} process, and whose escalation path ({@code
   * reportsTo}, followed upwards) reaches nobody who is.
   *
   * @param answerableToCustomer the client-facing roles
   * @param reportsTo each role's next step up
   * @param asOf the instant the organisation is assessed at (the findings' {@code since})
   * @return one RACI-GAP finding per client-facing role that can neither decide delivery nor reach
   *     anyone who can, sorted; empty when every such role is covered
   */
  public List<Finding> gaps(
      Set<PartyRole> answerableToCustomer, Map<PartyRole, PartyRole> reportsTo, Instant asOf) {
    // The same source route() uses: the DELIVERY processes' Accountables, or the domain's owner.
    Set<PartyRole> deciders = new LinkedHashSet<>();
    for (RaciMatrix matrix : settings.matrices()) {
      if (matrix.domain() == DecisionDomain.DELIVERY) {
        deciders.addAll(matrix.withRole(RaciRole.ACCOUNTABLE));
      }
    }
    if (deciders.isEmpty() && settings.domainAccountables().containsKey(DecisionDomain.DELIVERY)) {
      deciders.add(settings.domainAccountables().get(DecisionDomain.DELIVERY));
    }
    List<Finding> findings = new ArrayList<>();
    for (PartyRole role : answerableToCustomer) {
      List<PartyRole> path = new ArrayList<>();
      Set<PartyRole> seen = new LinkedHashSet<>();
      boolean reaches = false;
      for (PartyRole step = role; step != null && seen.add(step); step = reportsTo.get(step)) {
        path.add(step);
        if (deciders.contains(step)) {
          reaches = true;
          break;
        }
      }
      if (!reaches) {
        String route = path.stream().map(PartyRole::name).collect(Collectors.joining(" -> "));
        findings.add(
            Finding.builder()
                .ruleId(RaciRules.GAP)
                .subject(Subject.of("role", role.name()))
                .observed("no delivery decision right; escalation path " + route)
                .threshold(
                    "a delivery decision right, or a path to "
                        + (deciders.isEmpty()
                            ? "someone who has one (nobody has)"
                            : names(new ArrayList<>(deciders))))
                .message(
                    role.name()
                        + " answers to the customer but can neither decide delivery nor escalate to"
                        + " anyone who can")
                .since(asOf)
                .build());
      }
    }
    findings.sort(null);
    return findings;
  }

  /** The matrix's one Accountable; a decision cannot be routed or approved through any other. */
  private static PartyRole soleAccountable(RaciMatrix matrix) {
    List<PartyRole> accountables = matrix.withRole(RaciRole.ACCOUNTABLE);
    if (accountables.size() != 1) {
      throw new IllegalArgumentException(
          "RaciMatrix["
              + matrix.process()
              + "] must have exactly one Accountable but was "
              + accountables);
    }
    return accountables.get(0);
  }
}
