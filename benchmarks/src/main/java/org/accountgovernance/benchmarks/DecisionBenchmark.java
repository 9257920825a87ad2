package org.accountgovernance.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.accountgovernance.benchmarks.Samples.Sample;
import org.accountgovernance.core.escalation.Classification;
import org.accountgovernance.core.escalation.EscalationDecision;
import org.accountgovernance.core.escalation.EscalationLadder;
import org.accountgovernance.core.escalation.EscalationSummary;
import org.accountgovernance.core.escalation.Issue;
import org.accountgovernance.core.escalation.IssueEvent;
import org.accountgovernance.core.escalation.Trigger;
import org.accountgovernance.rules.escalation.EscalationSettings;
import org.accountgovernance.rules.escalation.PlaybookEscalationPolicy;
import org.accountgovernance.rules.escalation.PlaybookSeverityClassifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One escalation decision, the same work five ways, on 1,024 issues of the testkit's generator
 * taken in turn (each decided at its own instant, as in {@code MatrixDifferentialTest}, which
 * checks that all of them agree).
 *
 * <ul>
 *   <li>{@link #ours}: {@code PlaybookEscalationPolicy.decide}, the full decision from the issue's
 *       record: the timeline folded, level, reasons, level history, response clocks, deadline,
 *       findings and {@code nextChangeAt}.
 *   <li>{@link #dmnScalaFeel}, {@link #dmnLegacyFeel}, {@link #easyRulesJava}, {@link
 *       #easyRulesMvel}, {@link #ifChain}: only the level, from {@link EscalationFacts} folded
 *       beforehand. The peers are spared that fold (see {@link #hostFacts} for its cost), and
 *       return no reasons, deadline or next change.
 *   <li>{@link #oursSummary}: {@code PlaybookEscalationPolicy.summarize}, the same fold keeping
 *       only what a scheduler needs: level, reasons, the response due and {@code nextChangeAt}.
 *   <li>{@link #oursMatrixOnly}: our classifier alone (level and reasons, no timeline, no clock),
 *       on the triggers known at the instant: the part of {@link #ours} that the peers do.
 *   <li>{@link #oursLevelOnly}: our classifier's {@code levelId}, the level without reasons from
 *       the same triggers: what the peers return, from our own trigger records.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DecisionBenchmark {
  private static final int SIZE = 1 << 10;

  private Issue[] issues;
  private Instant[] instants;
  private List<List<Trigger>> known;
  private EscalationFacts[] facts;
  private PlaybookEscalationPolicy policy;
  private PlaybookSeverityClassifier classifier;
  private EscalationLadder ladder;
  private DmnMatrix scala;
  private DmnMatrix legacy;
  private EasyRulesMatrix java;
  private EasyRulesMatrix mvel;
  private int next;

  /** Draws the issues and builds every engine once. */
  @Setup
  public void setUp() {
    List<Sample> samples = Samples.issues(SIZE);
    issues = new Issue[SIZE];
    instants = new Instant[SIZE];
    facts = new EscalationFacts[SIZE];
    known = new ArrayList<>(SIZE);
    for (int i = 0; i < SIZE; i++) {
      Sample sample = samples.get(i);
      issues[i] = sample.issue();
      instants[i] = sample.now();
      facts[i] = EscalationFacts.of(sample.issue(), sample.now());
      List<Trigger> triggers = new ArrayList<>(sample.issue().triggers());
      for (IssueEvent event : sample.issue().timeline()) {
        if (!event.at().isAfter(sample.now())) {
          event.trigger().ifPresent(triggers::add);
        }
      }
      known.add(List.copyOf(triggers));
    }
    policy = PlaybookEscalationPolicy.ofDefaults();
    classifier = new PlaybookSeverityClassifier(EscalationSettings.ofDefaults());
    ladder = EscalationSettings.ofDefaults().ladder();
    scala = new DmnMatrix(DmnMatrix.Feel.SCALA);
    legacy = new DmnMatrix(DmnMatrix.Feel.LEGACY);
    java = new EasyRulesMatrix(EasyRulesMatrix.Flavour.JAVA);
    mvel = new EasyRulesMatrix(EasyRulesMatrix.Flavour.MVEL);
  }

  private int next() {
    int i = next;
    next = (i + 1) & (SIZE - 1);
    return i;
  }

  /**
   * Ours: the full decision.
   *
   * @return the decision
   */
  @Benchmark
  public EscalationDecision ours() {
    int i = next();
    return policy.decide(issues[i], instants[i]);
  }

  /**
   * Ours, the summary: the same fold as {@link #ours}, keeping level, reasons, the response due and
   * {@code nextChangeAt} (no level history, closed clocks, changes or findings).
   *
   * @return the summary
   */
  @Benchmark
  public EscalationSummary oursSummary() {
    int i = next();
    return policy.summarize(issues[i], instants[i]);
  }

  /**
   * Ours, the matrix only: level and reasons from the triggers known at the instant.
   *
   * @return the classification
   */
  @Benchmark
  public Classification oursMatrixOnly() {
    return classifier.classify(known.get(next()), ladder);
  }

  /**
   * Ours, the level only: {@code SeverityClassifier.levelId} from the triggers known at the
   * instant, no reasons written.
   *
   * @return the level's id
   */
  @Benchmark
  public String oursLevelOnly() {
    return classifier.levelId(known.get(next()), ladder);
  }

  /**
   * The DMN table on Camunda's default (Scala) FEEL engine.
   *
   * @return the level's id
   */
  @Benchmark
  public String dmnScalaFeel() {
    return scala.level(facts[next()]);
  }

  /**
   * The DMN table on Camunda's legacy FEEL engine.
   *
   * @return the level's id
   */
  @Benchmark
  public String dmnLegacyFeel() {
    return legacy.level(facts[next()]);
  }

  /**
   * Easy Rules, conditions as Java lambdas.
   *
   * @return the level's id
   */
  @Benchmark
  public String easyRulesJava() {
    return java.level(facts[next()]);
  }

  /**
   * Easy Rules, conditions as MVEL expressions.
   *
   * @return the level's id
   */
  @Benchmark
  public String easyRulesMvel() {
    return mvel.level(facts[next()]);
  }

  /**
   * The floor: a hand-written if-chain, the level only.
   *
   * @return the level's rank
   */
  @Benchmark
  public int ifChain() {
    return IfChainMatrix.level(facts[next()]);
  }

  /**
   * What a peer's host must do before asking the table or the rules: fold the issue's record into
   * the facts (excluded from the peers' figures above).
   *
   * @return the facts
   */
  @Benchmark
  public EscalationFacts hostFacts() {
    int i = next();
    return EscalationFacts.of(issues[i], instants[i]);
  }
}
