package shield.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import shield.earth.Aer;
import shield.earth.Geodetic;
import shield.earth.Topocentric;
import shield.flight.FlightEvent;
import shield.flight.MissileFlight;
import shield.flight.Trajectory;
import shield.sense.Measurement;
import shield.track.BallisticDynamics;
import shield.track.BallisticEkf;
import shield.track.FusionNode;
import shield.track.Innovation;
import shield.track.ProcessNoise;
import shield.track.TrackEstimate;
import shield.track.TrackerSettings;

/**
 * One ballistic EKF update: predict over a radar revisit and correct with one range/azimuth/
 * elevation measurement. Target (issue 3): ≤ 5 µs per update.
 *
 * <p>The state is a point of the ICBM coast of {@link TrajectoryBenchmark} 300 s after burnout,
 * seen by a radar about 2,000 km away (notional site, σ 15 m and 0.5 mrad). What is timed:
 *
 * <ul>
 *   <li>{@code ekfUpdate}: a {@link BallisticEkf} built on the estimate (Hipparchus's {@code
 *       ExtendedKalmanFilter} and its initial {@code ProcessEstimate}) and one {@code update}: the
 *       RK4 propagation of state and state-transition matrix, the process noise, H, and
 *       Hipparchus's prediction Φ P Φᵀ + Q, S, LU solve for the gain and Joseph update;
 *   <li>{@code ekfConstruct}: building the filter only, to separate its share;
 *   <li>{@code propagateWithStm}: the dynamics alone (state and Φ over the revisit);
 *   <li>{@code fusionNodePerMeasurement}: the whole tracker per measurement: a {@link FusionNode}
 *       fed the 5 s scans of the same flight from burnout to reentry, association, the two-model
 *       IMM (two EKF updates and the mixing), checkpoints, track management.
 * </ul>
 *
 * <p>How to run, from the repository root:
 *
 * <pre>
 *   mvn -B -q -pl shield-bench -am package -DskipTests
 *   java -jar shield-bench/target/benchmarks.jar EkfBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EkfBenchmark {

  /** Measurements in the whole-tracker benchmark. */
  static final int SCANS = 300;

  /** Time from the estimate to the measurement (s): the radar's revisit. */
  @Param({"1", "5", "10"})
  public double revisitS;

  private final BallisticDynamics dynamics = new BallisticDynamics();
  private final double[] pvOut = new double[6];
  private final double[] stmOut = new double[36];
  private final ProcessNoise noise = TrackerSettings.defaults().coastNoise();
  private TrackEstimate estimate;
  private Measurement measurement;
  private List<Measurement> scans;

  @Setup(Level.Trial)
  public void setUp() {
    MissileFlight flight = new MissileFlight(IcbmShot.type());
    Trajectory t = flight.fly(IcbmShot.LAUNCH, 0, IcbmShot.aim(flight).guidance());
    double burnout = t.event(FlightEvent.Kind.BURNOUT).orElseThrow().timeS();
    double reentry = t.event(FlightEvent.Kind.REENTRY).orElseThrow().timeS();
    double t0 = burnout + 300;
    Vector3D p0 = t.positionEcef(t0);
    Topocentric site = new Topocentric(radarSite(p0));
    double[] pv = new double[6];
    t.stateEcef(t0, pv);
    double[][] p = new double[6][6];
    for (int i = 0; i < 6; i++) {
      p[i][i] = i < 3 ? 200 * 200 : 2 * 2;
    }
    estimate = new TrackEstimate(t0, pv, p);
    measurement = measure(site, t, t0 + revisitS, new SplittableRandom(1));
    scans = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(2);
    double step = (reentry - burnout - 20) / SCANS;
    for (int k = 0; k < SCANS; k++) {
      scans.add(measure(site, t, burnout + 20 + k * step, random));
    }
  }

  /** A site 2,000 km short of a point's ground track, so the point is well above its horizon. */
  private static Geodetic radarSite(Vector3D point) {
    Geodetic below = shield.earth.Wgs84.toGeodetic(point);
    return new Geodetic(below.latitudeRad() - Math.toRadians(18), below.longitudeRad(), 0);
  }

  private static Measurement measure(
      Topocentric site, Trajectory t, double timeS, SplittableRandom random) {
    Aer aer = site.look(t.positionEcef(timeS));
    double sigmaRad = 5e-4;
    double az = (aer.azimuthRad() + sigmaRad * random.nextGaussian() + 2 * Math.PI) % (2 * Math.PI);
    return new Measurement(
        timeS,
        "radar",
        site,
        aer.rangeM() + 15 * random.nextGaussian(),
        az,
        aer.elevationRad() + sigmaRad * random.nextGaussian(),
        15,
        sigmaRad,
        100,
        0);
  }

  @Benchmark
  public Innovation ekfUpdate() {
    return new BallisticEkf(noise, estimate).update(measurement);
  }

  @Benchmark
  public BallisticEkf ekfConstruct() {
    return new BallisticEkf(noise, estimate);
  }

  @Benchmark
  public double[] propagateWithStm() {
    dynamics.propagate(estimate.stateEcef(), revisitS, pvOut, stmOut);
    return stmOut;
  }

  @Benchmark
  @OperationsPerInvocation(SCANS)
  public int fusionNodePerMeasurement() {
    FusionNode node = new FusionNode("bench", TrackerSettings.defaults());
    for (Measurement m : scans) {
      node.receive(m, m.timeS());
    }
    return node.tracks().size();
  }
}
