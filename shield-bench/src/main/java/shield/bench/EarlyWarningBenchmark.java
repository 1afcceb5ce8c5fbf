package shield.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import shield.flight.MissileFlight;
import shield.flight.Trajectory;
import shield.scenario.Catalog;
import shield.sense.EarlyWarningConstellation;
import shield.sense.Observation;

/**
 * The early-warning satellites' cost per missile: {@link EarlyWarningConstellation#observe} of the
 * reference ICBM ({@link IcbmShot}) by the catalog's four-satellite {@code sbirs-geo} constellation
 * (a look every 10 s through the 175 s boost, the launch report with its four drawn errors), and
 * one {@link EarlyWarningConstellation#seesPlume} test of a point at 100 km. No target in DESIGN;
 * it tells the Monte Carlo runner whether observing per trial is affordable against its 1,000
 * trials per second.
 *
 * <p>How to run, from the repository root:
 *
 * <pre>
 *   mvn -B -q -pl shield-bench -am package -DskipTests
 *   java -jar shield-bench/target/benchmarks.jar EarlyWarningBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EarlyWarningBenchmark {

  /** The constellation, the flight and a seeded stream for the report's errors. */
  @State(Scope.Thread)
  public static class Watch {
    EarlyWarningConstellation constellation;
    Trajectory trajectory;
    Vector3D plumeEcef;
    SplittableRandom rng;

    @Setup
    public void setUp() {
      constellation = Catalog.builtIn().satellite("sbirs-geo").constellation("sbirs");
      trajectory = IcbmShot.aim(new MissileFlight(IcbmShot.type())).trajectory();
      plumeEcef = trajectory.positionEcef(trajectory.startTimeS() + 100);
      rng = new SplittableRandom(1);
    }
  }

  /** Watches the whole boost and draws the report. */
  @Benchmark
  public Observation observe(Watch w) {
    return w.constellation.observe(w.trajectory, w.rng, 0);
  }

  /** One line-of-sight test against the four satellites. */
  @Benchmark
  public boolean seesPlume(Watch w) {
    return w.constellation.seesPlume(w.plumeEcef, 100);
  }
}
