package shield.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import shield.analysis.Footprint;
import shield.analysis.FootprintResult;
import shield.analysis.Region;
import shield.scenario.Catalog;
import shield.scenario.MissileClass;
import shield.scenario.Place;
import shield.scenario.Scenario;
import shield.scenario.ScenarioLoader;

/**
 * The footprint target of DESIGN (issue 5): a 0.5° footprint over Europe ({@link Region#EUROPE}, 76
 * × 112 cells) from three launch areas in at most 30 s on 2 cores, on europe-phase3 against the
 * IRBM (which reaches most of Europe from Iran, so most cells are flown and engaged, the costly
 * case). One operation is the whole analysis: the flight ladders, the flyout tables and every cell.
 *
 * <p>How to run, from the repository root (the scenario is read from {@code scenarios/}):
 *
 * <pre>
 *   mvn -B -q -pl shield-bench -am package -DskipTests
 *   java -jar shield-bench/target/benchmarks.jar FootprintBenchmark -f 1 -wi 1 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FootprintBenchmark {

  @Param({"0.5"})
  public double gridDeg;

  @Param({"tabriz,kermanshah,semnan"})
  public String launchAreas;

  @Param({"2"})
  public int threads;

  Scenario scenario;
  MissileClass missile;
  List<Place> areas;

  @Setup
  public void setUp() {
    Catalog catalog = Catalog.builtIn();
    scenario = ScenarioLoader.load(Path.of("scenarios", "europe-phase3.yaml"), catalog);
    missile = catalog.missile("irbm");
    areas = Arrays.stream(launchAreas.split(",")).map(catalog::place).toList();
  }

  @Benchmark
  public FootprintResult footprint() {
    return new Footprint(scenario, missile, areas, Region.EUROPE.grid(gridDeg), 0.9)
        .run(threads, null);
  }
}
