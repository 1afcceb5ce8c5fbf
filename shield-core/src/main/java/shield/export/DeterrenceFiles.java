package shield.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import shield.analysis.Deterrence;
import shield.analysis.DeterrenceTable;
import shield.engage.InterceptorType;
import shield.scenario.Place;

/**
 * The deterrence analysis as data: JSON trees (snake_case keys with units, null for what does not
 * exist) and CSV tables, for one speed sweep and for the built-in table.
 *
 * <p>Speeds are km/s to 0.001; times s to 0.1; altitudes km to 0.1.
 */
public final class DeterrenceFiles {

  private static final double M_PER_KM = 1000;

  private DeterrenceFiles() {}

  /** One case as a tree of maps and lists, ready for a JSON writer. */
  public static Map<String, Object> json(Deterrence.Case c) {
    Map<String, Object> root = new LinkedHashMap<>();
    Place site = c.site();
    InterceptorType type = c.sweep().type();
    root.put("interceptor_site", place(site));
    root.put("interceptor", type.id());
    root.put("interceptor_catalog_speed_kmps", round(type.burnoutSpeedMps() / M_PER_KM, 3));
    root.put("reaction_time_s", round(type.reactionTimeS(), 1));
    root.put("missile", c.missile().missile().id());
    root.put("icbm_from", place(c.missile().from()));
    root.put("icbm_to", place(c.missile().to()));
    root.put("flight_time_s", round(c.missile().impactTimeS() - c.missile().launchTimeS(), 1));
    root.put("sensors", c.sensors());
    root.put("launch_on", launchOn(c.launchOn()));
    root.put("first_detection_s", value(c.warning().firstDetectionS().orElse(Double.NaN), 1));
    root.put("firm_track_s", value(c.warning().firmTrackS().orElse(Double.NaN), 1));
    root.put("launch_not_before_s", value(c.sweep().launchNotBeforeS(), 1));
    root.put("envelope", envelope(type));
    List<Object> speeds = new ArrayList<>();
    for (Deterrence.SpeedOutcome o : c.sweep().speeds()) {
      speeds.add(outcome(o));
    }
    root.put("speeds", speeds);
    putThreshold(root, c.sweep().threshold());
    return root;
  }

