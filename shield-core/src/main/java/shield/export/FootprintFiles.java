package shield.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import shield.analysis.FootprintResult;
import shield.analysis.FootprintResult.AreaResult;
import shield.analysis.FootprintResult.CellOutcome;
import shield.analysis.FootprintResult.Status;
import shield.analysis.Region;
import shield.earth.Geodetic;
import shield.scenario.Battery;
import shield.scenario.Scenario;
import shield.sense.Radar;

/**
 * A footprint as files: {@code footprint.json} (inputs, grid, per-cell values and areas), {@code
 * footprint.csv} (one row per cell and launch area), {@code footprint.geojson} (the cells as
 * polygons, with the sites as points) and {@code footprint.png} (the cells coloured by kill
 * probability, with the batteries, radars and launch areas).
 *
 * <p>Areas are in km² to 0.1 km², probabilities rounded to 1e-6, times to 0.1 s; statuses are
 * lowercase words ({@code out_of_range}, {@code not_engaged}, {@code engaged}).
 */
public final class FootprintFiles {

  /** The header of {@code footprint.csv}. */
  public static final String CSV_HEADER =
      "row,column,lat_deg,lon_deg,area_km2,launch_area,status,flight_time_s,shot_opportunities,"
          + "interceptors,batteries,p_kill,defended";

  private static final ObjectMapper JSON =
      new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private FootprintFiles() {}

  /** The lowercase name of a status. */
  public static String name(Status status) {
    return status.name().toLowerCase(Locale.ROOT);
  }

  /** The summary without the cells: inputs, areas and per-launch-area counts. */
  public static Map<String, Object> summaryJson(FootprintResult r) {
    Region.Grid grid = r.grid();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("scenario", r.scenarioName());
    root.put("missile", r.missileId());
    GridJson.put(root, grid);
    root.put("cell_count", grid.size());
    root.put("kill_threshold", r.killThreshold());
    root.put("threatened_area_km2", km2(r.threatenedAreaM2()));
    root.put("defended_area_km2", km2(r.defendedAreaM2()));
    root.put("kill_area_km2", km2(r.killAreaM2()));
    root.put("defended_cells", r.defendedCells());
    List<Object> areas = new ArrayList<>();
    for (int a = 0; a < r.areas().size(); a++) {
      AreaResult area = r.areas().get(a);
      Map<String, Object> m = new LinkedHashMap<>();
      Geodetic p = area.launchArea().position();
      m.put("id", area.launchArea().id());
      m.put("lat_deg", rounded(p.latitudeDeg(), 1e6));
      m.put("lon_deg", rounded(p.longitudeDeg(), 1e6));
      m.put("cells_out_of_range", area.count(Status.OUT_OF_RANGE));
      m.put("cells_not_engaged", area.count(Status.NOT_ENGAGED));
      m.put("cells_engaged", area.count(Status.ENGAGED));
      m.put("reached_area_km2", km2(r.reachedAreaM2(a)));
      m.put("engaged_area_km2", km2(r.engagedAreaM2(a)));
      areas.add(m);
    }
    root.put("launch_areas", areas);
    return root;
  }

  /** The whole of {@code footprint.json}: the summary and, under {@code cells}, every cell. */
  public static Map<String, Object> json(FootprintResult r) {
    Map<String, Object> root = summaryJson(r);
    Region.Grid grid = r.grid();
    List<Object> cells = new ArrayList<>(grid.size());
    for (int i = 0; i < grid.size(); i++) {
      int row = i / grid.columns();
      int column = i % grid.columns();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("row", row);
      m.put("column", column);
      m.put("lat_deg", grid.latitudeDeg(row));
      m.put("lon_deg", grid.longitudeDeg(column));
      m.put("area_km2", km2(grid.cellAreaM2(row)));
      m.put("threatened", r.threatened(i));
      m.put("defended", r.defended(i));
      m.put("p_kill", round(r.killProbability(i), 1e6));
      List<Object> perArea = new ArrayList<>();
      for (AreaResult area : r.areas()) {
        CellOutcome o = area.cells().get(i);
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("launch_area", area.launchArea().id());
        x.put("status", name(o.status()));
        x.put("flight_time_s", round(o.flightTimeS(), 10));
        x.put("shot_opportunities", o.shotOpportunities());
        x.put("interceptors", o.interceptors());
        x.put("batteries", o.batteries());
        x.put("p_kill", round(o.killProbability(), 1e6));
        perArea.add(x);
      }
      m.put("per_launch_area", perArea);
      cells.add(m);
    }
    root.put("cells", cells);
    return root;
  }

  /** Writes a JSON tree indented, with a final newline; leaves the writer open. */
  public static void writeJson(Map<String, Object> tree, Writer out) throws IOException {
    JSON.writerWithDefaultPrettyPrinter().writeValue(out, tree);
    out.write('\n');
  }

  /** Writes {@code footprint.csv}: one row per cell and launch area, cells in index order. */
  public static void writeCsv(FootprintResult r, Writer out) throws IOException {
    Region.Grid grid = r.grid();
    out.write(CSV_HEADER);
    out.write('\n');
    for (int i = 0; i < grid.size(); i++) {
      int row = i / grid.columns();
      int column = i % grid.columns();
      for (AreaResult area : r.areas()) {
        CellOutcome o = area.cells().get(i);
        out.write(
            String.format(
                Locale.ROOT,
                "%d,%d,%s,%s,%s,%s,%s,%s,%d,%d,%d,%s,%b%n",
                row,
                column,
                number(grid.latitudeDeg(row)),
                number(grid.longitudeDeg(column)),
                number(km2(grid.cellAreaM2(row))),
                area.launchArea().id(),
                name(o.status()),
                Double.isNaN(o.flightTimeS()) ? "" : number(rounded(o.flightTimeS(), 10)),
                o.shotOpportunities(),
                o.interceptors(),
                o.batteries(),
                Double.isNaN(o.killProbability()) ? "" : number(rounded(o.killProbability(), 1e6)),
                r.defended(i)));
      }
    }
  }

