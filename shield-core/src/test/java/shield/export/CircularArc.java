package shield.export;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import shield.earth.Wgs84;
import shield.flight.FlightEvent;
import shield.flight.FlightEvent.Kind;
import shield.flight.Trajectory;

/**
 * A test trajectory with a closed form: uniform motion on a circle of radius {@link #RADIUS_M} in
 * the plane of the 24° E meridian, sampled every 10 s from {@link #START_S} with a second sample at
 * the staging time, as the flight model writes it.
 */
final class CircularArc {

  static final double START_S = 100;
  static final double END_S = 400;
  static final double STAGING_S = 160;
  static final double RADIUS_M = Wgs84.EQUATORIAL_RADIUS_M + 100_000;

  /** Angular rate (rad/s): about 3.25 km/s along the arc. */
  static final double RATE_RAD_S = 5e-4;

  private static final double LONGITUDE_RAD = Math.toRadians(24);

  private CircularArc() {}

  /** The arc; it has 31 distinct sample times and 32 samples. */
  static Trajectory trajectory() {
    List<Double> times = new ArrayList<>();
    for (double t = START_S; t <= END_S; t += 10) {
      times.add(t);
      if (t == STAGING_S) {
        times.add(t);
      }
    }
    double[] timesS = new double[times.size()];
    double[] nodes = new double[9 * times.size()];
    for (int i = 0; i < timesS.length; i++) {
      timesS[i] = times.get(i);
      double[] pv = stateEcef(timesS[i]);
      System.arraycopy(pv, 0, nodes, 9 * i, 6);
      for (int k = 0; k < 3; k++) {
        nodes[9 * i + 6 + k] = -RATE_RAD_S * RATE_RAD_S * pv[k];
      }
    }
    return new Trajectory(
        timesS,
        nodes,
        List.of(
            event(Kind.LAUNCH, -1, START_S),
            event(Kind.STAGE_BURNOUT, 0, STAGING_S),
            event(Kind.BURNOUT, -1, STAGING_S),
            event(Kind.APOGEE, -1, 250),
            event(Kind.IMPACT, -1, END_S)));
  }

  /** Position (m) and velocity (m/s), ECEF, at a time (s). */
  static double[] stateEcef(double timeS) {
    double a = RATE_RAD_S * (timeS - START_S);
    double c = Math.cos(LONGITUDE_RAD);
    double s = Math.sin(LONGITUDE_RAD);
    double v = RADIUS_M * RATE_RAD_S;
    return new double[] {
      RADIUS_M * Math.cos(a) * c,
      RADIUS_M * Math.cos(a) * s,
      RADIUS_M * Math.sin(a),
      -v * Math.sin(a) * c,
      -v * Math.sin(a) * s,
      v * Math.cos(a)
    };
  }

  private static FlightEvent event(Kind kind, int stage, double timeS) {
    double[] pv = stateEcef(timeS);
    return new FlightEvent(
        kind, stage, timeS, new Vector3D(pv[0], pv[1], pv[2]), new Vector3D(pv[3], pv[4], pv[5]));
  }
}
