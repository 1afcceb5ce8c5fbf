package shield.earth;

import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * The WGS84 ellipsoid, the Earth constants that go with it, and conversions between geodetic
 * coordinates and the Earth-fixed Cartesian frame (ECEF).
 *
 * <p>The ECEF → geodetic conversion is the closed-form solution of Vermeille (2011, J. Geod. 85,
 * 105–117) in the form Karney gives in GeographicLib's {@code Geocentric} class: no iteration,
 * accurate to round-off (well under a millimetre) for any point, including the poles, the
 * equatorial plane inside the evolute and the centre of the Earth.
 */
public final class Wgs84 {

  /** Semi-major axis a (m), defining parameter of WGS84 (NIMA TR8350.2, 3rd ed., Table 3.1). */
  public static final double EQUATORIAL_RADIUS_M = 6378137.0;

  /** Flattening f, defining parameter of WGS84 (NIMA TR8350.2, Table 3.1). */
  public static final double FLATTENING = 1.0 / 298.257223563;

  /** Semi-minor axis b = a(1 − f) (m), about 6356752.3142 m. */
  public static final double POLAR_RADIUS_M = EQUATORIAL_RADIUS_M * (1 - FLATTENING);

  /** First eccentricity squared e² = f(2 − f), about 6.69437999014e-3. */
  public static final double ECCENTRICITY_SQUARED = FLATTENING * (2 - FLATTENING);

  /**
   * Earth's gravitational constant GM including the atmosphere (m³/s²), WGS84 (NIMA TR8350.2, Table
   * 3.1).
   */
  public static final double MU_M3_S2 = 3.986004418e14;

  /**
   * Unnormalised second zonal harmonic J2 = −C20 = −√5·C̄20 of EGM96 (Lemoine et al. 1998,
   * NASA/TP-1998-206861: C̄20 = −4.84165371736e-4), the value Orekit calls {@code
   * Constants.EGM96_EARTH_C20}. EGM2008's differs by 5e-10 relative, far below anything Shield
   * resolves.
   */
  public static final double J2 = 1.08262668355315e-3;

  /** Nominal mean angular velocity of the Earth (rad/s), WGS84 (NIMA TR8350.2, Table 3.1). */
  public static final double ROTATION_RATE_RAD_S = 7.292115e-5;

  /**
   * Mean radius R1 = (2a + b)/3 of the WGS84 ellipsoid rounded to 0.1 m (m), the IUGG mean radius
   * (Moritz, Geodetic Reference System 1980, Bull. Géod. 54), for spherical-Earth approximations.
   */
  public static final double MEAN_RADIUS_M = 6371008.8;

  private static final double A = EQUATORIAL_RADIUS_M;
  private static final double E2 = ECCENTRICITY_SQUARED;

  /** 1 − e² = (1 − f)². */
  private static final double E2M = (1 - FLATTENING) * (1 - FLATTENING);

  private static final double E4 = E2 * E2;

  private Wgs84() {}

  /**
   * Converts a place to ECEF.
   *
   * @param g the place
   * @return its ECEF position (m)
   */
  public static Vector3D toEcef(Geodetic g) {
    double[] out = new double[3];
    toEcef(g.latitudeRad(), g.longitudeRad(), g.heightM(), out);
    return new Vector3D(out[0], out[1], out[2]);
  }

  /**
   * Converts geodetic coordinates to ECEF without allocating.
   *
   * @param latitudeRad geodetic latitude (rad)
   * @param longitudeRad longitude (rad)
   * @param heightM height above the ellipsoid (m)
   * @param ecefOut receives x, y, z (m) in elements 0..2
   */
  public static void toEcef(
      double latitudeRad, double longitudeRad, double heightM, double[] ecefOut) {
    double sinLat = Math.sin(latitudeRad);
    double cosLat = Math.cos(latitudeRad);
    // Prime-vertical radius of curvature.
    double n = A / Math.sqrt(1 - E2 * sinLat * sinLat);
    double r = (n + heightM) * cosLat;
    ecefOut[0] = r * Math.cos(longitudeRad);
    ecefOut[1] = r * Math.sin(longitudeRad);
    ecefOut[2] = (n * E2M + heightM) * sinLat;
  }

