package shield.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import shield.earth.Gravity;
import shield.earth.StandardAtmosphere;
import shield.earth.Wgs84;
import shield.flight.DragCurve;
import shield.flight.MissileType;

/**
 * The per-evaluation pieces of the flight model's right-hand side, one call each, to see where a
 * flight's time goes: the J2 gravity, the geodetic height (Vermeille's closed form), the standard
 * atmosphere and the Mach table of the drag. No targets: information for the performance notes.
 *
 * <p>Inputs are 1,024 seeded points from the ground to 1,200 km (the range a missile's state
 * sweeps), cycled so that branch prediction sees a realistic mix; scores are per call.
 *
 * <p>How to run, from the repository root:
 *
 * <pre>
 *   mvn -B -q -pl shield-bench -am package -DskipTests
 *   java -jar shield-bench/target/benchmarks.jar EarthModelBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EarthModelBenchmark {

  private static final int N = 1024;

  private final double[] x = new double[N];
  private final double[] y = new double[N];
  private final double[] z = new double[N];
  private final double[] heightM = new double[N];
  private final double[] mach = new double[N];
  private final double[] out = new double[3];
  private DragCurve drag;

  @Setup
  public void setUp() {
    SplittableRandom rnd = new SplittableRandom(42);
    double[] p = new double[3];
    for (int i = 0; i < N; i++) {
      heightM[i] = rnd.nextDouble(0, 1.2e6);
      Wgs84.toEcef(
          Math.asin(rnd.nextDouble(-1, 1)), rnd.nextDouble(-Math.PI, Math.PI), heightM[i], p);
      x[i] = p[0];
      y[i] = p[1];
      z[i] = p[2];
      mach[i] = rnd.nextDouble(0, 25);
    }
    MissileType icbm = IcbmShot.type();
    drag = icbm.bodyDrag();
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public void gravityJ2(Blackhole bh) {
    for (int i = 0; i < N; i++) {
      Gravity.accelerationJ2(x[i], y[i], z[i], out);
      bh.consume(out[0]);
    }
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public void geodeticHeight(Blackhole bh) {
    for (int i = 0; i < N; i++) {
      bh.consume(Wgs84.heightM(x[i], y[i], z[i]));
    }
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public void standardAtmosphere(Blackhole bh) {
    for (int i = 0; i < N; i++) {
      StandardAtmosphere.properties(heightM[i], out);
      bh.consume(out[0]);
    }
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public void dragCurve(Blackhole bh) {
    for (int i = 0; i < N; i++) {
      bh.consume(drag.at(mach[i]));
    }
  }
}
