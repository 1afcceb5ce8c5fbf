package shield.flight;

import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * Two-body (Keplerian) propagation of a position–velocity state over any conic, forward or backward
 * in time, with universal variables.
 *
 * <p>With the universal anomaly χ, ψ = α χ², α = 2/r₀ − v₀²/μ (the reciprocal of the semi-major
 * axis; zero for a parabola, negative for a hyperbola), σ₀ = r₀·v₀/√μ and the Stumpff functions
 * C(ψ) and S(ψ), the universal Kepler equation is
 *
 * <pre>
 *   √μ Δt = σ₀ χ² C(ψ) + (1 − r₀ α) χ³ S(ψ) + r₀ χ = F(χ)
 *   dF/dχ = r = χ² C(ψ) + σ₀ χ (1 − ψ S(ψ)) + r₀ (1 − ψ C(ψ))  &gt; 0
 * </pre>
 *
 * and the state follows from the Lagrange coefficients f = 1 − χ²C/r₀, g = Δt − χ³S/√μ, ḟ = √μ χ
 * (ψS − 1)/(r r₀), ġ = 1 − χ²C/r (Vallado, <i>Fundamentals of Astrodynamics and Applications</i>,
 * 4th ed., algorithm 8; Curtis, <i>Orbital Mechanics for Engineering Students</i>, §3.7). Since F
 * is strictly increasing, the root is bracketed and found by Newton's method that falls back to
 * bisection whenever a step would leave the bracket, so it converges for every conic and every Δt,
 * to the last bits of χ.
 *
 * <p>The rectilinear case that passes through the centre (zero angular momentum, r → 0) is singular
 * and not supported.
 */
public final class Kepler {

  /** Enough for bisection from any bracket to reach adjacent doubles; Newton needs about 6. */
  private static final int MAX_ITERATIONS = 200;

  /** Series terms for |ψ| ≤ 1: the first omitted term is below 1/25! ≈ 6e-26 of the sum. */
  private static final int SERIES_TERMS = 11;

  private static final double[] INV_FACTORIAL = new double[2 * SERIES_TERMS + 4];

  static {
    double factorial = 1.0;
    INV_FACTORIAL[0] = 1.0;
    for (int n = 1; n < INV_FACTORIAL.length; n++) {
      factorial *= n;
      INV_FACTORIAL[n] = 1.0 / factorial;
    }
  }

  private Kepler() {}

  /** A two-body state: position (m) and velocity (m/s), both in the same inertial frame. */
  public record State(Vector3D positionM, Vector3D velocityMps) {}

  /**
   * Propagates a two-body state by {@code dtS}; allocates nothing, so it may sit in hot loops.
   *
   * @param pv0 initial state {x, y, z, vx, vy, vz} in an inertial frame centred on the body (m,
   *     m/s); read fully before {@code pvOut} is written, so the two may be the same array
   * @param dtS time to propagate (s); negative propagates backward
   * @param muM3S2 gravitational parameter μ of the central body (m³/s²)
   * @param pvOut receives the state at t₀ + dtS (m, m/s), same frame
   * @throws IllegalArgumentException for arrays shorter than 6, a non-finite input, μ ≤ 0 or a zero
   *     initial position
   */
  public static void propagate(double[] pv0, double dtS, double muM3S2, double[] pvOut) {
    if (pv0.length < 6 || pvOut.length < 6) {
      throw new IllegalArgumentException("Kepler.propagate: states need 6 components (m, m/s)");
    }
    if (!(muM3S2 > 0) || !Double.isFinite(muM3S2)) {
      throw new IllegalArgumentException("Kepler.propagate: mu must be > 0 m^3/s^2, got " + muM3S2);
    }
    if (!Double.isFinite(dtS)) {
      throw new IllegalArgumentException("Kepler.propagate: dt must be finite, got " + dtS);
    }
    final double x = pv0[0];
    final double y = pv0[1];
    final double z = pv0[2];
    final double vx = pv0[3];
    final double vy = pv0[4];
    final double vz = pv0[5];
    final double r0 = Math.sqrt(x * x + y * y + z * z);
    final double v0Sq = vx * vx + vy * vy + vz * vz;
    if (!(r0 > 0) || !Double.isFinite(r0) || !Double.isFinite(v0Sq)) {
      throw new IllegalArgumentException(
          "Kepler.propagate: the initial position must be finite and non-zero");
    }
    final double sqrtMu = Math.sqrt(muM3S2);
    final double sigma0 = (x * vx + y * vy + z * vz) / sqrtMu;
    final double alpha = 2.0 / r0 - v0Sq / muM3S2;

    // Whole periods change nothing on an ellipse; removing them keeps χ small and accurate.
    double dt = dtS;
    if (alpha > 0) {
      final double periodS = 2.0 * Math.PI / (sqrtMu * alpha * Math.sqrt(alpha));
      if (Math.abs(dt) > periodS) {
        dt -= periodS * Math.rint(dt / periodS);
      }
    }
    if (dt == 0.0) {
      System.arraycopy(pv0, 0, pvOut, 0, 6);
      return;
    }
    final double target = sqrtMu * dt;
    final double b = 1.0 - r0 * alpha;

    // Circular-orbit guess on an ellipse, the initial rate dχ/dt = √μ/r₀ otherwise; either is
    // then grown into a bracket, which exists because F is increasing with F(0) = 0.
    double guess = alpha > 0 ? sqrtMu * dt * alpha : target / r0;
    if (guess == 0.0) {
      guess = Math.copySign(Double.MIN_NORMAL, dt); // an underflowed guess could never grow
    }
    double lo;
    double hi;
    if (dt > 0) {
      lo = 0.0;
      hi = guess;
      while (residual(hi, alpha, sigma0, b, r0, target) < 0) {
        lo = hi;
        hi *= 2.0;
        checkBracket(hi);
      }
    } else {
      hi = 0.0;
      lo = guess;
      while (residual(lo, alpha, sigma0, b, r0, target) > 0) {
        hi = lo;
        lo *= 2.0;
        checkBracket(lo);
      }
    }

    double chi = 0.5 * (lo + hi);
    for (int i = 0; i < MAX_ITERATIONS; i++) {
      final double psi = alpha * chi * chi;
      final double c = stumpffC(psi);
      final double s = stumpffS(psi);
      final double chi2 = chi * chi;
      final double f = sigma0 * chi2 * c + b * chi2 * chi * s + r0 * chi - target;
      if (f == 0.0) {
        break;
      }
      if (f < 0) {
        lo = chi;
      } else {
        hi = chi;
      }
      final double r = chi2 * c + sigma0 * chi * (1.0 - psi * s) + r0 * (1.0 - psi * c);
      double next = chi - f / r;
      if (!(next > lo && next < hi)) {
        next = 0.5 * (lo + hi);
      }
      // Stop once the step is at the rounding level of χ: F itself is only known to a few ulps.
      final boolean done = Math.abs(next - chi) <= 2.0 * Math.ulp(chi) || next == lo || next == hi;
      chi = next;
      if (done) {
        break;
      }
    }

    final double psi = alpha * chi * chi;
    final double c = stumpffC(psi);
    final double s = stumpffS(psi);
    final double chi2 = chi * chi;
    final double r = chi2 * c + sigma0 * chi * (1.0 - psi * s) + r0 * (1.0 - psi * c);
    final double f = 1.0 - chi2 * c / r0;
    final double g = dt - chi2 * chi * s / sqrtMu;
    final double fDot = sqrtMu * chi * (psi * s - 1.0) / (r * r0);
    final double gDot = 1.0 - chi2 * c / r;
    pvOut[0] = f * x + g * vx;
    pvOut[1] = f * y + g * vy;
    pvOut[2] = f * z + g * vz;
    pvOut[3] = fDot * x + gDot * vx;
    pvOut[4] = fDot * y + gDot * vy;
    pvOut[5] = fDot * z + gDot * vz;
  }

