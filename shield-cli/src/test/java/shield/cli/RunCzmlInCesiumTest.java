package shield.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shield.scenario.Battery;
import shield.scenario.Catalog;
import shield.scenario.Scenario;
import shield.scenario.ScenarioLoader;
import shield.scenario.Threat;

/**
 * The promise for {@code shield run}'s {@code trial0.czml}: "loadable in CesiumJS". The CLI
 * runs europe-2011; {@code tools/cesium-check/check-run-czml.mjs} loads the CZML with Cesium's own
 * {@code CzmlDataSource} in Node (npm {@code cesium} 1.145.0, no Viewer, no network) and checks it
 * against the run's {@code events.jsonl} and the scenario: the clock spans the trial, one entity
 * per threat, interceptor fired, intercept and battery, a position at the start, middle and end of
 * every moving entity's availability, interceptors flying from their battery to their intercept
 * marker (within 5 km), threats shown until their kill or impact. Then {@code
 * check-scenario-czml.mjs} checks its sites and radar coverage as {@link ScenarioCzmlInCesiumTest}
 * does for the sensing document.
 *
 * <p>Needs {@code node} and {@code npm ci --prefix tools/cesium-check} (which {@code .ci/run}
 * does). Without them the test is skipped, except under {@code CI=true}, where it fails.
 */
class RunCzmlInCesiumTest {

  private static final String CHECKER = "tools/cesium-check/check-run-czml.mjs";
  private static final Path EUROPE = Path.of("..", "scenarios", "europe-2011.yaml");

  /**
   * Where an interceptor's drawn flight may end from its intercept marker, and a killed threat's
   * from the marker at the intercept time (m): a few kilometres is the size of the points on a
   * globe seen whole; the writer puts both at the planned intercept point.
   */
  private static final double MEET_TOLERANCE_M = 5000;

  /** A leaker's height above the WGS84 ellipsoid where its drawn flight ends (m). */
  private static final double GROUND_TOLERANCE_M = 1;

  /** How far the CZML's times may be from events.jsonl's, which are rounded to 1 ms (s). */
  private static final double TIME_TOLERANCE_S = 0.002;

  @Test
  void trialZeroLoadsInCesiumAndMatchesTheEventLog(@TempDir Path dir) throws Exception {
    Path checker = CesiumCheck.script(CHECKER);
    CommandRun run =
        CommandRun.shield(
            "run",
            EUROPE.toString(),
            "--trials",
            "4",
            "--sensing-draws",
            "1",
            "--out",
            dir.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();

    Path expected = dir.resolve("expected.json");
    new ObjectMapper()
        .writeValue(expected.toFile(), expected(ScenarioLoader.load(EUROPE, Catalog.builtIn())));

    CesiumCheck.run(
        checker,
        dir.resolve("check.log"),
        dir.resolve("trial0.czml").toString(),
        dir.resolve("events.jsonl").toString(),
        expected.toString());

    Path sites = dir.resolve("sites.json");
    new ObjectMapper()
        .writeValue(
            sites.toFile(),
            ScenarioCzmlInCesiumTest.expected(ScenarioLoader.load(EUROPE, Catalog.builtIn())));
    CesiumCheck.run(
        CesiumCheck.script(ScenarioCzmlInCesiumTest.CHECKER),
        dir.resolve("sites.log"),
        dir.resolve("trial0.czml").toString(),
        sites.toString());
  }

  /** What the checker needs from the scenario: its epoch, threats and batteries. */
  private static ObjectNode expected(Scenario scenario) {
    ObjectNode doc = new ObjectMapper().createObjectNode();
    doc.put("epoch_utc", scenario.epoch().toString());
    ArrayNode threats = doc.putArray("threats");
    for (Threat t : scenario.threats()) {
      threats.add(t.id());
    }
    ArrayNode batteries = doc.putArray("batteries");
    for (Battery b : scenario.batteries()) {
      batteries.add(b.id());
    }
    doc.put("meet_tolerance_m", MEET_TOLERANCE_M);
    doc.put("ground_tolerance_m", GROUND_TOLERANCE_M);
    doc.put("time_tolerance_s", TIME_TOLERANCE_S);
    return doc;
  }
}