  /**
   * The cells as GeoJSON polygons with {@code defended} (1 or 0), {@code threatened} (1 or 0),
   * {@code p_kill} (the lowest over the launch areas reaching the cell) and, per launch area,
   * {@code p_kill_<id>} and {@code shots_<id>} (null when out of range); then the launch areas,
   * batteries and radars as points with their {@code kind} and {@code id}.
   */
  public static GeoJson geoJson(FootprintResult r, Scenario scenario) {
    Region.Grid grid = r.grid();
    int n = grid.size();
    Map<String, double[]> columns = new LinkedHashMap<>();
    double[] defended = new double[n];
    double[] threatened = new double[n];
    double[] pKill = new double[n];
    for (int i = 0; i < n; i++) {
      defended[i] = r.defended(i) ? 1 : 0;
      threatened[i] = r.threatened(i) ? 1 : 0;
      pKill[i] = rounded(r.killProbability(i), 1e6);
    }
    columns.put("defended", defended);
    columns.put("threatened", threatened);
    columns.put("p_kill", pKill);
    for (AreaResult area : r.areas()) {
      double[] p = new double[n];
      double[] shots = new double[n];
      for (int i = 0; i < n; i++) {
        CellOutcome o = area.cells().get(i);
        boolean reached = o.status() != Status.OUT_OF_RANGE;
        p[i] = rounded(o.killProbability(), 1e6);
        shots[i] = reached ? o.shotOpportunities() : Double.NaN;
      }
      columns.put("p_kill_" + area.launchArea().id(), p);
      columns.put("shots_" + area.launchArea().id(), shots);
    }
    GeoJson g = GeoJson.collection().cells(grid, columns);
    for (AreaResult area : r.areas()) {
      Geodetic p = area.launchArea().position();
      g.point(
          p.latitudeDeg(),
          p.longitudeDeg(),
          Map.of("kind", "launch_area", "id", area.launchArea().id()));
    }
    for (Battery b : scenario.batteries()) {
      Geodetic p = b.site().position();
      g.point(p.latitudeDeg(), p.longitudeDeg(), Map.of("kind", "battery", "id", b.id()));
    }
    for (Radar radar : scenario.radars()) {
      Geodetic p = radar.position();
      g.point(p.latitudeDeg(), p.longitudeDeg(), Map.of("kind", "radar", "id", radar.id()));
    }
    return g;
  }

  /**
   * The map: cells coloured by kill probability (0 to 1; a threatened cell no battery engages shows
   * 0, a cell no launch area reaches is left clear), batteries and launch areas as triangles,
   * radars as squares.
   */
  public static MapCanvas map(FootprintResult r, Scenario scenario, int widthPx) {
    Region.Grid grid = r.grid();
    double[] pKill = new double[grid.size()];
    for (int i = 0; i < pKill.length; i++) {
      pKill[i] = r.killProbability(i);
    }
    MapCanvas map =
        MapCanvas.of(grid.region(), widthPx)
            .title(
                String.format(
                    Locale.ROOT,
                    "%s against %s: defended %,.0f km², P_kill ≥ %.2f on %,.0f km²",
                    r.scenarioName(),
                    r.missileId(),
                    km2(r.defendedAreaM2()),
                    r.killThreshold(),
                    km2(r.killAreaM2())))
            .cells(grid, pKill, new MapCanvas.ColorScale(0, 1, "kill probability"));
    for (Radar radar : scenario.radars()) {
      Geodetic p = radar.position();
      map.marker(p.latitudeDeg(), p.longitudeDeg(), null, Color.BLUE, MapCanvas.Marker.SQUARE);
    }
    for (Battery b : scenario.batteries()) {
      Geodetic p = b.site().position();
      map.marker(
          p.latitudeDeg(),
          p.longitudeDeg(),
          b.id(),
          Color.GREEN.darker(),
          MapCanvas.Marker.TRIANGLE);
    }
    for (AreaResult area : r.areas()) {
      Geodetic p = area.launchArea().position();
      map.marker(
          p.latitudeDeg(),
          p.longitudeDeg(),
          area.launchArea().id(),
          Color.RED,
          MapCanvas.Marker.TRIANGLE);
    }
    return map;
  }

  /** Writes the PNG map, 1,200 px wide. */
  public static void writePng(FootprintResult r, Scenario scenario, Path file) throws IOException {
    map(r, scenario, 1200).writePng(file);
  }

  private static double km2(double m2) {
    return rounded(m2 / 1e6, 10);
  }

  /** A value rounded to 1/scale, or null for NaN (written as null in JSON). */
  private static Double round(double value, double scale) {
    return Double.isNaN(value) ? null : rounded(value, scale);
  }

  /** A value rounded to 1/scale; NaN stays NaN. */
  private static double rounded(double value, double scale) {
    return Double.isNaN(value) ? Double.NaN : Math.round(value * scale) / scale;
  }

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
