package shield.export;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import shield.scenario.Catalog;
import shield.scenario.Scenario;
import shield.scenario.ScenarioLoader;
import shield.sim.MonteCarlo;
import shield.sim.RunListener;
import shield.sim.RunResult;
import shield.sim.RunSettings;

/**
 * The run regression: the summary and trial 0's event log of a small seeded Monte Carlo must not
 * change unless a model changed on purpose. On a difference the test prints the lines that differ
 * and writes the new output to {@code target/}; after checking it, update the golden file with
 * {@code mvn test -Dtest=RunRegressionTest -Dshield.golden.update=true}.
 */
class RunRegressionTest {

  private static final String SCENARIO = "/shield/sim/defence.yaml";
  private static final Path GOLDEN =
      Path.of("src", "test", "resources", "shield", "export", "run-defence.golden.txt");

  @Test
  void smallDefendedRunIsUnchanged() throws Exception {
    Scenario scenario;
    try (InputStream in = getClass().getResourceAsStream(SCENARIO)) {
      scenario =
          ScenarioLoader.load(
              new ByteArrayInputStream(in.readAllBytes()), "defence.yaml", Catalog.builtIn());
    }
    RunResult result =
        new MonteCarlo(scenario, new RunSettings(300, 7, 2, 2, "greedy"))
            .run(new RunListener() {}, () -> false);
    StringWriter out = new StringWriter();
    RunFiles.writeSummary(result.summary(), out);
    out.write("\n--- events of trial 0\n");
    RunFiles.writeEvents(result.firstTrial().events(), out);
    String actual = out.toString();
    Golden.assertUnchanged(GOLDEN, actual, "the run of " + SCENARIO + " (seed 7, 300 trials)");
  }
}
