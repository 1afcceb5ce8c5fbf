package shield.engage;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import shield.earth.Geodetic;
import shield.earth.Wgs84;
import shield.flight.Trajectory;

/**
 * The engagement opportunities of one battery site against threat flights: for every second of a
 * threat's flight, whether an interceptor launched from the site can meet it there, and when it
 * would have to be launched.
 *
 * <p><b>Earth rotation.</b> The flyout table lives in the launcher-centred frame that does not
 * rotate. An intercept at time t_i at the ECEF point p with time of flight T is a flight, in the
 * inertial frame whose axes are ECEF's at t_i, from where the site was at the launch: the site
 * rotated by −ωT about the Earth's axis. Ground range (angle at the Earth's centre times {@link
 * Flyout#LAUNCH_RADIUS_M}) and altitude (|p| − |site|) are measured from there, and T is the fixed
 * point of T = T_table(range(T), altitude): the iteration contracts by about ω·|site|/v (≈ 0.1), so
 * a few steps settle it to a millisecond. The launcher's own eastward velocity (up to 465 m/s at
 * the equator) is not added: the boost is taken to reach the published burnout speed in the
 * inertial frame whatever the launch azimuth, a simplification that keeps one table per type
 * instead of one per azimuth.
 *
 * <p><b>Feasibility.</b> A sample is an opportunity when the threat's height above the ellipsoid is
 * within the type's intercept altitudes, the table reaches the point (within the type's maximum
 * ground range and time of flight), and the launch falls at or after the threat's own launch.
 *
 * <p>Immutable and thread-safe.
 */
public final class EngagementPlanner {

  /** Spacing of the intercept times sampled along a threat's flight (s). */
  public static final double SAMPLE_STEP_S = 1;

  private static final double OMEGA = Wgs84.ROTATION_RATE_RAD_S;

  /** Convergence of the time of flight (s). */
  private static final double TOLERANCE_S = 1e-4;

  private static final int MAX_ITERATIONS = 10;

  /** Starting guesses across the time-of-flight range when no neighbour's solution helps. */
  private static final int GUESSES = 8;

  private final Geodetic site;
  private final Flyout flyout;
  private final Vector3D siteEcef;
  private final double siteRadiusM;

  /**
   * @param site the battery's launcher
   * @param flyout its interceptor type's table
   */
  public EngagementPlanner(Geodetic site, Flyout flyout) {
    this.site = site;
    this.flyout = flyout;
    this.siteEcef = Wgs84.toEcef(site);
    this.siteRadiusM = siteEcef.getNorm();
  }

  public Geodetic site() {
    return site;
  }

  public Flyout flyout() {
    return flyout;
  }

  /**
   * Samples a threat's flight every {@link #SAMPLE_STEP_S} from its launch and keeps the feasible
   * intercepts; deterministic.
   *
   * @param threat the threat's flight
   * @return the opportunities, in intercept-time order
   */
  public Opportunities plan(Trajectory threat) {
    return plan(threat, threat.startTimeS(), threat.endTimeS());
  }

  /**
   * As {@link #plan(Trajectory)}, sampling only the intercept times within a window: the
   * opportunities of the whole flight that fall in it (each time of flight to within the
   * iteration's convergence, as its first guess may differ). An analysis that knows when the threat
   * can be near the battery, or when the battery may fire, saves the rest of the samples.
   *
   * @param threat the threat's flight
   * @param fromS earliest intercept time sampled (s from the scenario epoch)
   * @param toS latest intercept time sampled (s from the scenario epoch)
   * @return the opportunities in the window, in intercept-time order
   */
  public Opportunities plan(Trajectory threat, double fromS, double toS) {
    InterceptorType type = flyout.type();
    double[] pv = new double[6];
    List<Opportunity> found = new ArrayList<>();
    double guessS = Double.NaN;
    int samples =
        (int) Math.floor((Math.min(toS, threat.endTimeS()) - threat.startTimeS()) / SAMPLE_STEP_S);
    int first = (int) Math.max(0, Math.ceil((fromS - threat.startTimeS()) / SAMPLE_STEP_S));
    for (int i = first; i <= samples; i++) {
      double interceptS = threat.startTimeS() + i * SAMPLE_STEP_S;
      threat.stateEcef(interceptS, pv);
      double altitudeM = Wgs84.heightM(pv[0], pv[1], pv[2]);
      if (altitudeM < type.minInterceptAltitudeM() || altitudeM > type.maxInterceptAltitudeM()) {
        guessS = Double.NaN;
        continue;
      }
      Vector3D point = new Vector3D(pv[0], pv[1], pv[2]);
      Solution s = solve(point, guessS);
      guessS = s == null ? Double.NaN : s.reach.timeOfFlightS();
      if (s == null || interceptS - s.reach.timeOfFlightS() < threat.startTimeS()) {
        continue;
      }
      Vector3D threatInertial = new Vector3D(pv[3] - OMEGA * pv[1], pv[4] + OMEGA * pv[0], pv[5]);
      Vector3D interceptorInertial = interceptorVelocity(s.launch, point, s.reach);
      found.add(
          new Opportunity(
              interceptS - s.reach.timeOfFlightS(),
              interceptS,
              point,
              altitudeM,
              s.groundRangeM,
              threatInertial.subtract(interceptorInertial).getNorm()));
    }
    return new Opportunities(found);
  }

