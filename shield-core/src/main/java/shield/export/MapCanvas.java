package shield.export;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import shield.analysis.Region;

/**
 * A map picture of a region: Natural Earth's coastlines and borders ({@link BaseMap}), with the
 * layers an analysis adds — grid cells coloured by a value, lines (range rings, ground tracks),
 * labelled markers (sites, cities) — a title, a colour legend and a scale, written as PNG.
 *
 * <p>The projection is equirectangular about the region's middle latitude (x ∝ λ cos φ₀, y ∝ φ),
 * which keeps shapes near that latitude true; the picture's height follows from its width. Layers
 * are drawn in the order they were added, over the land and under the labels.
 *
 * <p>A canvas is a builder used by one thread: add layers, then write it.
 */
public final class MapCanvas {

  private MapCanvas() {
    throw new UnsupportedOperationException("contract: implemented on the map branch");
  }

  /**
   * A canvas showing a region.
   *
   * @param region the region shown
   * @param widthPx the picture's width (px), at least 200
   */
  public static MapCanvas of(Region region, int widthPx) {
    throw new UnsupportedOperationException("contract: implemented on the map branch");
  }

  /** Sets the title, drawn above the map. */
  public MapCanvas title(String title) {
    throw new UnsupportedOperationException("contract: implemented on the map branch");
  }

  /**
   * Colours each cell of a grid by its value on a scale, translucent over the land; a NaN value
   * leaves its cell uncoloured. Adds the scale's legend.
   *
   * @param grid the grid
   * @param values one value per cell, in the grid's index order, in the scale's unit
   * @param scale the colour scale
   */
  public MapCanvas cells(Region.Grid grid, double[] values, ColorScale scale) {
    throw new UnsupportedOperationException("contract: implemented on the map branch");
  }

  /**
   * Draws a polyline, split where it crosses the antimeridian.
   *
   * @param latitudesDeg latitude of each vertex (deg)
   * @param longitudesDeg longitude of each vertex (deg)
   * @param color its colour
   * @param widthPx its width (px)
   * @param label a legend entry for it, or null for none
   */
  public MapCanvas line(
      double[] latitudesDeg, double[] longitudesDeg, Color color, float widthPx, String label) {
    throw new UnsupportedOperationException("contract: implemented on the map branch");
  }

  /**
   * Draws a labelled marker.
   *
   * @param latitudeDeg latitude (deg)
   * @param longitudeDeg longitude (deg)
   * @param label its label, or null for none
   * @param color its colour
   * @param shape its shape
   */
  public MapCanvas marker(
      double latitudeDeg, double longitudeDeg, String label, Color color, Marker shape) {
    throw new UnsupportedOperationException("contract: implemented on the map branch");
  }

  /** The picture as PNG bytes. */
  public byte[] png() {
    throw new UnsupportedOperationException("contract: implemented on the map branch");
  }

  /** Writes the picture as a PNG file. */
  public void writePng(Path file) throws IOException {
    throw new UnsupportedOperationException("contract: implemented on the map branch");
  }

  /** Marker shapes. */
  public enum Marker {
    /** A filled circle: a city or aim point. */
    CIRCLE,
    /** A filled triangle: a launch site or interceptor battery. */
    TRIANGLE,
    /** A filled square: a radar. */
    SQUARE,
    /** A cross: an intercept or impact point. */
    CROSS
  }

  /**
   * A colour scale for cell values: a perceptually ordered ramp (viridis-like) from its minimum to
   * its maximum, values outside clamped, with a legend title that names the unit.
   *
   * @param minimum the value at the low end, in the layer's unit
   * @param maximum the value at the high end, greater than the minimum
   * @param legendTitle the legend's title with the unit, e.g. "warning (min)"
   */
  public record ColorScale(double minimum, double maximum, String legendTitle) {

    /** Checks the range. */
    public ColorScale {
      if (!(maximum > minimum)) {
        throw new IllegalArgumentException(
            "the scale's maximum must exceed its minimum: " + minimum + ", " + maximum);
      }
    }
  }
}
