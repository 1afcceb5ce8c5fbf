package shield.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import shield.analysis.Reach;
import shield.earth.Geodetic;
import shield.scenario.Catalog;

/**
 * One whole reach ring, 72 launch azimuths every 5° (the default of {@code shield reach}), from
 * Moscow: for the catalog's {@code icbm-solid} flown in full (each azimuth's kick angle searched,
 * the two halves of the ring in parallel) and for the burnout state of a 10,000 km non-rotating
 * range (two-body coast). Target (reach brief): well under a few seconds per ring.
 *
 * <p>How to run, from the repository root:
 *
 * <pre>
 *   mvn -B -q -pl shield-bench -am package -DskipTests
 *   java -jar shield-bench/target/benchmarks.jar ReachBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReachBenchmark {

  private static final Geodetic MOSCOW = Geodetic.ofDegrees(55.75, 37.62, 0);

  private Reach missile;
  private Reach burnout;

  @Setup
  public void setUp() {
    missile = Reach.of(Catalog.builtIn().missile("icbm-solid").type());
    double speed =
        Reach.burnoutSpeedForNonrotatingRangeMps(10_000e3, Reach.DEFAULT_BURNOUT_ALTITUDE_M);
    burnout = Reach.ofBurnout(speed, Reach.DEFAULT_BURNOUT_ALTITUDE_M, Reach.Earth.WGS84);
  }

  @Benchmark
  public Reach.Ring catalogMissileRing() {
    return missile.ring(MOSCOW, Reach.DEFAULT_STEP_DEG);
  }

  @Benchmark
  public Reach.Ring burnoutStateRing() {
    return burnout.ring(MOSCOW, Reach.DEFAULT_STEP_DEG);
  }
}
