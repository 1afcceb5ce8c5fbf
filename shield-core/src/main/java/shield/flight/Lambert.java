package shield.flight;

import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * Single-revolution Lambert solver: the two-body arc that joins two positions in a given time, with
 * universal variables.
 *
 * <p>With the transfer angle Δν (in [0, π] the short way, [π, 2π] the long way), A = ±√(r₁ r₂ (1 +
 * cos Δν)) (+ short way, − long way), the Stumpff functions C(z), S(z) and
 *
 * <pre>
 *   y(z) = r₁ + r₂ + A (z S(z) − 1)/√C(z)
 *   F(z) = (y/C)^(3/2) S + A √y − √μ Δt = 0,   z ∈ (z_min, 4π²)
 * </pre>
 *
 * the velocities follow from f = 1 − y/r₁, g = A √(y/μ), ġ = 1 − y/r₂: v₁ = (r₂ − f r₁)/g, v₂ = (ġ
 * r₂ − r₁)/g (Bate, Mueller &amp; White 1971, §5.3; Curtis, <i>Orbital Mechanics for Engineering
 * Students</i>, algorithm 5.2; Vallado, algorithm 58). z &gt; 0 is an ellipse, z = 0 a parabola, z
 * &lt; 0 a hyperbola. F increases with z (F → +∞ as z → 4π², the one-revolution limit), so the root
 * is bracketed and found by Newton's method that falls back to bisection whenever a step would
 * leave the bracket or land where y &lt; 0.
 */
public final class Lambert {

  private static final double FOUR_PI_SQUARED = 4.0 * Math.PI * Math.PI;

  /**
   * Transfers within this angle (rad) of 0 or π have no defined plane to working precision: the
   * velocities lose about 1e-16/1e-8 of their relative accuracy at the threshold.
   */
  private static final double COLLINEAR_SINE = 1e-8;

  /** Below this z, cosh √−z approaches overflow; no useful hyperbola lies beyond. */
  private static final double Z_MIN = -1e5;

  private static final int MAX_ITERATIONS = 200;

  private Lambert() {}

