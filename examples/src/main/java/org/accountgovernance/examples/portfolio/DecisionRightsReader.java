package org.accountgovernance.examples.portfolio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.authority.AccountDecisionRights;
import org.accountgovernance.core.authority.ActionRequest;
import org.accountgovernance.core.authority.Approval;
import org.accountgovernance.core.authority.ApprovalMedium;
import org.accountgovernance.core.authority.DecisionDomain;
import org.accountgovernance.core.authority.RaciAssignment;
import org.accountgovernance.core.authority.RaciMatrix;
import org.accountgovernance.core.authority.RaciRole;
import org.accountgovernance.rules.authority.PlaybookDecisionRights;
import org.accountgovernance.rules.authority.RaciSettings;

/**
 * Reads an account's decision rights: its own RACI matrices (each replacing the playbook's matrix
 * of the same process), its action requests and the approvals given. A request must name a process
 * the account's matrices or the playbook's define, and that process must name exactly one
 * Accountable, so that the report can decide it; otherwise the request is refused where it is
 * written.
 */
final class DecisionRightsReader {
  private final RaciSettings settings;

  DecisionRightsReader(RaciSettings settings) {
    this.settings = settings;
  }

  /** The decision rights at {@code json}, of {@code account}. */
  AccountDecisionRights read(Json json, AccountId account) {
    Json rights = json.object("decision rights", "matrices", "requests", "approvals");
    AccountDecisionRights.Builder builder = AccountDecisionRights.builder().account(account);
    Map<String, RaciMatrix> byProcess = new LinkedHashMap<>();
    settings.matrices().forEach(m -> byProcess.put(m.process(), m));
    Map<String, String> ownPaths = new HashMap<>();
    List<RaciMatrix> own = new ArrayList<>();
    for (Json element : rights.list("matrices")) {
      Json matrixJson = element.object("a RACI matrix", "process", "domain", "assignments");
      RaciMatrix matrix = matrix(matrixJson);
      String earlier = ownPaths.putIfAbsent(matrix.process(), matrixJson.path());
      if (earlier != null) {
        throw matrixJson
            .get("process")
            .error("duplicates the process \"" + matrix.process() + "\" of " + earlier);
      }
      own.add(matrix);
      byProcess.put(matrix.process(), matrix);
    }
    builder.addAllMatrices(own);
    List<Approval> approvals = new ArrayList<>();
    for (Json approvalJson : rights.list("approvals")) {
      approvals.add(approval(approvalJson));
    }
    builder.addAllApprovals(approvals);
    PlaybookDecisionRights deciding =
        PlaybookDecisionRights.of(
            RaciSettings.from(settings).matrices(List.copyOf(byProcess.values())).build());
    Map<String, String> actionPaths = new HashMap<>();
    for (Json element : rights.list("requests")) {
      Json requestJson =
          element.object(
              "an action request", "action", "process", "requestedAt", "replyBy", "proceededAt");
      ActionRequest request = request(requestJson);
      Json process = requestJson.get("process");
      if (!byProcess.containsKey(request.process())) {
        throw process.mustBe(
            "a process of the account's matrices or the playbook's: one of "
                + String.join(", ", byProcess.keySet()));
      }
      // The report decides each request on its process's matrix: one it cannot decide is bad data.
      Refusals.build(process, () -> deciding.mayProceed(request, approvals, request.requestedAt()));
      String earlier = actionPaths.putIfAbsent(request.action(), requestJson.path());
      if (earlier != null) {
        throw requestJson
            .get("action")
            .error("duplicates the action \"" + request.action() + "\" of " + earlier);
      }
      builder.addRequests(request);
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

  private static Approval approval(Json json) {
    Json approval = json.object("an approval", "approver", "at", "medium", "covers");
    return Refusals.build(
        approval,
        () ->
            Approval.of(
                FactsReader.role(approval.get("approver")),
                approval.get("at").instant(),
                approval.get("medium").enumOf(ApprovalMedium.class),
                approval.get("covers").text()));
  }
}
