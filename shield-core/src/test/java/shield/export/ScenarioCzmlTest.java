package shield.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import shield.earth.Geodetic;
import shield.earth.Topocentric;
import shield.earth.Validation;
import shield.scenario.Catalog;
import shield.scenario.Scenario;
import shield.scenario.ScenarioLoader;
import shield.sense.Face;
import shield.sense.Radar;
import shield.sim.MonteCarlo;
import shield.sim.RunListener;
import shield.sim.RunSettings;
import shield.sim.SensingRun;

/**
 * The scenario's sites and radar coverage in CZML: the documents of {@code shield sense --czml} and
 * of {@code shield run}'s {@code trial0.czml} keep the CZML rules ({@link CzmlRules}); every site
 * has its packet; and each face's ellipsoid covers exactly the directions the face covers ({@link
 * Face#covers}), read back through the written orientation with the clock and cone angles as
 * Cesium's {@code EllipsoidGeometry} defines them.
 */
class ScenarioCzmlTest {

  /** Rounding of a rotation built from unit vectors and read back through its quaternion. */
  private static final double ROTATION_TOLERANCE = 1e-12;

  private static Scenario small;
  private static JsonNode sense;

  @BeforeAll
  static void writeTheSensingDocument() throws IOException {
    small = load("small.yaml");
    StringWriter out = new StringWriter();
    ScenarioCzml.write(new SensingRun(small).run(7), out);
    sense = new ObjectMapper().readTree(out.toString());
  }

  private static Scenario load(String name) throws IOException {
    try (InputStream in = ScenarioCzmlTest.class.getResourceAsStream("/shield/sim/" + name)) {
      return ScenarioLoader.load(in, name, Catalog.builtIn());
    }
  }

  private static List<String> ids(JsonNode czml) {
    List<String> ids = new ArrayList<>();
    czml.forEach(p -> ids.add(p.get("id").asText()));
    return ids;
  }

  @Test
  void theSensingDocumentKeepsTheCzmlRulesAndHasEverySite() {
    CzmlRules.assertValid(sense);
    assertThat(ids(sense))
        .containsExactly(
            "document",
            "radar/kurecik-tpy2",
            "radar/armavir-vdm",
            "launch-area/tabriz",
            "asset/bucharest",
            "asset/ankara",
            "network/nato",
            "radar/kurecik-tpy2/face-1",
            "radar/armavir-vdm/face-1",
            "threat/raid-1",
            "threat/raid-2",
            "threat/raid-3",
            "threat/lone",
            "detection/raid-1",
            "detection/raid-2",
            "detection/raid-3",
            "detection/lone");
  }

  @Test
  void theRunDocumentKeepsTheCzmlRulesWithSitesAndCoverage() throws IOException {
    Scenario defence = load("defence.yaml");
    StringWriter out = new StringWriter();
    RunCzml.write(
        new MonteCarlo(defence, new RunSettings(2, 7, 1, 1, "greedy"))
            .run(new RunListener() {}, () -> false),
        out);
    JsonNode czml = new ObjectMapper().readTree(out.toString());
    CzmlRules.assertValid(czml);
    assertThat(ids(czml))
        .contains(
            "radar/kurecik-tpy2",
            "radar/kurecik-tpy2/face-1",
            "battery/black-sea-sm3",
            "launch-area/tabriz",
            "asset/bucharest",
            "network/nato",
            "threat/raid-1",
            "interceptor/1",
            "intercept/1");
  }

  @Test
  void aThreatsFirstDetectionIsOnItsFlightWhenItWasSeen() {
    JsonNode detection = packet(sense, "detection/lone");
    JsonNode threat = packet(sense, "threat/lone");
    String seen = detection.get("availability").asText().split("/")[0];
    assertThat(detection.get("name").asText()).startsWith("lone first seen by ");
    // The threat's position at that time is the marker's: the same trajectory evaluated twice.
    double atS = Duration.between(small.epoch(), Instant.parse(seen)).toNanos() / 1e9;
    Vector3D expected = small.threats().get(3).trajectory().positionEcef(atS);
    JsonNode c = detection.get("position").get("cartesian");
    assertThat(
            new Vector3D(c.get(0).asDouble(), c.get(1).asDouble(), c.get(2).asDouble())
                .distance(expected))
        .as("metres: the time is written to the nanosecond, the threat flies under 8 km/s")
        .isLessThan(0.001);
    assertThat(detection.get("availability").asText())
        .endsWith(sense.get(0).get("clock").get("interval").asText().split("/")[1]);
    assertThat(threat.get("availability").asText()).startsWith(at(60) + "/");
  }

  @Test
  void theOrientationIsTheSitesEastNorthUpFrame() {
    JsonNode face = packet(sense, "radar/armavir-vdm/face-1");
    Radar armavir = small.radars().get(1);
    double[][] m = matrix(face.get("orientation").get("unitQuaternion"));
    Vector3D[] axes = {armavir.frame().east(), armavir.frame().north(), armavir.frame().up()};
    for (int column = 0; column < 3; column++) {
      for (int row = 0; row < 3; row++) {
        assertThat(m[row][column]).isCloseTo(axes[column].toArray()[row], within(1e-12));
      }
    }
    assertThat(face.get("ellipsoid").get("radii").get("cartesian").get(0).asDouble())
        .isEqualTo(armavir.type().instrumentedRangeM());
  }

