package shield.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import shield.analysis.Region;

/**
 * Parses the written documents back and checks the rules of RFC 7946: a FeatureCollection of
 * Features with a geometry and properties; positions [longitude, latitude] within range; linear
 * rings of four or more positions, closed, the exterior anticlockwise (§3.1.6); geometries that
 * cross the antimeridian cut into Multi* parts (§3.1.9).
 */
class GeoJsonTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> GEOMETRY_TYPES =
      Set.of("Point", "LineString", "MultiLineString", "Polygon", "MultiPolygon");

  private static JsonNode written(GeoJson geoJson) throws IOException {
    StringWriter out = new StringWriter();
    geoJson.write(out);
    JsonNode document = JSON.readTree(out.toString());
    checkRfc7946(document);
    return document;
  }

  /** The structure rules of RFC 7946 for every feature of a collection. */
  private static void checkRfc7946(JsonNode document) {
    assertThat(document.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(document.get("features").isArray()).isTrue();
    for (JsonNode feature : document.get("features")) {
      assertThat(feature.get("type").asText()).isEqualTo("Feature");
      assertThat(feature.get("properties").isObject()).isTrue();
      JsonNode geometry = feature.get("geometry");
      String type = geometry.get("type").asText();
      assertThat(type).isIn(GEOMETRY_TYPES);
      JsonNode coordinates = geometry.get("coordinates");
      switch (type) {
        case "Point" -> checkPosition(coordinates);
        case "LineString" -> checkLine(coordinates);
        case "MultiLineString" -> coordinates.forEach(GeoJsonTest::checkLine);
        case "Polygon" -> checkPolygon(coordinates);
        default -> coordinates.forEach(GeoJsonTest::checkPolygon);
      }
    }
  }

  private static void checkPosition(JsonNode position) {
    assertThat(position.size()).isEqualTo(2);
    assertThat(position.get(0).asDouble()).isBetween(-180.0, 180.0);
    assertThat(position.get(1).asDouble()).isBetween(-90.0, 90.0);
  }

  private static void checkLine(JsonNode line) {
    assertThat(line.size()).isGreaterThanOrEqualTo(2);
    line.forEach(GeoJsonTest::checkPosition);
  }

  private static void checkPolygon(JsonNode rings) {
    JsonNode exterior = rings.get(0);
    assertThat(exterior.size()).isGreaterThanOrEqualTo(4);
    exterior.forEach(GeoJsonTest::checkPosition);
    assertThat(exterior.get(0)).isEqualTo(exterior.get(exterior.size() - 1));
    assertThat(signedArea(exterior)).as("anticlockwise exterior").isPositive();
  }

  /** Signed area on the plane of longitude and latitude (deg²), positive anticlockwise. */
  private static double signedArea(JsonNode ring) {
    double area = 0.0;
    for (int i = 0; i + 1 < ring.size(); i++) {
      area +=
          ring.get(i).get(0).asDouble() * ring.get(i + 1).get(1).asDouble()
              - ring.get(i + 1).get(0).asDouble() * ring.get(i).get(1).asDouble();
    }
    return area / 2;
  }

  private static double polygonsArea(JsonNode geometry) {
    if (geometry.get("type").asText().equals("Polygon")) {
      return signedArea(geometry.get("coordinates").get(0));
    }
    double area = 0;
    for (JsonNode polygon : geometry.get("coordinates")) {
      area += signedArea(polygon.get(0));
    }
    return area;
  }

  @Test
  void aPointIsLongitudeThenLatitudeWithItsProperties() throws IOException {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("name", "Warsaw");
    properties.put("reach_km", 1234.5);
    properties.put("within", true);
    properties.put("missing_km", Double.NaN);
    properties.put("note", null);
    properties.put("azimuths_deg", List.of(0, 90.5));
    JsonNode feature =
        written(GeoJson.collection().point(52.23, 21.01, properties)).get("features").get(0);
    assertThat(feature.at("/geometry/type").asText()).isEqualTo("Point");
    assertThat(feature.at("/geometry/coordinates/0").asDouble()).isEqualTo(21.01);
    assertThat(feature.at("/geometry/coordinates/1").asDouble()).isEqualTo(52.23);
    JsonNode p = feature.get("properties");
    assertThat(p.get("name").asText()).isEqualTo("Warsaw");
    assertThat(p.get("reach_km").asDouble()).isEqualTo(1234.5);
    assertThat(p.get("within").asBoolean()).isTrue();
    assertThat(p.get("missing_km").isNull()).isTrue();
    assertThat(p.get("note").isNull()).isTrue();
    assertThat(p.get("azimuths_deg").toString()).isEqualTo("[0,90.5]");
  }

  @Test
  void aLineAcrossTheAntimeridianIsSplitThere() throws IOException {
    JsonNode geometry =
        written(
                GeoJson.collection()
                    .line(new double[] {40, 60}, new double[] {170, -170}, Map.of()))
            .at("/features/0/geometry");
    assertThat(geometry.get("type").asText()).isEqualTo("MultiLineString");
    JsonNode west = geometry.at("/coordinates/0");
    JsonNode east = geometry.at("/coordinates/1");
    assertThat(west.toString()).isEqualTo("[[170.0,40.0],[180.0,50.0]]");
    assertThat(east.toString()).isEqualTo("[[-180.0,50.0],[-170.0,60.0]]");
  }

  @Test
  void aLineThatStaysOnOneSideIsOneLineString() throws IOException {
    JsonNode geometry =
        written(
                GeoJson.collection()
                    .line(new double[] {50, 51, 52}, new double[] {179, 179.5, 179.9}, Map.of()))
            .at("/features/0/geometry");
    assertThat(geometry.get("type").asText()).isEqualTo("LineString");
    assertThat(geometry.get("coordinates").size()).isEqualTo(3);
  }

  @Test
  void aClockwiseRingIsWrittenAnticlockwiseAndClosed() throws IOException {
    JsonNode ring =
        written(
                GeoJson.collection()
                    .polygon(
                        new double[] {50, 51, 51, 50}, new double[] {10, 10, 12, 12}, Map.of()))
            .at("/features/0/geometry/coordinates/0");
    assertThat(ring.size()).isEqualTo(5);
    assertThat(signedArea(ring)).isCloseTo(2.0, within(1e-9));
  }

  @Test
  void aRingRoundTheNorthPoleIsClosedThroughIt() throws IOException {
    int n = 36;
    double[] lat = new double[n];
    double[] lon = new double[n];
    for (int i = 0; i < n; i++) {
      lat[i] = 70;
      lon[i] = -180 + 10 * i;
    }
    JsonNode geometry =
        written(GeoJson.collection().polygon(lat, lon, Map.of())).at("/features/0/geometry");
    // The cap north of 70°N, on the plane of longitude and latitude: 360° × 20°.
    assertThat(polygonsArea(geometry)).isCloseTo(360.0 * 20.0, within(1e-6));
    assertThat(geometry.toString()).contains("90.0]");
  }

  @Test
  void cellsAreSquaresWithTheirValuesAndNullForNaN() throws IOException {
    Region.Grid grid = new Region(50, 178, 52, -178).grid(2.0);
    double[] values = {1.0, Double.NaN};
    JsonNode features =
        written(GeoJson.collection().cells(grid, Map.of("warning_s", values))).get("features");
    assertThat(features.size()).isEqualTo(2);
    assertThat(features.at("/0/properties/warning_s").asDouble()).isEqualTo(1.0);
    assertThat(features.at("/1/properties/warning_s").isNull()).isTrue();
    // The first cell spans 178°E–180°, the second 180°–178°W: each 2° × 2°.
    assertThat(polygonsArea(features.at("/0/geometry"))).isCloseTo(4.0, within(1e-9));
    assertThat(polygonsArea(features.at("/1/geometry"))).isCloseTo(4.0, within(1e-9));
  }

  @Test
  void refusesWhatGeoJsonCannotHold() {
    assertThatThrownBy(() -> GeoJson.collection().point(91, 0, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GeoJson.collection().point(0, 0, Map.of("x", new Object())))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> GeoJson.collection().polygon(new double[] {1, 2}, new double[] {1, 2}, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static IntStream seeds() {
    return IntStream.range(0, 40);
  }

  /**
   * Random star-shaped rings, either direction, anywhere (many across the antimeridian): every
   * piece written obeys RFC 7946 and the pieces together have the ring's area on the plane of
   * longitude and latitude (to 1e-6 deg², the rounding of coordinates to 6 decimals).
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void cuttingARingKeepsItsArea(int seed) throws IOException {
    Random random = new Random(seed);
    int n = 5 + random.nextInt(40);
    double centreLat = -60 + 120 * random.nextDouble();
    double centreLon =
        random.nextBoolean() ? 175 + 10 * random.nextDouble() : -180 + 360 * random.nextDouble();
    double direction = random.nextBoolean() ? 1 : -1;
    double[] lat = new double[n];
    double[] lon = new double[n];
    double[] unwrapped = new double[n];
    for (int i = 0; i < n; i++) {
      double angle = direction * 2 * Math.PI * i / n;
      double radius = 2 + 20 * random.nextDouble();
      lat[i] = centreLat + radius * Math.sin(angle) * 0.5;
      unwrapped[i] = centreLon + radius * Math.cos(angle);
      lon[i] = Longitudes.wrap(unwrapped[i]);
    }
    double expected = 0;
    for (int i = 0; i < n; i++) {
      int j = (i + 1) % n;
      expected += unwrapped[i] * lat[j] - unwrapped[j] * lat[i];
    }
    expected = Math.abs(expected) / 2;
    JsonNode geometry =
        written(GeoJson.collection().polygon(lat, lon, Map.of("seed", seed)))
            .at("/features/0/geometry");
    assertThat(polygonsArea(geometry)).isCloseTo(expected, within(1e-6 * n * 50));
    double west = Arrays.stream(unwrapped).min().orElseThrow();
    double east = Arrays.stream(unwrapped).max().orElseThrow();
    boolean crosses = Math.floor((west + 180) / 360) != Math.floor((east + 180) / 360);
    assertThat(geometry.get("type").asText()).isEqualTo(crosses ? "MultiPolygon" : "Polygon");
  }
}
