package shield.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise for {@code shield run}'s {@code report.html}: it renders in a browser with no
 * console error and no request off the machine. The CLI runs europe-2011; {@code
 * tools/report-check/check-report.mjs} opens the report in headless Chromium (Debian's package,
 * driven by the pinned npm {@code playwright-core}) from a file: URL with a new empty profile,
 * aborts and fails on every request that is not file: or data:, fails on any console or page error,
 * and checks the headings, the four plots, the decoded map and P(no leak) against summary.json. The
 * report and the checker's screenshot are left in {@code target/report-check/}. Two doctored copies
 * of the report show that the checker does fail: one that fetches an image from the web, one that
 * runs a script.
 *
 * <p>Needs {@code node}, {@code npm ci --prefix tools/report-check} and Chromium at {@code
 * /usr/bin/chromium} (or {@code $CHROMIUM}), which {@code .ci/run} installs. Without them the test
 * is skipped, except under {@code CI=true}, where it fails.
 */
class ReportInChromiumTest {

  private static final String CHECKER = "tools/report-check/check-report.mjs";
  private static final Path EUROPE = Path.of("..", "scenarios", "europe-2011.yaml");
  private static final String POLICY_START = "<meta http-equiv=\"Content-Security-Policy\"";

  /** Far above the europe-2011 report's size (about 0.4 MB, most of it the map). */
  private static final long MAX_REPORT_BYTES = 3_000_000;

  @TempDir static Path dir;
  private static Path checker;
  private static Path expected;

  @BeforeAll
  static void runEurope() throws IOException {
    checker = checker();
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

    ObjectNode doc = new ObjectMapper().createObjectNode();
    doc.putArray("headings")
        .add("Results")
        .add("Per threat")
        .add("Assets, batteries and layers")
        .add("Trial 0")
        .add("Scenario");
    doc.put("plots", 4);
    expected = dir.resolve("expected.json");
    new ObjectMapper().writeValue(expected.toFile(), doc);
  }

  @Test
  void reportRendersOfflineInChromium() throws Exception {
    Path report = dir.resolve("report.html");
    assertThat(Files.size(report)).isBetween(10_000L, MAX_REPORT_BYTES);
    try {
      CesiumCheck.run(
          checker,
          dir.resolve("check.log"),
          report.toString(),
          dir.resolve("summary.json").toString(),
          expected.toString());
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

  /**
   * A report doctored to fetch an image from the web and to run a script that throws, without its
   * security policy (which would refuse both): the checker aborts the request, so nothing leaves
   * the machine, and fails on it and on the page error.
   */
  @Test
  void checkerFailsOnARequestOffTheMachineAndOnAnError() throws Exception {
    String page = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
    int policy = page.indexOf(POLICY_START);
    String doctored =
        (page.substring(0, policy) + page.substring(page.indexOf("/>", policy) + 2))
            .replace("<h3>Map</h3>", "<h3>Map</h3><img src=\"https://shield.invalid/map.png\"/>")
            .replace("</body>", "<script>throw new Error('doctored')</script></body>");
    String output = failingCheck("doctored", doctored);
    assertThat(output)
        .contains("FAIL: no request off the machine: https://shield.invalid/map.png")
        .contains("FAIL: no console or page error")
        .contains("page: doctored");
  }

  /** Runs the checker on a doctored report and returns its output, asserting that it failed. */
  private static String failingCheck(String name, String page) throws Exception {
    Path folder = Files.createDirectories(dir.resolve(name));
    Path report = folder.resolve("report.html");
    Files.writeString(report, page, StandardCharsets.UTF_8);
    Path log = folder.resolve("check.log");
    Process node =
        new ProcessBuilder(
                "node",
                checker.toString(),
                report.toString(),
                dir.resolve("summary.json").toString(),
                expected.toString())
            .directory(checker.getParent().toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    boolean finished = node.waitFor(120, TimeUnit.SECONDS);
    if (!finished) {
      node.destroyForcibly().waitFor();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    System.out.print(output);
    assertThat(finished).as("the checker finished:%n%s", output).isTrue();
    assertThat(node.exitValue()).as("the checker failed:%n%s", output).isEqualTo(1);
    assertThat(output).doesNotContain("all checks passed");
    return output;
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
