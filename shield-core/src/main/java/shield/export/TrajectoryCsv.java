package shield.export;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.Locale;
import shield.earth.Geodetic;
import shield.earth.Wgs84;
import shield.flight.FlightEvent;
import shield.flight.Trajectory;

/**
 * Writes a trajectory's samples, or its events, as CSV with a header, to 1 mm and 1 ms.
 *
 * <p>Positions and velocities are Earth-fixed (ECEF); speeds are relative to the Earth; times are
 * seconds from the scenario epoch and the matching UTC instant; altitudes are above the WGS84
 * ellipsoid. Numbers use a dot for the decimal point whatever the locale.
 */
public final class TrajectoryCsv {

  /** Header of {@link #write}. */
  public static final String SAMPLES_HEADER =
      "time_s,utc,lat_deg,lon_deg,altitude_km,x_m,y_m,z_m,vx_mps,vy_mps,vz_mps,speed_mps";

  /** Header of {@link #writeEvents}. */
  public static final String EVENTS_HEADER =
      "event,stage,time_s,utc,lat_deg,lon_deg,altitude_km,speed_mps";

  private static final double M_PER_KM = 1000;

  private TrajectoryCsv() {}

  /**
   * Writes one row per sample time; of two samples at the same time (staging) the first is written,
   * as both have the same position and velocity.
   *
   * @param trajectory the flight
   * @param epoch the scenario epoch that the trajectory's times count from
   * @param out where to write; left open
   */
  public static void write(Trajectory trajectory, Instant epoch, Writer out) throws IOException {
    out.write(SAMPLES_HEADER);
    out.write('\n');
    double[] pv = new double[6];
    for (int i : Timeline.distinctSamples(trajectory)) {
      double t = trajectory.sampleTimeS(i);
      trajectory.sampleStateEcef(i, pv);
      Geodetic g = Wgs84.toGeodetic(pv[0], pv[1], pv[2]);
      double speedMps = Math.sqrt(pv[3] * pv[3] + pv[4] * pv[4] + pv[5] * pv[5]);
      out.write(
          String.join(
              ",",
              fixed(t, 3),
              Timeline.isoMilliseconds(Timeline.instant(epoch, t)),
              fixed(g.latitudeDeg(), 9),
              fixed(g.longitudeDeg(), 9),
              fixed(g.heightM() / M_PER_KM, 6),
              fixed(pv[0], 3),
              fixed(pv[1], 3),
              fixed(pv[2], 3),
              fixed(pv[3], 3),
              fixed(pv[4], 3),
              fixed(pv[5], 3),
              fixed(speedMps, 3)));
      out.write('\n');
    }
  }

  /**
   * Writes one row per flight event: its kind in lowercase ({@code stage_burnout}), the stage
   * number counted from 1 for stage burnouts (empty otherwise), and the state then.
   *
   * @param trajectory the flight
   * @param epoch the scenario epoch that the trajectory's times count from
   * @param out where to write; left open
   */
  public static void writeEvents(Trajectory trajectory, Instant epoch, Writer out)
      throws IOException {
    out.write(EVENTS_HEADER);
    out.write('\n');
    for (FlightEvent e : trajectory.events()) {
      Geodetic g = Wgs84.toGeodetic(e.positionEcef());
      out.write(
          String.join(
              ",",
              e.kind().name().toLowerCase(Locale.ROOT),
              e.kind() == FlightEvent.Kind.STAGE_BURNOUT ? Integer.toString(e.stage() + 1) : "",
              fixed(e.timeS(), 3),
              Timeline.isoMilliseconds(Timeline.instant(epoch, e.timeS())),
              fixed(g.latitudeDeg(), 9),
              fixed(g.longitudeDeg(), 9),
              fixed(g.heightM() / M_PER_KM, 6),
              fixed(e.velocityEcef().getNorm(), 3)));
      out.write('\n');
    }
  }

  /** A number to a fixed count of decimals; a value that rounds to zero is written unsigned. */
  private static String fixed(double value, int decimals) {
    String s = String.format(Locale.ROOT, "%." + decimals + "f", value);
    return s.startsWith("-") && s.chars().noneMatch(c -> c >= '1' && c <= '9') ? s.substring(1) : s;
  }
}
