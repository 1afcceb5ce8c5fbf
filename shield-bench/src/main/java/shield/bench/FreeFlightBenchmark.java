package shield.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import shield.flight.FreeFlightSolution;
import shield.flight.SphericalFreeFlight;

/**
 * One textbook free-flight solution ({@link SphericalFreeFlight}): from a burnout state, and the
 * minimum-energy flight over a range angle. Target (DESIGN, Performance): ≤ 2 µs per solution.
 *
 * <p>How to run, from the repository root:
 *
 * <pre>
 *   mvn -B -q -pl shield-bench -am package -DskipTests
 *   java -jar shield-bench/target/benchmarks.jar FreeFlightBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s
 * </pre>
 *
 * <p>The inputs are fields of the state (not constants), so the JIT cannot fold the solution.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FreeFlightBenchmark {

  /** Burnout speed (m/s): an IRBM and an ICBM. */
  @Param({"5000", "7000"})
  public double speedMps;

  private final SphericalFreeFlight sphere = new SphericalFreeFlight();
  private double altitudeM;
  private double flightPathAngleRad;
  private double rangeAngleRad;

  @Setup
  public void setUp() {
    altitudeM = 200e3;
    flightPathAngleRad = Math.toRadians(22);
    rangeAngleRad = sphere.fromBurnout(speedMps, altitudeM, flightPathAngleRad).rangeAngleRad();
  }

  /** The flight from a burnout speed, altitude and flight-path angle. */
  @Benchmark
  public FreeFlightSolution fromBurnout() {
    return sphere.fromBurnout(speedMps, altitudeM, flightPathAngleRad);
  }

  /** The minimum-energy flight over the same range angle. */
  @Benchmark
  public FreeFlightSolution minimumEnergy() {
    return sphere.minimumEnergy(rangeAngleRad, altitudeM);
  }
}
