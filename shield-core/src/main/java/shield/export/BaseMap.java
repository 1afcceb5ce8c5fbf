package shield.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The coastlines and national borders under Shield's maps: Natural Earth's 1:50m admin-0 countries
 * (public domain, naturalearthdata.com), as the npm package world-atlas 2.0.2 packs them into
 * TopoJSON; the build fetches it (see {@code tools/natural-earth}).
 *
 * <p>TopoJSON stores each shared boundary once, as an arc. An arc that bounds one country is
 * coastline; an arc that two countries share is a border between them.
 *
 * @param coastlines polylines of the coastline (and of the outer edge of Antarctica)
 * @param borders polylines of land borders between countries
 */
public record BaseMap(List<Polyline> coastlines, List<Polyline> borders) {

  private static final String RESOURCE = "/shield/map/countries-50m.json";

  /** Copies the lists. */
  public BaseMap {
    coastlines = List.copyOf(coastlines);
    borders = List.copyOf(borders);
  }

  /**
   * A polyline on the map.
   *
   * @param latitudesDeg latitude of each vertex (deg)
   * @param longitudesDeg longitude of each vertex (deg), in [−180, 180]
   */
  public record Polyline(double[] latitudesDeg, double[] longitudesDeg) {

    /** Checks that the arrays match. */
    public Polyline {
      if (latitudesDeg.length != longitudesDeg.length) {
        throw new IllegalArgumentException("latitudes and longitudes differ in length");
      }
    }

    /** The number of vertices. */
    public int size() {
      return latitudesDeg.length;
    }
  }

  /** Natural Earth's 1:50m outlines, read once from the classpath. */
  public static BaseMap naturalEarth() {
    return Holder.NATURAL_EARTH;
  }

  /**
   * The outlines of Natural Earth's land, one closed ring per country polygon (its last vertex
   * repeats its first), for filling the land: a ring continues across the antimeridian the short
   * way, and Antarctica's ring runs along the South Pole's parallel.
   */
  public static List<Polyline> naturalEarthLand() {
    return Holder.LAND;
  }

  private static final class Holder {
    static final JsonNode TOPOLOGY = read();
    static final BaseMap NATURAL_EARTH = fromTopoJson(TOPOLOGY);
    static final List<Polyline> LAND = landFromTopoJson(TOPOLOGY);
  }

  private static JsonNode read() {
    try (InputStream in = BaseMap.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            RESOURCE + " is not on the classpath: the build copies it from tools/natural-earth");
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Decodes a TopoJSON topology with a {@code countries} object into coastlines and borders. */
  static BaseMap fromTopoJson(JsonNode topology) {
    JsonNode arcs = topology.get("arcs");
    int[] uses = new int[arcs.size()];
    for (JsonNode geometry : topology.at("/objects/countries/geometries")) {
      countArcs(geometry.get("arcs"), uses);
    }
    List<Polyline> decoded = decodeArcs(topology);
    List<Polyline> coastlines = new ArrayList<>();
    List<Polyline> borders = new ArrayList<>();
    for (int a = 0; a < arcs.size(); a++) {
      if (uses[a] > 0) {
        (uses[a] == 1 ? coastlines : borders).add(decoded.get(a));
      }
    }
    return new BaseMap(coastlines, borders);
  }

  /** Decodes every ring of the {@code countries} object's polygons into a closed polyline. */
  static List<Polyline> landFromTopoJson(JsonNode topology) {
    List<Polyline> arcs = decodeArcs(topology);
    List<Polyline> rings = new ArrayList<>();
    for (JsonNode geometry : topology.at("/objects/countries/geometries")) {
      String type = geometry.path("type").asText();
      if (type.equals("Polygon")) {
        geometry.get("arcs").forEach(ring -> rings.add(ring(ring, arcs)));
      } else if (type.equals("MultiPolygon")) {
        geometry.get("arcs").forEach(p -> p.forEach(ring -> rings.add(ring(ring, arcs))));
      }
    }
    return rings;
  }

  /**
   * Joins a ring's arcs; each arc starts where the one before it ends, so that vertex is shared.
   */
  private static Polyline ring(JsonNode arcIndices, List<Polyline> arcs) {
    List<double[]> vertices = new ArrayList<>();
    for (JsonNode node : arcIndices) {
      int index = node.asInt();
      Polyline arc = arcs.get(index >= 0 ? index : ~index);
      int n = arc.size();
      for (int i = vertices.isEmpty() ? 0 : 1; i < n; i++) {
        int k = index >= 0 ? i : n - 1 - i;
        vertices.add(new double[] {arc.latitudesDeg()[k], arc.longitudesDeg()[k]});
      }
    }
    double[] lat = new double[vertices.size()];
    double[] lon = new double[vertices.size()];
    for (int i = 0; i < lat.length; i++) {
      lat[i] = vertices.get(i)[0];
      lon[i] = vertices.get(i)[1];
    }
    return new Polyline(lat, lon);
  }

  /** Every arc of the topology in degrees: delta-encoded integers, scaled and translated. */
  private static List<Polyline> decodeArcs(JsonNode topology) {
    JsonNode transform = topology.get("transform");
    double scaleX = transform.at("/scale/0").asDouble();
    double scaleY = transform.at("/scale/1").asDouble();
    double translateX = transform.at("/translate/0").asDouble();
    double translateY = transform.at("/translate/1").asDouble();
    List<Polyline> decoded = new ArrayList<>();
    for (JsonNode arc : topology.get("arcs")) {
      double[] lat = new double[arc.size()];
      double[] lon = new double[arc.size()];
      long x = 0;
      long y = 0;
      for (int i = 0; i < arc.size(); i++) {
        x += arc.get(i).get(0).asLong();
        y += arc.get(i).get(1).asLong();
        lon[i] = x * scaleX + translateX;
        lat[i] = y * scaleY + translateY;
      }
      decoded.add(new Polyline(lat, lon));
    }
    return decoded;
  }

  /** Counts the arcs a geometry's nested arc arrays name; arc ~i is arc i reversed. */
  private static void countArcs(JsonNode node, int[] uses) {
    if (node == null) {
      return;
    }
    if (node.isInt()) {
      int index = node.asInt();
      uses[index >= 0 ? index : ~index]++;
      return;
    }
    for (JsonNode child : node) {
      countArcs(child, uses);
    }
  }
}