  /** The built-in table as a tree of maps and lists, ready for a JSON writer. */
  public static Map<String, Object> json(DeterrenceTable.Result table) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("missile", table.missileId());
    root.put("sensors", table.sensors());
    root.put("launch_on", launchOn(table.launchOn()));
    root.put(
        "threshold_grid_kmps",
        Deterrence.DEFAULT_SPEEDS_MPS.stream().map(v -> round(v / M_PER_KM, 3)).toList());
    root.put("threshold_resolution_kmps", round(DeterrenceTable.RESOLUTION_MPS / M_PER_KM, 3));
    List<Object> rows = new ArrayList<>();
    for (DeterrenceTable.Row r : table.rows()) {
      rows.add(row(r));
    }
    root.put("rows", rows);
    List<Object> dispute = new ArrayList<>();
    for (DeterrenceTable.Row r : table.dispute()) {
      dispute.add(row(r));
    }
    root.put("dispute", dispute);
    return root;
  }

  /** The CSV header of one sweep. */
  static final String SWEEP_CSV_HEADER =
      "speed_kmps,feasible,window_s,first_intercept_s,last_intercept_s,first_launch_s,"
          + "last_launch_s,min_intercept_altitude_km,max_intercept_altitude_km";

  /** Writes one sweep as CSV: a row per grid speed, empty cells where infeasible. */
  public static void writeCsv(Deterrence.Case c, Writer out) throws IOException {
    out.write(SWEEP_CSV_HEADER);
    out.write('\n');
    for (Deterrence.SpeedOutcome o : c.sweep().speeds()) {
      out.write(
          String.join(
              ",",
              fmt(o.speedMps() / M_PER_KM, 3),
              Boolean.toString(o.feasible()),
              fmt(o.windowS(), 1),
              fmt(o.firstInterceptS(), 1),
              fmt(o.lastInterceptS(), 1),
              fmt(o.firstLaunchS(), 1),
              fmt(o.lastLaunchS(), 1),
              fmt(o.minAltitudeM() / M_PER_KM, 1),
              fmt(o.maxAltitudeM() / M_PER_KM, 1)));
      out.write('\n');
    }
  }

  /** The CSV header of the table. */
  static final String TABLE_CSV_HEADER =
      "part,icbm_from,icbm_to,site,interceptor,reachable,flight_time_s,cue_s,"
          + "launch_not_before_s,speed_kmps,feasible,window_s,min_intercept_altitude_km,"
          + "max_intercept_altitude_km,threshold_kmps,threshold_status";

  /**
   * Writes the table as CSV: a line per row and checked speed ({@code part} {@code sm3} or {@code
   * dispute}), the row's threshold repeated on each; empty cells where nothing applies.
   */
  public static void writeCsv(DeterrenceTable.Result table, Writer out) throws IOException {
    out.write(TABLE_CSV_HEADER);
    out.write('\n');
    writeRows(out, "sm3", table.rows());
    writeRows(out, "dispute", table.dispute());
  }

  private static void writeRows(Writer out, String part, List<DeterrenceTable.Row> rows)
      throws IOException {
    for (DeterrenceTable.Row r : rows) {
      String lead =
          String.join(
              ",",
              part,
              r.fieldId(),
              r.cityId(),
              r.siteId(),
              r.interceptorId(),
              Boolean.toString(r.reachable()),
              fmt(r.flightTimeS(), 1),
              fmt(r.cueS(), 1),
              fmt(r.launchNotBeforeS(), 1));
      String threshold =
          r.threshold() == null
              ? ","
              : fmt(r.threshold().speedMps() / M_PER_KM, 3) + "," + status(r.threshold());
      if (r.checks().isEmpty()) {
        out.write(lead + ",,,,,," + threshold + "\n");
      }
      for (Deterrence.SpeedOutcome o : r.checks()) {
        out.write(
            String.join(
                ",",
                lead,
                fmt(o.speedMps() / M_PER_KM, 3),
                Boolean.toString(o.feasible()),
                fmt(o.windowS(), 1),
                fmt(o.minAltitudeM() / M_PER_KM, 1),
                fmt(o.maxAltitudeM() / M_PER_KM, 1),
                threshold));
        out.write('\n');
      }
    }
  }

  /** How the threshold's status reads in files: {@code found}, {@code at_or_below_grid}, ... */
  public static String status(Deterrence.Threshold t) {
    return t.status().name().toLowerCase(Locale.ROOT);
  }

  /** How a launch cue reads in files and on the command line: {@code firm-track}, ... */
  public static String launchOn(Deterrence.LaunchOn l) {
    return l.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static Map<String, Object> row(DeterrenceTable.Row r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("icbm_from", r.fieldId());
    m.put("icbm_to", r.cityId());
    m.put("site", r.siteId());
    m.put("interceptor", r.interceptorId());
    m.put("reachable", r.reachable());
    m.put("flight_time_s", value(r.flightTimeS(), 1));
    m.put("cue_s", value(r.cueS(), 1));
    m.put("launch_not_before_s", value(r.launchNotBeforeS(), 1));
    List<Object> checks = new ArrayList<>();
    for (Deterrence.SpeedOutcome o : r.checks()) {
      checks.add(outcome(o));
    }
    m.put("speeds", checks);
    if (r.threshold() == null) {
      m.put("threshold_kmps", null);
      m.put("threshold_status", null);
      m.put("threshold_bracket_kmps", null);
    } else {
      putThreshold(m, r.threshold());
    }
    return m;
  }

  private static Map<String, Object> outcome(Deterrence.SpeedOutcome o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("speed_kmps", round(o.speedMps() / M_PER_KM, 3));
    m.put("feasible", o.feasible());
    m.put("window_s", value(o.windowS(), 1));
    m.put(
        "intercept_altitude_km",
        o.feasible()
            ? List.of(round(o.minAltitudeM() / M_PER_KM, 1), round(o.maxAltitudeM() / M_PER_KM, 1))
            : null);
    m.put(
        "intercept_s",
        o.feasible() ? List.of(round(o.firstInterceptS(), 1), round(o.lastInterceptS(), 1)) : null);
    m.put(
        "launch_s",
        o.feasible() ? List.of(round(o.firstLaunchS(), 1), round(o.lastLaunchS(), 1)) : null);
    return m;
  }

  private static void putThreshold(Map<String, Object> m, Deterrence.Threshold t) {
    m.put("threshold_kmps", value(t.speedMps() / M_PER_KM, 3));
    m.put("threshold_status", status(t));
    m.put(
        "threshold_bracket_kmps",
        t.status() == Deterrence.Threshold.Status.FOUND
            ? List.of(round(t.belowMps() / M_PER_KM, 3), round(t.speedMps() / M_PER_KM, 3))
            : null);
  }

  private static Map<String, Object> envelope(InterceptorType type) {
    InterceptorType flown = Deterrence.atSpeed(type, type.burnoutSpeedMps());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("max_ground_range_km", round(flown.maxGroundRangeM() / M_PER_KM, 1));
    m.put("max_time_of_flight_s", round(flown.maxTimeOfFlightS(), 1));
    m.put(
        "intercept_altitude_km",
        List.of(
            round(flown.minInterceptAltitudeM() / M_PER_KM, 1),
            round(flown.maxInterceptAltitudeM() / M_PER_KM, 1)));
    return m;
  }

  private static Map<String, Object> place(Place p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.id());
    m.put("lat_deg", round(p.position().latitudeDeg(), 4));
    m.put("lon_deg", round(p.position().longitudeDeg(), 4));
    return m;
  }

  /** A finite value rounded, or null (NaN, ∞: what never happened). */
  private static Double value(double v, int decimals) {
    return Double.isFinite(v) ? round(v, decimals) : null;
  }

  private static String fmt(double v, int decimals) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "";
  }

  private static double round(double value, int decimals) {
    double f = Math.pow(10, decimals);
    return Math.round(value * f) / f;
  }
}
