package shield.track;

import shield.earth.Topocentric;

/**
 * The measurement function of a radar, h(x) = (range, azimuth, elevation) of the state's position
 * seen from the radar's site, and its Jacobian H = ∂h/∂x.
 *
 * <p>With d = (e, n, u) the position relative to the site in its East-North-Up frame, ρ = |d| and s
 * = √(e² + n²): range = ρ, azimuth = atan2(e, n), elevation = atan2(u, s), and
 *
 * <pre>
 *   ∂ρ/∂d  = (e, n, u)/ρ
 *   ∂az/∂d = (n, −e, 0)/s²
 *   ∂el/∂d = (−e u/s, −n u/s, s)/ρ²
 * </pre>
 *
 * then rotated into ECEF by the rows east, north, up of the site. The measurement does not depend
 * on the velocity, so the last three columns of H are zero.
 */
final class RadarModel {

  private static final double TWO_PI = 2 * Math.PI;

  private RadarModel() {}

  /**
   * Predicted measurement and its Jacobian.
   *
   * @param site the radar's local frame
   * @param pv state, position (m) and velocity (m/s), ECEF
   * @param zOut receives range (m), azimuth (rad, [0, 2π)), elevation (rad)
   * @param hOut receives the 3×6 Jacobian, row-major, or {@code null} when not needed
   */
  static void measure(Topocentric site, double[] pv, double[] zOut, double[] hOut) {
    double dx = pv[0] - site.originEcef().getX();
    double dy = pv[1] - site.originEcef().getY();
    double dz = pv[2] - site.originEcef().getZ();
    double[] east = {site.east().getX(), site.east().getY(), site.east().getZ()};
    double[] north = {site.north().getX(), site.north().getY(), site.north().getZ()};
    double[] up = {site.up().getX(), site.up().getY(), site.up().getZ()};
    double e = east[0] * dx + east[1] * dy + east[2] * dz;
    double n = north[0] * dx + north[1] * dy + north[2] * dz;
    double u = up[0] * dx + up[1] * dy + up[2] * dz;
    double s2 = e * e + n * n;
    double s = Math.sqrt(s2);
    double rho2 = s2 + u * u;
    double rho = Math.sqrt(rho2);
    double az = Math.atan2(e, n);
    if (az < 0) {
      az += TWO_PI;
    }
    zOut[0] = rho;
    zOut[1] = az;
    zOut[2] = Math.atan2(u, s);
    if (hOut == null) {
      return;
    }
    double[] dRange = {e / rho, n / rho, u / rho};
    double[] dAz = {n / s2, -e / s2, 0};
    double[] dEl = {-e * u / (s * rho2), -n * u / (s * rho2), s / rho2};
    double[][] rows = {dRange, dAz, dEl};
    for (int i = 0; i < 3; i++) {
      double[] d = rows[i];
      for (int j = 0; j < 3; j++) {
        hOut[6 * i + j] = d[0] * east[j] + d[1] * north[j] + d[2] * up[j];
        hOut[6 * i + 3 + j] = 0;
      }
    }
  }

  /**
   * An angle difference wrapped into (−π, π], so that an azimuth innovation across north (359° vs
   * 1°) is 2°, not −358°.
   *
   * @param differenceRad any angle difference (rad)
   * @return the same direction difference in (−π, π] (rad)
   */
  static double wrap(double differenceRad) {
    double d = differenceRad % TWO_PI;
    if (d > Math.PI) {
      d -= TWO_PI;
    } else if (d <= -Math.PI) {
      d += TWO_PI;
    }
    return d;
  }
}
