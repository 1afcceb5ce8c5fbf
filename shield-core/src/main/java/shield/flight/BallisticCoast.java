package shield.flight;

import shield.earth.Gravity;
import shield.earth.Wgs84;

/**
 * Unpowered flight above the atmosphere: gravity (μ + J2) in the Earth-fixed frame, with the
 * Coriolis and centrifugal terms, integrated by the adaptive Dormand–Prince 8(5,3) kernel (the
 * field is smooth, so the eighth order pays: on a 1,700 s ICBM coast it needs half the evaluations
 * of the 5(4) kernel for 1 m; {@code docs/performance.md}).
 *
 * <pre>
 *   r'' = g_J2(r) − 2ω × r' − ω × (ω × r)
 * </pre>
 *
 * <p>This is the coast arc of every trajectory and the prediction step of ballistic tracking. Not
 * thread-safe: one instance per thread (it keeps the integrator's work arrays).
 */
public final class BallisticCoast {

  private static final double OMEGA = Wgs84.ROTATION_RATE_RAD_S;

  private final DormandPrince853 integrator;
  private final double[] gravity = new double[3];
  private final double[] work = new double[6];
  private final EmbeddedRungeKutta.Derivatives dynamics = this::derivatives;
  private final EmbeddedRungeKutta.StepObserver none = (tp, yp, fp, t, y, f) -> true;

  /**
   * @param toleranceM absolute position tolerance of each step (m); velocity is held to this over
   *     1,000 s
   */
  public BallisticCoast(double toleranceM) {
    if (!(toleranceM > 0)) {
      throw new IllegalArgumentException("tolerance must be > 0 m, got " + toleranceM);
    }
    double[] absolute = {
      toleranceM, toleranceM, toleranceM, toleranceM / 1000, toleranceM / 1000, toleranceM / 1000
    };
    this.integrator = new DormandPrince853(absolute, 0);
  }

  /**
   * Propagates a state for a duration.
   *
   * @param pvEcef position (m) and velocity relative to the Earth (m/s), ECEF, at the start
   * @param durationS time to propagate (s), &gt; 0
   * @param pvEcefOut the state at the end (may be the same array as {@code pvEcef})
   */
  public void propagate(double[] pvEcef, double durationS, double[] pvEcefOut) {
    if (!(durationS > 0)) {
      throw new IllegalArgumentException("duration must be > 0 s, got " + durationS);
    }
    System.arraycopy(pvEcef, 0, work, 0, 6);
    integrator.integrate(dynamics, 0, work, durationS, 60, none);
    System.arraycopy(work, 0, pvEcefOut, 0, 6);
  }

  /** Derivative evaluations so far, a measure of the work done. */
  public long evaluations() {
    return integrator.evaluations();
  }

  private void derivatives(double t, double[] y, double[] yDot) {
    Gravity.accelerationJ2(y[0], y[1], y[2], gravity);
    yDot[0] = y[3];
    yDot[1] = y[4];
    yDot[2] = y[5];
    yDot[3] = gravity[0] + 2 * OMEGA * y[4] + OMEGA * OMEGA * y[0];
    yDot[4] = gravity[1] - 2 * OMEGA * y[3] + OMEGA * OMEGA * y[1];
    yDot[5] = gravity[2];
  }
}
