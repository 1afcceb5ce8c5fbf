package shield.sense;

import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import shield.earth.Geodesy;
import shield.earth.Geodetic;
import shield.earth.Wgs84;
import shield.flight.FlightEvent;
import shield.flight.Trajectory;

/**
 * A constellation of infrared early-warning satellites of one type in geostationary orbit, which
 * sees boosting missiles' plumes and reports their launches.
 *
 * <p>A plume is in sight when it is boosting (from launch to the burnout event), above the type's
 * cloud tops, and on a line of sight from at least one satellite that keeps the type's grazing
 * height above the WGS84 ellipsoid all the way. Looks happen on a fixed frame grid, times k·frameS
 * from the scenario epoch, so what is seen does not depend on how a caller steps time. A launch is
 * declared at the look that completes the type's run of consecutive sightings; the report arrives
 * after the type's latency, with errors drawn from the type's standard deviations.
 *
 * <p>Only geostationary satellites are modelled: each sits over the equator at its longitude, fixed
 * in the Earth-fixed frame. Highly elliptical (Molniya) orbits are not.
 */
public final class EarlyWarningConstellation {

  /**
   * Radius of the geostationary orbit (m): the circular orbit whose period is the Earth's rotation,
   * r = (μ/ω²)^(1/3) with WGS84's μ and ω; about 42,164 km.
   */
  public static final double GEO_RADIUS_M =
      Math.cbrt(Wgs84.MU_M3_S2 / (Wgs84.ROTATION_RATE_RAD_S * Wgs84.ROTATION_RATE_RAD_S));

  private static final double TWO_PI = 2 * Math.PI;

  private final String id;
  private final EarlyWarningType type;
  private final List<Double> geoLongitudesRad;

  /** x, y, z of each satellite (m, ECEF), three numbers a satellite. */
  private final double[] satellitesEcef;

  /**
   * The surface that lines of sight must not enter, the ellipsoid of semi-axes a + g and b + g,
   * becomes a sphere of radius a + g once z is stretched by (a + g)/(b + g).
   */
  private final double clearRadiusM;

  private final double zStretch;

  /**
   * A constellation of geostationary satellites.
   *
   * @param id the sensor's id in the scenario, e.g. {@code sbirs}
   * @param type the satellites' type
   * @param geoLongitudesRad each satellite's longitude (rad); at least one
   */
  public EarlyWarningConstellation(
      String id, EarlyWarningType type, List<Double> geoLongitudesRad) {
    this.id = Objects.requireNonNull(id, "id");
    this.type = Objects.requireNonNull(type, "type");
    this.geoLongitudesRad = List.copyOf(geoLongitudesRad);
    if (this.geoLongitudesRad.isEmpty()) {
      throw new IllegalArgumentException("a constellation needs at least one satellite");
    }
    satellitesEcef = new double[3 * this.geoLongitudesRad.size()];
    for (int i = 0; i < this.geoLongitudesRad.size(); i++) {
      double lon = this.geoLongitudesRad.get(i);
      if (!Double.isFinite(lon)) {
        throw new IllegalArgumentException("a satellite's longitude must be finite, got " + lon);
      }
      satellitesEcef[3 * i] = GEO_RADIUS_M * Math.cos(lon);
      satellitesEcef[3 * i + 1] = GEO_RADIUS_M * Math.sin(lon);
    }
    double g = type.limbGrazingHeightM();
    clearRadiusM = Wgs84.EQUATORIAL_RADIUS_M + g;
    zStretch = clearRadiusM / (Wgs84.POLAR_RADIUS_M + g);
  }

  /** The sensor's id in the scenario. */
  public String id() {
    return id;
  }

  /** The satellites' type. */
  public EarlyWarningType type() {
    return type;
  }

  /** Each satellite's longitude (rad), in the order given. */
  public List<Double> geoLongitudesRad() {
    return geoLongitudesRad;
  }

  /**
   * Position of satellite i at a time (m, ECEF); fixed for a geostationary satellite.
   *
   * @param i the satellite's index, in the order of {@link #geoLongitudesRad()}
   * @param timeS time (s from the scenario epoch)
   */
  public Vector3D satelliteEcef(int i, double timeS) {
    return new Vector3D(
        satellitesEcef[3 * i], satellitesEcef[3 * i + 1], satellitesEcef[3 * i + 2]);
  }

  /**
   * Whether a plume at a point would be seen: above the cloud tops and on a clear line of sight
   * from at least one satellite. Whether the missile is boosting is the caller's concern.
   *
   * @param plumeEcef the plume's position (m, ECEF)
   * @param timeS time (s from the scenario epoch)
   */
  public boolean seesPlume(Vector3D plumeEcef, double timeS) {
    return seesPlume(plumeEcef.getX(), plumeEcef.getY(), plumeEcef.getZ());
  }

