package shield.flight;

import java.util.ArrayList;
import java.util.List;

/**
 * Textbook free flight over a non-rotating spherical Earth with a point-mass field, in closed form
 * (Bate, Mueller &amp; White, <i>Fundamentals of Astrodynamics</i>, Dover 1971, ch. 6).
 *
 * <p>Everything follows from the burnout radius r = R + h, the flight-path angle γ and the
 * dimensionless Q = v² r/μ (Q &lt; 1 below circular speed, Q = 2 at escape). The conic has e cos ν
 * = Q cos²γ − 1, e sin ν = Q sin γ cos γ at burnout, semi-major axis a = r/(2 − Q) and e = √(1 +
 * Q(Q − 2) cos²γ). Flight times come from Kepler's equation with e sin E = r ṙ/√(μa), e cos E = 1 −
 * r/a. Only elliptic paths (Q &lt; 2) are handled: every method throws for escape speed.
 *
 * @param radiusM radius R of the sphere (m)
 * @param muM3S2 gravitational parameter μ of the sphere (m³/s²)
 */
public record SphericalFreeFlight(double radiusM, double muM3S2) {

  /** Mean Earth radius R₁ = (2a + b)/3 = 6,371,008.77 m of GRS80 (Moritz 2000), to 0.1 m. */
  public static final double DEFAULT_RADIUS_M = 6_371_008.8;

  /** Earth's gravitational parameter GM of WGS84 (NIMA TR8350.2): 3.986004418e14 m³/s². */
  public static final double DEFAULT_MU_M3S2 = 3.986004418e14;

  /** Checks that the sphere is a sphere. */
  public SphericalFreeFlight {
    if (!(radiusM > 0) || !Double.isFinite(radiusM)) {
      throw new IllegalArgumentException("radius must be > 0 m and finite, got " + radiusM);
    }
    if (!(muM3S2 > 0) || !Double.isFinite(muM3S2)) {
      throw new IllegalArgumentException("mu must be > 0 m^3/s^2 and finite, got " + muM3S2);
    }
  }

  /** The mean Earth sphere: {@link #DEFAULT_RADIUS_M} and {@link #DEFAULT_MU_M3S2}. */
  public SphericalFreeFlight() {
    this(DEFAULT_RADIUS_M, DEFAULT_MU_M3S2);
  }

  /**
   * The free flight from a burnout state back down to the burnout radius.
   *
   * <p>Range angle from the free-flight range equation cos(Ψ/2) = (1 − Q cos²γ)/√(1 + Q(Q − 2)
   * cos²γ), evaluated as Ψ = 2π − 2ν_bo with ν_bo = atan2(Q sin γ cos γ, Q cos²γ − 1) so that it
   * stays exact beyond Ψ = π; apogee r_a = a(1 + e); flight time, by the symmetry of the ellipse
   * about its major axis, t = 2 √(a³/μ) (π − E + e sin E) with e sin E = sin γ √(Q(2 − Q)) and e
   * cos E = Q − 1 at burnout.
   *
   * @param speedMps burnout speed (m/s), &gt; 0 and below escape speed √(2μ/r)
   * @param altitudeM burnout altitude above the sphere (m), ≥ 0
   * @param flightPathAngleRad flight-path angle γ (rad), in (0, π/2]: the textbook path climbs from
   *     burnout and comes back down to its radius
   * @return the flight back to the burnout radius
   * @throws IllegalArgumentException for out-of-range input, naming it
   */
  public FreeFlightSolution fromBurnout(
      double speedMps, double altitudeM, double flightPathAngleRad) {
    final double r = burnoutRadius(altitudeM);
    final double q = q(speedMps, r);
    if (!(flightPathAngleRad > 0 && flightPathAngleRad <= 0.5 * Math.PI)) {
      throw new IllegalArgumentException(
          "flight-path angle must be in (0, pi/2] rad for the path to come back to the burnout"
              + " radius, got "
              + flightPathAngleRad
              + " rad");
    }
    final double cosG = Math.cos(flightPathAngleRad);
    final double sinG = Math.sin(flightPathAngleRad);
    final double eSinNu = q * sinG * cosG;
    final double eCosNu = q * cosG * cosG - 1.0;
    final double rangeAngle = 2.0 * Math.PI - 2.0 * Math.atan2(eSinNu, eCosNu);
    final double a = r / (2.0 - q);
    final double e = Math.hypot(eCosNu, eSinNu);
    final double eSinE = sinG * Math.sqrt(q * (2.0 - q));
    final double bigE = Math.atan2(eSinE, q - 1.0);
    final double time = 2.0 * Math.sqrt(a * a * a / muM3S2) * (Math.PI - bigE + eSinE);
    return new FreeFlightSolution(
        speedMps,
        altitudeM,
        flightPathAngleRad,
        rangeAngle,
        rangeAngle * radiusM,
        a * (1.0 + e) - radiusM,
        time);
  }

