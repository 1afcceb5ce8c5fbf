package shield.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import shield.engage.InterceptorType;
import shield.engage.Layer;
import shield.flight.MissileType;
import shield.scenario.Catalog;
import shield.scenario.InterceptorClass;
import shield.scenario.MissileClass;
import shield.scenario.Place;
import shield.scenario.RadarClass;
import shield.scenario.SatelliteClass;
import shield.sense.EarlyWarningType;
import shield.sense.RadarMode;
import shield.sense.RadarType;

/**
 * {@code shield catalog}: the built-in places, missile classes, radar types, early-warning
 * satellite classes and interceptor types, with their sources.
 */
@Command(
    name = "catalog",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Lists the built-in places (sites, radars, launch areas, cities), missile classes, radar",
      "types, early-warning satellite classes and interceptor types, each with where its numbers",
      "come from and whether it is notional. Commands and scenario files name them by id, e.g.",
      "--from tabriz."
    })
final class CatalogCommand implements Runnable {

  /** What to list. */
  enum Kind {
    places,
    missiles,
    radars,
    satellites,
    interceptors
  }

  private static final double M_PER_KM = 1000;
  private static final double MPS_PER_KMPS = 1000;

  /** Probability of detection at which the catalog quotes a radar's detection range. */
  private static final double DETECTION_PD = 0.5;