  /**
   * The flight of the interceptor for an opportunity, for pictures: the flyout model flown again
   * with the launch elevation that reaches the point, stretched by the small difference between its
   * time and the table's so that it ends at the intercept.
   *
   * @param o an opportunity this planner returned
   * @param samples number of points, at least 2, evenly spaced in time from launch to intercept
   * @return the path, ECEF at each sample's time
   */
  public InterceptorPath path(Opportunity o, int samples) {
    if (samples < 2) {
      throw new IllegalArgumentException("a path needs at least 2 samples, got " + samples);
    }
    double timeOfFlightS = o.timeOfFlightS();
    Vector3D p = o.interceptPointEcef();
    Vector3D launch = rotateZ(siteEcef, -OMEGA * timeOfFlightS);
    double[] flight = flyout.flightTo(o.groundRangeM(), p.getNorm() - siteRadiusM);
    if (flight == null) {
      throw new IllegalArgumentException(
          "the flyout does not reach the opportunity at " + o.interceptS() + " s");
    }
    Vector3D up = launch.normalize();
    Vector3D downrange = p.subtract(up.scalarMultiply(p.dotProduct(up))).normalize();
    int n = flight.length / Flyout.SAMPLE;
    double flownS = flight[(n - 1) * Flyout.SAMPLE + Flyout.T];
    double[] times = new double[samples];
    double[][] positions = new double[samples][];
    int k = 0;
    for (int i = 0; i < samples; i++) {
      double fraction = (double) i / (samples - 1);
      times[i] = o.launchS() + fraction * timeOfFlightS;
      if (i == samples - 1) {
        positions[i] = p.toArray();
        break;
      }
      double tau = fraction * flownS;
      while (k + 2 < n && flight[(k + 1) * Flyout.SAMPLE + Flyout.T] <= tau) {
        k++;
      }
      int a = k * Flyout.SAMPLE;
      int b = a + Flyout.SAMPLE;
      double span = flight[b + Flyout.T] - flight[a + Flyout.T];
      double w = span > 0 ? (tau - flight[a + Flyout.T]) / span : 0;
      double r = flight[a + Flyout.R] + w * (flight[b + Flyout.R] - flight[a + Flyout.R]);
      double psi = flight[a + Flyout.PSI] + w * (flight[b + Flyout.PSI] - flight[a + Flyout.PSI]);
      // The flyout's radius is on its own sphere: carry the launcher's radius instead.
      double radiusM = r - Flyout.LAUNCH_RADIUS_M + siteRadiusM;
      Vector3D inertial =
          new Vector3D(radiusM * Math.cos(psi), up, radiusM * Math.sin(psi), downrange);
      positions[i] = rotateZ(inertial, -OMEGA * (times[i] - o.interceptS())).toArray();
    }
    return new InterceptorPath(times, positions);
  }

  /** The time of flight to an ECEF point at the intercept time, or null if none reaches it. */
  private Solution solve(Vector3D point, double guessS) {
    double maxS = flyout.type().maxTimeOfFlightS();
    if (!Double.isNaN(guessS)) {
      Solution s = iterate(point, guessS);
      if (s != null) {
        return s;
      }
    }
    for (int g = 0; g <= GUESSES; g++) {
      Solution s = iterate(point, g * maxS / GUESSES);
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  private Solution iterate(Vector3D point, double startS) {
    double timeOfFlightS = startS;
    double altitudeM = point.getNorm() - siteRadiusM;
    for (int i = 0; i < MAX_ITERATIONS; i++) {
      Vector3D launch = rotateZ(siteEcef, -OMEGA * timeOfFlightS);
      double groundRangeM = Vector3D.angle(launch, point) * Flyout.LAUNCH_RADIUS_M;
      Reach reach = flyout.reach(groundRangeM, altitudeM);
      if (reach == null) {
        return null;
      }
      double change = reach.timeOfFlightS() - timeOfFlightS;
      timeOfFlightS = reach.timeOfFlightS();
      if (Math.abs(change) < TOLERANCE_S) {
        return new Solution(rotateZ(siteEcef, -OMEGA * timeOfFlightS), groundRangeM, reach);
      }
    }
    return null;
  }

  /**
   * The interceptor's velocity on arrival in the inertial frame with ECEF's axes at the intercept:
   * in the plane of the launch point and the intercept point, at the flight-path angle.
   */
  private static Vector3D interceptorVelocity(Vector3D launch, Vector3D point, Reach reach) {
    Vector3D up = point.normalize();
    Vector3D normal = Vector3D.crossProduct(launch, point);
    double sinG = Math.sin(reach.flightPathAngleRad());
    double cosG = Math.cos(reach.flightPathAngleRad());
    if (normal.getNorm() < 1e-9 * launch.getNorm() * point.getNorm()) {
      return up.scalarMultiply(reach.speedMps() * sinG);
    }
    Vector3D forward = Vector3D.crossProduct(normal.normalize(), up);
    return new Vector3D(reach.speedMps() * sinG, up, reach.speedMps() * cosG, forward);
  }

  /** Rotates a vector by an angle about the z axis (rad, positive eastward). */
  private static Vector3D rotateZ(Vector3D v, double angleRad) {
    double c = Math.cos(angleRad);
    double s = Math.sin(angleRad);
    return new Vector3D(c * v.getX() - s * v.getY(), s * v.getX() + c * v.getY(), v.getZ());
  }

  private record Solution(Vector3D launch, double groundRangeM, Reach reach) {}
}
