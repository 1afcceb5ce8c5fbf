package shield.engage;

import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * One feasible intercept of a threat by a battery: when to launch, where and when the kill vehicle
 * meets the threat, and how fast they close.
 *
 * @param launchS launch time (s from the scenario epoch)
 * @param interceptS intercept time (s from the scenario epoch)
 * @param interceptPointEcef the threat's position at the intercept (m, ECEF at the intercept time)
 * @param interceptAltitudeM the intercept point's height above the WGS84 ellipsoid (m)
 * @param groundRangeM ground range from the launcher's position at launch, in the frame that does
 *     not rotate, on the flyout's sphere (m)
 * @param closingSpeedMps speed of the threat relative to the interceptor at the intercept (m/s)
 */
public record Opportunity(
    double launchS,
    double interceptS,
    Vector3D interceptPointEcef,
    double interceptAltitudeM,
    double groundRangeM,
    double closingSpeedMps) {

  /** Time from launch to intercept (s). */
  public double timeOfFlightS() {
    return interceptS - launchS;
  }
}
