package shield.earth;

/**
 * Converts positions and velocities between ECEF and Shield's inertial frame (ECI): the frame that
 * coincides with ECEF at t = 0 (the scenario epoch) and in which ECEF turns about z at {@link
 * Wgs84#ROTATION_RATE_RAD_S}. Precession, nutation and polar motion are deliberately left out: over
 * a missile flight they move things by far less than the model's other errors.
 *
 * <p>With θ = ωt: r_ECEF = R_z(θ) r_ECI and v_ECEF = R_z(θ) v_ECI − ω × r_ECEF, where R_z(θ)
 * rotates axes by θ about z. Both methods accept the same array as input and output.
 */
public final class EarthRotation {

  private static final double OMEGA = Wgs84.ROTATION_RATE_RAD_S;

  private EarthRotation() {}

  /**
   * Converts an inertial state to Earth-fixed, without allocating.
   *
   * @param timeS time since the epoch at which the frames coincide (s)
   * @param pvEci position (m) in 0..2 and velocity (m/s) in 3..5, ECI
   * @param pvEcefOut receives position (m) and velocity (m/s) in ECEF; may be {@code pvEci}
   */
  public static void eciToEcef(double timeS, double[] pvEci, double[] pvEcefOut) {
    double theta = OMEGA * timeS;
    double c = Math.cos(theta);
    double s = Math.sin(theta);
    double x = c * pvEci[0] + s * pvEci[1];
    double y = -s * pvEci[0] + c * pvEci[1];
    double vx = c * pvEci[3] + s * pvEci[4];
    double vy = -s * pvEci[3] + c * pvEci[4];
    pvEcefOut[0] = x;
    pvEcefOut[1] = y;
    pvEcefOut[2] = pvEci[2];
    // −ω × r with ω along +z is (ω·y, −ω·x, 0).
    pvEcefOut[3] = vx + OMEGA * y;
    pvEcefOut[4] = vy - OMEGA * x;
    pvEcefOut[5] = pvEci[5];
  }

  /**
   * Converts an Earth-fixed state to inertial, without allocating.
   *
   * @param timeS time since the epoch at which the frames coincide (s)
   * @param pvEcef position (m) in 0..2 and velocity (m/s) in 3..5, ECEF
   * @param pvEciOut receives position (m) and velocity (m/s) in ECI; may be {@code pvEcef}
   */
  public static void ecefToEci(double timeS, double[] pvEcef, double[] pvEciOut) {
    double theta = OMEGA * timeS;
    double c = Math.cos(theta);
    double s = Math.sin(theta);
    double x = pvEcef[0];
    double y = pvEcef[1];
    // Add back ω × r in the Earth-fixed axes, then rotate.
    double vx = pvEcef[3] - OMEGA * y;
    double vy = pvEcef[4] + OMEGA * x;
    pvEciOut[0] = c * x - s * y;
    pvEciOut[1] = s * x + c * y;
    pvEciOut[2] = pvEcef[2];
    pvEciOut[3] = c * vx - s * vy;
    pvEciOut[4] = s * vx + c * vy;
    pvEciOut[5] = pvEcef[5];
  }
}
