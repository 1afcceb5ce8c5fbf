package shield.track;

import java.util.Arrays;
import shield.earth.Gravity;
import shield.earth.Wgs84;

/**
 * The tracker's motion model: unpowered flight in the Earth-fixed frame under μ + J2 gravity with
 * the Coriolis and centrifugal terms (the physics of {@link shield.flight.BallisticCoast}), with
 * its analytic Jacobian and a fixed-step Runge–Kutta propagation of the state and of its
 * state-transition matrix.
 *
 * <pre>
 *   x = (r, v) in ECEF,   r' = v,   v' = g_J2(r) − 2ω × v − ω × (ω × r)
 *   A = ∂x'/∂x = | 0          I  |      Φ' = A(x(t)) Φ,  Φ(t0) = I
 *                | G + Ω²     −2[ω×] |
 * </pre>
 *
 * where G = ∂g_J2/∂r is the gravity gradient (the Hessian of the μ + J2 potential) and Ω² =
 * diag(ω², ω², 0). The classical fourth-order Runge–Kutta scheme integrates the state and the 36
 * variational equations together in steps of at most {@link #MAX_STEP_S}: over a radar revisit that
 * is one or two steps, and the truncation error is far below a millimetre (validated against {@code
 * BallisticCoast} in the tests). A fixed step keeps the cost of one prediction predictable and
 * makes the propagation a smooth function of the state, which the filter's linearisation needs.
 *
 * <p>Not thread-safe: it keeps its work arrays; one instance per thread.
 */
public final class BallisticDynamics {

  /** Longest Runge–Kutta step (s). */
  public static final double MAX_STEP_S = 10;

  private static final double OMEGA = Wgs84.ROTATION_RATE_RAD_S;
  private static final double MU = Wgs84.MU_M3_S2;
  private static final double K_J2 =
      1.5 * Wgs84.J2 * Wgs84.EQUATORIAL_RADIUS_M * Wgs84.EQUATORIAL_RADIUS_M;

  private static final int N = 6 + 36;

  private final double[] y = new double[N];
  private final double[] k1 = new double[N];
  private final double[] k2 = new double[N];
  private final double[] k3 = new double[N];
  private final double[] k4 = new double[N];
  private final double[] tmp = new double[N];
  private final double[] gravity = new double[3];
  private final double[] gradient = new double[9];

  /**
   * The time derivative of a state.
   *
   * @param pv position (m) and velocity (m/s), ECEF
   * @param out receives velocity (m/s) and acceleration (m/s²), ECEF
   */
  public static void derivative(double[] pv, double[] out) {
    double[] g = new double[3];
    Gravity.accelerationJ2(pv[0], pv[1], pv[2], g);
    out[0] = pv[3];
    out[1] = pv[4];
    out[2] = pv[5];
    out[3] = g[0] + 2 * OMEGA * pv[4] + OMEGA * OMEGA * pv[0];
    out[4] = g[1] - 2 * OMEGA * pv[3] + OMEGA * OMEGA * pv[1];
    out[5] = g[2];
  }

  /**
   * The Jacobian A = ∂x'/∂x of the dynamics at a state, row-major.
   *
   * @param pv position (m) and velocity (m/s), ECEF
   * @param aOut receives the 6×6 Jacobian, row-major (element (i, j) at 6i + j)
   */
  public static void jacobian(double[] pv, double[] aOut) {
    double[] g = new double[9];
    gravityGradient(pv[0], pv[1], pv[2], g);
    Arrays.fill(aOut, 0);
    for (int i = 0; i < 3; i++) {
      aOut[6 * i + 3 + i] = 1;
      for (int j = 0; j < 3; j++) {
        aOut[6 * (3 + i) + j] = g[3 * i + j];
      }
    }
    aOut[6 * 3] += OMEGA * OMEGA;
    aOut[6 * 4 + 1] += OMEGA * OMEGA;
    aOut[6 * 3 + 4] = 2 * OMEGA;
    aOut[6 * 4 + 3] = -2 * OMEGA;
  }

