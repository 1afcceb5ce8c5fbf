package shield.export;

import java.awt.Color;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import shield.analysis.AimWarning;
import shield.analysis.Region;
import shield.analysis.WarningMap;
import shield.analysis.WarningMapResult;
import shield.earth.Geodetic;
import shield.scenario.DefendedAsset;
import shield.scenario.Place;
import shield.sense.Radar;

/**
 * A warning time map as files: a JSON tree (settings, statistics, the scenario's assets and every
 * cell with each launch area), a CSV table, a GeoJSON collection of the cells with the launch
 * areas, radars and assets as points, and a PNG map of the warning from first firm track.
 *
 * <p>Warnings are seconds before impact, rounded to 0.1 s, null (or an empty CSV field) where there
 * is none; "worst" is the least over the launch areas that reach a cell, none if one of them is not
 * warned of ({@link WarningMapResult}).
 */
public final class WarningMapFiles {

  /** Width of the PNG map (px). */
  public static final int PNG_WIDTH_PX = 1400;

  /** Degrees of margin around what the PNG map shows. */
  private static final double MAP_MARGIN_DEG = 2;

  private static final double S_PER_MIN = 60;

  private WarningMapFiles() {}

  /** The map as a tree of maps and lists, ready for a JSON writer. */
  public static Map<String, Object> json(WarningMapResult r) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("scenario", r.scenario().name());
    root.put("network", r.network().id());
    root.put("missile", r.missile().id());
    root.put("trajectory", "minimum-energy");
    root.put("launch_time_s", WarningMap.LAUNCH_TIME_S);
    root.put("seed", r.seed());
    root.put("epoch_utc", r.scenario().epoch().toString());
    GridJson.put(root, r.grid());
    root.put("worst", statistics(r, -1));
    List<Object> areas = new ArrayList<>();
    for (int a = 0; a < r.launchAreas().size(); a++) {
      Place p = r.launchAreas().get(a);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", p.id());
      m.put("name", p.name());
      m.put("lat_deg", round(p.position().latitudeDeg(), 4));
      m.put("lon_deg", round(p.position().longitudeDeg(), 4));
      m.putAll(statistics(r, a));
      areas.add(m);
    }
    root.put("launch_areas", areas);
    List<Object> assets = new ArrayList<>();
    for (DefendedAsset asset : r.scenario().assets()) {
      assets.add(asset(r, asset));
    }
    root.put("assets", assets);
    List<Object> cells = new ArrayList<>();
    for (int c = 0; c < r.grid().size(); c++) {
      cells.add(cell(r, c));
    }
    root.put("cells", cells);
    return root;
  }

  private static Map<String, Object> statistics(WarningMapResult r, int launchArea) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("from_detection", statistics(r.statistics(launchArea, false)));
    m.put("from_firm_track", statistics(r.statistics(launchArea, true)));
    return m;
  }

  private static Map<String, Object> statistics(WarningMapResult.Statistics s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cells", s.cells());
    m.put("reached_cells", s.reached());
    m.put("warned_cells", s.warned());
    m.put("warned_fraction", number(s.warnedFraction(), 4));
    m.put("min_s", number(s.minimumS(), 1));
    m.put("median_s", number(s.medianS(), 1));
    m.put("max_s", number(s.maximumS(), 1));
    return m;
  }

  /** An asset with the cell that holds it (null if the grid does not cover it). */
  private static Map<String, Object> asset(WarningMapResult r, DefendedAsset asset) {
    Geodetic at = asset.place().position();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", asset.id());
    m.put("lat_deg", round(at.latitudeDeg(), 4));
    m.put("lon_deg", round(at.longitudeDeg(), 4));
    OptionalInt cell = r.cellAt(at.latitudeDeg(), at.longitudeDeg());
    m.put("cell", cell.isPresent() ? cell(r, cell.getAsInt()) : null);
    return m;
  }

  private static Map<String, Object> cell(WarningMapResult r, int c) {
    Geodetic centre = r.grid().centre(c);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("index", c);
    m.put("lat_deg", round(centre.latitudeDeg(), 4));
    m.put("lon_deg", round(centre.longitudeDeg(), 4));
    m.put("reached_from", r.reachedFrom(c));
    m.put("warning_from_detection_s", value(r.worstFromDetectionS(c)));
    m.put("warning_from_firm_track_s", value(r.worstFromFirmTrackS(c)));
    List<Object> by = new ArrayList<>();
    for (int a = 0; a < r.launchAreas().size(); a++) {
      AimWarning w = r.aim(a, c);
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("launch_area", r.launchAreas().get(a).id());
      e.put("flight", flight(w));
      e.put("flight_time_s", number(w.flightTimeS(), 1));
      e.put("warning_from_detection_s", value(w.fromDetectionS()));
      e.put("warning_from_firm_track_s", value(w.fromFirmTrackS()));
      e.put("first_sensor", w.firstSensorId().orElse(null));
      by.add(e);
    }
    m.put("by_launch_area", by);
    return m;
  }

  /** The CSV header. */
  static final String CSV_HEADER =
      "cell,lat_deg,lon_deg,row_kind,launch_area,reached_from,flight,flight_time_s,"
          + "warning_from_detection_s,warning_from_firm_track_s,first_sensor";

  /**
   * Writes the map as CSV: per cell, one row of {@code row_kind} {@code worst} (the worst over the
   * launch areas, with how many reach the cell) and one of {@code launch_area} per launch area (the
   * flight — {@code flown}, {@code out_of_range} or {@code too_close} — and its warnings); empty
   * fields for what does not apply or never happened.
   */
  public static void writeCsv(WarningMapResult r, Writer out) throws IOException {
    out.write(CSV_HEADER);
    out.write('\n');
    for (int c = 0; c < r.grid().size(); c++) {
      Geodetic centre = r.grid().centre(c);
      String lead =
          String.join(
              ",",
              Integer.toString(c),
              fmt(centre.latitudeDeg(), 4),
              fmt(centre.longitudeDeg(), 4));
      out.write(
          String.join(
              ",",
              lead,
              "worst",
              "",
              Integer.toString(r.reachedFrom(c)),
              "",
              "",
              fmt(r.worstFromDetectionS(c)),
              fmt(r.worstFromFirmTrackS(c)),
              ""));
      out.write('\n');
      for (int a = 0; a < r.launchAreas().size(); a++) {
        AimWarning w = r.aim(a, c);
        out.write(
            String.join(
                ",",
                lead,
                "launch_area",
                csvText(r.launchAreas().get(a).id()),
                "",
                flight(w),
                w.flown() ? fmt(w.flightTimeS(), 1) : "",
                fmt(w.fromDetectionS()),
                fmt(w.fromFirmTrackS()),
                csvText(w.firstSensorId().orElse(""))));
        out.write('\n');
      }
    }
  }

  /**
   * Writes the map as GeoJSON: one square polygon per cell with {@code reached_from}, the worst
   * {@code warning_from_detection_s} and {@code warning_from_firm_track_s}, and the same two per
   * launch area as {@code launch_area_N_warning_from_…_s} (N from 1, in the order of the launch
   * area points); then a point per launch area, per radar of the scenario ({@code linked} if it
   * reports to the network) and per defended asset.
   */
  public static void writeGeoJson(WarningMapResult r, Writer out) throws IOException {
    Map<String, double[]> columns = new LinkedHashMap<>();
    double[] reached = new double[r.grid().size()];
    for (int c = 0; c < reached.length; c++) {
      reached[c] = r.reachedFrom(c);
    }
    columns.put("reached_from", reached);
    columns.put("warning_from_detection_s", rounded(r.warningsS(-1, false)));
    columns.put("warning_from_firm_track_s", rounded(r.warningsS(-1, true)));
    for (int a = 0; a < r.launchAreas().size(); a++) {
      String prefix = "launch_area_" + (a + 1) + "_";
      columns.put(prefix + "warning_from_detection_s", rounded(r.warningsS(a, false)));
      columns.put(prefix + "warning_from_firm_track_s", rounded(r.warningsS(a, true)));
    }
    GeoJson g = GeoJson.collection().cells(r.grid(), columns);
    for (int a = 0; a < r.launchAreas().size(); a++) {
      Place p = r.launchAreas().get(a);
      Map<String, Object> props = new LinkedHashMap<>();
      props.put("kind", "launch_area");
      props.put("launch_area", a + 1);
      props.put("id", p.id());
      props.put("name", p.name());
      g.point(p.position().latitudeDeg(), p.position().longitudeDeg(), props);
    }
    for (Radar radar : r.scenario().radars()) {
      Map<String, Object> props = new LinkedHashMap<>();
      props.put("kind", "radar");
      props.put("id", radar.id());
      props.put("linked", r.network().link(radar.id()).isPresent());
      g.point(radar.position().latitudeDeg(), radar.position().longitudeDeg(), props);
    }
    for (DefendedAsset asset : r.scenario().assets()) {
      Map<String, Object> props = new LinkedHashMap<>();
      props.put("kind", "asset");
      props.put("id", asset.id());
      Geodetic at = asset.place().position();
      OptionalInt cell = r.cellAt(at.latitudeDeg(), at.longitudeDeg());
      props.put(
          "warning_from_detection_s",
          cell.isPresent() ? value(r.worstFromDetectionS(cell.getAsInt())) : null);
      props.put(
          "warning_from_firm_track_s",
          cell.isPresent() ? value(r.worstFromFirmTrackS(cell.getAsInt())) : null);
      g.point(at.latitudeDeg(), at.longitudeDeg(), props);
    }
    g.write(out);
  }

  /**
   * Draws the map of the worst warning from first firm track, in minutes: cells that a launch area
   * reaches but with no warning at the bottom of the scale (0), cells that none reaches left
   * uncoloured; the network's radars as labelled squares, the launch areas as labelled triangles,
   * the scenario's assets as labelled circles. The map shows the grid with the launch areas and the
   * network's radars around it.
   *
   * <p>The scale runs from 0 to the longest flight time of the map's missiles, whatever the
   * network: so the maps of two networks of one scenario, with the same missile, launch areas and
   * grid, share their colours and compare at a glance.
   */
  public static MapCanvas map(WarningMapResult r) {
    double[] minutes = new double[r.grid().size()];
    double longestFlightS = 0;
    for (int c = 0; c < minutes.length; c++) {
      OptionalDouble w = r.worstFromFirmTrackS(c);
      minutes[c] = r.reachedFrom(c) == 0 ? Double.NaN : w.orElse(0) / S_PER_MIN;
      for (int a = 0; a < r.launchAreas().size(); a++) {
        if (r.aim(a, c).flown()) {
          longestFlightS = Math.max(longestFlightS, r.aim(a, c).flightTimeS());
        }
      }
    }
    List<Geodetic> shown = new ArrayList<>();
    r.launchAreas().forEach(p -> shown.add(p.position()));
    List<Radar> radars =
        r.scenario().radars().stream()
            .filter(radar -> r.network().link(radar.id()).isPresent())
            .toList();
    radars.forEach(radar -> shown.add(radar.position()));
    MapCanvas canvas =
        MapCanvas.of(shownRegion(r.grid().region(), shown), PNG_WIDTH_PX)
            .title(
                String.format(
                    Locale.ROOT,
                    "Warning from first firm track: network %s, %s from %s (worst; 0 = none)",
                    r.network().id(),
                    r.missile().id(),
                    String.join(", ", r.launchAreas().stream().map(Place::id).toList())))
            .cells(
                r.grid(),
                minutes,
                new MapCanvas.ColorScale(
                    0,
                    Math.max(1, Math.ceil(longestFlightS / S_PER_MIN)),
                    "warning from firm track (min)"));
    for (Radar radar : radars) {
      canvas.marker(
          radar.position().latitudeDeg(),
          radar.position().longitudeDeg(),
          radar.id(),
          Color.RED,
          MapCanvas.Marker.SQUARE);
    }
    for (Place p : r.launchAreas()) {
      canvas.marker(
          p.position().latitudeDeg(),
          p.position().longitudeDeg(),
          p.id(),
          Color.BLACK,
          MapCanvas.Marker.TRIANGLE);
    }
    for (DefendedAsset asset : r.scenario().assets()) {
      Geodetic at = asset.place().position();
      canvas.marker(
          at.latitudeDeg(), at.longitudeDeg(), asset.id(), Color.WHITE, MapCanvas.Marker.CIRCLE);
    }
    return canvas;
  }

  /** Writes {@link #map} as PNG. */
  public static void writePng(WarningMapResult r, Path file) throws IOException {
    map(r).writePng(file);
  }

  /**
   * The grid's region grown to hold the given places, with a margin; the grid's region alone if
   * that would span half the globe in longitude (the box is meant for one theatre).
   */
  static Region shownRegion(Region grid, List<Geodetic> places) {
    double south = grid.southDeg();
    double north = grid.northDeg();
    double west = grid.westDeg();
    double east = grid.westDeg() + grid.widthDeg();
    for (Geodetic p : places) {
      // The place's longitude taken within 180° of the grid's middle, so that a box near the
      // antimeridian holds.
      double middle = grid.westDeg() + grid.widthDeg() / 2;
      double lon = p.longitudeDeg() - 360.0 * Math.round((p.longitudeDeg() - middle) / 360.0);
      south = Math.min(south, p.latitudeDeg());
      north = Math.max(north, p.latitudeDeg());
      west = Math.min(west, lon);
      east = Math.max(east, lon);
    }
    south = Math.max(-90, south - MAP_MARGIN_DEG);
    north = Math.min(90, north + MAP_MARGIN_DEG);
    west -= MAP_MARGIN_DEG;
    east += MAP_MARGIN_DEG;
    if (east - west >= 180) {
      return grid;
    }
    return new Region(south, wrap(west), north, wrap(east));
  }

  private static double wrap(double lonDeg) {
    return lonDeg - 360.0 * Math.floor((lonDeg + 180.0) / 360.0);
  }

  private static String flight(AimWarning w) {
    return w.flight().name().toLowerCase(Locale.ROOT);
  }

  private static double[] rounded(double[] valuesS) {
    double[] out = new double[valuesS.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = Double.isNaN(valuesS[i]) ? Double.NaN : round(valuesS[i], 1);
    }
    return out;
  }

  private static Double value(OptionalDouble v) {
    return v.isPresent() ? round(v.getAsDouble(), 1) : null;
  }

  private static Double number(double v, int decimals) {
    return Double.isNaN(v) ? null : round(v, decimals);
  }

  private static String fmt(OptionalDouble v) {
    return v.isPresent() ? fmt(v.getAsDouble(), 1) : "";
  }

  private static String fmt(double v, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  /** A text field, quoted when it holds a comma or a quote (place ids may be coordinates). */
  private static String csvText(String text) {
    return text.contains(",") || text.contains("\"")
        ? "\"" + text.replace("\"", "\"\"") + "\""
        : text;
  }

  private static double round(double value, int decimals) {
    double f = Math.pow(10, decimals);
    return Math.round(value * f) / f;
  }
}
