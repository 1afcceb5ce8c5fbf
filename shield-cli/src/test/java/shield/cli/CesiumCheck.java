package shield.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds a script of {@code tools/cesium-check} for the tests that load Shield's CZML in CesiumJS,
 * with Node and the pinned Cesium package present; otherwise the test is skipped, except under
 * {@code CI=true}, where it fails.
 */
final class CesiumCheck {

  private static final long TIME_LIMIT_S = 120;

  private CesiumCheck() {}

  /**
   * The script, from the repository root.
   *
   * @param relativePath e.g. {@code tools/cesium-check/check-czml.mjs}
   */
  static Path script(String relativePath) {
    Path root = Path.of("").toAbsolutePath();
    while (root != null && !Files.isRegularFile(root.resolve(relativePath))) {
      root = root.getParent();
    }
    assertThat(root).as("no %s above %s", relativePath, Path.of("").toAbsolutePath()).isNotNull();
    Path script = root.resolve(relativePath);
    require(nodeRuns(), "node is not on the PATH");
    require(
        Files.isDirectory(script.resolveSibling("node_modules/cesium")),
        "tools/cesium-check/node_modules/cesium is missing: run "
            + "'npm ci --prefix tools/cesium-check'");
    return script;
  }

  /**
   * Runs a script with Node from its own folder and asserts that it passed; its log is printed and
   * shown on failure.
   *
   * @param script the script, from {@link #script}
   * @param log where to write its output
   * @param args its arguments
   */
  static void run(Path script, Path log, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("node", script.toString()));
    command.addAll(List.of(args));
    Process node =
        new ProcessBuilder(command)
            .directory(script.getParent().toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    boolean finished = node.waitFor(TIME_LIMIT_S, TimeUnit.SECONDS);
    if (!finished) {
      node.destroyForcibly().waitFor();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    System.out.print(output);
    String name = script.getFileName().toString();
    assertThat(finished).as("%s finished within %d s:%n%s", name, TIME_LIMIT_S, output).isTrue();
    assertThat(node.exitValue()).as("%s failed:%n%s", name, output).isZero();
    assertThat(output).contains("all checks passed").doesNotContain("FAIL");
  }

  private static void require(boolean present, String why) {
    if ("true".equals(System.getenv("CI"))) {
      assertThat(present).as("%s (CI=true, so the Cesium check must run)", why).isTrue();
    }
    Assumptions.assumeTrue(present, why);
  }

  static boolean nodeRuns() {
    try {
      Process p =
          new ProcessBuilder("node", "--version")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return false;
      }
      return p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
