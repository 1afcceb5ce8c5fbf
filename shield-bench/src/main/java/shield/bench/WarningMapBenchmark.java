package shield.bench;

import java.nio.file.Path;
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
import shield.analysis.AimWarning;
import shield.analysis.Region;
import shield.analysis.WarningMap;
import shield.flight.MissileFlight;
import shield.flight.Targeting;
import shield.flight.TargetingException;
import shield.flight.Trajectory;
import shield.flight.TrajectoryShape;
import shield.scenario.Catalog;
import shield.scenario.Place;
import shield.scenario.Scenario;
import shield.scenario.ScenarioLoader;

/**
 * The cost of one cell of a warning map, the unit that {@code shield warning} repeats for every
 * launch area and cell: aiming the missile (minimum energy, full physics) and the network's sensing
 * of it; and the aiming alone, to show where the time goes. The cells are those of the default run
 * on {@code kaliningrad-warning} (1° over 51–59° N, 17–41° E), taken in turn, from the Norwegian
 * Sea with the scenario's first missile (slbm) and the network {@code russia}.
 *
 * <p>How to run, from the repository root (the scenario is read from {@code scenarios/}):
 *
 * <pre>
 *   mvn -B -q -pl shield-bench -am package -DskipTests
 *   java -jar shield-bench/target/benchmarks.jar WarningMapBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WarningMapBenchmark {

  @Param({"russia"})
  String network;

  Region.Grid grid;
  Place launchArea;
  WarningMap map;
  Targeting targeting;
  int next;

  @Setup
  public void setUp() {
    Scenario s =
        ScenarioLoader.load(Path.of("scenarios", "kaliningrad-warning.yaml"), Catalog.builtIn());
    grid = Region.ofCorners(51, 17, 59, 41).grid(1);
    launchArea = s.threats().get(0).from();
    map = new WarningMap(s, network, s.threats().get(0).missile(), List.of(launchArea));
    targeting = new Targeting(new MissileFlight(s.threats().get(0).missile().type()));
  }

  private int nextCell() {
    next = (next + 1) % grid.size();
    return next;
  }

  /** One cell: the missile aimed and flown, then sensed by the network. */
  @Benchmark
  public AimWarning aimAndSense() {
    return map.aim(launchArea, grid.centre(nextCell()), 1);
  }

  /** The aiming alone. */
  @Benchmark
  public Trajectory aimOnly() throws TargetingException {
    return targeting
        .aim(launchArea.position(), grid.centre(nextCell()), 0, new TrajectoryShape.MinimumEnergy())
        .trajectory();
  }
}