  /**
   * Converts an ECEF position to a place.
   *
   * @param ecef ECEF position (m)
   * @return the place; on the polar axis the longitude is 0
   */
  public static Geodetic toGeodetic(Vector3D ecef) {
    return toGeodetic(ecef.getX(), ecef.getY(), ecef.getZ());
  }

  /**
   * Converts an ECEF position to a place.
   *
   * @param x ECEF x (m)
   * @param y ECEF y (m)
   * @param z ECEF z (m)
   * @return the place; on the polar axis the longitude is 0
   */
  public static Geodetic toGeodetic(double x, double y, double z) {
    double rho = Math.sqrt(x * x + y * y);
    double p = square(rho / A);
    double q = E2M * square(z / A);
    double k = vermeilleK(p, q);
    double latitude;
    if (Double.isNaN(k)) {
      latitude = Math.copySign(Math.atan2(insideEvoluteSinFactor(p), Math.sqrt(p)), z);
    } else {
      latitude = Math.atan2(z * (k + E2), rho * k);
    }
    double longitude = rho == 0 ? 0 : Math.atan2(y, x);
    return new Geodetic(latitude, longitude, height(rho, z, p, k));
  }

  /**
   * Returns the geodetic height of an ECEF position, without allocating: the exact closed form
   * (error well under 1 mm) anywhere, including the poles and the centre of the Earth.
   *
   * @param x ECEF x (m)
   * @param y ECEF y (m)
   * @param z ECEF z (m)
   * @return height above the ellipsoid along its normal (m)
   */
  public static double heightM(double x, double y, double z) {
    double rho = Math.sqrt(x * x + y * y);
    double p = square(rho / A);
    double k = vermeilleK(p, E2M * square(z / A));
    return height(rho, z, p, k);
  }

  private static double height(double rho, double z, double p, double k) {
    if (Double.isNaN(k)) {
      // On the equatorial plane inside the evolute the nearest surface points are off the plane.
      double s = insideEvoluteSinFactor(p);
      return -A * E2M * Math.sqrt(s * s + p) / E2;
    }
    double d = k * rho / (k + E2);
    return (1 - E2M / k) * Math.sqrt(d * d + z * z);
  }

  private static double insideEvoluteSinFactor(double p) {
    return Math.sqrt((E4 - p) / E2M);
  }

  /**
   * Solves Vermeille's quartic for k, the parameter that places the point on an ellipsoid normal
   * (the normal's direction is (ρ/(k + e²), z/k)); returns NaN for points on the equatorial plane
   * inside the evolute (ρ ≤ a·e²), which need the special case.
   *
   * @param p (ρ/a)²
   * @param q (1 − e²)(z/a)²
   */
  private static double vermeilleK(double p, double q) {
    double r = (p + q - E4) / 6;
    if (E4 * q == 0 && r <= 0) {
      return Double.NaN;
    }
    double s = E4 * p * q / 4;
    double r2 = r * r;
    double r3 = r * r2;
    double disc = s * (s + 2 * r3);
    double u = r;
    if (disc >= 0) {
      double t3 = s + r3;
      // Pick the sign that avoids cancellation.
      t3 += t3 < 0 ? -Math.sqrt(disc) : Math.sqrt(disc);
      double t = Math.cbrt(t3);
      u += t + (t != 0 ? r2 / t : 0);
    } else {
      // Three real roots (near the evolute): take the one from the trigonometric form.
      double angle = Math.atan2(Math.sqrt(-disc), -(s + r3));
      u += 2 * r * Math.cos(angle / 3);
    }
    double v = Math.sqrt(u * u + E4 * q);
    // Rewritten for u < 0 to avoid cancellation in u + v.
    double uv = u < 0 ? E4 * q / (v - u) : u + v;
    double w = Math.max(0, E2 * (uv - q) / (2 * v));
    return uv / (Math.sqrt(uv + w * w) + w);
  }

  private static double square(double x) {
    return x * x;
  }
}
