package shield.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code shield run}: its help and its answers to bad input, which come before any trial runs (the
 * runs themselves are in {@link RunCommandTest}).
 */
class RunCommandFlagsTest {

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
}
