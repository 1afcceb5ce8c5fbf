package shield.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import shield.scenario.Catalog;
import shield.scenario.Scenario;
import shield.scenario.ScenarioLoader;
import shield.sim.SensingRun;

/**
 * The scenario regression: the JSON timeline of a small seeded scenario must not change unless a
 * model changed on purpose. On a difference the test prints the lines that differ and writes the
 * new output to {@code target/}; after checking it, update the golden file with {@code mvn test
 * -Dtest=SenseRegressionTest -Dshield.golden.update=true}.
 */
class SenseRegressionTest {

  private static final String SCENARIO = "/shield/sim/small.yaml";
  private static final Path GOLDEN =
      Path.of("src", "test", "resources", "shield", "export", "sense-small.golden.json");
  private static final long SEED = 7;

  @Test
  void smallScenarioTimelineIsUnchanged() throws Exception {
    Scenario scenario;
    try (InputStream in = getClass().getResourceAsStream(SCENARIO)) {
      scenario =
          ScenarioLoader.load(
              new ByteArrayInputStream(in.readAllBytes()), "small.yaml", Catalog.builtIn());
    }
    String actual =
        new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(SenseReportFiles.json(new SensingRun(scenario).run(SEED)))
            + "\n";
    Golden.assertUnchanged(GOLDEN, actual, "the timeline of " + SCENARIO + " (seed " + SEED + ")");
  }
}
