package shield.flight;

import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * Something that happens at one instant of a flight, with the state then.
 *
 * @param kind what happened
 * @param stage for {@link Kind#STAGE_BURNOUT}, the stage's index from 0 in firing order; −1
 *     otherwise
 * @param timeS time of the event (s from the scenario epoch)
 * @param positionEcef position then (m, ECEF)
 * @param velocityEcef velocity relative to the rotating Earth then (m/s, ECEF)
 */
public record FlightEvent(
    Kind kind, int stage, double timeS, Vector3D positionEcef, Vector3D velocityEcef) {

  /** The kinds of flight events. */
  public enum Kind {
    /** Lift-off. */
    LAUNCH,
    /** A stage has burned all its propellant. */
    STAGE_BURNOUT,
    /** Thrust terminated before the last stage burned out. */
    THRUST_CUTOFF,
    /** End of powered flight: the reentry vehicle separates (at full burn or at cutoff). */
    BURNOUT,
    /** Highest point above the ellipsoid. */
    APOGEE,
    /** Descending through 100 km above the ellipsoid. */
    REENTRY,
    /** Reaching the ellipsoid (height 0). */
    IMPACT
  }
}