  /**
   * Solves Lambert's problem for a single-revolution transfer.
   *
   * @param r1M first position, in an inertial frame centred on the body (m)
   * @param r2M second position, same frame (m)
   * @param timeOfFlightS time from r1 to r2 (s), &gt; 0
   * @param muM3S2 gravitational parameter μ (m³/s²)
   * @param shortWay true for the transfer angle below π (motion in the sense of r1 × r2), false for
   *     the long way round (above π)
   * @return the velocities at departure and arrival (m/s)
   * @throws IllegalArgumentException for zero or non-finite positions, a time of flight ≤ 0, μ ≤ 0,
   *     collinear positions (0° or 180° transfer: the plane is undefined), or a long-way time of
   *     flight shorter than any single-revolution arc allows
   */
  public static LambertSolution solve(
      Vector3D r1M, Vector3D r2M, double timeOfFlightS, double muM3S2, boolean shortWay) {
    final double r1 = r1M.getNorm();
    final double r2 = r2M.getNorm();
    if (!(r1 > 0) || !(r2 > 0) || !Double.isFinite(r1) || !Double.isFinite(r2)) {
      throw new IllegalArgumentException(
          "Lambert: positions must be finite and non-zero, got |r1| = "
              + r1
              + " m, |r2| = "
              + r2
              + " m");
    }
    if (!(timeOfFlightS > 0) || !Double.isFinite(timeOfFlightS)) {
      throw new IllegalArgumentException(
          "Lambert: time of flight must be > 0 s and finite, got " + timeOfFlightS + " s");
    }
    if (!(muM3S2 > 0) || !Double.isFinite(muM3S2)) {
      throw new IllegalArgumentException("Lambert: mu must be > 0 m^3/s^2, got " + muM3S2);
    }
    final double cosDnu = Vector3D.dotProduct(r1M, r2M) / (r1 * r2);
    final double sinDnuAbs = Vector3D.crossProduct(r1M, r2M).getNorm() / (r1 * r2);
    if (sinDnuAbs < COLLINEAR_SINE) {
      throw new IllegalArgumentException(
          "Lambert: r1 and r2 are collinear (transfer angle "
              + (cosDnu > 0 ? "0" : "180")
              + " deg): the transfer plane is undefined");
    }
    // 1 + cos Δν = 2 cos²(Δν/2), with Δν from atan2: the plain dot product would lose all of
    // 1 + cos Δν to rounding near 180°, where A is small.
    final double halfAngle = 0.5 * Math.atan2(sinDnuAbs, cosDnu);
    final double a = (shortWay ? 1.0 : -1.0) * Math.sqrt(2.0 * r1 * r2) * Math.cos(halfAngle);
    final double target = Math.sqrt(muM3S2) * timeOfFlightS;

    double lo;
    double hi = FOUR_PI_SQUARED;
    double z = 0.0;
    if (residual(0.0, r1, r2, a, target) < 0) {
      lo = 0.0;
    } else {
      // Too slow for a parabola: the arc is a hyperbola, search down until F changes sign.
      hi = 0.0;
      z = -1.0;
      while (residual(z, r1, r2, a, target) > 0) {
        hi = z;
        z *= 2.0;
        if (z < Z_MIN) {
          throw new IllegalArgumentException(
              "Lambert: no single-revolution "
                  + (shortWay ? "short" : "long")
                  + "-way transfer takes only "
                  + timeOfFlightS
                  + " s");
        }
      }
      lo = z;
    }

    for (int i = 0; i < MAX_ITERATIONS; i++) {
      final double c = Kepler.stumpffC(z);
      final double s = Kepler.stumpffS(z);
      final double sqrtC = Math.sqrt(c);
      final double y = r1 + r2 + a * (z * s - 1.0) / sqrtC;
      double next;
      if (y < 0) {
        // Below the smallest z with a real arc: F is effectively −∞ there.
        lo = z;
        next = 0.5 * (lo + hi);
      } else {
        final double yOverC = y / c;
        final double f = yOverC * Math.sqrt(yOverC) * s + a * Math.sqrt(y) - target;
        if (f == 0.0) {
          break;
        }
        if (f < 0) {
          lo = z;
        } else {
          hi = z;
        }
        next = z - f / derivative(z, c, s, y, a);
        if (!(next > lo && next < hi)) {
          next = 0.5 * (lo + hi);
        }
      }
      // z is of order one (|z| < 4π² on ellipses); F is known to a few ulps of its terms.
      final boolean done =
          Math.abs(next - z) <= 4.0 * Math.ulp(Math.max(1.0, Math.abs(z)))
              || next == lo
              || next == hi;
      z = next;
      if (done) {
        break;
      }
    }

    final double c = Kepler.stumpffC(z);
    final double s = Kepler.stumpffS(z);
    final double y = r1 + r2 + a * (z * s - 1.0) / Math.sqrt(c);
    final double f = 1.0 - y / r1;
    final double g = a * Math.sqrt(y / muM3S2);
    final double gDot = 1.0 - y / r2;
    final Vector3D v1 = new Vector3D(1.0 / g, r2M, -f / g, r1M);
    final Vector3D v2 = new Vector3D(gDot / g, r2M, -1.0 / g, r1M);
    return new LambertSolution(v1, v2);
  }

  /** F(z) (m^(3/2), the unit of √μ Δt), or −∞ where y &lt; 0 and no arc exists. */
  private static double residual(double z, double r1, double r2, double a, double target) {
    final double c = Kepler.stumpffC(z);
    final double s = Kepler.stumpffS(z);
    final double y = r1 + r2 + a * (z * s - 1.0) / Math.sqrt(c);
    if (y < 0) {
      return Double.NEGATIVE_INFINITY;
    }
    final double yOverC = y / c;
    return yOverC * Math.sqrt(yOverC) * s + a * Math.sqrt(y) - target;
  }

  /**
   * dF/dz by the chain rule, with C′ = (1 − zS − 2C)/(2z), S′ = (C − 3S)/(2z) and their series
   * −1/24 + z/360, −1/120 + z/2520 near z = 0 (only the Newton step uses it, so its rounding slows
   * convergence at worst and never moves the root).
   */
  private static double derivative(double z, double c, double s, double y, double a) {
    final double dc;
    final double ds;
    if (Math.abs(z) < 1e-3) {
      dc = -1.0 / 24.0 + z / 360.0;
      ds = -1.0 / 120.0 + z / 2520.0;
    } else {
      dc = (1.0 - z * s - 2.0 * c) / (2.0 * z);
      ds = (c - 3.0 * s) / (2.0 * z);
    }
    final double sqrtC = Math.sqrt(c);
    final double dy = a * ((s + z * ds) / sqrtC - (z * s - 1.0) * dc / (2.0 * c * sqrtC));
    final double yOverC = y / c;
    return 1.5 * Math.sqrt(yOverC) * (dy * c - y * dc) / (c * c) * s
        + yOverC * Math.sqrt(yOverC) * ds
        + a * dy / (2.0 * Math.sqrt(y));
  }
}
