package shield.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shield.scenario.Battery;
import shield.scenario.Catalog;
import shield.scenario.DefendedAsset;
import shield.scenario.Network;
import shield.scenario.Scenario;
import shield.scenario.ScenarioLoader;
import shield.scenario.Threat;
import shield.sense.Face;
import shield.sense.Radar;

/**
 * The sites and radar coverage of {@code shield sense --czml} in CesiumJS: {@code
 * tools/cesium-check/check-scenario-czml.mjs} loads the document with Cesium's own {@code
 * CzmlDataSource} (npm {@code cesium} 1.145.0, no Viewer, no network) and checks one entity per
 * site, each face's ellipsoid (radii the instrumented range, valid clock and cone, translucent),
 * its frame against Cesium's own east-north-up at the site, and that it holds points the face
 * covers ({@link Face#covers}) and not points beside it; and that every threat has a position over
 * its whole flight. {@link RunCzmlInCesiumTest} runs the same check on {@code trial0.czml}.
 *
 * <p>Needs {@code node} and {@code npm ci --prefix tools/cesium-check}; skipped without them,
 * except under {@code CI=true}, where it fails.
 */
class ScenarioCzmlInCesiumTest {

  static final String CHECKER = "tools/cesium-check/check-scenario-czml.mjs";
  private static final Path EUROPE = Path.of("..", "scenarios", "europe-2011.yaml");

  /**
   * How far Cesium's rotation of the entity may be from its east-north-up matrix on the ellipsoid
   * beneath the site (per element, dimensionless): both are built from unit vectors in double
   * precision, and the geodetic normal is the same all along the vertical.
   */
  private static final double ROTATION_TOLERANCE = 1e-9;

  /** How far beside a face the outside points are, in azimuth or elevation (rad, about 3°). */
  private static final double BESIDE_RAD = 0.05;

  @Test
  void theSensingDocumentLoadsInCesiumWithItsSitesAndCoverage(@TempDir Path dir) throws Exception {
    Path checker = CesiumCheck.script(CHECKER);
    Path czml = dir.resolve("sense.czml");
    CommandRun run = CommandRun.shield("sense", EUROPE.toString(), "--czml", czml.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    Path expected = dir.resolve("expected.json");
    new ObjectMapper()
        .writeValue(expected.toFile(), expected(ScenarioLoader.load(EUROPE, Catalog.builtIn())));
    CesiumCheck.run(checker, dir.resolve("check.log"), czml.toString(), expected.toString());
  }

  /** What the checker needs from a scenario: its sites, faces with test points, and threats. */
  static ObjectNode expected(Scenario scenario) {
    ObjectNode doc = new ObjectMapper().createObjectNode();
    Set<String> sites = new LinkedHashSet<>();
    ArrayNode faces = doc.putArray("faces");
    for (Radar r : scenario.radars()) {
      sites.add("radar/" + r.id());
      for (int n = 0; n < r.faces().size(); n++) {
        ObjectNode face = faces.addObject();
        face.put("id", "radar/" + r.id() + "/face-" + (n + 1));
        face.put("range_m", r.type().instrumentedRangeM());
        points(r, r.faces().get(n), face);
      }
    }
    scenario.batteries().stream().map(Battery::id).forEach(id -> sites.add("battery/" + id));
    scenario.threats().forEach(t -> sites.add("launch-area/" + t.from().id()));
    scenario.assets().stream().map(DefendedAsset::id).forEach(id -> sites.add("asset/" + id));
    for (Network n : scenario.networks()) {
      if (n.node().isPresent()) {
        sites.add("network/" + n.id());
      }
    }
    ArrayNode siteIds = doc.putArray("sites");
    sites.forEach(siteIds::add);
    ArrayNode threats = doc.putArray("threats");
    scenario.threats().stream().map(Threat::id).forEach(id -> threats.add("threat/" + id));
    doc.put("rotation_tolerance", ROTATION_TOLERANCE);
    return doc;
  }

  /**
   * Points the face covers (within its sector and span, at half the instrumented range) and points
   * it does not (just beside its sector or span, or just beyond the range), as the face itself
   * says.
   */
  private static void points(Radar r, Face f, ObjectNode face) {
    ArrayNode inside = face.putArray("inside_ecef_m");
    ArrayNode outside = face.putArray("outside_ecef_m");
    double rangeM = r.type().instrumentedRangeM();
    double spanRad = f.maxElevationRad() - f.minElevationRad();
    double b = f.boresightAzimuthRad();
    double w = f.halfWidthRad();
    for (double az : new double[] {b - 0.9 * w, b, b + 0.9 * w}) {
      for (double el :
          new double[] {f.minElevationRad() + 0.1 * spanRad, f.maxElevationRad() - 0.1 * spanRad}) {
        add(inside, r, az, el, 0.5 * rangeM, true, f);
      }
    }
    double midEl = f.minElevationRad() + 0.5 * spanRad;
    add(outside, r, b, midEl, 1.05 * rangeM, true, f);
    if (w + BESIDE_RAD < Math.PI) {
      add(outside, r, b - w - BESIDE_RAD, midEl, 0.5 * rangeM, false, f);
      add(outside, r, b + w + BESIDE_RAD, midEl, 0.5 * rangeM, false, f);
    }
    if (f.maxElevationRad() + BESIDE_RAD < Math.PI / 2) {
      add(outside, r, b, f.maxElevationRad() + BESIDE_RAD, 0.5 * rangeM, false, f);
    }
    if (f.minElevationRad() - BESIDE_RAD > -Math.PI / 2) {
      add(outside, r, b, f.minElevationRad() - BESIDE_RAD, 0.5 * rangeM, false, f);
    }
  }

  private static void add(
      ArrayNode to, Radar r, double az, double el, double rangeM, boolean covered, Face f) {
    assertThat(f.covers(az, el)).as("test direction %.3f, %.3f rad", az, el).isEqualTo(covered);
    Vector3D p = r.frame().originEcef().add(rangeM, r.frame().direction(az, el));
    to.addArray().add(p.getX()).add(p.getY()).add(p.getZ());
  }
}
