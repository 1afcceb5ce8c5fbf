package shield.export;

import java.io.IOException;
import java.io.Writer;
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
 */
public final class GeoJson {

  private GeoJson() {
    throw new UnsupportedOperationException("contract: implemented on the map branch");
  }

  /** An empty collection. */
  public static GeoJson collection() {
    throw new UnsupportedOperationException("contract: implemented on the map branch");
  }

  /** Adds a point. */
  public GeoJson point(double latitudeDeg, double longitudeDeg, Map<String, ?> properties) {
    throw new UnsupportedOperationException("contract: implemented on the map branch");
  }

  /** Adds a line through the vertices, in order. */
  public GeoJson line(double[] latitudesDeg, double[] longitudesDeg, Map<String, ?> properties) {
    throw new UnsupportedOperationException("contract: implemented on the map branch");
  }

  /** Adds a closed ring as a polygon (the ring need not repeat its first vertex). */
  public GeoJson polygon(double[] latitudesDeg, double[] longitudesDeg, Map<String, ?> properties) {
    throw new UnsupportedOperationException("contract: implemented on the map branch");
  }

  /**
   * Adds every cell of a grid as a square polygon, with its properties: for each named column, the
   * cell's value (a NaN value is written as null).
   *
   * @param grid the grid
   * @param columns property name → one value per cell in the grid's index order
   */
  public GeoJson cells(Region.Grid grid, Map<String, double[]> columns) {
    throw new UnsupportedOperationException("contract: implemented on the map branch");
  }

  /** Writes the collection; leaves the writer open. */
  public void write(Writer out) throws IOException {
    throw new UnsupportedOperationException("contract: implemented on the map branch");
  }
}
