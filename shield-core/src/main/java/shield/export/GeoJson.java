package shield.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import shield.analysis.Region;

/**
 * A GeoJSON (RFC 7946) feature collection, built feature by feature and written as one document:
 * positions are [longitude, latitude] in degrees on WGS84, polygons' outer rings run anticlockwise
 * and are closed, and lines that cross the antimeridian are split into a MultiLineString as the RFC
 * asks.
 *
 * <p>Property values may be strings, numbers, booleans, null, or lists of those; names carry their
 * unit ({@code reach_km}, {@code warning_s}).
 *
 * <p>Polygons that cross the antimeridian are cut into a MultiPolygon along it (RFC 7946 §3.1.9). A
 * ring is read as a path continuous in longitude, each step going the short way round; a ring that
 * winds round a pole encloses the pole on its left (the north pole for a ring that runs east), any
 * other ring encloses the region it bounds on the plane of longitude and latitude. Coordinates are
 * written to 6 decimals (0.1 m), as the RFC recommends; a NaN or infinite number is written as
 * null.
 */
public final class GeoJson {

  /** Decimals of the written coordinates: 1e-6° is 0.11 m. */
  private static final double COORDINATE_SCALE = 1e6;

  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private final List<Feature> features = new ArrayList<>();

  private GeoJson() {}

  /** An empty collection. */
  public static GeoJson collection() {
    return new GeoJson();
  }

  /** Adds a point. */
  public GeoJson point(double latitudeDeg, double longitudeDeg, Map<String, ?> properties) {
    checkPosition(latitudeDeg, longitudeDeg);
    List<double[][]> point =
        List.<double[][]>of(new double[][] {{Longitudes.wrap(longitudeDeg), latitudeDeg}});
    features.add(new Feature(Kind.POINT, List.of(point), properties(properties)));
    return this;
  }

  /** Adds a line through the vertices, in order. */
  public GeoJson line(double[] latitudesDeg, double[] longitudesDeg, Map<String, ?> properties) {
    checkPath(latitudesDeg, longitudesDeg, 2);
    List<double[][]> parts = splitLine(latitudesDeg, Longitudes.unwrap(longitudesDeg));
    features.add(new Feature(Kind.LINE, List.of(parts), properties(properties)));
    return this;
  }

  /** Adds a closed ring as a polygon (the ring need not repeat its first vertex). */
  public GeoJson polygon(double[] latitudesDeg, double[] longitudesDeg, Map<String, ?> properties) {
    checkPath(latitudesDeg, longitudesDeg, 3);
    double[][] ring = Longitudes.ring(latitudesDeg, longitudesDeg, true);
    features.add(new Feature(Kind.POLYGON, cutRing(ring[0], ring[1]), properties(properties)));
    return this;
  }

  /**
   * Adds every cell of a grid as a square polygon, with its properties: for each named column, the
   * cell's value (a NaN value is written as null).
   *
   * @param grid the grid
   * @param columns property name → one value per cell in the grid's index order
   */
  public GeoJson cells(Region.Grid grid, Map<String, double[]> columns) {
    columns.forEach(
        (name, values) -> {
          if (values.length != grid.size()) {
            throw new IllegalArgumentException(
                "column "
                    + name
                    + " has "
                    + values.length
                    + " values for "
                    + grid.size()
                    + " cells");
          }
        });
    double half = grid.stepDeg() / 2;
    for (int row = 0; row < grid.rows(); row++) {
      double south = Math.max(-90.0, grid.latitudeDeg(row) - half);
      double north = Math.min(90.0, grid.latitudeDeg(row) + half);
      for (int column = 0; column < grid.columns(); column++) {
        int index = grid.index(row, column);
        double west = grid.longitudeDeg(column) - half;
        double east = west + grid.stepDeg();
        Map<String, Object> properties = new LinkedHashMap<>();
        columns.forEach((name, values) -> properties.put(name, values[index]));
        features.add(
            new Feature(
                Kind.POLYGON,
                cutRing(
                    new double[] {south, south, north, north},
                    new double[] {west, east, east, west}),
                properties));
      }
    }
    return this;
  }