  /**
   * Seeded property: at a random place, for a random face, a random direction lies within the
   * written ellipsoid's clock and cone span exactly when the face covers it; the rotation from the
   * written quaternion matches the site's East-North-Up axes there. The places reach the poles and
   * the faces every sector width, so every branch of the quaternion's construction is met.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void theEllipsoidCoversExactlyTheFacesDirections(long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    int inside = 0;
    int directions = 0;
    double worstRotation = 0;
    for (int site = 0; site < 20; site++) {
      Geodetic place = Geodetic.ofDegrees(rng.nextDouble(-90, 90), rng.nextDouble(-180, 180), 100);
      double minEl = rng.nextDouble(-0.1, 1.0);
      Face face =
          new Face(
              rng.nextDouble(0, 2 * Math.PI),
              rng.nextDouble(0.05, Math.PI),
              minEl,
              rng.nextDouble(minEl + 0.01, Math.PI / 2));
      Radar radar =
          new Radar(
              "r",
              Catalog.builtIn().radar("an-tpy2-fbm").type(),
              place,
              List.of(face),
              Radar.STANDARD_REFRACTION_K);
      JsonNode packet = ScenarioCzml.coveragePacket(radar, 0);
      double[][] m = matrix(packet.get("orientation").get("unitQuaternion"));
      Topocentric enu = new Topocentric(place);
      Vector3D[] axes = {enu.east(), enu.north(), enu.up()};
      for (int column = 0; column < 3; column++) {
        for (int row = 0; row < 3; row++) {
          double error = Math.abs(m[row][column] - axes[column].toArray()[row]);
          assertThat(error).isLessThanOrEqualTo(ROTATION_TOLERANCE);
          worstRotation = Math.max(worstRotation, error);
        }
      }
      JsonNode e = packet.get("ellipsoid");
      for (int k = 0; k < 200; k++) {
        double az = rng.nextDouble(0, 2 * Math.PI);
        double el = rng.nextDouble(-Math.PI / 2, Math.PI / 2);
        Vector3D local = transposeTimes(m, enu.direction(az, el));
        double clock = Math.atan2(local.getY(), local.getX());
        double cone = Math.acos(Math.max(-1, Math.min(1, local.getZ())));
        double min = e.get("minimumClock").asDouble();
        double max = e.get("maximumClock").asDouble();
        double turns = Math.ceil((min - clock) / (2 * Math.PI));
        boolean inClock = clock + 2 * Math.PI * turns <= max;
        boolean inCone =
            cone >= e.get("minimumCone").asDouble() && cone <= e.get("maximumCone").asDouble();
        assertThat(inClock && inCone)
            .as("azimuth %.6f, elevation %.6f rad, face %s", az, el, face)
            .isEqualTo(face.covers(az, el));
        inside += face.covers(az, el) ? 1 : 0;
        directions++;
      }
    }
    assertThat(inside).as("directions inside some face, so that the test can fail").isPositive();
    Validation.record(
        "CZML coverage ellipsoid (clock, cone, orientation) vs Face.covers, seed " + seed,
        "Cesium EllipsoidGeometry clock/cone definitions; Face.covers",
        directions + " directions agree, ENU axes exact",
        String.format(
            Locale.ROOT,
            "%d agree (%d covered); axes within %.1e",
            directions,
            inside,
            worstRotation),
        "0 disagreements; " + ROTATION_TOLERANCE + " per matrix element");
  }

  private static String at(double timeS) {
    return small.epoch().plusNanos(Math.round(timeS * 1e9)).toString();
  }

  private static JsonNode packet(JsonNode czml, String id) {
    for (JsonNode p : czml) {
      if (p.get("id").asText().equals(id)) {
        return p;
      }
    }
    throw new AssertionError("no packet " + id);
  }

  /** Cesium's {@code Matrix3.fromQuaternion} of [x, y, z, w]. */
  private static double[][] matrix(JsonNode q) {
    double x = q.get(0).asDouble();
    double y = q.get(1).asDouble();
    double z = q.get(2).asDouble();
    double w = q.get(3).asDouble();
    return new double[][] {
      {x * x - y * y - z * z + w * w, 2 * (x * y - z * w), 2 * (x * z + y * w)},
      {2 * (x * y + z * w), -x * x + y * y - z * z + w * w, 2 * (y * z - x * w)},
      {2 * (x * z - y * w), 2 * (y * z + x * w), -x * x - y * y + z * z + w * w}
    };
  }

  private static Vector3D transposeTimes(double[][] m, Vector3D v) {
    double[] a = v.toArray();
    double[] out = new double[3];
    for (int column = 0; column < 3; column++) {
      for (int row = 0; row < 3; row++) {
        out[column] += m[row][column] * a[row];
      }
    }
    return new Vector3D(out);
  }
}