  /**
   * Propagates a two-body state by {@code dtS}; see {@link #propagate(double[], double, double,
   * double[])}.
   *
   * @param positionM initial position in an inertial frame centred on the body (m)
   * @param velocityMps initial velocity, same frame (m/s)
   * @param dtS time to propagate (s); negative propagates backward
   * @param muM3S2 gravitational parameter μ (m³/s²)
   * @return the state at t₀ + dtS, same frame
   */
  public static State propagate(
      Vector3D positionM, Vector3D velocityMps, double dtS, double muM3S2) {
    double[] pv = {
      positionM.getX(), positionM.getY(), positionM.getZ(),
      velocityMps.getX(), velocityMps.getY(), velocityMps.getZ()
    };
    propagate(pv, dtS, muM3S2, pv);
    return new State(new Vector3D(pv[0], pv[1], pv[2]), new Vector3D(pv[3], pv[4], pv[5]));
  }

  private static double residual(
      double chi, double alpha, double sigma0, double b, double r0, double target) {
    final double psi = alpha * chi * chi;
    final double chi2 = chi * chi;
    return sigma0 * chi2 * stumpffC(psi) + b * chi2 * chi * stumpffS(psi) + r0 * chi - target;
  }

  private static void checkBracket(double chi) {
    if (!Double.isFinite(chi)) {
      throw new IllegalArgumentException(
          "Kepler.propagate: no finite universal anomaly brackets the time of flight"
              + " (rectilinear or overflowing hyperbolic path)");
    }
  }

  /**
   * Stumpff function C(ψ) = (1 − cos√ψ)/ψ for ψ &gt; 0, (cosh√−ψ − 1)/(−ψ) for ψ &lt; 0, with C(0)
   * = 1/2; its Taylor series Σ (−ψ)ᵏ/(2k+2)! is used for |ψ| ≤ 1 to avoid cancellation.
   */
  static double stumpffC(double psi) {
    if (psi > 1.0) {
      final double h = Math.sin(0.5 * Math.sqrt(psi));
      return 2.0 * h * h / psi;
    }
    if (psi < -1.0) {
      final double h = Math.sinh(0.5 * Math.sqrt(-psi));
      return 2.0 * h * h / -psi;
    }
    double sum = 0.0;
    for (int k = SERIES_TERMS; k >= 0; k--) {
      sum = sum * -psi + INV_FACTORIAL[2 * k + 2];
    }
    return sum;
  }

  /**
   * Stumpff function S(ψ) = (√ψ − sin√ψ)/√ψ³ for ψ &gt; 0, (sinh√−ψ − √−ψ)/√−ψ³ for ψ &lt; 0, with
   * S(0) = 1/6; its Taylor series Σ (−ψ)ᵏ/(2k+3)! is used for |ψ| ≤ 1.
   */
  static double stumpffS(double psi) {
    if (psi > 1.0) {
      final double sq = Math.sqrt(psi);
      return (sq - Math.sin(sq)) / (psi * sq);
    }
    if (psi < -1.0) {
      final double sq = Math.sqrt(-psi);
      return (Math.sinh(sq) - sq) / (-psi * sq);
    }
    double sum = 0.0;
    for (int k = SERIES_TERMS; k >= 0; k--) {
      sum = sum * -psi + INV_FACTORIAL[2 * k + 3];
    }
    return sum;
  }
}
