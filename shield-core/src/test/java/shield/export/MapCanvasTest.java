package shield.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shield.analysis.Region;

/**
 * Renders maps and reads their pixels back: the picture's size, the projection (equirectangular
 * about the middle latitude, computed here from the region's edges), land and sea where geography
 * puts them, markers and lines where they belong, across the antimeridian too.
 */
class MapCanvasTest {

  private static final Color RING = new Color(200, 30, 30);
  private static final Color CITY = new Color(30, 30, 200);

  private static MapCanvas plain;
  private static BufferedImage plainPicture;
  private static MapCanvas pacific;
  private static BufferedImage pacificPicture;

  @BeforeAll
  static void draw() throws IOException {
    plain =
        MapCanvas.of(Region.EUROPE, 900)
            .title("Europe")
            .marker(52.23, 21.01, "Warsaw", CITY, MapCanvas.Marker.CIRCLE);
    plainPicture = read(plain.png());
    pacific =
        MapCanvas.of(new Region(20, 120, 80, -110), 900)
            .title("North Pacific")
            .line(new double[] {40, 60}, new double[] {170, -170}, RING, 3f, "across");
    pacificPicture = read(pacific.png());
  }

  private static BufferedImage read(byte[] png) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(png));
  }

  private static Color colorAt(BufferedImage picture, MapCanvas canvas, double lat, double lon) {
    Point2D at = canvas.pixel(lat, lon);
    return new Color(picture.getRGB((int) at.getX(), (int) at.getY()));
  }

  @Test
  void isAsWideAsAskedAndAsHighAsTheProjectionGives() {
    // Map frame 900 − 46 − 16 = 838 px for 56° of longitude; a degree of latitude is
    // 838 / 56 / cos 53° px; 38° of latitude, plus the 36 px title band and the 24 px margin.
    double mapHeight = 38 * 838.0 / 56 / Math.cos(Math.toRadians(53));
    assertThat(plainPicture.getWidth()).isEqualTo(900);
    assertThat(plainPicture.getHeight())
        .isEqualTo(plain.heightPx())
        .isEqualTo((int) Math.ceil(36 + mapHeight + 24));
  }

  @Test
  void placesProjectWhereTheEquirectangularFormulaPutsThem() {
    // Warsaw, 52.23°N 21.01°E: x = 46 + (21.01 + 11) / 56 · 838, y = 36 + (72 − 52.23) · px/°lat.
    double pxPerDegLat = 838.0 / 56 / Math.cos(Math.toRadians(53));
    Point2D warsaw = plain.pixel(52.23, 21.01);
    assertThat(warsaw.getX()).isCloseTo(46 + 32.01 / 56 * 838, within(1e-9));
    assertThat(warsaw.getY()).isCloseTo(36 + 19.77 * pxPerDegLat, within(1e-9));
    assertThat(colorAt(plainPicture, plain, 52.23, 21.01)).isEqualTo(CITY);
  }

  @Test
  void landAndSeaAreWhereTheGeographyPutsThem() {
    assertThat(colorAt(plainPicture, plain, 51.0, 10.5)).as("Thuringia").isEqualTo(MapCanvas.LAND);
    assertThat(colorAt(plainPicture, plain, 47.0, 2.5))
        .as("Centre-Val de Loire")
        .isEqualTo(MapCanvas.LAND);
    assertThat(colorAt(plainPicture, plain, 56.5, 3.5)).as("North Sea").isEqualTo(MapCanvas.SEA);
    assertThat(colorAt(plainPicture, plain, 35.0, 18.0)).as("Ionian Sea").isEqualTo(MapCanvas.SEA);
  }

  @Test
  void theCoastOfPortugalEndsAtCaboDaRoca() {
    // Cabo da Roca, the westernmost point of mainland Europe, 38°46′51″N 9°30′02″W (Instituto
    // Geográfico Português). Walking east along its parallel from the open Atlantic (east of the
    // 10°W graticule line), the first pixel that is not sea must be there, within 0.15° (13 km,
    // two pixels of this map).
    double lat = 38.781;
    int y = (int) plain.pixel(lat, 0).getY();
    int x = (int) plain.pixel(lat, -9.9).getX();
    while (new Color(plainPicture.getRGB(x, y)).equals(MapCanvas.SEA)) {
      x++;
    }
    double lonAtX = -11 + (x + 0.5 - 46) / 838.0 * 56;
    assertThat(lonAtX).isCloseTo(-9.5006, within(0.15));
  }

  @Test
  void aLineAcrossTheAntimeridianIsDrawnTheShortWayRound() {
    // The line from 40°N 170°E to 60°N 170°W crosses 180° at about 50°N (the straight line on the
    // plane of the map), and never passes the map's far side, 5°W.
    assertThat(colorAt(pacificPicture, pacific, 50.0, 180.0)).isEqualTo(RING);
    assertThat(colorAt(pacificPicture, pacific, 40.0, 170.0)).isEqualTo(RING);
    assertThat(colorAt(pacificPicture, pacific, 60.0, -170.0)).isEqualTo(RING);
    assertThat(colorAt(pacificPicture, pacific, 50.0, 140.0)).isNotEqualTo(RING);
    assertThat(colorAt(pacificPicture, pacific, 50.0, -140.0)).isNotEqualTo(RING);
  }

  @Test
  void cellsTakeTheirScalesColourOverTheSea(@TempDir Path dir) throws IOException {
    Region region = new Region(40, -40, 50, -20);
    Region.Grid grid = region.grid(5.0);
    double[] values = new double[grid.size()];
    values[0] = 1.0;
    for (int i = 1; i < values.length; i++) {
      values[i] = Double.NaN;
    }
    MapCanvas.ColorScale scale = new MapCanvas.ColorScale(0, 1, "value (1)");
    MapCanvas canvas = MapCanvas.of(region, 600).cells(grid, values, scale);
    Path file = dir.resolve("cells.png");
    canvas.writePng(file);
    BufferedImage picture = ImageIO.read(file.toFile());
    // Cell 0 spans 40–45°N, 40–35°W: open Atlantic, drawn at alpha 165/255 over the sea colour.
    Color top = scale.color(1.0);
    Color expected =
        new Color(
            blend(top.getRed(), MapCanvas.SEA.getRed()),
            blend(top.getGreen(), MapCanvas.SEA.getGreen()),
            blend(top.getBlue(), MapCanvas.SEA.getBlue()));
    Color cell = colorAt(picture, canvas, 42.0, -38.0);
    assertThat(cell.getRed()).isCloseTo(expected.getRed(), within(2));
    assertThat(cell.getGreen()).isCloseTo(expected.getGreen(), within(2));
    assertThat(cell.getBlue()).isCloseTo(expected.getBlue(), within(2));
    assertThat(colorAt(picture, canvas, 47.0, -23.0)).as("a NaN cell").isEqualTo(MapCanvas.SEA);
    assertThat(top).isEqualTo(new Color(253, 231, 37));
    assertThat(scale.color(-5.0)).isEqualTo(new Color(68, 1, 84));
  }

  private static int blend(int over, int under) {
    return (int) Math.round(over * 165 / 255.0 + under * (1 - 165 / 255.0));
  }

  @Test
  void refusesPicturesTooNarrowOrTooTall() {
    assertThatThrownBy(() -> MapCanvas.of(Region.EUROPE, 100))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MapCanvas.of(new Region(-80, 0, 80, 1), 400))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void writesAViewableExample() throws IOException {
    Region.Grid grid = Region.EUROPE.grid(2.0);
    double[] values = new double[grid.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = grid.centre(i).latitudeDeg() > 60 ? Double.NaN : grid.centre(i).longitudeDeg();
    }
    Path out = Path.of("target", "map-test");
    Files.createDirectories(out);
    MapCanvas.of(Region.EUROPE, 900)
        .title("Test map of Europe")
        .cells(grid, values, new MapCanvas.ColorScale(-11, 45, "longitude (deg)"))
        .line(new double[] {50, 54, 50}, new double[] {10, 20, 30}, RING, 2f, "a line")
        .marker(54.71, 20.51, "Kaliningrad", RING, MapCanvas.Marker.TRIANGLE)
        .writePng(out.resolve("europe.png"));
    assertThat(Files.size(out.resolve("europe.png"))).isGreaterThan(10_000);
  }
}
