package shield.sense;

import java.util.Objects;
import shield.earth.Geodetic;

/**
 * An early-warning satellite's report of one launch: when and where it began and which way the
 * missile heads, with errors, and when the report reaches its users.
 *
 * @param sensorId the id of the constellation that reported
 * @param truthIndex index of the threat that was reported, for scoring only
 * @param reportTimeS arrival of the report (s from the scenario epoch): declaration plus latency
 * @param estimatedLaunchTimeS reported launch time (s from the scenario epoch)
 * @param estimatedLaunchPoint reported launch point (its height is the true site's)
 * @param estimatedHeadingRad reported azimuth of the boost ground track, clockwise from north (rad,
 *     [0, 2π))
 */
public record LaunchReport(
    String sensorId,
    int truthIndex,
    double reportTimeS,
    double estimatedLaunchTimeS,
    Geodetic estimatedLaunchPoint,
    double estimatedHeadingRad) {

  public LaunchReport {
    Objects.requireNonNull(sensorId, "sensorId");
    Objects.requireNonNull(estimatedLaunchPoint, "estimatedLaunchPoint");
  }
}