  /** Writes the collection; leaves the writer open. */
  public void write(Writer out) throws IOException {
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("type", "FeatureCollection");
      json.writeArrayFieldStart("features");
      for (Feature feature : features) {
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeFieldName("geometry");
        writeGeometry(json, feature);
        json.writeObjectFieldStart("properties");
        for (Map.Entry<String, ?> property : feature.properties().entrySet()) {
          json.writeFieldName(property.getKey());
          writeValue(json, property.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
  }

  /** What a feature's geometry is before the number of its parts picks its GeoJSON type. */
  private enum Kind {
    POINT,
    LINE,
    POLYGON
  }

  /**
   * A feature: its geometry as parts (a polygon's part is its one ring, a line's part a run of
   * positions, a point one position), each position {longitude, latitude} in degrees.
   */
  private record Feature(Kind kind, List<List<double[][]>> parts, Map<String, ?> properties) {}

  private static void writeGeometry(JsonGenerator json, Feature feature) throws IOException {
    json.writeStartObject();
    switch (feature.kind()) {
      case POINT -> {
        json.writeStringField("type", "Point");
        json.writeFieldName("coordinates");
        writePosition(json, feature.parts().get(0).get(0)[0]);
      }
      case LINE -> {
        List<double[][]> lines = feature.parts().get(0);
        json.writeStringField("type", lines.size() == 1 ? "LineString" : "MultiLineString");
        json.writeArrayFieldStart("coordinates");
        if (lines.size() == 1) {
          writePositions(json, lines.get(0));
        } else {
          for (double[][] line : lines) {
            json.writeStartArray();
            writePositions(json, line);
            json.writeEndArray();
          }
        }
        json.writeEndArray();
      }
      case POLYGON -> {
        List<List<double[][]>> polygons = feature.parts();
        json.writeStringField("type", polygons.size() == 1 ? "Polygon" : "MultiPolygon");
        json.writeArrayFieldStart("coordinates");
        for (List<double[][]> polygon : polygons) {
          if (polygons.size() > 1) {
            json.writeStartArray();
          }
          for (double[][] ring : polygon) {
            json.writeStartArray();
            writePositions(json, ring);
            json.writeEndArray();
          }
          if (polygons.size() > 1) {
            json.writeEndArray();
          }
        }
        json.writeEndArray();
      }
    }
    json.writeEndObject();
  }

  private static void writePositions(JsonGenerator json, double[][] positions) throws IOException {
    for (double[] position : positions) {
      writePosition(json, position);
    }
  }

  private static void writePosition(JsonGenerator json, double[] position) throws IOException {
    json.writeStartArray();
    json.writeNumber(Math.rint(position[0] * COORDINATE_SCALE) / COORDINATE_SCALE);
    json.writeNumber(Math.rint(position[1] * COORDINATE_SCALE) / COORDINATE_SCALE);
    json.writeEndArray();
  }

  private static void writeValue(JsonGenerator json, Object value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof String text) {
      json.writeString(text);
    } else if (value instanceof Boolean flag) {
      json.writeBoolean(flag);
    } else if (value instanceof Integer || value instanceof Long) {
      json.writeNumber(((Number) value).longValue());
    } else if (value instanceof Number number) {
      double x = number.doubleValue();
      if (Double.isFinite(x)) {
        json.writeNumber(x);
      } else {
        json.writeNull();
      }
    } else {
      json.writeStartArray();
      for (Object element : (Collection<?>) value) {
        writeValue(json, element);
      }
      json.writeEndArray();
    }
  }

  /** Copies the properties, checking that every value is one GeoJSON can hold. */
  private static Map<String, ?> properties(Map<String, ?> properties) {
    properties.forEach(GeoJson::checkValue);
    return new LinkedHashMap<>(properties);
  }

  private static void checkValue(String name, Object value) {
    if (value instanceof Collection<?> list) {
      list.forEach(element -> checkValue(name, element));
    } else if (!(value == null
        || value instanceof String
        || value instanceof Number
        || value instanceof Boolean)) {
      throw new IllegalArgumentException(
          "property "
              + name
              + " must be a string, number, boolean, null or a list of those, not "
              + value.getClass().getSimpleName());
    }
  }

  private static void checkPosition(double latitudeDeg, double longitudeDeg) {
    if (!(Math.abs(latitudeDeg) <= 90.0) || !Double.isFinite(longitudeDeg)) {
      throw new IllegalArgumentException(
          "a position needs a latitude within ±90° and a finite longitude: "
              + latitudeDeg
              + ", "
              + longitudeDeg);
    }
  }

  private static void checkPath(double[] latitudesDeg, double[] longitudesDeg, int minimum) {
    if (latitudesDeg.length != longitudesDeg.length || latitudesDeg.length < minimum) {
      throw new IllegalArgumentException(
          "a path needs as many latitudes as longitudes, at least "
              + minimum
              + ": "
              + latitudesDeg.length
              + ", "
              + longitudesDeg.length);
    }
    for (int i = 0; i < latitudesDeg.length; i++) {
      checkPosition(latitudesDeg[i], longitudesDeg[i]);
    }
  }

  /**
   * Splits a path continuous in longitude where it crosses the antimeridian, each run of positions
   * shifted back into [−180, 180] and ending (or starting) on ±180° at the crossing's latitude.
   */
  private static List<double[][]> splitLine(double[] lat, double[] lon) {
    List<double[][]> parts = new ArrayList<>();
    List<double[]> part = new ArrayList<>();
    double shift = strip(lon[0]);
    part.add(new double[] {lon[0] - shift, lat[0]});
    for (int i = 1; i < lat.length; i++) {
      double next = strip(lon[i]);
      while (next != shift) {
        double edge = next > shift ? shift + 180.0 : shift - 180.0;
        double f = (edge - lon[i - 1]) / (lon[i] - lon[i - 1]);
        double crossingLat = lat[i - 1] + f * (lat[i] - lat[i - 1]);
        part.add(new double[] {edge - shift, crossingLat});
        parts.add(part.toArray(new double[0][]));
        part = new ArrayList<>();
        shift += next > shift ? 360.0 : -360.0;
        part.add(new double[] {edge - shift, crossingLat});
      }
      part.add(new double[] {lon[i] - shift, lat[i]});
    }
    parts.add(part.toArray(new double[0][]));
    return parts;
  }

  /** The multiple of 360° that brings a longitude into [−180, 180) (deg). */
  private static double strip(double longitudeDeg) {
    return longitudeDeg - Longitudes.wrap(longitudeDeg);
  }

  /**
   * Cuts a ring continuous in longitude into the pieces that fall in each 360° strip, each shifted
   * back into [−180, 180], anticlockwise and closed (Sutherland–Hodgman clipping against the
   * strip's two edges).
   */
  private static List<List<double[][]>> cutRing(double[] lat, double[] lon) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double x : lon) {
      min = Math.min(min, x);
      max = Math.max(max, x);
    }
    List<List<double[][]>> pieces = new ArrayList<>();
    for (double shift = strip(min); shift - 180.0 < max; shift += 360.0) {
      List<double[]> ring = new ArrayList<>();
      for (int i = 0; i < lat.length; i++) {
        ring.add(new double[] {lon[i] - shift, lat[i]});
      }
      ring = clip(ring, -180.0, true);
      ring = clip(ring, 180.0, false);
      if (ring.size() >= 3 && Math.abs(signedArea(ring)) > 0.0) {
        if (signedArea(ring) < 0.0) {
          Collections.reverse(ring);
        }
        ring.add(ring.get(0).clone());
        pieces.add(List.<double[][]>of(ring.toArray(new double[0][])));
      }
    }
    return pieces;
  }

  /** Keeps the part of a ring east of an edge (or west of it), cutting the edges that cross it. */
  private static List<double[]> clip(List<double[]> ring, double edge, boolean keepEast) {
    List<double[]> kept = new ArrayList<>();
    for (int i = 0; i < ring.size(); i++) {
      double[] a = ring.get(i);
      double[] b = ring.get((i + 1) % ring.size());
      boolean aIn = keepEast ? a[0] >= edge : a[0] <= edge;
      boolean bIn = keepEast ? b[0] >= edge : b[0] <= edge;
      if (aIn) {
        kept.add(a);
      }
      if (aIn != bIn) {
        double f = (edge - a[0]) / (b[0] - a[0]);
        kept.add(new double[] {edge, a[1] + f * (b[1] - a[1])});
      }
    }
    return kept;
  }

  /**
   * Twice the signed area of a ring on the plane of longitude and latitude, positive anticlockwise.
   */
  private static double signedArea(List<double[]> ring) {
    double area = 0.0;
    for (int i = 0; i < ring.size(); i++) {
      double[] a = ring.get(i);
      double[] b = ring.get((i + 1) % ring.size());
      area += a[0] * b[1] - b[0] * a[1];
    }
    return area;
  }
}
