package shield.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.orekit.propagation.SpacecraftState;
import shield.flight.BallisticCoast;
import shield.flight.FlightEvent;
import shield.flight.MissileFlight;
import shield.flight.Trajectory;

/**
 * Shield's {@link BallisticCoast} against Orekit's {@code NumericalPropagator} on the same coast
 * arc, side by side in one run: the burnout state of the ICBM flight of {@link TrajectoryBenchmark}
 * (Yoshkar-Ola → Los Angeles) followed for the 1,706 s to its descent through 100 km, in the same μ
 * + J2 field. Both integrate with Dormand–Prince 8(5,3). Target (DESIGN, Performance): Shield ≥ 20×
 * faster at the same accuracy, ≤ 1 m against a fine reference (Orekit at 1 µm).
 *
 * <p>Tolerances, from the calibration ({@link Calibration}, recorded in {@code
 * docs/performance.md}), each the loosest setting of its sweep whose error and every tighter one's
 * are within 1 m: Shield 30 m (0.92 m error, 49 evaluations) and Orekit's {@code dP} = 3 m (0.52 m,
 * 107 evaluations). With four or five steps over the arc, the error depends on where the steps fall
 * more than on the tolerance, so Shield at 1 m (0.20 m error, 61 evaluations: a margin of five) is
 * measured too, and the flight default {@link MissileFlight#DEFAULT_TOLERANCE_M}. Setup checks each
 * against the reference and fails if it is off by more than 1 m.
 *
 * <p>What is timed: for Shield, {@code propagate} on preallocated arrays (the coast keeps its own
 * work arrays); for Orekit, {@code setInitialState} (to undo the propagator's reset to the final
 * state) and {@code propagate(target)}, with the propagator, force models, integrator and frames
 * built once per trial. Orekit's result stays a {@code SpacecraftState} in GCRF: the conversion to
 * ECEF is not timed.
 *
 * <p>How to run, from the repository root:
 *
 * <pre>
 *   mvn -B -q -pl shield-bench -am package -DskipTests
 *   java -jar shield-bench/target/benchmarks.jar CoastBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CoastBenchmark {

  /** Largest end-of-coast error accepted (m): the target's accuracy. */
  static final double ACCURACY_M = 1;

  /** The arc: start state and duration, from the aimed ICBM flight. */
  @State(Scope.Benchmark)
  public static class Arc {
    double[] burnoutEcef;
    double durationS;
    double[] reference;

    @Setup(Level.Trial)
    public void setUp() {
      MissileFlight flight = new MissileFlight(IcbmShot.type());
      Trajectory t = flight.fly(IcbmShot.LAUNCH, 0, IcbmShot.aim(flight).guidance());
      burnoutEcef = IcbmShot.stateAt(t, FlightEvent.Kind.BURNOUT);
      durationS = IcbmShot.timeBetween(t, FlightEvent.Kind.BURNOUT, FlightEvent.Kind.REENTRY);
      OrekitCoast fine = new OrekitCoast(burnoutEcef, Calibration.REFERENCE_TOLERANCE_M);
      reference = OrekitCoast.toEcef(fine.propagate(durationS), durationS);
    }

    void check(String who, double[] endEcef) {
      double error = Calibration.distance(endEcef, reference);
      System.out.printf(
          "%n[setup] %s: %.3f m from the reference after %.1f s%n", who, error, durationS);
      if (!(error <= ACCURACY_M)) {
        throw new IllegalStateException(
            who + " is " + error + " m from the reference, more than " + ACCURACY_M + " m");
      }
    }
  }

  /** Shield's coast at a tolerance. */
  @State(Scope.Thread)
  public static class Shield {
    /** Position tolerance (m): calibrated for ≤ 1 m, with margin, and the flight default. */
    @Param({"30", "1", "0.003"})
    public double toleranceM;

    BallisticCoast coast;
    final double[] out = new double[6];

    @Setup(Level.Trial)
    public void setUp(Arc arc) {
      coast = new BallisticCoast(toleranceM);
      coast.propagate(arc.burnoutEcef, arc.durationS, out);
      arc.check("Shield BallisticCoast(" + toleranceM + " m)", out);
    }
  }

  /** Orekit's numerical propagator, built once. */
  @State(Scope.Thread)
  public static class Orekit {
    /** Orekit's position tolerance dP (m), the loosest within 1 m on this arc. */
    @Param({"3"})
    public double dpM;

    OrekitCoast coast;

    @Setup(Level.Trial)
    public void setUp(Arc arc) {
      coast = new OrekitCoast(arc.burnoutEcef, dpM);
      arc.check(
          "Orekit DP853(dP = " + dpM + " m)",
          OrekitCoast.toEcef(coast.propagate(arc.durationS), arc.durationS));
    }
  }

  @Benchmark
  public double[] shield(Arc arc, Shield s) {
    s.coast.propagate(arc.burnoutEcef, arc.durationS, s.out);
    return s.out;
  }

  @Benchmark
  public SpacecraftState orekit(Arc arc, Orekit o) {
    return o.coast.propagate(arc.durationS);
  }
}
