package shield.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import shield.engage.Layer;
import shield.sim.Proportion;
import shield.sim.RunSummary;

/**
 * {@code shield run}: its help and its answers to bad input, which come before any trial runs (the
 * runs themselves are in {@link RunCommandTest}).
 */
class RunCommandInputOutputTest {

  private static final String KALININGRAD =
      Path.of("..", "scenarios", "kaliningrad-warning.yaml").toString();

  @Test
  void helpListsEveryFlagWithItsDefault() {
    CommandRun run = CommandRun.shield("run", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("--trials=N", "default: 1000")
        .contains("--seed=S", "default: 1")
        .contains("--threads=T", "available processors")
        .contains("--sensing-draws=K", "default:")
        .contains("--assignment=ALGORITHM", "greedy or exact")
        .contains("--out=DIR", "out/<scenario name>")
        .contains("--json")
        .contains("95% intervals");
    assertThat(run.out().replaceAll("\\s+", " "))
        .contains("Number of trials", "Seed of every random draw", "trial i uses draw i mod K");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void theMainHelpListsRun() {
    assertThat(CommandRun.shield("--help").out()).contains("run");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--trials|0|shield: --trials: must be at least 1, got 0",
        "--trials|-5|shield: --trials: must be at least 1, got -5",
        "--threads|0|shield: --threads: must be at least 1, got 0",
        "--sensing-draws|0|shield: --sensing-draws: must be at least 1, got 0",
        "--assignment|best|shield: --assignment: must be one of greedy, exact, got 'best'"
      })
  void aBadFlagIsOneLineAndExitTwo(String flag, String value, String message, @TempDir Path dir) {
    CommandRun run = CommandRun.shield("run", KALININGRAD, flag, value, "--out", dir.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(message + "\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aFlagThatIsNotANumberIsOneLine() {
    CommandRun run = CommandRun.shield("run", KALININGRAD, "--trials", "many");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).startsWith("shield: ").contains("--trials").contains("'many'");
  }

  @Test
  void aMissingScenarioIsOneLineAndWritesNothing(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    CommandRun run = CommandRun.shield("run", "no-such-scenario.yaml", "--out", out.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("shield: no-such-scenario.yaml: no such file\n");
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void tablesShowEveryFigureWithItsInterval() {
    int n = 263;
    RunSummary summary =
        new RunSummary(
            "hand-built",
            7,
            300,
            n,
            true,
            16,
            "greedy",
            new Proportion(81, n),
            445.0 / n,
            new long[] {0, 81, 182},
            1.25,
            List.of(
                new RunSummary.ThreatStats(
                    "raid-1",
                    "mrbm-solid",
                    "bucharest",
                    new Proportion(n, n),
                    new Proportion(200, n),
                    new Proportion(150, n),
                    new Proportion(81, n),
                    List.of(new Proportion(60, n), new Proportion(21, n), new Proportion(0, n)),
                    1.25),
                new RunSummary.ThreatStats(
                    "raid-2",
                    "mrbm-solid",
                    "",
                    new Proportion(n, n),
                    new Proportion(0, n),
                    new Proportion(0, n),
                    new Proportion(0, n),
                    List.of(new Proportion(0, n), new Proportion(0, n), new Proportion(0, n)),
                    0)),
            List.of(new RunSummary.AssetStats("bucharest", 3, 1, new Proportion(81, n), 0.69)),
            List.of(
                new RunSummary.BatteryStats(
                    "deveselu", "sm3-iib", Layer.MIDCOURSE, 24, 1.25, 0.3, new Proportion(0, n))),
            List.of(new RunSummary.LayerStats(Layer.MIDCOURSE, 1.25, 0.3)));
    StringWriter text = new StringWriter();
    RunCommand.printHuman(new PrintWriter(text), summary, Path.of("out", "hand-built"));
    String out = text.toString();
    assertThat(out)
        .startsWith(
            "hand-built: 2 threats, 1 battery; 263 trials, seed 7, 16 sensing draws, greedy"
                + " assignment\nPARTIAL: stopped after 263 of 300 trials\n")
        // Newcombe (1998) table II: 81 of 263 has the Wilson interval 0.2553 to 0.3662.
        .contains("P(no leak)             0.308 [0.255, 0.366]")
        .contains("leakers                1.69 of 2 per raid")
        .contains("leakers distribution   1: 30.8%  2: 69.2%")
        .contains("interceptors fired     1.25 per raid")
        .contains("bucharest")
        .contains("0.23 / 0.08 / 0.00")
        .contains("sm3-iib")
        .contains("midcourse")
        .contains("files in " + Path.of("out", "hand-built"));
    String raid2 = out.lines().filter(l -> l.startsWith("raid-2 ")).findFirst().orElseThrow();
    assertThat(raid2).contains(" - ").contains("0.000 [0.000, 0.014]");
  }
}
