package org.accountgovernance.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.accountgovernance.core.account.AccountSnapshot;
import org.accountgovernance.core.account.GovernanceReport;
import org.accountgovernance.rules.account.Playbook;
import org.accountgovernance.rules.portfolio.PortfolioSweep;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The full portfolio sweep: {@code PortfolioSweep.putAll} of every account into a new sweep, on one
 * thread, with {@value #ISSUES_PER_ACCOUNT} open or recently resolved issues per account (1,000,000
 * issues are 100,000 accounts). The issues are copies of {@value #POOL} generated ones, each
 * shifted so that the sweep's instant is its decision instant in {@code MatrixDifferentialTest}.
 * Time per issue is the score divided by {@link #issues}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
public class SweepBenchmark {
  /** Issues per account. */
  public static final int ISSUES_PER_ACCOUNT = 10;

  /** Distinct generated issues the portfolio's issues are copied from. */
  public static final int POOL = 20_000;

  /** Open issues in the portfolio. */
  @Param({"10000", "100000", "1000000"})
  public int issues;

  private List<AccountSnapshot> snapshots = List.of();
  private Playbook playbook = Playbook.ofDefaults();

  /** Builds the portfolio. */
  @Setup
  public void setUp() {
    snapshots =
        Samples.portfolio(
            Samples.issues(Math.min(POOL, issues)),
            issues / ISSUES_PER_ACCOUNT,
            ISSUES_PER_ACCOUNT);
    playbook = Playbook.ofDefaults();
  }

  /**
   * One full sweep.
   *
   * @return every account's report
   */
  @Benchmark
  public List<GovernanceReport> putAll() {
    return PortfolioSweep.of(playbook, Samples.SWEEP_AT).putAll(snapshots, Samples.SWEEP_AT);
  }
}
