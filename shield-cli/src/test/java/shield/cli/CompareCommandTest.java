package shield.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code shield compare}: its help, its answers to bad input, and a scenario against itself end to
 * end with few trials.
 */
class CompareCommandTest {

  private static final String KALININGRAD =
      Path.of("..", "scenarios", "kaliningrad-warning.yaml").toString();
  private static final String EUROPE = Path.of("..", "scenarios", "europe-2011.yaml").toString();

  @Test
  void helpListsEveryFlagWithItsDefault() {
    CommandRun run = CommandRun.shield("compare", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("A", "B")
        .contains("--trials=N", "default: 1000")
        .contains("--seed=S", "default: 1")
        .contains("--threads=T")
        .contains("--sensing-draws=K")
        .contains("--out=DIR", "out/compare-")
        .contains("--json")
        .contains("Newcombe", "Welch", "Holm");
    // The description wraps at the terminal width.
    assertThat(run.out().replaceAll("\\s+", " ")).contains("effective number of trials");
    // compare words the flags it shares with run for its two runs (CompareCommand.properties).
    assertThat(run.out().replaceAll("\\s+", " "))
        .contains("Trials of each scenario", "Seed of both runs", "each run's trials share")
        .doesNotContain("Number of trials", "i mod K");
    assertThat(CommandRun.shield("--help").out()).contains("compare");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--trials|0|shield: --trials: must be at least 1, got 0",
        "--threads|0|shield: --threads: must be at least 1, got 0",
        "--sensing-draws|0|shield: --sensing-draws: must be at least 1, got 0",
        "--assignment|best|shield: --assignment: must be one of greedy, exact, got 'best'"
      })
  void aBadFlagIsOneLineAndExitTwo(String flag, String value, String message, @TempDir Path dir) {
    CommandRun run =
        CommandRun.shield(
            "compare", KALININGRAD, KALININGRAD, flag, value, "--out", dir.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(message + System.lineSeparator());
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aMissingFileIsOneLineAndExitTwo(@TempDir Path dir) {
    String missing = dir.resolve("no-such.yaml").toString();
    CommandRun run = CommandRun.shield("compare", KALININGRAD, missing, "--out", dir.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines().toList()).hasSize(1);
    assertThat(run.err()).startsWith("shield: ").contains("no-such.yaml").doesNotContain("at ");
  }

  @Test
  void scenariosOfDifferentRaidsAreIncompatible(@TempDir Path dir) {
    CommandRun run = CommandRun.shield("compare", KALININGRAD, EUROPE, "--out", dir.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines().toList()).hasSize(1);
    assertThat(run.err())
        .startsWith("shield: " + EUROPE + ": ")
        .contains("share no threat", "kaliningrad-warning", "europe-2011");
    assertThat(dir.resolve("compare.json")).doesNotExist();
  }

  /**
   * A scenario against itself, in JSON: the printed JSON is compare.json, every difference is
   * exactly 0 (common random numbers) and none is significant; compare.csv has a row per metric.
   */
  @Test
  void aScenarioAgainstItselfDiffersInNothing(@TempDir Path dir) throws Exception {
    CommandRun run =
        CommandRun.shield(
            "compare",
            KALININGRAD,
            KALININGRAD,
            "--trials",
            "40",
            "--sensing-draws",
            "2",
            "--seed",
            "3",
            "--out",
            dir.toString(),
            "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode printed = run.json();
    JsonNode file = new ObjectMapper().readTree(dir.resolve("compare.json").toFile());
    assertThat(printed).isEqualTo(file);
    assertThat(printed.get("scenario_a").asText()).isEqualTo("kaliningrad-warning");
    assertThat(printed.get("trials").asInt()).isEqualTo(40);
    assertThat(printed.get("seed").asLong()).isEqualTo(3);
    assertThat(printed.get("tests").get("proportion").asText()).isEqualTo("newcombe_hybrid_score");
    assertThat(printed.get("tests").get("mean").asText()).isEqualTo("welch_t");
    assertThat(printed.get("significant").asInt()).isZero();
    assertThat(printed.get("significant_holm").asInt()).isZero();
    JsonNode metrics = printed.get("metrics");
    assertThat(metrics.size()).isGreaterThan(10);
    assertThat(metrics.get(0).get("metric").asText()).isEqualTo("p_no_leak");
    for (JsonNode m : metrics) {
      assertThat(m.get("a")).isEqualTo(m.get("b"));
      assertThat(m.get("difference").get("value").asDouble()).isZero();
      assertThat(m.get("significant").asBoolean()).isFalse();
    }
    List<String> csv = Files.readAllLines(dir.resolve("compare.csv"), StandardCharsets.UTF_8);
    assertThat(csv.get(0)).startsWith("group,id,metric,kind,a,a_low95,a_high95,a_design_effect,b,");
    assertThat(csv).hasSize(1 + metrics.size());
    assertThat(csv).allSatisfy(l -> assertThat(l.split(",", -1)).hasSize(19));
  }

  @Test
  void theHumanTableHasEveryMetricSideBySide(@TempDir Path dir) {
    CommandRun run =
        CommandRun.shield(
            "compare",
            KALININGRAD,
            KALININGRAD,
            "--trials",
            "20",
            "--sensing-draws",
            "1",
            "--out",
            dir.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("A: kaliningrad-warning", "common random numbers")
        .containsPattern("raid +A +B +A - B +significant\\?")
        .containsPattern(
            "p_no_leak +[0-9.]+ \\[[0-9.]+, [0-9.]+\\] +[0-9.]+ \\[.*\\] +\\+0\\.000 \\[")
        .contains("0 of ", "differences significant")
        .contains("compare.json, compare.csv");
    assertThat(dir.resolve("compare.csv")).exists();
  }
}