  private boolean seesPlume(double x, double y, double z) {
    if (!(Wgs84.heightM(x, y, z) >= type.minPlumeAltitudeM())) {
      return false;
    }
    for (int i = 0; i < satellitesEcef.length; i += 3) {
      if (clearLine(satellitesEcef[i], satellitesEcef[i + 1], satellitesEcef[i + 2], x, y, z)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the segment from a satellite to a point keeps out of the ellipsoid grown by the grazing
   * height. With z stretched that ellipsoid is a sphere, and the segment's nearest approach to the
   * centre is closed-form. If the nearest point is the plume's end, the segment clears: the plume
   * itself stands above the cloud tops, which are no lower than the grazing height.
   */
  private boolean clearLine(double sx, double sy, double sz, double px, double py, double pz) {
    double szs = sz * zStretch;
    double dx = px - sx;
    double dy = py - sy;
    double dz = pz * zStretch - szs;
    double dd = dx * dx + dy * dy + dz * dz;
    double s = -(sx * dx + sy * dy + szs * dz) / dd;
    if (s >= 1) {
      return true;
    }
    double cx = sx + s * dx;
    double cy = sy + s * dy;
    double cz = szs + s * dz;
    return cx * cx + cy * cy + cz * cz >= clearRadiusM * clearRadiusM;
  }

  /**
   * Watches one missile through its boost on the frame grid and reports its launch.
   *
   * <p>Draws four normal deviates from {@code rng} when the launch is declared (launch time, east
   * and north of the launch point, heading, in that order) and none otherwise, so that a caller's
   * stream advances predictably.
   *
   * @param trajectory the missile's flight
   * @param rng the source of the report's errors
   * @param truthIndex index of the threat, carried into the report for scoring
   * @return what was seen, or null if the launch was never declared
   */
  public Observation observe(Trajectory trajectory, RandomGenerator rng, int truthIndex) {
    double launchS = trajectory.startTimeS();
    double boostEndS = boostEndS(trajectory);
    double frameS = type.frameS();
    double firstS = Double.NaN;
    double lastS = Double.NaN;
    double firstHeightM = Double.NaN;
    double declaredS = Double.NaN;
    int run = 0;
    double[] pv = new double[6];
    for (long k = (long) Math.ceil(launchS / frameS); k * frameS < boostEndS; k++) {
      double timeS = k * frameS;
      trajectory.stateEcef(timeS, pv);
      if (seesPlume(pv[0], pv[1], pv[2])) {
        if (Double.isNaN(firstS)) {
          firstS = timeS;
          firstHeightM = Wgs84.heightM(pv[0], pv[1], pv[2]);
        }
        lastS = timeS;
        run++;
        if (run == type.detectionsToDeclare() && Double.isNaN(declaredS)) {
          declaredS = timeS;
        }
      } else {
        run = 0;
      }
    }
    if (Double.isNaN(declaredS)) {
      return null;
    }
    return new Observation(
        firstS, lastS, firstHeightM, declaredS, report(trajectory, declaredS, rng, truthIndex));
  }

  private LaunchReport report(
      Trajectory trajectory, double declaredS, RandomGenerator rng, int truthIndex) {
    Geodetic launch = trajectory.geodeticAt(trajectory.startTimeS());
    double timeErrorS = type.launchTimeSigmaS() * rng.nextGaussian();
    double eastErrorM = type.launchPointSigmaM() * rng.nextGaussian();
    double northErrorM = type.launchPointSigmaM() * rng.nextGaussian();
    double headingErrorRad = type.headingSigmaRad() * rng.nextGaussian();
    Geodetic point =
        Geodesy.direct(
                launch, Math.atan2(eastErrorM, northErrorM), Math.hypot(eastErrorM, northErrorM))
            .withHeightM(launch.heightM());
    double heading = (boostGroundTrackHeadingRad(trajectory) + headingErrorRad) % TWO_PI;
    return new LaunchReport(
        id,
        truthIndex,
        declaredS + type.reportLatencyS(),
        trajectory.startTimeS() + timeErrorS,
        point,
        heading < 0 ? heading + TWO_PI : heading);
  }

  /**
   * End of the boost (s from the scenario epoch): the burnout event, or the trajectory's end if it
   * has none (it stopped while still under thrust).
   */
  public static double boostEndS(Trajectory trajectory) {
    return trajectory
        .event(FlightEvent.Kind.BURNOUT)
        .map(FlightEvent::timeS)
        .orElse(trajectory.endTimeS());
  }

  /**
   * The true heading that a report estimates: the azimuth at the launch point of the geodesic to
   * the point under the missile at the end of the boost, clockwise from north (rad, [0, 2π)). This
   * is the direction of the ground track that the sensor watched.
   */
  public static double boostGroundTrackHeadingRad(Trajectory trajectory) {
    return Geodesy.inverse(
            trajectory.geodeticAt(trajectory.startTimeS()),
            trajectory.geodeticAt(boostEndS(trajectory)))
        .initialAzimuthRad();
  }
}
