package shield.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import shield.sim.NetworkWarning;
import shield.sim.SenseReport;
import shield.sim.SensorSighting;
import shield.sim.ThreatSensing;

/**
 * The sensing timeline as data: a JSON tree (snake_case keys with units, null for what never
 * happened) and a CSV table with one row per threat and sensor or network.
 */
public final class SenseReportFiles {

  private static final double M_PER_KM = 1000;

  private SenseReportFiles() {}

  /**
   * The report as a tree of maps and lists, ready for a JSON writer.
   *
   * <p>Times are seconds from the scenario epoch, rounded to 0.01 s; heights km to 0.001 km; errors
   * m to 0.1 m.
   */
  public static Map<String, Object> json(SenseReport report) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("scenario", report.scenario().name());
    root.put("seed", report.seed());
    root.put("epoch_utc", report.scenario().epoch().toString());
    List<Object> threats = new ArrayList<>();
    for (ThreatSensing t : report.threats()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", t.threat().id());
      m.put("missile", t.threat().missile().id());
      m.put("from", t.threat().from().id());
      m.put("to", t.threat().to().id());
      m.put("launch_time_s", round(t.threat().launchTimeS(), 2));
      m.put("impact_time_s", round(t.threat().impactTimeS(), 2));
      m.put("first_seen", firstSeen(t));
      List<Object> sensors = new ArrayList<>();
      for (SensorSighting s : t.sensors()) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("sensor", s.sensorId());
        e.put("kind", s.kind().name().toLowerCase(Locale.ROOT));
        e.put("detections", s.detections());
        e.put("first_detection_s", value(s.firstDetectionS(), 1, 2));
        e.put("last_detection_s", value(s.lastDetectionS(), 1, 2));
        e.put("first_detection_altitude_km", value(s.altitudeAtFirstDetectionM(), M_PER_KM, 3));
        if (s.kind() == SensorSighting.Kind.SATELLITE) {
          e.put("report_s", value(s.reportS(), 1, 2));
        }
        sensors.add(e);
      }
      m.put("sensors", sensors);
      List<Object> networks = new ArrayList<>();
      for (NetworkWarning w : t.networks()) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("network", w.networkId());
        e.put("first_detection_s", value(w.firstDetectionS(), 1, 2));
        e.put("first_sensor", w.firstSensorId().orElse(null));
        e.put("firm_track_s", value(w.firmTrackS(), 1, 2));
        e.put("firm_track_position_error_m", value(w.firmTrackPositionErrorM(), 1, 1));
        e.put("firm_track_position_sigma_m", value(w.firmTrackPositionSigmaM(), 1, 1));
        e.put("warning_from_detection_s", value(w.warningFromDetectionS(), 1, 2));
        e.put("warning_from_firm_track_s", value(w.warningFromFirmTrackS(), 1, 2));
        networks.add(e);
      }
      m.put("networks", networks);
      threats.add(m);
    }
    root.put("threats", threats);
    return root;
  }

  /** The sensor that saw a threat first: its id, the time and the threat's height then. */
  private static Map<String, Object> firstSeen(ThreatSensing t) {
    SensorSighting first = firstSighting(t);
    if (first == null) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("sensor", first.sensorId());
    m.put("time_s", round(first.firstDetectionS().getAsDouble(), 2));
    m.put("altitude_km", round(first.altitudeAtFirstDetectionM().getAsDouble() / M_PER_KM, 3));
    return m;
  }

  /** The sighting with the earliest first detection, or null if no sensor saw the threat. */
  public static SensorSighting firstSighting(ThreatSensing t) {
    SensorSighting first = null;
    for (SensorSighting s : t.sensors()) {
      if (s.saw()
          && (first == null
              || s.firstDetectionS().getAsDouble() < first.firstDetectionS().getAsDouble())) {
        first = s;
      }
    }
    return first;
  }

  /** The CSV header. */
  static final String CSV_HEADER =
      "threat,missile,launch_time_s,impact_time_s,row_kind,id,detections,first_detection_s,"
          + "last_detection_s,first_detection_altitude_km,firm_track_s,"
          + "firm_track_position_error_m,warning_from_detection_s,warning_from_firm_track_s";

  /**
   * Writes the report as CSV: one row per threat and sensor ({@code row_kind} {@code radar} or
   * {@code satellite}) and per threat and network ({@code network}); empty cells for what does not
   * apply or never happened.
   */
  public static void writeCsv(SenseReport report, Writer out) throws IOException {
    out.write(CSV_HEADER);
    out.write('\n');
    for (ThreatSensing t : report.threats()) {
      String lead =
          String.join(
              ",",
              t.threat().id(),
              t.threat().missile().id(),
              fmt(t.threat().launchTimeS(), 2),
              fmt(t.threat().impactTimeS(), 2));
      for (SensorSighting s : t.sensors()) {
        out.write(
            String.join(
                ",",
                lead,
                s.kind().name().toLowerCase(Locale.ROOT),
                s.sensorId(),
                Integer.toString(s.detections()),
                fmt(s.firstDetectionS(), 1, 2),
                fmt(s.lastDetectionS(), 1, 2),
                fmt(s.altitudeAtFirstDetectionM(), M_PER_KM, 3),
                "",
                "",
                "",
                ""));
        out.write('\n');
      }
      for (NetworkWarning w : t.networks()) {
        out.write(
            String.join(
                ",",
                lead,
                "network",
                w.networkId(),
                "",
                fmt(w.firstDetectionS(), 1, 2),
                "",
                "",
                fmt(w.firmTrackS(), 1, 2),
                fmt(w.firmTrackPositionErrorM(), 1, 1),
                fmt(w.warningFromDetectionS(), 1, 2),
                fmt(w.warningFromFirmTrackS(), 1, 2)));
        out.write('\n');
      }
    }
  }

  private static Double value(OptionalDouble v, double divisor, int decimals) {
    return v.isPresent() ? round(v.getAsDouble() / divisor, decimals) : null;
  }

  private static String fmt(OptionalDouble v, double divisor, int decimals) {
    return v.isPresent() ? fmt(v.getAsDouble() / divisor, decimals) : "";
  }

  private static String fmt(double v, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  private static double round(double value, int decimals) {
    double f = Math.pow(10, decimals);
    return Math.round(value * f) / f;
  }
}
