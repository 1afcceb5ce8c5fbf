package shield.bench;

import shield.earth.Geodetic;
import shield.flight.FlightEvent;
import shield.flight.MissileFlight;
import shield.flight.MissileType;
import shield.flight.Targeting;
import shield.flight.TargetingException;
import shield.flight.TargetingSolution;
import shield.flight.Trajectory;
import shield.flight.TrajectoryShape;
import shield.scenario.Catalog;

/**
 * The benchmarks' reference flight: the catalog's {@code icbm-solid} from Yoshkar-Ola to Los
 * Angeles (catalog places; 9,871 km geodesic, DESIGN's "10,000 km ICBM"), on a minimum-energy
 * trajectory aimed once by {@link Targeting} at the default tolerance. The route is near the
 * missile's reach (the search cuts off at about 174.9 s of a 175 s burn).
 */
final class IcbmShot {

  /** Catalog id of the launch area: Yoshkar-Ola, 56.63°N 47.89°E. */
  static final String LAUNCH_ID = "yoshkar-ola";

  /** Catalog id of the aim point: Los Angeles, 34.0522°N 118.2437°W. */
  static final String TARGET_ID = "los-angeles";

  /** Launch site, on the ellipsoid. */
  static final Geodetic LAUNCH = Catalog.builtIn().place(LAUNCH_ID).position();

  /** Aim point, on the ellipsoid. */
  static final Geodetic TARGET = Catalog.builtIn().place(TARGET_ID).position();

  /** The missile class flown. */
  static final String MISSILE = "icbm-solid";

  private IcbmShot() {}

  /** The catalog's ICBM. */
  static MissileType type() {
    return Catalog.builtIn().missile(MISSILE).type();
  }

  /** Aims the ICBM at the target with the flight's tolerance: the whole search. */
  static TargetingSolution aim(MissileFlight flight) {
    try {
      return new Targeting(flight).aim(LAUNCH, TARGET, 0, new TrajectoryShape.MinimumEnergy());
    } catch (TargetingException e) {
      throw new IllegalStateException(
          "cannot aim " + MISSILE + " from " + LAUNCH_ID + " at " + TARGET_ID + ": " + e, e);
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
    return trajectory.event(to).orElseThrow().timeS()
        - trajectory.event(from).orElseThrow().timeS();
  }

  /** Distance between the impact points of two flights (m, ECEF chord: the same as ground here). */
  static double impactDifferenceM(Trajectory a, Trajectory b) {
    return a.positionEcef(a.endTimeS()).distance(b.positionEcef(b.endTimeS()));
  }
}
