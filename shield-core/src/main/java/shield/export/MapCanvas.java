package shield.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import shield.analysis.Region;

/**
 * A map picture of a region: Natural Earth's coastlines and borders ({@link BaseMap}), with the
 * layers an analysis adds — grid cells coloured by a value, lines (range rings, ground tracks),
 * labelled markers (sites, cities) — a title, a colour legend and a scale, written as PNG.
 *
 * <p>The projection is equirectangular about the region's middle latitude (x ∝ λ cos φ₀, y ∝ φ),
 * which keeps shapes near that latitude true; the picture's height follows from its width. Layers
 * are drawn in the order they were added, over the land and under the labels: cells under the
 * coastlines and borders (so that the coast reads through them), lines and markers over them,
 * marker labels last, on a white halo.
 *
 * <p>Paths are drawn continuous in longitude, each step the short way round, and repeated a turn
 * east or west where they run past the map's seam (the meridian opposite its centre; the
 * antimeridian for a map of Europe), so a line that crosses the antimeridian or winds round a pole
 * is split there and nowhere else. The graticule is drawn every 1°, 2°, 5°, 10° or 30°, whichever
 * gives a handful of lines; the scale bar measures kilometres along the middle latitude on the
 * sphere of mean radius 6,371 km.
 *
 * <p>A canvas is a builder used by one thread: add layers, then write it.
 */
public final class MapCanvas {

  private static final int TITLE_PX = 36;
  private static final int LEFT_PX = 46;
  private static final int RIGHT_PX = 16;
  private static final int BOTTOM_PX = 24;

  /** Taller pictures than this many widths are refused: the region is too narrow for its height. */
  private static final int MAX_ASPECT = 8;

  /** Mean radius of the Earth (IUGG, 6,371.0088 km), for the scale bar's kilometres. */
  private static final double MEAN_RADIUS_KM = 6371.0088;

  static final Color SEA = new Color(0xD3, 0xE5, 0xF2);
  static final Color LAND = new Color(0xF5, 0xF2, 0xEA);
  private static final Color COAST = new Color(0x4A, 0x4A, 0x4A);
  private static final Color BORDER = new Color(0x8C, 0x8C, 0x8C);
  private static final Color GRATICULE = new Color(0x50, 0x6E, 0x8C, 0x50);
  private static final Color TEXT = new Color(0x20, 0x20, 0x20);
  private static final Color HALO = new Color(255, 255, 255, 230);
  private static final Color PANEL = new Color(255, 255, 255, 215);

  /** Cells' opacity: enough to read the colour, little enough to see the land beneath. */
  private static final int CELL_ALPHA = 165;

  /** Matplotlib's viridis at nine evenly spaced points (van der Walt and Smith, 2015). */
  private static final int[][] VIRIDIS = {
    {68, 1, 84},
    {71, 44, 122},
    {59, 81, 139},
    {44, 113, 142},
    {33, 144, 141},
    {39, 173, 129},
    {92, 200, 99},
    {170, 220, 50},
    {253, 231, 37}
  };

  private static final double[] GRATICULE_STEPS_DEG = {1, 2, 5, 10, 30};
  private static final float MARKER_PX = 10f;

  private final Region region;
  private final int widthPx;
  private final int heightPx;
  private final double centreLonDeg;
  private final double pxPerDegLat;
  private final double pxPerDegLon;
  private final Rectangle2D.Double frame;
  private final List<Layer> layers = new ArrayList<>();
  private String title = "";

