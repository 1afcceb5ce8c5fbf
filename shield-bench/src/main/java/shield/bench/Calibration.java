package shield.bench;

import java.util.Locale;
import shield.earth.Geodesy;
import shield.flight.BallisticCoast;
import shield.flight.FlightEvent;
import shield.flight.Guidance;
import shield.flight.MissileFlight;
import shield.flight.MissileType;
import shield.flight.TargetingSolution;
import shield.flight.Trajectory;

/**
 * The accuracy calibration behind the benchmarks' tolerances, printed as the tables of {@code
 * docs/performance.md}: impact error of the ICBM flight against a 1 µm-tolerance reference, and
 * end-of-coast position error of Shield's {@link BallisticCoast} and of Orekit against a 1 µm
 * Orekit reference on the same arc. Timings here are single cold runs, for orientation only; the
 * JMH benchmarks are the measurement.
 *
 * <p>How to run: {@code java -cp shield-bench/target/benchmarks.jar shield.bench.Calibration}.
 */
public final class Calibration {

  /** Tolerance of the fine-step references (m). */
  static final double REFERENCE_TOLERANCE_M = 1e-6;

  private Calibration() {}

  public static void main(String[] args) {
    Locale.setDefault(Locale.ROOT);
    MissileType type = IcbmShot.type();
    long t0 = System.nanoTime();
    TargetingSolution aimed = IcbmShot.aim(new MissileFlight(type));
    long t1 = System.nanoTime();
    Guidance guidance = aimed.guidance();
    System.out.printf(
        "aim %s %s -> %s: %.1f km geodesic, miss %.3f m, guidance %s, one cold search %.0f ms%n",
        IcbmShot.MISSILE,
        IcbmShot.LAUNCH_ID,
        IcbmShot.TARGET_ID,
        Geodesy.inverse(IcbmShot.LAUNCH, IcbmShot.TARGET).distanceM() / 1e3,
        aimed.missM(),
        guidance,
        (t1 - t0) / 1e6);

    Trajectory reference =
        new MissileFlight(type, REFERENCE_TOLERANCE_M).fly(IcbmShot.LAUNCH, 0, guidance);
    System.out.printf(
        "reference flight (tolerance %.0e m): %.1f s, %d samples, range %.1f km%n",
        REFERENCE_TOLERANCE_M,
        reference.durationS(),
        reference.sampleCount(),
        Geodesy.inverse(IcbmShot.LAUNCH, reference.geodeticAt(reference.endTimeS())).distanceM()
            / 1e3);
    System.out.println("| flight tolerance (m) | impact difference vs reference (m) | samples |");
    for (double tol : new double[] {1, 0.3, 0.2, 0.1, 0.05, 0.01, 0.003, 0.001, 3e-4}) {
      Trajectory t = new MissileFlight(type, tol).fly(IcbmShot.LAUNCH, 0, guidance);
      System.out.printf(
          "| %s | %.3f | %d |%n", tol, IcbmShot.impactDifferenceM(t, reference), t.sampleCount());
    }

    double[] burnout = IcbmShot.stateAt(reference, FlightEvent.Kind.BURNOUT);
    double coastS =
        IcbmShot.timeBetween(reference, FlightEvent.Kind.BURNOUT, FlightEvent.Kind.REENTRY);
    System.out.printf(
        "coast arc: burnout %s m/s, %.1f s to reentry at 100 km%n",
        java.util.Arrays.toString(burnout), coastS);
    OrekitCoast fine = new OrekitCoast(burnout, REFERENCE_TOLERANCE_M);
    double[] truth = OrekitCoast.toEcef(fine.propagate(coastS), coastS);
    double[] shieldFine = new double[6];
    new BallisticCoast(REFERENCE_TOLERANCE_M).propagate(burnout, coastS, shieldFine);
    System.out.printf(
        "Shield(%.0e m) vs Orekit(%.0e m) on the arc: %.2e m%n",
        REFERENCE_TOLERANCE_M, REFERENCE_TOLERANCE_M, distance(shieldFine, truth));
    System.out.println("| Shield tolerance (m) | error vs Orekit reference (m) | evaluations |");
    for (double tol : new double[] {100, 30, 10, 3, 1, 0.5, 0.3, 0.1, 0.05, 0.01}) {
      BallisticCoast coast = new BallisticCoast(tol);
      double[] out = new double[6];
      coast.propagate(burnout, coastS, out);
      System.out.printf("| %s | %.3f | %d |%n", tol, distance(out, truth), coast.evaluations());
    }
    System.out.println("| Orekit dP (m) | error vs Orekit reference (m) | evaluations |");
    for (double dp : new double[] {1e4, 3000, 1000, 300, 100, 30, 20, 10, 3, 1, 0.3, 0.1}) {
      OrekitCoast orekit = new OrekitCoast(burnout, dp);
      double[] out = OrekitCoast.toEcef(orekit.propagate(coastS), coastS);
      System.out.printf("| %s | %.3f | %d |%n", dp, distance(out, truth), orekit.evaluations());
    }
  }

  static double distance(double[] a, double[] b) {
    double dx = a[0] - b[0];
    double dy = a[1] - b[1];
    double dz = a[2] - b[2];
    return Math.sqrt(dx * dx + dy * dy + dz * dz);
  }
}