  @Spec CommandSpec spec;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      description = "List only one kind: ${COMPLETION-CANDIDATES} (default: all).")
  Kind kind;

  @Option(names = "--json", description = "Print exact JSON instead of tables.")
  boolean json;

  @Override
  public void run() {
    Catalog catalog = Catalog.builtIn();
    PrintWriter out = spec.commandLine().getOut();
    boolean places = kind == null || kind == Kind.places;
    boolean missiles = kind == null || kind == Kind.missiles;
    boolean radars = kind == null || kind == Kind.radars;
    boolean satellites = kind == null || kind == Kind.satellites;
    boolean interceptors = kind == null || kind == Kind.interceptors;
    if (json) {
      ObjectNode root = JsonNodeFactory.instance.objectNode();
      if (places) {
        placesJson(catalog, root.putArray("places"));
      }
      if (missiles) {
        missilesJson(catalog, root.putArray("missiles"));
      }
      if (radars) {
        radarsJson(catalog, root.putArray("radars"));
      }
      if (satellites) {
        satellitesJson(catalog, root.putArray("satellites"));
      }
      if (interceptors) {
        interceptorsJson(catalog, root.putArray("interceptors"));
      }
      out.println(root.toPrettyString());
    } else {
      List<Runnable> sections = new ArrayList<>();
      if (places) {
        sections.add(() -> printPlaces(catalog, out));
      }
      if (missiles) {
        sections.add(() -> printMissiles(catalog, out));
      }
      if (radars) {
        sections.add(() -> printRadars(catalog, out));
      }
      if (satellites) {
        sections.add(() -> printSatellites(catalog, out));
      }
      if (interceptors) {
        sections.add(() -> printInterceptors(catalog, out));
      }
      for (int i = 0; i < sections.size(); i++) {
        if (i > 0) {
          out.println();
        }
        sections.get(i).run();
      }
    }
    out.flush();
  }

  private static void placesJson(Catalog catalog, ArrayNode array) {
    for (Place p : catalog.places()) {
      ObjectNode o = array.addObject();
      o.put("id", p.id());
      o.put("name", p.name());
      o.put("kind", p.kind());
      o.put("lat_deg", degrees(p.position().latitudeDeg()));
      o.put("lon_deg", degrees(p.position().longitudeDeg()));
      o.put("alt_m", p.position().heightM());
      o.put("source", p.source());
      o.put("notional", p.notional());
      o.put("accuracy", p.accuracy());
    }
  }

  private static void missilesJson(Catalog catalog, ArrayNode array) {
    for (MissileClass m : catalog.missiles()) {
      MissileType t = m.type();
      ObjectNode o = array.addObject();
      o.put("id", m.id());
      o.put("name", m.name());
      o.put("stages", t.stages().size());
      o.put("boost_time_s", t.totalBurnTimeS());
      o.put("launch_mass_kg", t.launchMassKg());
      o.put("published_boost_time_s", m.publishedBoostTimeS());
      o.put("published_reach_km", m.publishedReachM() / M_PER_KM);
      o.put("source", m.source());
      o.put("notional", m.notional());
    }
  }

  private static void radarsJson(Catalog catalog, ArrayNode array) {
    for (RadarClass r : catalog.radars()) {
      RadarType t = r.type();
      ObjectNode o = array.addObject();
      o.put("id", r.id());
      o.put("name", r.name());
      o.put("frequency_mhz", t.frequencyHz() / 1e6);
      o.put("average_power_kw", t.averagePowerW() / 1e3);
      o.put("faces", r.faceCount());
      o.put("face_half_width_deg", Math.toDegrees(t.faceHalfWidthRad()));
      o.put("instrumented_range_km", t.instrumentedRangeM() / M_PER_KM);
      o.put(
          "detection_range_1m2_km", t.detectionRangeM(RadarMode.TRACK, 1, DETECTION_PD) / M_PER_KM);
      if (Double.isNaN(r.publishedDetectionRangeM())) {
        o.putNull("published_detection_range_km");
      } else {
        o.put("published_detection_range_km", r.publishedDetectionRangeM() / M_PER_KM);
      }
      o.put("source", r.source());
      o.put("notional", r.notional());
    }
  }

  private static void satellitesJson(Catalog catalog, ArrayNode array) {
    for (SatelliteClass c : catalog.satellites()) {
      EarlyWarningType t = c.type();
      ObjectNode o = array.addObject();
      o.put("id", c.id());
      o.put("name", c.name());
      ArrayNode lons = o.putArray("geo_longitudes_deg");
      c.defaultGeoLongitudesRad().forEach(lon -> lons.add(degrees(Math.toDegrees(lon))));
      o.put("min_plume_altitude_km", t.minPlumeAltitudeM() / M_PER_KM);
      o.put("frame_s", t.frameS());
      o.put("report_latency_s", t.reportLatencyS());
      o.put("source", c.source());
      o.put("notional", c.notional());
    }
  }

  private static void interceptorsJson(Catalog catalog, ArrayNode array) {
    for (InterceptorClass c : catalog.interceptors()) {
      InterceptorType t = c.type();
      ObjectNode o = array.addObject();
      o.put("id", c.id());
      o.put("name", c.name());
      o.put("layer", layerName(t.layer()));
      ArrayNode stages = o.putArray("stages");
      for (InterceptorType.Stage s : t.stages()) {
        ObjectNode stage = stages.addObject();
        stage.put("burn_time_s", s.burnTimeS());
        stage.put("burnout_speed_kmps", s.burnoutSpeedMps() / MPS_PER_KMPS);
      }
      o.put("burnout_speed_kmps", t.burnoutSpeedMps() / MPS_PER_KMPS);
      o.put("divert_mps", t.divertMps());
      ArrayNode altitudes = o.putArray("intercept_altitude_km");
      altitudes.add(t.minInterceptAltitudeM() / M_PER_KM);
      altitudes.add(t.maxInterceptAltitudeM() / M_PER_KM);
      o.put("max_range_km", t.maxGroundRangeM() / M_PER_KM);
      o.put("max_time_of_flight_s", t.maxTimeOfFlightS());
      o.put("pssk", t.singleShotKillProbability());
      o.put("reaction_time_s", t.reactionTimeS());
      o.put("source", t.source());
      o.put("notional", t.notional());
      o.put("note", c.note());
    }
  }

  private static void printInterceptors(Catalog catalog, PrintWriter out) {
    out.println("Interceptor types (every figure notional unless its source says; see the note)");
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {
          "id",
          "name",
          "layer",
          "stages",
          "burnout (km/s)",
          "altitude (km)",
          "range (km)",
          "P_ssk",
          "notional",
          "source"
        });
    for (InterceptorClass c : catalog.interceptors()) {
      InterceptorType t = c.type();
      rows.add(
          new String[] {
            c.id(),
            c.name(),
            layerName(t.layer()),
            Integer.toString(t.stages().size()),
            format("%.1f", t.burnoutSpeedMps() / MPS_PER_KMPS),
            tenths(t.minInterceptAltitudeM() / M_PER_KM)
                + "-"
                + tenths(t.maxInterceptAltitudeM() / M_PER_KM),
            format("%.0f", t.maxGroundRangeM() / M_PER_KM),
            format("%.2f", t.singleShotKillProbability()),
            yesNo(t.notional()),
            t.source()
          });
    }
    printTable(
        out, rows, new boolean[] {false, false, false, true, true, true, true, true, false, false});
  }

  /** A layer as scenario and catalog files spell it, e.g. {@code upper-terminal}. */
  private static String layerName(Layer layer) {
    return layer.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static void printRadars(Catalog catalog, PrintWriter out) {
    out.println(
        "Radar types (detection range: 1 m², one track dwell, single-look P_d 0.5, as Shield"
            + " models them)");
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {
          "id",
          "name",
          "MHz",
          "faces",
          "range (km)",
          "detects 1 m² (km)",
          "published (km)",
          "notional",
          "source"
        });
    for (RadarClass r : catalog.radars()) {
      RadarType t = r.type();
      rows.add(
          new String[] {
            r.id(),
            r.name(),
            format("%.0f", t.frequencyHz() / 1e6),
            Integer.toString(r.faceCount()),
            format("%.0f", t.instrumentedRangeM() / M_PER_KM),
            format("%.0f", t.detectionRangeM(RadarMode.TRACK, 1, DETECTION_PD) / M_PER_KM),
            Double.isNaN(r.publishedDetectionRangeM())
                ? "-"
                : format("%.0f", r.publishedDetectionRangeM() / M_PER_KM),
            yesNo(r.notional()),
            r.source()
          });
    }
    printTable(out, rows, new boolean[] {false, false, true, true, true, true, true, false, false});
  }

  private static void printSatellites(Catalog catalog, PrintWriter out) {
    out.println("Early-warning satellite classes (geostationary)");
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {
          "id",
          "name",
          "stations (deg E)",
          "plume seen above (km)",
          "latency (s)",
          "notional",
          "source"
        });
    for (SatelliteClass c : catalog.satellites()) {
      EarlyWarningType t = c.type();
      List<String> lons = new ArrayList<>();
      c.defaultGeoLongitudesRad().forEach(lon -> lons.add(format("%.0f", Math.toDegrees(lon))));
      rows.add(
          new String[] {
            c.id(),
            c.name(),
            String.join(" ", lons),
            format("%.0f", t.minPlumeAltitudeM() / M_PER_KM),
            format("%.0f", t.reportLatencyS()),
            yesNo(c.notional()),
            c.source()
          });
    }
    printTable(out, rows, new boolean[] {false, false, false, true, true, false, false});
  }

  private static void printPlaces(Catalog catalog, PrintWriter out) {
    out.println("Places (WGS84; see each source for how accurate the coordinates are)");
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"id", "name", "kind", "lat (deg)", "lon (deg)", "notional", "source"});
    for (Place p : catalog.places()) {
      rows.add(
          new String[] {
            p.id(),
            p.name(),
            p.kind(),
            format("%.4f", p.position().latitudeDeg()),
            format("%.4f", p.position().longitudeDeg()),
            yesNo(p.notional()),
            p.source()
          });
    }
    printTable(out, rows, new boolean[] {false, false, false, true, true, false, false});
  }

  private static void printMissiles(Catalog catalog, PrintWriter out) {
    out.println("Missile classes (boost time and launch mass as Shield flies them)");
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {
          "id",
          "name",
          "stages",
          "boost (s)",
          "launch mass (kg)",
          "published reach (km)",
          "published boost (s)",
          "notional",
          "source"
        });
    for (MissileClass m : catalog.missiles()) {
      MissileType t = m.type();
      rows.add(
          new String[] {
            m.id(),
            m.name(),
            Integer.toString(t.stages().size()),
            format("%.0f", t.totalBurnTimeS()),
            format("%.0f", t.launchMassKg()),
            format("%.0f", m.publishedReachM() / M_PER_KM),
            format("%.0f", m.publishedBoostTimeS()),
            yesNo(m.notional()),
            m.source()
          });
    }
    printTable(out, rows, new boolean[] {false, false, true, true, true, true, true, false, false});
  }

  /** Prints rows in columns two spaces apart; the last column is not padded. */
  private static void printTable(PrintWriter out, List<String[]> rows, boolean[] alignRight) {
    int[] width = new int[alignRight.length];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        width[c] = Math.max(width[c], row[c].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.length; c++) {
        boolean last = c == row.length - 1;
        String pad = " ".repeat(width[c] - row[c].length());
        line.append(alignRight[c] ? pad + row[c] : last ? row[c] : row[c] + pad);
        if (!last) {
          line.append("  ");
        }
      }
      out.println(line);
    }
  }

  /** Degrees rounded to 1e-9 (0.1 mm), so that 44.07 read from the file prints as 44.07. */
  private static double degrees(double deg) {
    return Math.round(deg * 1e9) / 1e9;
  }

  /** A value to a tenth, without a trailing ".0": 0.5, 40, 150. */
  private static String tenths(double value) {
    return BigDecimal.valueOf(Math.round(value * 10) / 10.0).stripTrailingZeros().toPlainString();
  }

  private static String format(String pattern, double value) {
    return String.format(Locale.ROOT, pattern, value);
  }

  private static String yesNo(boolean b) {
    return b ? "yes" : "no";
  }
}