  /**
   * The minimum-energy (least burnout speed) flight over a range angle, from burnout back to the
   * burnout radius: Q = 2 sin(Ψ/2)/(1 + sin(Ψ/2)) and γ = (π − Ψ)/4 (BMW §6.2).
   *
   * @param rangeAngleRad free-flight range angle Ψ (rad), in (0, π): beyond π the min-energy path
   *     would start downward, below the burnout radius
   * @param altitudeM burnout altitude above the sphere (m), ≥ 0
   * @return the min-energy flight; its range angle is recomputed from the range equation, so it
   *     reproduces {@code rangeAngleRad} to rounding
   * @throws IllegalArgumentException for out-of-range input, naming it
   */
  public FreeFlightSolution minimumEnergy(double rangeAngleRad, double altitudeM) {
    if (!(rangeAngleRad > 0 && rangeAngleRad < Math.PI)) {
      throw new IllegalArgumentException(
          "minimum-energy range angle must be in (0, pi) rad, got " + rangeAngleRad + " rad");
    }
    final double r = burnoutRadius(altitudeM);
    final double sinHalf = Math.sin(0.5 * rangeAngleRad);
    final double q = 2.0 * sinHalf / (1.0 + sinHalf);
    return fromBurnout(Math.sqrt(q * muM3S2 / r), altitudeM, 0.25 * (Math.PI - rangeAngleRad));
  }

  /**
   * The largest free-flight range angle, burnout radius back to burnout radius, over all
   * flight-path angles: sin(Ψmax/2) = Q/(2 − Q) (BMW eq. 6.2-20 solved for Ψ), reached at the
   * minimum-energy angle.
   *
   * <p>At Q = 1 (circular speed) this gives π, approached as γ → 0. Above circular speed (1 &lt; Q
   * &lt; 2) the burnout point becomes the perigee as γ → 0 and the path circles the sphere: every
   * range angle below a full revolution is reached, and 2π (not attained) is returned.
   *
   * @param speedMps burnout speed (m/s), &gt; 0 and below escape speed
   * @param altitudeM burnout altitude (m), ≥ 0
   * @return Ψmax (rad), in (0, π] for Q ≤ 1, 2π for Q &gt; 1
   */
  public double maximumRangeAngleRad(double speedMps, double altitudeM) {
    final double q = q(speedMps, burnoutRadius(altitudeM));
    return q <= 1.0 ? 2.0 * Math.asin(q / (2.0 - q)) : 2.0 * Math.PI;
  }

  /**
   * The largest great-circle angle from the burnout point to a point on the sphere's surface that
   * {@link #anglesToReach} can reach.
   *
   * <p>The trajectory equation (below) has a real flight-path angle exactly when cos Ψ ≥ (4 − 4Qρ −
   * Q²)/(2 − Q)², ρ = r/R (its discriminant in tan γ, set to zero), so that is cos Ψmax; when Q(1 +
   * ρ) ≥ 2 the bound is below −1 and every point on the sphere is in reach. With the burnout on the
   * surface (ρ = 1) it equals {@link #maximumRangeAngleRad} for Q ≤ 1.
   *
   * @param speedMps burnout speed (m/s), &gt; 0 and below escape speed
   * @param altitudeM burnout altitude (m), ≥ 0
   * @return Ψmax (rad), in (0, π]
   */
  public double maximumReachAngleRad(double speedMps, double altitudeM) {
    final double r = burnoutRadius(altitudeM);
    final double q = q(speedMps, r);
    final double rho = r / radiusM;
    final double twoMinusQ = 2.0 - q;
    final double cosMax = (4.0 - 4.0 * q * rho - q * q) / (twoMinusQ * twoMinusQ);
    return Math.acos(Math.max(-1.0, cosMax));
  }

