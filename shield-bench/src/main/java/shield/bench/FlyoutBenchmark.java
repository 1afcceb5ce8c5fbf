package shield.bench;

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
import shield.earth.Geodesy;
import shield.earth.Geodetic;
import shield.engage.EngagementPlanner;
import shield.engage.Flyout;
import shield.engage.InterceptorType;
import shield.engage.Layer;
import shield.engage.Opportunities;
import shield.flight.DragCurve;
import shield.flight.Guidance;
import shield.flight.MissileFlight;
import shield.flight.MissileType;
import shield.flight.ReentryVehicle;
import shield.flight.Stage;
import shield.flight.Trajectory;

/**
 * Engagement planning's deterministic work, done once per run: building an interceptor type's
 * reachability table ({@link Flyout#of}), and planning one threat against one battery ({@link
 * EngagementPlanner#plan}: a reach query with its Earth-rotation fixed point at every second of the
 * threat's flight).
 *
 * <p>The types are notional: an SM-3 IIA-like three-stage interceptor (4.5 km/s, 2,500 km, 900 s)
 * and a THAAD-like one (2.8 km/s, 200 km, 300 s). The threat is a two-stage missile of about 2,000
 * km range flown west from Tabriz (about 1,000 s of flight); the SM-3 battery sits 300 km off the
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
  @Param({"sm3", "thaad"})
  public String interceptor;

  private InterceptorType type;
  private Flyout flyout;
  private Trajectory threat;
  private EngagementPlanner planner;

  @Setup
  public void setUp() {
    type = interceptor.equals("sm3") ? sm3() : thaad();
    flyout = Flyout.of(type);
    DragCurve body =
        new DragCurve(new double[] {0, 0.8, 1.1, 2, 5}, new double[] {0.2, 0.22, 0.42, 0.32, 0.22});
    DragCurve cone =
        new DragCurve(new double[] {0, 0.8, 1.2, 2, 5}, new double[] {0.2, 0.25, 0.35, 0.2, 0.12});
    MissileType missile =
        new MissileType(
            "bench-2000",
            "two-stage benchmark missile",
            List.of(
                new Stage(11000, 1900, 60, 250, 0.4, 1.25),
                new Stage(3800, 1000, 50, 265, 0.4, 1.25)),
            new ReentryVehicle(1000, Math.PI * 0.25, cone),
            body,
            5,
            15);
    Geodetic tabriz = Geodetic.ofDegrees(38.08, 46.29, 0);
    threat =
        new MissileFlight(missile)
            .fly(tabriz, 0, Guidance.fullBurn(Math.toRadians(270), Math.toRadians(20)));
    Geodetic site =
        interceptor.equals("sm3")
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

  private static InterceptorType sm3() {
    return new InterceptorType(
        "bench-sm3",
        "SM-3 IIA-like",
        List.of(
            new InterceptorType.Stage(10, 1000),
            new InterceptorType.Stage(15, 2800),
            new InterceptorType.Stage(10, 4500)),
        500,
        100e3,
        1000e3,
        2500e3,
        900,
        0.85,
        30,
        Layer.MIDCOURSE,
        "notional benchmark values",
        true);
  }

  private static InterceptorType thaad() {
    return new InterceptorType(
        "bench-thaad",
        "THAAD-like",
        List.of(new InterceptorType.Stage(60, 2800)),
        300,
        40e3,
        150e3,
        200e3,
        300,
        0.9,
        20,
        Layer.UPPER_TERMINAL,
        "notional benchmark values",
        true);
  }
}
