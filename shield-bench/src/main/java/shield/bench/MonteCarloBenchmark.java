package shield.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import shield.scenario.Catalog;
import shield.scenario.Scenario;
import shield.scenario.ScenarioLoader;
import shield.sim.MonteCarlo;
import shield.sim.RunListener;
import shield.sim.RunPlan;
import shield.sim.RunSettings;
import shield.sim.RunSummary;

/**
 * Monte Carlo throughput on the shipped European scenarios. Target (DESIGN, issue 4): europe-2011
 * at ≥ 1,000 trials per second on 2 cores, the shared work (sensing draws, flyout tables,
 * engagement opportunities) done once per run and excluded from {@code trials}; {@code prepare}
 * measures it on its own.
 *
 * <p>One operation is a run of {@value #TRIALS} trials; trials per second = {@value #TRIALS} /
 * (seconds per operation).
 *
 * <p>How to run, from the repository root (the scenarios are read from {@code scenarios/}):
 *
 * <pre>
 *   mvn -B -q -pl shield-bench -am package -DskipTests
 *   java -jar shield-bench/target/benchmarks.jar MonteCarloBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MonteCarloBenchmark {

  /** Trials per operation. */
  static final int TRIALS = 1_000;

  @Param({"europe-2011", "europe-phase3"})
  public String scenario;

  @Param({"1", "2"})
  public int threads;

  MonteCarlo monteCarlo;
  RunPlan plan;

  @Setup
  public void setUp() throws IOException {
    Scenario s = ScenarioLoader.load(Path.of("scenarios", scenario + ".yaml"), Catalog.builtIn());
    monteCarlo = new MonteCarlo(s, new RunSettings(TRIALS, 1, threads, 16, "greedy"));
    plan = monteCarlo.prepare();
  }

  /** The shared work of a run, once (sixteen sensing draws with the full radar and tracker). */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  public RunPlan prepare() {
    return monteCarlo.prepare();
  }

  @Benchmark
  public RunSummary trials() {
    return monteCarlo.run(plan, new RunListener() {}, () -> false).summary();
  }
}
