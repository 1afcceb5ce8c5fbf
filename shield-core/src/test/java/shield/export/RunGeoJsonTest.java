package shield.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import shield.earth.Geodesy;
import shield.earth.Geodetic;
import shield.earth.Validation;
import shield.scenario.Catalog;
import shield.scenario.Scenario;
import shield.scenario.ScenarioLoader;
import shield.scenario.Threat;
import shield.sim.MonteCarlo;
import shield.sim.RunListener;
import shield.sim.RunResult;
import shield.sim.RunSettings;

/**
 * {@code scenario.geojson} of a small defended run against RFC 7946: a FeatureCollection of
 * Features, each with a properties object and a geometry of a known type; positions [longitude,
 * latitude] within their ranges; lines of two positions or more; polygon rings closed, of four
 * positions or more, the outer ring anticlockwise (§3.1.6); no "crs" member (§4). And against the
 * scenario: one feature per site, face, threat and intercept, each track from its launch area to
 * its aim point.
 */
class RunGeoJsonTest {

  private static final Set<String> GEOMETRIES =
      Set.of("Point", "LineString", "MultiLineString", "Polygon", "MultiPolygon");

  private static Scenario scenario;
  private static RunResult result;
  private static JsonNode geoJson;

  @BeforeAll
  static void write() throws Exception {
    try (InputStream in = RunGeoJsonTest.class.getResourceAsStream("/shield/sim/defence.yaml")) {
      scenario = ScenarioLoader.load(in, "defence.yaml", Catalog.builtIn());
    }
    result =
        new MonteCarlo(scenario, new RunSettings(2, 7, 1, 1, "greedy"))
            .run(new RunListener() {}, () -> false);
    StringWriter out = new StringWriter();
    RunGeoJson.write(result, out);
    geoJson = new ObjectMapper().readTree(out.toString());
  }

  private static List<JsonNode> features(String kind) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode f : geoJson.get("features")) {
      if (f.get("properties").get("kind").asText().equals(kind)) {
        out.add(f);
      }
    }
    return out;
  }

  @Test
  void theCollectionIsValidRfc7946() {
    assertThat(geoJson.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(geoJson.has("crs")).isFalse();
    assertThat(geoJson.get("features").size()).isPositive();
    for (JsonNode f : geoJson.get("features")) {
      assertThat(f.get("type").asText()).isEqualTo("Feature");
      assertThat(f.get("properties").isObject()).isTrue();
      JsonNode geometry = f.get("geometry");
      String type = geometry.get("type").asText();
      assertThat(type).isIn(GEOMETRIES);
      JsonNode c = geometry.get("coordinates");
      switch (type) {
        case "Point" -> position(c);
        case "LineString" -> line(c);
        case "MultiLineString" -> c.forEach(RunGeoJsonTest::line);
        case "Polygon" -> polygon(c);
        default -> c.forEach(RunGeoJsonTest::polygon);
      }
    }
  }

  private static void position(JsonNode p) {
    assertThat(p.size()).isBetween(2, 3);
    assertThat(p.get(0).asDouble()).isBetween(-180.0, 180.0);
    assertThat(p.get(1).asDouble()).isBetween(-90.0, 90.0);
  }

  private static void line(JsonNode line) {
    assertThat(line.size()).isGreaterThanOrEqualTo(2);
    line.forEach(RunGeoJsonTest::position);
  }

  private static void polygon(JsonNode rings) {
    for (int r = 0; r < rings.size(); r++) {
      JsonNode ring = rings.get(r);
      assertThat(ring.size()).isGreaterThanOrEqualTo(4);
      ring.forEach(RunGeoJsonTest::position);
      assertThat(ring.get(ring.size() - 1)).isEqualTo(ring.get(0));
      double twiceArea = 0;
      for (int k = 0; k + 1 < ring.size(); k++) {
        JsonNode a = ring.get(k);
        JsonNode b = ring.get(k + 1);
        twiceArea +=
            a.get(0).asDouble() * b.get(1).asDouble() - b.get(0).asDouble() * a.get(1).asDouble();
      }
      assertThat(twiceArea > 0).as("ring %d anticlockwise (exterior)", r).isEqualTo(r == 0);
    }
  }

  @Test
  void thereIsOneFeaturePerSiteFaceThreatAndIntercept() {
    assertThat(features("radar")).hasSize(1);
    assertThat(features("battery")).hasSize(1);
    assertThat(features("launch_area")).hasSize(1);
    assertThat(features("asset")).hasSize(1);
    assertThat(features("network_node")).hasSize(1);
    assertThat(features("radar_coverage")).hasSize(1);
    assertThat(features("threat_track")).hasSize(2);
    int shots = result.firstTrial().shots().size();
    assertThat(shots).as("trial 0 fires, so that the test can fail").isPositive();
    assertThat(features("intercept")).hasSize(shots);
    JsonNode intercept = features("intercept").get(0).get("properties");
    assertThat(intercept.get("time_s").asDouble())
        .isGreaterThan(intercept.get("launch_time_s").asDouble());
    assertThat(intercept.get("altitude_km").asDouble()).isPositive();
  }

  @Test
  void aGroundTrackRunsFromTheLaunchAreaToTheAimPoint() {
    Threat raid = scenario.threats().get(0);
    JsonNode track = features("threat_track").get(0);
    assertThat(track.get("properties").get("id").asText()).isEqualTo("threat/raid-1");
    JsonNode c = track.get("geometry").get("coordinates");
    JsonNode first = c.get(0);
    JsonNode last = c.get(c.size() - 1);
    // Written to 1e-6°; the launch is at the catalog place.
    assertThat(first.get(0).asDouble())
        .isCloseTo(raid.from().position().longitudeDeg(), within(1e-6));
    assertThat(first.get(1).asDouble())
        .isCloseTo(raid.from().position().latitudeDeg(), within(1e-6));
    // Impact beneath the aim point: the targeting solves to within 1 m (docs/validation.md);
    // 1e-4° is about 11 m.
    double offM =
        Geodesy.inverse(
                Geodetic.ofDegrees(last.get(1).asDouble(), last.get(0).asDouble(), 0),
                raid.to().position())
            .distanceM();
    Validation.record(
        "GeoJSON ground track ends beneath the aim point (" + raid.id() + ")",
        "targeting accuracy, docs/validation.md; coordinates written to 1e-6 deg",
        "0 m",
        String.format(java.util.Locale.ROOT, "%.2f m", offM),
        "11 m");
    assertThat(last.get(0).asDouble()).isCloseTo(raid.to().position().longitudeDeg(), within(1e-4));
    assertThat(last.get(1).asDouble()).isCloseTo(raid.to().position().latitudeDeg(), within(1e-4));
  }
}
