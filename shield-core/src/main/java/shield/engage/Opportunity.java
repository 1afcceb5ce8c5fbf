package shield.engage;

import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * One feasible intercept of a threat by a battery: when to launch, where and when the kill vehicle
 * meets the threat.
 *
 * @param launchS interceptor launch time (s from the epoch)
 * @param interceptS intercept time (s from the epoch)
 * @param interceptPointEcef the threat's position at the intercept, Earth-fixed (m)
 * @param interceptAltitudeM the intercept's altitude above the ellipsoid (m)
 * @param groundRangeM ground range from the launcher to the intercept (m)
 * @param closingSpeedMps speed of the threat relative to the kill vehicle at the intercept (m/s)
 */
public record Opportunity(
    double launchS,
    double interceptS,
    Vector3D interceptPointEcef,
    double interceptAltitudeM,
    double groundRangeM,
    double closingSpeedMps) {

  /** Interceptor time of flight (s). */
  public double timeOfFlightS() {
    return interceptS - launchS;
  }
}
