package org.accountgovernance.examples.portfolio;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.authority.AccountDecisionRights;
import org.accountgovernance.core.authority.ActionRequest;
import org.accountgovernance.core.authority.Approval;
import org.accountgovernance.core.authority.ApprovalMedium;
import org.accountgovernance.core.authority.DecisionDomain;
import org.accountgovernance.core.authority.RaciAssignment;
import org.accountgovernance.core.authority.RaciMatrix;
import org.accountgovernance.core.authority.RaciRole;
import org.accountgovernance.rules.authority.RaciSettings;

/**
 * Reads an account's decision rights: its own RACI matrices (each replacing the playbook's matrix
 * of the same process from when they were agreed, {@code matricesAgreedAt}), its action requests
 * and the approvals given. A request must name a process the account's matrices or the playbook's
 * define (one of the account's own only once they were agreed), and an approval must cover an
 * action of the account's requests; otherwise it is refused where it is written. A matrix without
 * exactly one Accountable is not refused: the report shows it, and every request under it, as
 * RACI-ONE-A.
 */
final class DecisionRightsReader {
  private final RaciSettings settings;

  DecisionRightsReader(RaciSettings settings) {
    this.settings = settings;
  }

  /** The decision rights at {@code json}, of {@code account}. */
  AccountDecisionRights read(Json json, AccountId account) {
    Json rights =
        json.object("decision rights", "matrices", "matricesAgreedAt", "requests", "approvals");
    AccountDecisionRights.Builder builder = AccountDecisionRights.builder().account(account);
    Set<String> playbook = new LinkedHashSet<>();
    settings.matrices().forEach(m -> playbook.add(m.process()));
    Map<String, String> ownPaths = new LinkedHashMap<>();
    for (Json element : rights.list("matrices")) {
      Json matrixJson = element.object("a RACI matrix", "process", "domain", "assignments");
      RaciMatrix matrix = matrix(matrixJson);
      String earlier = ownPaths.putIfAbsent(matrix.process(), matrixJson.path());
      if (earlier != null) {
        throw matrixJson
            .get("process")
            .error("duplicates the process \"" + matrix.process() + "\" of " + earlier);
      }
      builder.addMatrices(matrix);
    }
    // Required exactly when there are matrices: the value type says so, here at the field (written
    // without matrices) or where it is missing.
    Optional<Instant> agreed = rights.opt("matricesAgreedAt").map(Json::instant);
    agreed.ifPresent(builder::matricesAgreedAt);
    Refusals.build(rights.field("matricesAgreedAt"), builder::build);

    Set<String> processes = new LinkedHashSet<>(playbook);
    processes.addAll(ownPaths.keySet());
    Map<String, String> actionPaths = new LinkedHashMap<>();
    for (Json element : rights.list("requests")) {
      Json requestJson =
          element.object(
              "an action request", "action", "process", "requestedAt", "replyBy", "proceededAt");
      ActionRequest request = request(requestJson);
      Json process = requestJson.get("process");
      if (!processes.contains(request.process())) {
        throw process.mustBe(
            "a process of the account's matrices or the playbook's: one of "
                + String.join(", ", processes));
      }
      // The report decides a request on the matrices in force when it was made: a process of the
      // account's own alone does not exist before they were agreed.
      if (!playbook.contains(request.process())
          && agreed.map(a -> request.requestedAt().isBefore(a)).orElse(false)) {
        throw requestJson
            .get("requestedAt")
            .mustBe(
                "at or after matricesAgreedAt "
                    + agreed.get()
                    + " (\""
                    + request.process()
                    + "\" is the account's own process, not the playbook's)");
      }
      String earlier = actionPaths.putIfAbsent(request.action(), requestJson.path());
      if (earlier != null) {
        throw requestJson
            .get("action")
            .error("duplicates the action \"" + request.action() + "\" of " + earlier);
      }
      builder.addRequests(request);
    }
    for (Json approvalJson : rights.list("approvals")) {
      builder.addApprovals(approval(approvalJson, actionPaths.keySet()));
    }
    return Refusals.build(rights, builder::build);
  }

  private static RaciMatrix matrix(Json matrix) {
    RaciMatrix.Builder builder =
        RaciMatrix.builder()
            .process(matrix.get("process").text())
            .domain(matrix.get("domain").enumOf(DecisionDomain.class));
    for (Json assignmentJson : matrix.get("assignments").elements()) {
      Json assignment = assignmentJson.object("a RACI assignment", "party", "role");
      builder.addAssignments(
          RaciAssignment.of(
              FactsReader.role(assignment.get("party")),
              assignment.get("role").enumOf(RaciRole.class)));
    }
    return Refusals.build(matrix, builder::build);
  }

  private static ActionRequest request(Json request) {
    ActionRequest.Builder builder =
        ActionRequest.builder()
            .action(request.get("action").text())
            .process(request.get("process").text())
            .requestedAt(request.get("requestedAt").instant());
    request.opt("replyBy").ifPresent(r -> builder.replyBy(r.instant()));
    request.opt("proceededAt").ifPresent(p -> builder.proceededAt(p.instant()));
    return Refusals.build(request, builder::build);
  }

  private static Approval approval(Json json, Set<String> actions) {
    Json approval = json.object("an approval", "approver", "at", "medium", "covers");
    Approval read =
        Refusals.build(
            approval,
            () ->
                Approval.of(
                    FactsReader.role(approval.get("approver")),
                    approval.get("at").instant(),
                    approval.get("medium").enumOf(ApprovalMedium.class),
                    approval.get("covers").text()));
    // An approval of an action nobody asked for is a typo, and would leave the request in silence.
    if (!actions.contains(read.covers())) {
      throw approval
          .get("covers")
          .mustBe(
              actions.isEmpty()
                  ? "an action of the account's requests (it has none)"
                  : "an action of the account's requests: one of " + String.join(", ", actions));
    }
    return read;
  }
}