  /**
   * Every flight-path angle whose path from burnout reaches the sphere's surface (r = R) at range
   * angle Ψ on its first descent through r = R, lowest angle first: none when the point is out of
   * reach, one or two otherwise.
   *
   * <p>With t = tan γ, r₁ = R + h, r₂ = R, the trajectory equation r₁/r₂ = (1 − cos Ψ)(1 + t²)/Q +
   * cos Ψ − t sin Ψ is a quadratic in t. A root is kept when the path descends at Ψ, i.e. e sin ν₂
   * = e sin ν₁ cos Ψ + e cos ν₁ sin Ψ &lt; 0: an ellipse crosses r = R going down only once per
   * revolution, and the path starts at or above R, so that crossing is the first contact with the
   * sphere. With h = 0 the roots are the textbook high and low trajectories, sin(2γ + Ψ/2) = ((2 −
   * Q)/Q) sin(Ψ/2).
   *
   * <p>In each solution the range angle (Ψ), range (Ψ R) and flight time are those of the flight
   * from burnout to the surface point, and the apogee is the burnout altitude for a path that never
   * climbs (it starts downward, or level at its apogee). With h = 0 they coincide with the textbook
   * convention of {@link #fromBurnout}.
   *
   * @param rangeAngleRad great-circle angle Ψ from the burnout point to the surface point (rad), in
   *     (0, π]
   * @param speedMps burnout speed (m/s), &gt; 0 and below escape speed
   * @param altitudeM burnout altitude (m), ≥ 0
   * @return 0, 1 or 2 solutions, by increasing flight-path angle
   * @throws IllegalArgumentException for out-of-range input, naming it
   */
  public List<FreeFlightSolution> anglesToReach(
      double rangeAngleRad, double speedMps, double altitudeM) {
    if (!(rangeAngleRad > 0 && rangeAngleRad <= Math.PI)) {
      throw new IllegalArgumentException(
          "range angle must be in (0, pi] rad, got " + rangeAngleRad + " rad");
    }
    final double r1 = burnoutRadius(altitudeM);
    final double q = q(speedMps, r1);
    final double rho = r1 / radiusM;
    final double cosP = Math.cos(rangeAngleRad);
    final double sinP = Math.sin(rangeAngleRad);

    // k t² − sinΨ t + (k + cosΨ − ρ) = 0, solved without cancellation.
    final double k = (1.0 - cosP) / q;
    final double c0 = k + cosP - rho;
    final double disc = sinP * sinP - 4.0 * k * c0;
    List<FreeFlightSolution> solutions = new ArrayList<>(2);
    if (disc < 0) {
      return solutions;
    }
    final double half = 0.5 * (sinP + Math.sqrt(disc));
    final double[] roots;
    if (half == 0.0) {
      roots = new double[] {0.0};
    } else {
      final double t1 = c0 / half;
      final double t2 = half / k;
      roots = t1 == t2 ? new double[] {t1} : new double[] {Math.min(t1, t2), Math.max(t1, t2)};
    }
    for (double t : roots) {
      FreeFlightSolution s = toSurface(t, rangeAngleRad, cosP, sinP, speedMps, altitudeM, q, rho);
      if (s != null) {
        solutions.add(s);
      }
    }
    return solutions;
  }

  /** The flight for tan γ = t to the surface at Ψ, or null if it does not get there first. */
  private FreeFlightSolution toSurface(
      double t,
      double rangeAngle,
      double cosP,
      double sinP,
      double speedMps,
      double altitudeM,
      double q,
      double rho) {
    final double gamma = Math.atan(t);
    final double cosG = 1.0 / Math.sqrt(1.0 + t * t);
    final double sinG = t * cosG;
    final double eSinNu1 = q * sinG * cosG;
    final double eCosNu1 = q * cosG * cosG - 1.0;
    final double eSinNu2 = eSinNu1 * cosP + eCosNu1 * sinP;
    if (!(eSinNu2 < 0)) {
      return null;
    }
    final double r1 = rho * radiusM;
    final double a = r1 / (2.0 - q);
    final double e = Math.hypot(eCosNu1, eSinNu1);
    // e sin E = r e sin ν/√(p a) with p = r₁ Q cos²γ, so √(p a) = r₁ cos γ √(Q/(2 − Q)).
    final double eSinE1 = sinG * Math.sqrt(q * (2.0 - q));
    final double bigE1 = Math.atan2(eSinE1, q - 1.0);
    final double eSinE2 = eSinNu2 / (rho * cosG * Math.sqrt(q / (2.0 - q)));
    double bigE2 = Math.atan2(eSinE2, 1.0 - (2.0 - q) / rho);
    while (bigE2 <= bigE1) {
      bigE2 += 2.0 * Math.PI;
    }
    final double time = Math.sqrt(a * a * a / muM3S2) * (bigE2 - eSinE2 - (bigE1 - eSinE1));
    final boolean climbs = eSinNu1 > 0 || (eSinNu1 == 0 && eCosNu1 > 0);
    final double apogee = climbs ? a * (1.0 + e) - radiusM : altitudeM;
    return new FreeFlightSolution(
        speedMps, altitudeM, gamma, rangeAngle, rangeAngle * radiusM, apogee, time);
  }

  private double burnoutRadius(double altitudeM) {
    if (!(altitudeM >= 0) || !Double.isFinite(altitudeM)) {
      throw new IllegalArgumentException(
          "burnout altitude must be >= 0 m and finite, got " + altitudeM + " m");
    }
    return radiusM + altitudeM;
  }

  /** Q = v² r/μ, checked to be an ellipse. */
  private double q(double speedMps, double r) {
    if (!(speedMps > 0) || !Double.isFinite(speedMps)) {
      throw new IllegalArgumentException(
          "burnout speed must be > 0 m/s and finite, got " + speedMps + " m/s");
    }
    final double q = speedMps * speedMps * r / muM3S2;
    if (q >= 2.0) {
      throw new IllegalArgumentException(
          "burnout speed "
              + speedMps
              + " m/s is at or above escape speed "
              + Math.sqrt(2.0 * muM3S2 / r)
              + " m/s at that radius: the path never comes back");
    }
    return q;
  }
}
