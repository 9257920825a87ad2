package org.accountgovernance.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Peer 1: the matrix as the decision table {@code escalation-matrix.dmn}, evaluated by Camunda's
 * standalone DMN engine. The engine is built and the table parsed once; each call passes the eleven
 * facts and reads the single output. Thread-safe (the engine and the parsed decision are).
 */
public final class DmnMatrix {
  /** Which FEEL implementation evaluates the table's cells. */
  public enum Feel {
    /** The default since Camunda 7.13: the Scala FEEL engine. */
    SCALA,
    /** The pre-7.13 Java engine (FEEL subset for input entries, JUEL elsewhere), opt-in. */
    LEGACY
  }

  /** The table's resource. */
  public static final String RESOURCE = "escalation-matrix.dmn";

  private final DmnEngine engine;
  private final DmnDecision decision;

  /**
   * The engine in the given FEEL mode with the table parsed.
   *
   * @param feel the FEEL implementation
   */
  public DmnMatrix(Feel feel) {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration)
            DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.enableFeelLegacyBehavior(feel == Feel.LEGACY);
    this.engine = configuration.buildEngine();
    try (InputStream table =
        Objects.requireNonNull(DmnMatrix.class.getResourceAsStream(RESOURCE), RESOURCE)) {
      this.decision = engine.parseDecision("escalationLevel", table);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The level's id.
   *
   * @param f the facts
   * @return {@code "L1"}, {@code "L2"} or {@code "L3"}
   */
  public String level(EscalationFacts f) {
    VariableMap variables =
        Variables.createVariables()
            .putValue("delayDays", f.delayDays())
            .putValue("lineDownRiskDays", f.lineDownRiskDays())
            .putValue("yieldDrop", f.yieldDrop())
            .putValue("costVariance", f.costVariance())
            .putValue("paymentOverdueDays", f.paymentOverdueDays())
            .putValue("financialImpact", f.financialImpact())
            .putValue("lineDownConfirmed", f.lineDownConfirmed())
            .putValue("safetyIncident", f.safetyIncident())
            .putValue("legalBreach", f.legalBreach())
            .putValue("brandRisk", f.brandRisk())
            .putValue("hoursOpen", f.hoursOpen());
    return engine.evaluateDecisionTable(decision, variables).getSingleResult().getSingleEntry();
  }
}