  /**
   * The gravity gradient ∂g/∂r of the μ + J2 field, symmetric. With K = (3/2) J2 R², g_x = x F, g_y
   * = y F, g_z = z H where F = −μ/r³ − μK/r⁵ + 5μKz²/r⁷ and H = −μ/r³ − 3μK/r⁵ + 5μKz²/r⁷.
   *
   * @param x position x (m)
   * @param y position y (m)
   * @param z position z (m), along the rotation axis
   * @param out receives the 3×3 gradient (1/s²), row-major
   */
  static void gravityGradient(double x, double y, double z, double[] out) {
    double r2 = x * x + y * y + z * z;
    double inv2 = 1 / r2;
    double inv3 = inv2 / Math.sqrt(r2);
    double inv5 = inv3 * inv2;
    double inv7 = inv5 * inv2;
    double inv9 = inv7 * inv2;
    double muK = MU * K_J2;
    double z2 = z * z;
    double f = -MU * inv3 - muK * inv5 + 5 * muK * z2 * inv7;
    double h = -MU * inv3 - 3 * muK * inv5 + 5 * muK * z2 * inv7;
    // ∂F/∂r_i = dF r_i (+ 10μKz/r⁷ for i = z); ∂H/∂r_i likewise with dH.
    double dF = 3 * MU * inv5 + 5 * muK * inv7 - 35 * muK * z2 * inv9;
    double dH = 3 * MU * inv5 + 15 * muK * inv7 - 35 * muK * z2 * inv9;
    double xy = x * y * dF;
    double xz = x * z * dH;
    double yz = y * z * dH;
    out[0] = f + x * x * dF;
    out[1] = xy;
    out[2] = xz;
    out[3] = xy;
    out[4] = f + y * y * dF;
    out[5] = yz;
    out[6] = xz;
    out[7] = yz;
    out[8] = h + z2 * dH + 10 * muK * z2 * inv7;
  }

  /**
   * Propagates a state and its state-transition matrix; a negative duration propagates backwards.
   *
   * @param pv position (m) and velocity (m/s), ECEF, at the start
   * @param durationS time to propagate (s), any sign
   * @param pvOut the state at the end (may be {@code pv})
   * @param stmOut receives Φ = ∂x(t0 + Δt)/∂x(t0), 6×6 row-major, or {@code null} when not needed
   */
  public void propagate(double[] pv, double durationS, double[] pvOut, double[] stmOut) {
    System.arraycopy(pv, 0, y, 0, 6);
    Arrays.fill(y, 6, N, 0);
    for (int i = 0; i < 6; i++) {
      y[6 + 7 * i] = 1;
    }
    int steps = Math.max(1, (int) Math.ceil(Math.abs(durationS) / MAX_STEP_S));
    double h = durationS / steps;
    boolean withStm = stmOut != null;
    for (int s = 0; s < steps && h != 0; s++) {
      rk4Step(h, withStm);
    }
    System.arraycopy(y, 0, pvOut, 0, 6);
    if (withStm) {
      System.arraycopy(y, 6, stmOut, 0, 36);
    }
  }

  private void rk4Step(double h, boolean withStm) {
    augmented(y, k1, withStm);
    combine(y, k1, 0.5 * h, tmp, withStm);
    augmented(tmp, k2, withStm);
    combine(y, k2, 0.5 * h, tmp, withStm);
    augmented(tmp, k3, withStm);
    combine(y, k3, h, tmp, withStm);
    augmented(tmp, k4, withStm);
    int n = withStm ? N : 6;
    double h6 = h / 6;
    for (int i = 0; i < n; i++) {
      y[i] += h6 * (k1[i] + 2 * (k2[i] + k3[i]) + k4[i]);
    }
  }

  private static void combine(double[] base, double[] k, double h, double[] out, boolean withStm) {
    int n = withStm ? N : 6;
    for (int i = 0; i < n; i++) {
      out[i] = base[i] + h * k[i];
    }
  }

  /** Derivative of the state and, when asked, of Φ (row-major, after the state). */
  private void augmented(double[] s, double[] out, boolean withStm) {
    Gravity.accelerationJ2(s[0], s[1], s[2], gravity);
    out[0] = s[3];
    out[1] = s[4];
    out[2] = s[5];
    out[3] = gravity[0] + 2 * OMEGA * s[4] + OMEGA * OMEGA * s[0];
    out[4] = gravity[1] - 2 * OMEGA * s[3] + OMEGA * OMEGA * s[1];
    out[5] = gravity[2];
    if (!withStm) {
      return;
    }
    gravityGradient(s[0], s[1], s[2], gradient);
    double w2 = OMEGA * OMEGA;
    double g00 = gradient[0] + w2;
    double g11 = gradient[4] + w2;
    for (int c = 0; c < 6; c++) {
      // Column c of Φ: rows 0..2 are position sensitivities, rows 3..5 velocity sensitivities.
      double p0 = s[6 + c];
      double p1 = s[6 + 6 + c];
      double p2 = s[6 + 12 + c];
      double v0 = s[6 + 18 + c];
      double v1 = s[6 + 24 + c];
      double v2 = s[6 + 30 + c];
      out[6 + c] = v0;
      out[6 + 6 + c] = v1;
      out[6 + 12 + c] = v2;
      out[6 + 18 + c] = g00 * p0 + gradient[1] * p1 + gradient[2] * p2 + 2 * OMEGA * v1;
      out[6 + 24 + c] = gradient[3] * p0 + g11 * p1 + gradient[5] * p2 - 2 * OMEGA * v0;
      out[6 + 30 + c] = gradient[6] * p0 + gradient[7] * p1 + gradient[8] * p2;
    }
  }
}
