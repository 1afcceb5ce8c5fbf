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
import shield.earth.Geodesy;
import shield.earth.Geodetic;
import shield.engage.EngagementPlanner;
import shield.engage.Flyout;
import shield.engage.InterceptorType;
import shield.engage.Layer;
import shield.engage.Opportunities;
import shield.flight.Guidance;
import shield.flight.MissileFlight;
import shield.flight.MissileType;
import shield.flight.Trajectory;
import shield.scenario.Catalog;

/**
 * Engagement planning's deterministic work, done once per run: building an interceptor type's
 * reachability table ({@link Flyout#of}), and planning one threat against one battery ({@link
 * EngagementPlanner#plan}: a reach query with its Earth-rotation fixed point at every second of the
 * threat's flight).
 *
 * <p>The types are the catalog's {@code sm3-iia} and {@code thaad}. The threat is the catalog's
 * {@code mrbm-solid} flown west from Tabriz at full burn; the SM-3 battery sits 300 km off the
 * middle of its ground track, the THAAD battery 40 km from its impact.
 *
 * <p>How to run, from the repository root:
 *
 * <pre>
 *   mvn -B -q -pl shield-bench -am package -DskipTests
 *   java -jar shield-bench/target/benchmarks.jar FlyoutBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FlyoutBenchmark {

  /** The interceptor type. */
  @Param({"sm3-iia", "thaad"})
  public String interceptor;

  private InterceptorType type;
  private Flyout flyout;
  private Trajectory threat;
  private EngagementPlanner planner;

  @Setup
  public void setUp() {
    Catalog catalog = Catalog.builtIn();
    type = catalog.interceptor(interceptor).type();
    flyout = Flyout.of(type);
    MissileType missile = catalog.missile("mrbm-solid").type();
    Geodetic tabriz = Geodetic.ofDegrees(38.08, 46.29, 0);
    threat =
        new MissileFlight(missile)
            .fly(tabriz, 0, Guidance.fullBurn(Math.toRadians(270), Math.toRadians(20)));
    Geodetic site =
        type.layer() == Layer.MIDCOURSE
            ? Geodesy.direct(threat.geodeticAt(0.5 * threat.endTimeS()).withHeightM(0), 0, 300e3)
            : Geodesy.direct(threat.geodeticAt(threat.endTimeS()).withHeightM(0), 0.3, 40e3);
    planner = new EngagementPlanner(site, flyout);
    if (planner.plan(threat).isEmpty()) {
      throw new IllegalStateException("the benchmark battery has no opportunity");
    }
  }

  /** Flies the fan and builds the table of one type. */
  @Benchmark
  public Flyout buildFlyout() {
    return Flyout.of(type);
  }

  /** Plans one threat against one battery. */
  @Benchmark
  public Opportunities planOneThreat() {
    return planner.plan(threat);
  }
}
