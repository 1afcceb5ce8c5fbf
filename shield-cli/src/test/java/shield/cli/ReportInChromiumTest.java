package shield.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise for {@code shield run}'s {@code report.html}: it renders in a browser with no
 * console error and no request off the machine. The CLI runs europe-2011; {@code
 * tools/report-check/check-report.mjs} opens the report in headless Chromium (Debian's package,
 * driven by the pinned npm {@code playwright-core}) from a file: URL with a new empty profile,
 * aborts and fails on every request that is not file: or data:, fails on any console or page error,
 * and checks the headings, the four plots, the decoded map and P(no leak) against summary.json. The
 * report and the checker's screenshot are left in {@code target/report-check/}.
 *
 * <p>Needs {@code node}, {@code npm ci --prefix tools/report-check} and Chromium at {@code
 * /usr/bin/chromium} (or {@code $CHROMIUM}), which {@code .ci/run} installs. Without them the test
 * is skipped, except under {@code CI=true}, where it fails.
 */
class ReportInChromiumTest {

  private static final String CHECKER = "tools/report-check/check-report.mjs";
  private static final Path EUROPE = Path.of("..", "scenarios", "europe-2011.yaml");

  /**
   * Far above the europe-2011 report's size (about 0.4 MB, most of it the map): a few MB at most.
   */
  private static final long MAX_REPORT_BYTES = 3_000_000;

  @Test
  void reportRendersOfflineInChromium(@TempDir Path dir) throws Exception {
    Path checker = checker();
    CommandRun run =
        CommandRun.shield(
            "run",
            EUROPE.toString(),
            "--trials",
            "20",
            "--sensing-draws",
            "1",
            "--out",
            dir.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("report.html");
    Path report = dir.resolve("report.html");
    assertThat(Files.size(report)).isBetween(10_000L, MAX_REPORT_BYTES);

    ObjectNode expected = new ObjectMapper().createObjectNode();
    expected
        .putArray("headings")
        .add("Results")
        .add("Per threat")
        .add("Assets, batteries and layers")
        .add("Trial 0")
        .add("Scenario");
    expected.put("plots", 4);
    Path expectedFile = dir.resolve("expected.json");
    new ObjectMapper().writeValue(expectedFile.toFile(), expected);

    try {
      CesiumCheck.run(
          checker,
          dir.resolve("check.log"),
          report.toString(),
          dir.resolve("summary.json").toString(),
          expectedFile.toString());
    } finally {
      Path kept = Path.of("target", "report-check");
      Files.createDirectories(kept);
      for (String file : List.of("report.html", "report.png", "summary.json")) {
        if (Files.exists(dir.resolve(file))) {
          Files.copy(dir.resolve(file), kept.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    assertThat(dir.resolve("report.png")).isNotEmptyFile();
  }

  /** The checker, with Node, its npm packages and Chromium present. */
  private static Path checker() {
    Path root = Path.of("").toAbsolutePath();
    while (root != null && !Files.isRegularFile(root.resolve(CHECKER))) {
      root = root.getParent();
    }
    assertThat(root).as("no %s above %s", CHECKER, Path.of("").toAbsolutePath()).isNotNull();
    Path script = root.resolve(CHECKER);
    String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
    require(Files.isExecutable(Path.of(chromium)), chromium + " is missing: install chromium");
    require(CesiumCheck.nodeRuns(), "node is not on the PATH");
    require(
        Files.isDirectory(script.resolveSibling("node_modules/playwright-core")),
        "tools/report-check/node_modules/playwright-core is missing: run "
            + "'npm ci --prefix tools/report-check'");
    return script;
  }

  private static void require(boolean present, String why) {
    if ("true".equals(System.getenv("CI"))) {
      assertThat(present).as("%s (CI=true, so the Chromium check must run)", why).isTrue();
    }
    Assumptions.assumeTrue(present, why);
  }
}