  private MapCanvas(Region region, int widthPx) {
    this.region = region;
    this.widthPx = widthPx;
    double middleLat = Math.toRadians((region.southDeg() + region.northDeg()) / 2);
    double mapWidth = widthPx - LEFT_PX - RIGHT_PX;
    this.pxPerDegLon = mapWidth / region.widthDeg();
    this.pxPerDegLat = pxPerDegLon / Math.cos(middleLat);
    double mapHeight = region.heightDeg() * pxPerDegLat;
    this.heightPx = (int) Math.ceil(TITLE_PX + mapHeight + BOTTOM_PX);
    if (heightPx > MAX_ASPECT * widthPx) {
      throw new IllegalArgumentException(
          "the region is too tall for its width at its latitude: the picture would be "
              + heightPx
              + " px high for "
              + widthPx
              + " px wide");
    }
    this.centreLonDeg = Longitudes.wrap(region.westDeg() + region.widthDeg() / 2);
    this.frame = new Rectangle2D.Double(LEFT_PX, TITLE_PX, mapWidth, mapHeight);
  }

  /**
   * A canvas showing a region.
   *
   * @param region the region shown
   * @param widthPx the picture's width (px), at least 200
   */
  public static MapCanvas of(Region region, int widthPx) {
    if (widthPx < 200) {
      throw new IllegalArgumentException("a map must be at least 200 px wide: " + widthPx);
    }
    return new MapCanvas(region, widthPx);
  }

  /** Sets the title, drawn above the map. */
  public MapCanvas title(String title) {
    this.title = title == null ? "" : title;
    return this;
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
    if (values.length != grid.size()) {
      throw new IllegalArgumentException(
          values.length + " values for a grid of " + grid.size() + " cells");
    }
    layers.add(new Cells(grid, values.clone(), scale));
    return this;
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
    if (latitudesDeg.length != longitudesDeg.length) {
      throw new IllegalArgumentException("latitudes and longitudes differ in length");
    }
    layers.add(new Line(latitudesDeg.clone(), longitudesDeg.clone(), color, widthPx, label));
    return this;
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
    layers.add(new Point(latitudeDeg, longitudeDeg, label, color, shape));
    return this;
  }

  /** The picture's height (px), which follows from its width and the region. */
  public int heightPx() {
    return heightPx;
  }

  /**
   * Where a place falls on the picture (px from the top-left corner), on the copy of the world
   * nearest the map's centre; it may lie outside the map frame.
   */
  public Point2D pixel(double latitudeDeg, double longitudeDeg) {
    return new Point2D.Double(x(Longitudes.wrap(longitudeDeg - centreLonDeg)), y(latitudeDeg));
  }

