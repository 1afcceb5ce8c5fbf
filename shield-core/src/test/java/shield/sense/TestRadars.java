package shield.sense;

import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import shield.flight.FlightEvent;
import shield.flight.Trajectory;

/** Radar types and trajectories for sensing tests, independent of the catalog. */
final class TestRadars {
  private TestRadars() {}

  /** A UHF early-warning type with round numbers (not a catalog entry). */
  static RadarType uhf() {
    return new RadarType(
        "test-uhf",
        "test UHF radar",
        435e6,
        150e3,
        300,
        500,
        8,
        1e-6,
        10,
        0.25,
        0.1,
        2,
        5_000e3,
        300,
        Math.toRadians(60),
        Math.toRadians(3),
        Math.toRadians(85),
        30);
  }

  /** An X-band type with round numbers (not a catalog entry). */
  static RadarType xBand() {
    return new RadarType(
        "test-x",
        "test X-band radar",
        9.5e9,
        80e3,
        7.5,
        500,
        8,
        1e-6,
        10,
        0.06,
        0.1,
        1,
        3_000e3,
        100,
        Math.toRadians(60),
        Math.toRadians(0.5),
        Math.toRadians(85),
        0.3);
  }

  /**
   * An object standing still at a point from time 0 to 1,000 s, with its burnout at 500 s.
   *
   * @param pointEcef where it stands (m, ECEF)
   */
  static Trajectory standingAt(Vector3D pointEcef) {
    double[] node = new double[9];
    System.arraycopy(pointEcef.toArray(), 0, node, 0, 3);
    double[] nodes = new double[18];
    System.arraycopy(node, 0, nodes, 0, 9);
    System.arraycopy(node, 0, nodes, 9, 9);
    return new Trajectory(
        new double[] {0, 1_000},
        nodes,
        List.of(new FlightEvent(FlightEvent.Kind.BURNOUT, 1, 500, pointEcef, Vector3D.ZERO)));
  }
}
