package shield.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import shield.analysis.Reach;
import shield.analysis.Region;
import shield.earth.GeodesicLeg;
import shield.earth.Geodesy;
import shield.earth.Geodetic;

/**
 * The reach ring's files, from rings made here as geodesic circles (no flights): the GeoJSON area
 * holds the launch place (and the pole when the ring winds round it), the map's region holds every
 * point, and the ring is drawn where its impacts are.
 */
class ReachFilesTest {

  private static Reach.Ring circle(Geodetic site, double radiusM) {
    List<Reach.Direction> directions = new ArrayList<>();
    for (int i = 0; i < 72; i++) {
      double azimuth = Math.toRadians(5 * i);
      Geodetic impact = Geodesy.direct(site, azimuth, radiusM);
      directions.add(new Reach.Direction(azimuth, azimuth, radiusM, impact, 0.3));
    }
    return new Reach.Ring(site, directions);
  }

  private static List<Reach.Target> cities(Geodetic site, double reachM) {
    List<Reach.Target> targets = new ArrayList<>();
    for (Object[] city : new Object[][] {{"Warsaw", 52.23, 21.01}, {"Washington", 38.90, -77.04}}) {
      Geodetic place = Geodetic.ofDegrees((double) city[1], (double) city[2], 0);
      GeodesicLeg leg = Geodesy.inverse(site, place);
      targets.add(
          new Reach.Target(
              (String) city[0], place, leg.distanceM(), reachM, leg.distanceM() <= reachM));
    }
    return targets;
  }

  private static JsonNode geoJson(Reach.Ring ring, List<Reach.Target> targets) throws IOException {
    StringWriter out = new StringWriter();
    ReachFiles.geoJson(ring, targets, "Moscow", Map.of("missile", "test")).write(out);
    return new ObjectMapper().readTree(out.toString());
  }

  /** Even–odd test against every polygon of a Polygon or MultiPolygon geometry. */
  private static boolean inside(JsonNode geometry, double latDeg, double lonDeg) {
    List<JsonNode> polygons = new ArrayList<>();
    if (geometry.get("type").asText().equals("Polygon")) {
      polygons.add(geometry.get("coordinates"));
    } else {
      geometry.get("coordinates").forEach(polygons::add);
    }
    for (JsonNode polygon : polygons) {
      JsonNode ring = polygon.get(0);
      boolean in = false;
      for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        double xi = ring.get(i).get(0).asDouble();
        double yi = ring.get(i).get(1).asDouble();
        double xj = ring.get(j).get(0).asDouble();
        double yj = ring.get(j).get(1).asDouble();
        if ((yi > latDeg) != (yj > latDeg) && lonDeg < xj + (latDeg - yj) / (yi - yj) * (xi - xj)) {
          in = !in;
        }
      }
      if (in) {
        return true;
      }
    }
    return false;
  }

  @Test
  void theAreaHoldsTheLaunchPlaceAndTheCitiesSayWhetherTheyAreWithin() throws IOException {
    Geodetic moscow = Geodetic.ofDegrees(55.75, 37.62, 0);
    Reach.Ring ring = circle(moscow, 3_000e3);
    JsonNode features = geoJson(ring, cities(moscow, 3_000e3)).get("features");
    JsonNode area = features.get(0);
    assertThat(area.at("/properties/kind").asText()).isEqualTo("reach");
    assertThat(area.at("/properties/missile").asText()).isEqualTo("test");
    assertThat(area.at("/geometry/type").asText()).isEqualTo("Polygon");
    assertThat(inside(area.get("geometry"), 55.75, 37.62)).isTrue();
    assertThat(inside(area.get("geometry"), 52.23, 21.01)).as("Warsaw, 1,150 km").isTrue();
    assertThat(inside(area.get("geometry"), 38.90, -77.04)).isFalse();
    assertThat(features).hasSize(1 + 72 + 1 + 2);
    JsonNode warsaw = features.get(74);
    assertThat(warsaw.at("/properties/name").asText()).isEqualTo("Warsaw");
    assertThat(warsaw.at("/properties/within").asBoolean()).isTrue();
    assertThat(features.get(75).at("/properties/within").asBoolean()).isFalse();
    assertThat(features.get(1).at("/properties/reach_km").asDouble()).isEqualTo(3000.0);
  }

  @Test
  void aRingRoundTheNorthPoleHoldsIt() throws IOException {
    Geodetic site = Geodetic.ofDegrees(70, 40, 0);
    Reach.Ring ring = circle(site, 5_000e3);
    JsonNode area = geoJson(ring, List.of()).at("/features/0/geometry");
    assertThat(inside(area, 70, 40)).isTrue();
    assertThat(inside(area, 89.5, -140)).as("near the pole, across it").isTrue();
    assertThat(inside(area, 10, 40)).as("6,600 km south").isFalse();
    Region region =
        ReachFiles.regionAround(
            site, closed(ring.latitudesDeg()), closed(ring.longitudesDeg()), null, List.of());
    assertThat(region.northDeg()).isEqualTo(90.0);
    assertThat(region.widthDeg()).isCloseTo(360.0, org.assertj.core.api.Assertions.within(1e-5));
  }

  @Test
  void aRingRoundBothPolesIsWrittenAsALine() throws IOException {
    Reach.Ring ring = circle(Geodetic.ofDegrees(0, 0, 0), 15_000e3);
    assertThat(ReachFiles.enclosesBothPoles(ring)).isTrue();
    assertThat(geoJson(ring, List.of()).at("/features/0/geometry/type").asText())
        .isIn("LineString", "MultiLineString");
  }

  @Test
  void theMapFitsEveryPointAndDrawsTheRingAtItsImpacts() throws IOException {
    Geodetic site = Geodetic.ofDegrees(39.0, 125.75, 0);
    Reach.Ring ring = circle(site, 6_000e3);
    List<Reach.Target> targets = cities(site, 6_000e3);
    Region region =
        ReachFiles.regionAround(
            site,
            closed(ring.latitudesDeg()),
            closed(ring.longitudesDeg()),
            null,
            List.of(new double[] {38.90, -77.04}));
    for (Reach.Direction d : ring.directions()) {
      assertThat(region.contains(d.impact().latitudeDeg(), d.impact().longitudeDeg())).isTrue();
    }
    assertThat(region.contains(38.90, -77.04)).isTrue();
    assertThat(region.contains(39.0, 125.75)).isTrue();

    MapCanvas canvas = ReachFiles.map(ring, targets, "Launch", "Test reach", 6_000e3);
    byte[] png = canvas.png();
    Path out = Path.of("target", "map-test");
    Files.createDirectories(out);
    Files.write(out.resolve("reach.png"), png);
    BufferedImage picture = ImageIO.read(new ByteArrayInputStream(png));
    Geodetic south = ring.directions().get(36).impact();
    Point2D at = canvas.pixel(south.latitudeDeg(), south.longitudeDeg());
    assertThat(new Color(picture.getRGB((int) at.getX(), (int) at.getY())))
        .isEqualTo(new Color(0xC0, 0x1C, 0x28));
  }

  private static double[] closed(double[] values) {
    double[] closed = java.util.Arrays.copyOf(values, values.length + 1);
    closed[values.length] = values[0];
    return closed;
  }
}