  /** The picture as PNG bytes. */
  public byte[] png() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      ImageIO.write(render(), "png", bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Writes the picture as a PNG file. */
  public void writePng(Path file) throws IOException {
    Files.write(file, png());
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

    /** The opaque colour of a value on the viridis ramp, clamped to the ends. */
    public Color color(double value) {
      double f = Math.max(0.0, Math.min(1.0, (value - minimum) / (maximum - minimum)));
      double position = f * (VIRIDIS.length - 1);
      int i = Math.min((int) position, VIRIDIS.length - 2);
      double t = position - i;
      return new Color(
          (int) Math.round(VIRIDIS[i][0] + t * (VIRIDIS[i + 1][0] - VIRIDIS[i][0])),
          (int) Math.round(VIRIDIS[i][1] + t * (VIRIDIS[i + 1][1] - VIRIDIS[i][1])),
          (int) Math.round(VIRIDIS[i][2] + t * (VIRIDIS[i + 1][2] - VIRIDIS[i][2])));
    }
  }

  /** Something an analysis adds to the map. */
  private sealed interface Layer permits Cells, Line, Point {}

  private record Cells(Region.Grid grid, double[] values, ColorScale scale) implements Layer {}

  private record Line(double[] lat, double[] lon, Color color, float widthPx, String label)
      implements Layer {}

  private record Point(double lat, double lon, String label, Color color, Marker shape)
      implements Layer {}

  private double x(double offsetFromCentreDeg) {
    return frame.getCenterX() + offsetFromCentreDeg * pxPerDegLon;
  }

  private double y(double latitudeDeg) {
    return TITLE_PX + (region.northDeg() - latitudeDeg) * pxPerDegLat;
  }

  private BufferedImage render() {
    BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, widthPx, heightPx);
      g.setClip(frame);
      g.setColor(SEA);
      g.fill(frame);
      drawLand(g);
      layers.stream().filter(Cells.class::isInstance).forEach(l -> drawCells(g, (Cells) l));
      drawOutlines(g);
      drawGraticule(g);
      for (Layer layer : layers) {
        if (layer instanceof Line line) {
          g.setColor(line.color());
          g.setStroke(
              new BasicStroke(line.widthPx(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
          drawPath(g, line.lat(), Longitudes.unwrap(line.lon()), false);
        } else if (layer instanceof Point point) {
          drawMarker(g, point);
        }
      }
      g.setClip(null);
      for (Layer layer : layers) {
        if (layer instanceof Point point && point.label() != null) {
          drawLabel(g, point);
        }
      }
      g.setColor(COAST);
      g.setStroke(new BasicStroke(1f));
      g.draw(frame);
      drawGraticuleLabels(g);
      drawTitle(g);
      drawLegends(g);
      drawScaleBar(g);
    } finally {
      g.dispose();
    }
    return image;
  }

  private void drawLand(Graphics2D g) {
    g.setColor(LAND);
    for (BaseMap.Polyline outline : BaseMap.naturalEarthLand()) {
      // d3's TopoJSON runs outer rings clockwise, so a ring's direction does not say its pole.
      double[][] ring = Longitudes.ring(outline.latitudesDeg(), outline.longitudesDeg(), false);
      drawPath(g, ring[0], ring[1], true);
    }
  }

  private void drawOutlines(Graphics2D g) {
    BaseMap map = BaseMap.naturalEarth();
    g.setColor(BORDER);
    g.setStroke(
        new BasicStroke(
            0.7f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {3f, 2f}, 0f));
    for (BaseMap.Polyline border : map.borders()) {
      drawPath(g, border.latitudesDeg(), Longitudes.unwrap(border.longitudesDeg()), false);
    }
    g.setColor(COAST);
    g.setStroke(new BasicStroke(0.9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    for (BaseMap.Polyline coast : map.coastlines()) {
      drawPath(g, coast.latitudesDeg(), Longitudes.unwrap(coast.longitudesDeg()), false);
    }
  }

  /**
   * Draws (or fills) a path continuous in longitude, once for each turn of the world on which part
   * of it falls inside the map; paths wholly outside are skipped before any drawing.
   */
  private void drawPath(Graphics2D g, double[] lat, double[] unwrappedLon, boolean fill) {
    if (lat.length < 2) {
      return;
    }
    double offset = Longitudes.wrap(unwrappedLon[0] - centreLonDeg) - unwrappedLon[0];
    double minLat = Double.POSITIVE_INFINITY;
    double maxLat = Double.NEGATIVE_INFINITY;
    double minD = Double.POSITIVE_INFINITY;
    double maxD = Double.NEGATIVE_INFINITY;
    Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, lat.length + 1);
    for (int i = 0; i < lat.length; i++) {
      double d = unwrappedLon[i] + offset;
      minD = Math.min(minD, d);
      maxD = Math.max(maxD, d);
      minLat = Math.min(minLat, lat[i]);
      maxLat = Math.max(maxLat, lat[i]);
      if (i == 0) {
        path.moveTo(x(d), y(lat[i]));
      } else {
        path.lineTo(x(d), y(lat[i]));
      }
    }
    if (fill) {
      path.closePath();
    }
    if (maxLat < region.southDeg() || minLat > region.northDeg()) {
      return;
    }
    double half = region.widthDeg() / 2;
    for (long turn = (long) Math.ceil((-half - maxD) / 360.0);
        turn <= (long) Math.floor((half - minD) / 360.0);
        turn++) {
      Shape shape =
          turn == 0
              ? path
              : AffineTransform.getTranslateInstance(turn * 360.0 * pxPerDegLon, 0)
                  .createTransformedShape(path);
      if (fill) {
        g.fill(shape);
      } else {
        g.draw(shape);
      }
    }
  }

  private void drawCells(Graphics2D g, Cells cells) {
    Object antialias = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
    // Antialiased edges would leave faint seams between neighbouring cells.
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
    Region.Grid grid = cells.grid();
    double half = grid.stepDeg() / 2;
    for (int row = 0; row < grid.rows(); row++) {
      // Neighbouring cells share their rounded edges: no gap, and no overlap to darken.
      double top = Math.rint(y(grid.latitudeDeg(row) + half));
      double bottom = Math.rint(y(grid.latitudeDeg(row) - half));
      for (int column = 0; column < grid.columns(); column++) {
        double value = cells.values()[grid.index(row, column)];
        if (Double.isNaN(value)) {
          continue;
        }
        double d = Longitudes.wrap(grid.longitudeDeg(column) - centreLonDeg);
        double left = Math.rint(x(d - half));
        double right = Math.rint(x(d + half));
        Color c = cells.scale().color(value);
        g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), CELL_ALPHA));
        g.fill(new Rectangle2D.Double(left, top, right - left, bottom - top));
      }
    }
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, antialias);
  }

  /** The graticule's step: the smallest of the steps that puts at most eight lines across. */
  private double graticuleStepDeg() {
    double span = Math.max(region.widthDeg(), region.heightDeg());
    for (double step : GRATICULE_STEPS_DEG) {
      if (span / step <= 8) {
        return step;
      }
    }
    return GRATICULE_STEPS_DEG[GRATICULE_STEPS_DEG.length - 1];
  }

  private void drawGraticule(Graphics2D g) {
    double step = graticuleStepDeg();
    g.setColor(GRATICULE);
    g.setStroke(new BasicStroke(0.6f));
    for (double lat = Math.ceil(region.southDeg() / step) * step;
        lat <= region.northDeg();
        lat += step) {
      g.draw(new Line2D.Double(frame.getMinX(), y(lat), frame.getMaxX(), y(lat)));
    }
    for (double lon : graticuleLongitudes(step)) {
      double px = x(Longitudes.wrap(lon - centreLonDeg));
      g.draw(new Line2D.Double(px, frame.getMinY(), px, frame.getMaxY()));
    }
  }

  /** The graticule's meridians inside the region, in [−180, 180) (deg). */
  private List<Double> graticuleLongitudes(double step) {
    List<Double> longitudes = new ArrayList<>();
    for (double lon = Math.ceil(region.westDeg() / step) * step;
        lon <= region.westDeg() + region.widthDeg();
        lon += step) {
      longitudes.add(Longitudes.wrap(lon));
    }
    return longitudes;
  }

  private void drawGraticuleLabels(Graphics2D g) {
    double step = graticuleStepDeg();
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
    FontMetrics metrics = g.getFontMetrics();
    g.setColor(TEXT);
    for (double lat = Math.ceil(region.southDeg() / step) * step;
        lat <= region.northDeg();
        lat += step) {
      String text = degrees(lat, "N", "S");
      g.drawString(
          text,
          (float) (frame.getMinX() - 4 - metrics.stringWidth(text)),
          (float) (y(lat) + metrics.getAscent() / 2.0 - 1));
    }
    for (double lon : graticuleLongitudes(step)) {
      String text = degrees(lon == -180.0 ? 180.0 : lon, "E", "W");
      double px = x(Longitudes.wrap(lon - centreLonDeg));
      g.drawString(
          text,
          (float) (px - metrics.stringWidth(text) / 2.0),
          (float) (frame.getMaxY() + 3 + metrics.getAscent()));
    }
  }

  private static String degrees(double value, String positive, String negative) {
    double rounded = Math.rint(value * 1e6) / 1e6;
    String hemisphere = rounded > 0 && rounded < 180 ? positive : rounded < 0 ? negative : "";
    return number(Math.abs(rounded)) + "°" + hemisphere;
  }

  private void drawMarker(Graphics2D g, Point point) {
    Point2D at = pixel(point.lat(), point.lon());
    if (!frame.contains(at)) {
      return;
    }
    double r = MARKER_PX / 2;
    double cx = at.getX();
    double cy = at.getY();
    Shape shape =
        switch (point.shape()) {
          case CIRCLE -> new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
          case SQUARE -> new Rectangle2D.Double(cx - r * 0.85, cy - r * 0.85, 1.7 * r, 1.7 * r);
          case TRIANGLE -> {
            Path2D.Double t = new Path2D.Double();
            t.moveTo(cx, cy - 1.15 * r);
            t.lineTo(cx + r, cy + 0.75 * r);
            t.lineTo(cx - r, cy + 0.75 * r);
            t.closePath();
            yield t;
          }
          case CROSS -> {
            Path2D.Double c = new Path2D.Double();
            c.moveTo(cx - r, cy - r);
            c.lineTo(cx + r, cy + r);
            c.moveTo(cx - r, cy + r);
            c.lineTo(cx + r, cy - r);
            yield c;
          }
        };
    if (point.shape() == Marker.CROSS) {
      g.setColor(Color.WHITE);
      g.setStroke(new BasicStroke(4.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(shape);
      g.setColor(point.color());
      g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(shape);
    } else {
      g.setColor(point.color());
      g.fill(shape);
      g.setColor(Color.WHITE);
      g.setStroke(new BasicStroke(1.3f));
      g.draw(shape);
    }
  }

  /** A marker's label to its right (to its left near the map's right edge), on a white halo. */
  private void drawLabel(Graphics2D g, Point point) {
    Point2D at = pixel(point.lat(), point.lon());
    if (!frame.contains(at)) {
      return;
    }
    Font font = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    TextLayout text = new TextLayout(point.label(), font, g.getFontRenderContext());
    double width = text.getAdvance();
    double gap = MARKER_PX / 2 + 4;
    double left = at.getX() + gap;
    if (left + width > frame.getMaxX()) {
      left = at.getX() - gap - width;
    }
    double baseline = at.getY() + (text.getAscent() - text.getDescent()) / 2;
    Shape outline = text.getOutline(AffineTransform.getTranslateInstance(left, baseline));
    g.setColor(HALO);
    g.setStroke(new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(outline);
    g.setColor(TEXT);
    g.fill(outline);
  }

  private void drawTitle(Graphics2D g) {
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
    g.setColor(TEXT);
    g.drawString(title, (float) frame.getMinX(), TITLE_PX - 11f);
  }

  /** The colour scales' bars and the labelled lines' key, stacked in the map's lower left. */
  private void drawLegends(Graphics2D g) {
    Font small = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    g.setFont(small);
    FontMetrics metrics = g.getFontMetrics();
    int line = metrics.getHeight();
    double left = frame.getMinX() + 8;
    double bottom = frame.getMaxY() - 8;
    List<Line> keyed = new ArrayList<>();
    for (Layer layer : layers) {
      if (layer instanceof Line l && l.label() != null) {
        keyed.add(l);
      }
    }
    if (!keyed.isEmpty()) {
      double width = 0;
      for (Line l : keyed) {
        width = Math.max(width, 30 + metrics.stringWidth(l.label()));
      }
      double height = keyed.size() * line + 8;
      panel(g, left, bottom - height, width + 12, height);
      double baseline = bottom - height + 4 + metrics.getAscent();
      for (Line l : keyed) {
        double mid = baseline - metrics.getAscent() / 2.0 + 1;
        g.setColor(l.color());
        g.setStroke(new BasicStroke(Math.max(2f, l.widthPx()), BasicStroke.CAP_BUTT, 0));
        g.draw(new Line2D.Double(left + 6, mid, left + 28, mid));
        g.setColor(TEXT);
        g.drawString(l.label(), (float) (left + 34), (float) baseline);
        baseline += line;
      }
      bottom -= height + 6;
    }
    for (Layer layer : layers) {
      if (layer instanceof Cells cells) {
        bottom -= drawScaleLegend(g, cells.scale(), left, bottom) + 6;
      }
    }
  }

  /** Draws one colour scale's legend above a point; returns its height (px). */
  private double drawScaleLegend(Graphics2D g, ColorScale scale, double left, double bottom) {
    FontMetrics metrics = g.getFontMetrics();
    int line = metrics.getHeight();
    double barWidth = 160;
    double barHeight = 10;
    double height = 4 + line + barHeight + 2 + line + 2;
    double width = Math.max(barWidth, metrics.stringWidth(scale.legendTitle())) + 16;
    double top = bottom - height;
    panel(g, left, top, width, height);
    g.setColor(TEXT);
    g.drawString(scale.legendTitle(), (float) (left + 8), (float) (top + 3 + metrics.getAscent()));
    double barTop = top + 4 + line;
    for (int i = 0; i < barWidth; i++) {
      Color c = scale.color(scale.minimum() + (scale.maximum() - scale.minimum()) * i / barWidth);
      g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), CELL_ALPHA));
      g.fill(new Rectangle2D.Double(left + 8 + i, barTop, 1.0, barHeight));
    }
    g.setColor(TEXT);
    double labelBaseline = barTop + barHeight + 2 + metrics.getAscent();
    for (int tick = 0; tick <= 2; tick++) {
      double value = scale.minimum() + (scale.maximum() - scale.minimum()) * tick / 2;
      String text = number(value);
      double px = left + 8 + barWidth * tick / 2;
      g.draw(new Line2D.Double(px, barTop + barHeight, px, barTop + barHeight + 2));
      double anchor = tick == 0 ? 0 : tick == 1 ? 0.5 : 1;
      g.drawString(text, (float) (px - anchor * metrics.stringWidth(text)), (float) labelBaseline);
    }
    return height;
  }

  /** A bar of a round number of kilometres, about a fifth of the map wide, in its lower right. */
  private void drawScaleBar(Graphics2D g) {
    double pxPerKm = pxPerDegLat / (MEAN_RADIUS_KM * Math.PI / 180);
    double maxKm = frame.getWidth() / 5 / pxPerKm;
    double magnitude = Math.pow(10, Math.floor(Math.log10(maxKm)));
    double km = magnitude;
    for (double multiple : new double[] {2, 5}) {
      if (multiple * magnitude <= maxKm) {
        km = multiple * magnitude;
      }
    }
    double length = km * pxPerKm;
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    FontMetrics metrics = g.getFontMetrics();
    String text = number(km) + " km";
    double width = Math.max(length, metrics.stringWidth(text)) + 16;
    double height = metrics.getHeight() + 16;
    double left = frame.getMaxX() - 8 - width;
    double top = frame.getMaxY() - 8 - height;
    panel(g, left, top, width, height);
    double barLeft = left + 8;
    double barTop = top + height - 12;
    g.setColor(TEXT);
    g.fill(new Rectangle2D.Double(barLeft, barTop, length / 2, 5));
    g.setStroke(new BasicStroke(1f));
    g.draw(new Rectangle2D.Double(barLeft, barTop, length, 5));
    g.drawString(text, (float) barLeft, (float) (barTop - 4));
  }

  private static void panel(Graphics2D g, double left, double top, double width, double height) {
    g.setColor(PANEL);
    g.fill(new Rectangle2D.Double(left, top, width, height));
    g.setColor(new Color(0xB0, 0xB0, 0xB0));
    g.setStroke(new BasicStroke(0.8f));
    g.draw(new Rectangle2D.Double(left, top, width, height));
  }

  /** A number as a label: whole numbers without decimals, others to three significant figures. */
  private static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e9) {
      return String.format(Locale.ROOT, "%.0f", value);
    }
    return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
  }
}
