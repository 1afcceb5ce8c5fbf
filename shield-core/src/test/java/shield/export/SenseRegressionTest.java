package shield.export;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    if (Boolean.getBoolean("shield.golden.update")) {
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
      return;
    }
    String expected = Files.readString(GOLDEN, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      Path out = Path.of("target", "sense-small.actual.json");
      Files.writeString(out, actual, StandardCharsets.UTF_8);
      fail(
          "the timeline of %s (seed %d) changed; new output in %s%n%s",
          SCENARIO, SEED, out, diff(expected.lines().toList(), actual.lines().toList()));
    }
  }

  /** The differing lines, each with its line number: {@code -} expected, {@code +} actual. */
  static String diff(List<String> expected, List<String> actual) {
    List<String> out = new ArrayList<>();
    int n = Math.max(expected.size(), actual.size());
    for (int i = 0; i < n && out.size() < 60; i++) {
      String e = i < expected.size() ? expected.get(i) : "";
      String a = i < actual.size() ? actual.get(i) : "";
      if (!e.equals(a)) {
        out.add(String.format("%5d - %s", i + 1, e));
        out.add(String.format("%5d + %s", i + 1, a));
      }
    }
    return String.join(System.lineSeparator(), out);
  }
}
