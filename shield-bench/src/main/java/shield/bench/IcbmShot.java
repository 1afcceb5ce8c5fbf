package shield.bench;

import shield.earth.Geodetic;
import shield.flight.FlightEvent;
import shield.flight.MissileFlight;
import shield.flight.MissileType;
import shield.flight.TargetingException;
import shield.flight.TargetingSolution;
import shield.flight.Targeting;
import shield.flight.Trajectory;
import shield.flight.TrajectoryShape;
import shield.scenario.Catalog;

/**
 * The benchmarks' reference flight: the catalog's {@code icbm-solid} from Kozelsk to Washington
 * (about 8,000 km geodesic, the 10,000 km class of DESIGN's target), on a minimum-energy
 * trajectory aimed once by {@link Targeting} at the default tolerance.
 */
final class IcbmShot {

  /** Launch site: Kozelsk, 54.03°N 35.78°E, on the ellipsoid. */
  static final Geodetic KOZELSK = Geodetic.ofDegrees(54.03, 35.78, 0);

  /** Aim point: Washington, 38.8951°N 77.0364°W, on the ellipsoid. */
  static final Geodetic WASHINGTON = Geodetic.ofDegrees(38.8951, -77.0364, 0);

  /** The missile class flown. */
  static final String MISSILE = "icbm-solid";

  private IcbmShot() {}

  /** The catalog's ICBM. */
  static MissileType type() {
    return Catalog.builtIn().missile(MISSILE).type();
  }

  /** Aims the ICBM at Washington with the default flight tolerance: the whole search. */
  static TargetingSolution aim(MissileFlight flight) {
    try {
      return new Targeting(flight)
          .aim(KOZELSK, WASHINGTON, 0, new TrajectoryShape.MinimumEnergy());
    } catch (TargetingException e) {
      throw new IllegalStateException("cannot aim " + MISSILE + " at Washington: " + e, e);
    }
  }

  /** Position (m) and velocity (m/s) of an event in ECEF. */
  static double[] stateAt(Trajectory trajectory, FlightEvent.Kind kind) {
    FlightEvent e =
        trajectory
            .event(kind)
            .orElseThrow(() -> new IllegalStateException("the flight has no " + kind + " event"));
    double[] pv = new double[6];
    System.arraycopy(e.positionEcef().toArray(), 0, pv, 0, 3);
    System.arraycopy(e.velocityEcef().toArray(), 0, pv, 3, 3);
    return pv;
  }

  /** Time between two events of a flight (s). */
  static double timeBetween(Trajectory trajectory, FlightEvent.Kind from, FlightEvent.Kind to) {
    return trajectory.event(to).orElseThrow().timeS() - trajectory.event(from).orElseThrow().timeS();
  }

  /** Distance between the impact points of two flights (m, ECEF chord: the same as ground here). */
  static double impactDifferenceM(Trajectory a, Trajectory b) {
    return a.positionEcef(a.endTimeS()).distance(b.positionEcef(b.endTimeS()));
  }
}
