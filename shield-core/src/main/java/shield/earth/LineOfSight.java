package shield.earth;

import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * Line of sight over the Earth: the radar horizon, the effective-Earth (k-factor) model of
 * atmospheric refraction, and the exact geometric test over the WGS84 ellipsoid.
 *
 * <p>The effective-Earth model bends the Earth instead of the ray: a ray that the standard
 * atmosphere curves downwards is drawn straight over a sphere of radius k·ρ, with k = 4/3 for the
 * standard atmosphere (Fed-Std-1037C, "radar line of sight"; Skolnik, <i>Introduction to Radar
 * Systems</i>, 3rd ed., the effective Earth radius). Here ρ is the ellipsoid's radius of curvature
 * at the site in the direction of the target (Euler's theorem, 1/ρ = cos²α/M + sin²α/N), so that
 * with k = 1 the model is the geometric one on the sphere that osculates the ellipsoid along the
 * line of sight.
 *
 * <p>A line of sight is <em>clear</em> when the segment between its ends never dips below the
 * surface between them. Only a lowest point strictly between the ends counts: an end that lies
 * below the surface (a site below the ellipsoid where the geoid is) does not by itself block the
 * view.
 */
public final class LineOfSight {

  private static final double A = Wgs84.EQUATORIAL_RADIUS_M;
  private static final double B = Wgs84.POLAR_RADIUS_M;
  private static final double E2 = Wgs84.ECCENTRICITY_SQUARED;

  private LineOfSight() {}

  /**
   * Returns the radar horizon range of the smooth-sphere closed form d = √(2kRh₁) + √(2kRh₂), R the
   * mean radius of the Earth (Fed-Std-1037C, "radar line of sight"). It neglects h against R: for
   * heights of hundreds of kilometres use {@link #clearOfEffectiveEarth}.
   *
   * @param h1M height of one end above the surface (m, ≥ 0)
   * @param h2M height of the other end above the surface (m, ≥ 0)
   * @param kFactor effective-Earth factor (4/3 standard, 1 geometric; > 0)
   * @return the longest distance at which the two ends see each other (m)
   */
  public static double horizonRangeM(double h1M, double h2M, double kFactor) {
    if (!(h1M >= 0 && h2M >= 0)) {
      throw new IllegalArgumentException(
          "horizon heights must be zero or more metres, got " + h1M + " and " + h2M);
    }
    checkK(kFactor);
    double twoKr = 2 * kFactor * Wgs84.MEAN_RADIUS_M;
    return Math.sqrt(twoKr * h1M) + Math.sqrt(twoKr * h2M);
  }

  /**
   * Returns the radius of curvature of the WGS84 ellipsoid's normal section at a latitude in an
   * azimuth, by Euler's theorem 1/ρ = cos²α/M + sin²α/N, with M the meridional and N the
   * prime-vertical radius.
   *
   * @param latitudeRad geodetic latitude (rad)
   * @param azimuthRad azimuth of the section, clockwise from north (rad)
   * @return ρ (m)
   */
  public static double radiusOfCurvatureM(double latitudeRad, double azimuthRad) {
    double cosAz = Math.cos(azimuthRad);
    return radiusOfCurvature(latitudeRad, cosAz * cosAz);
  }

  /**
   * Euler's radius towards a direction given by its east and north components, for callers that
   * have the direction rather than its azimuth.
   *
   * @param latitudeRad geodetic latitude (rad)
   * @param east east component of the direction (any unit)
   * @param north north component of the direction (same unit; not both zero)
   * @return ρ (m)
   */
  public static double radiusOfCurvatureM(double latitudeRad, double east, double north) {
    double horizontal2 = east * east + north * north;
    return radiusOfCurvature(latitudeRad, horizontal2 == 0 ? 1 : north * north / horizontal2);
  }

  private static double radiusOfCurvature(double latitudeRad, double cosSquaredAzimuth) {
    double sinLat = Math.sin(latitudeRad);
    double w2 = 1 - E2 * sinLat * sinLat;
    double n = A / Math.sqrt(w2);
    double m = n * (1 - E2) / w2;
    return 1 / (cosSquaredAzimuth / m + (1 - cosSquaredAzimuth) / n);
  }

  /**
   * Returns the apparent elevation of a target in the effective-Earth model: the elevation of the
   * straight chord from a site at height h₁ to a target at height h₂ over a sphere of radius k·ρ,
   * with the chord's length equal to the slant range. From the triangle of the centre, site and
   * target: sin ε = ((h₂ − h₁)(2kρ + h₁ + h₂) − R²) / (2(kρ + h₁)R). With k = 1 it is the geometric
   * elevation on the sphere of radius ρ.
   *
   * @param h1M height of the site above the surface (m)
   * @param h2M height of the target above the surface (m)
   * @param slantRangeM distance from site to target (m, > 0)
   * @param radiusM radius of curvature ρ of the Earth at the site towards the target (m)
   * @param kFactor effective-Earth factor (> 0)
   * @return ε (rad, in [−π/2, π/2])
   */
  public static double apparentElevationRad(
      double h1M, double h2M, double slantRangeM, double radiusM, double kFactor) {
    checkK(kFactor);
    if (!(slantRangeM > 0)) {
      throw new IllegalArgumentException("slant range must be positive, got " + slantRangeM);
    }
    return Math.asin(sinElevation(h1M, h2M, slantRangeM, kFactor * radiusM));
  }

  /**
   * Whether a straight ray in the effective-Earth model clears the effective Earth: with a
   * non-negative elevation the ray only climbs; with a negative one its lowest point is the tangent
   * point at distance −(kρ + h₁) sin ε from the site, and if that lies beyond the target the target
   * itself is the lowest point (so a site on a mountain sees down to a surface target short of its
   * horizon).
   *
   * @param h1M height of the site above the surface (m)
   * @param h2M height of the target above the surface (m)
   * @param slantRangeM distance from site to target (m, > 0)
   * @param radiusM radius of curvature ρ of the Earth at the site towards the target (m)
   * @param kFactor effective-Earth factor (> 0)
   * @return true if no point strictly between the ends is below the effective surface
   */
  public static boolean clearOfEffectiveEarth(
      double h1M, double h2M, double slantRangeM, double radiusM, double kFactor) {
    checkK(kFactor);
    if (!(slantRangeM > 0)) {
      throw new IllegalArgumentException("slant range must be positive, got " + slantRangeM);
    }
    return clear(h1M, h2M, slantRangeM, kFactor * radiusM);
  }

  private static boolean clear(
      double h1M, double h2M, double slantRangeM, double effectiveRadiusM) {
    double sinEl = sinElevation(h1M, h2M, slantRangeM, effectiveRadiusM);
    if (sinEl >= 0) {
      return true;
    }
    double r1 = effectiveRadiusM + h1M;
    if (-r1 * sinEl >= slantRangeM) {
      // The tangent point lies beyond the target: the ray descends all the way to it.
      return true;
    }
    // Height of the tangent point, h₁ − r₁(1 − cos ε), written without cancellation.
    double el = Math.asin(sinEl);
    double half = Math.sin(el / 2);
    return h1M - 2 * r1 * half * half >= 0;
  }

  /** sin ε of the effective-Earth triangle, clamped to [−1, 1] against round-off. */
  private static double sinElevation(
      double h1M, double h2M, double slantRangeM, double effectiveRadiusM) {
    double s =
        ((h2M - h1M) * (2 * effectiveRadiusM + h1M + h2M) - slantRangeM * slantRangeM)
            / (2 * (effectiveRadiusM + h1M) * slantRangeM);
    return Math.max(-1, Math.min(1, s));
  }

  /**
   * Whether the straight segment between two points clears the WGS84 ellipsoid, exactly: scaling
   * the axes by 1/a, 1/a, 1/b maps the ellipsoid to the unit sphere and segments to segments, and
   * the segment's point nearest the centre, if strictly between the ends, must be outside the
   * sphere. No refraction.
   *
   * @param aEcef one end (m, ECEF)
   * @param bEcef the other end (m, ECEF)
   * @return true if no point strictly between the ends is inside the ellipsoid
   */
  public static boolean clearOfEllipsoid(Vector3D aEcef, Vector3D bEcef) {
    double ax = aEcef.getX() / A;
    double ay = aEcef.getY() / A;
    double az = aEcef.getZ() / B;
    double dx = bEcef.getX() / A - ax;
    double dy = bEcef.getY() / A - ay;
    double dz = bEcef.getZ() / B - az;
    double dd = dx * dx + dy * dy + dz * dz;
    if (dd == 0) {
      return true;
    }
    double t = -(ax * dx + ay * dy + az * dz) / dd;
    if (t <= 0 || t >= 1) {
      return true;
    }
    double px = ax + t * dx;
    double py = ay + t * dy;
    double pz = az + t * dz;
    return px * px + py * py + pz * pz >= 1;
  }

  private static void checkK(double kFactor) {
    if (!(kFactor > 0 && Double.isFinite(kFactor))) {
      throw new IllegalArgumentException(
          "the effective-Earth factor k must be a positive number, got " + kFactor);
    }
  }
}
