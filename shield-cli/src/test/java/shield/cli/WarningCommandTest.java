package shield.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import shield.analysis.Region;
import shield.scenario.Catalog;
import shield.scenario.ScenarioLoader;

/** {@code shield warning}: agrees with {@code shield sense}, its files, its summary, bad input. */
class WarningCommandTest {

  /**
   * The warning map's test scenario: one mrbm-solid from 48° N 1° E at 54.5° N 20.5° E, the centre
   * of the one cell of {@link #CELL}.
   */
  private static final String SCENARIO =
      Path.of("..", "shield-core", "src", "test", "resources", "shield", "analysis", "warning.yaml")
          .toString();

  private static final String CELL = "54,20,55,21";

  private static final String KALININGRAD =
      Path.of("..", "scenarios", "kaliningrad-warning.yaml").toString();

  @Test
  void theWarningAtACellIsWhatShieldSensePrintsForThatMissile(@TempDir Path dir) throws Exception {
    // Oracle: `shield sense` of the same file and seed, whose one threat is the cell's missile.
    // Tolerance 0.05 s: sense rounds times to 0.01 s, warning rounds warnings to 0.1 s.
    CommandRun sense = CommandRun.shield("sense", SCENARIO, "--seed", "7", "--json");
    assertThat(sense.exitCode()).as(sense.err()).isZero();
    JsonNode expected = null;
    for (JsonNode n : sense.json().get("threats").get(0).get("networks")) {
      if (n.get("network").asText().equals("everything")) {
        expected = n;
      }
    }
    CommandRun warning =
        CommandRun.shield(
            "warning",
            SCENARIO,
            "--network",
            "everything",
            "--region",
            CELL,
            "--seed",
            "7",
            "--out",
            dir.toString(),
            "--json");
    assertThat(warning.exitCode()).as(warning.err()).isZero();
    JsonNode cell = warning.json().get("cells").get(0);
    assertThat(cell.get("lat_deg").asDouble()).isEqualTo(54.5);
    assertThat(cell.get("lon_deg").asDouble()).isEqualTo(20.5);
    assertThat(cell.get("warning_from_detection_s").asDouble())
        .isCloseTo(expected.get("warning_from_detection_s").asDouble(), within(0.05));
    assertThat(cell.get("warning_from_firm_track_s").asDouble())
        .isCloseTo(expected.get("warning_from_firm_track_s").asDouble(), within(0.05));
    assertThat(cell.get("by_launch_area").get(0).get("first_sensor").asText())
        .isEqualTo(expected.get("first_sensor").asText());
    assertThat(warning.json())
        .isEqualTo(new ObjectMapper().readTree(dir.resolve("warning.json").toFile()));
  }

  @Test
  void writesTheFourFilesAndASummary(@TempDir Path dir) throws Exception {
    CommandRun run =
        CommandRun.shield(
            "warning",
            SCENARIO,
            "--network",
            "two-seeing",
            "--from",
            "western-europe,47,2",
            "--region",
            "54,20,55,22",
            "--threads",
            "1",
            "--out",
            dir.resolve("w").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("warning of network two-seeing against mrbm-solid")
        .contains("2 cells, 2 launch areas")
        .contains("worst                  detection        2/2     100%")
        .contains("47,2")
        .contains("warning.png");
    Path w = dir.resolve("w");
    List<String> csv = Files.readAllLines(w.resolve("warning.csv"), StandardCharsets.UTF_8);
    assertThat(csv).hasSize(1 + 2 * 3);
    assertThat(csv.get(3)).contains(",launch_area,\"47,2\",,flown,");
    JsonNode geo = new ObjectMapper().readTree(w.resolve("warning.geojson").toFile());
    assertThat(geo.get("type").asText()).isEqualTo("FeatureCollection");
    // 2 cells, 2 launch areas, 4 radars, no assets
    assertThat(geo.get("features")).hasSize(2 + 2 + 4);
    JsonNode cell = geo.get("features").get(0).get("properties");
    assertThat(cell.has("warning_from_firm_track_s")).isTrue();
    assertThat(cell.has("launch_area_2_warning_from_detection_s")).isTrue();
    byte[] png = Files.readAllBytes(w.resolve("warning.png"));
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
  }

  @Test
  void theSummaryGivesTheWarningAtTheAssetsCellsOrSaysTheyAreOutOfReach(@TempDir Path dir) {
    // mrbm-solid reaches about 2,000 km: Kaliningrad from 48° N 1° E (~1,400 km) but not Moscow
    // (~2,500 km).
    CommandRun run =
        CommandRun.shield(
            "warning",
            KALININGRAD,
            "--network",
            "russia",
            "--from",
            "western-europe",
            "--missile",
            "mrbm-solid",
            "--region",
            "54,20,56,38",
            "--grid-deg",
            "2",
            "--out",
            dir.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).containsPattern("9 cells, 1 launch area\\R");
    assertThat(run.out()).containsPattern("moscow +55\\.00,37\\.00 +out of reach");
    assertThat(run.out()).containsPattern("kaliningrad +55\\.00,21\\.00 +\\d+\\.\\d +\\d+\\.\\d");
  }

  @Test
  void theDefaultRegionHoldsTheAimPointsAndAssetsWithThreeDegreesAround() {
    Region region =
        WarningCommand.defaultRegion(ScenarioLoader.load(Path.of(KALININGRAD), Catalog.builtIn()));
    // Kaliningrad 54.71° N 20.45° E and Moscow 55.76° N 37.62° E, ±3°, out to whole degrees.
    assertThat(region).isEqualTo(new Region(51, 17, 59, 41));
  }

  @Test
  void aListOfPlacesKeepsCoordinatePairsTogether() {
    assertThat(PlaceListOption.split("norwegian-sea, 57,3 ,paris,-33.9,151.2", "--from"))
        .containsExactly("norwegian-sea", "57,3", "paris", "-33.9,151.2");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--network|nato|--network: scenario warning-test has no network 'nato'; its networks: everything",
        "--region|54,20,55|--region: '54,20,55' is not four numbers",
        "--region|54,20,95,21|--region: latitudes must be in [-90, 90]",
        "--region|54,20,54,21|--region: the corners must differ",
        "--grid-deg|0|--grid-deg: must be positive and no larger than the region",
        "--grid-deg|2|--grid-deg: must be positive and no larger than the region",
        "--from|atlantis|--from: ",
        "--from|57|--from: '57' has a latitude without a longitude",
        "--from|paris,,rome|--from: 'paris,,rome' has an empty place",
        "--missile|v2|--missile: ",
        "--threads|0|--threads: must be at least 1, got 0"
      })
  void badInputIsOneLineNamingTheFlagWithExitCode2(String flag, String value, String message) {
    List<String> args =
        new ArrayList<>(List.of("warning", SCENARIO, "--network", "everything", "--region", CELL));
    int at = args.indexOf(flag);
    if (at >= 0) {
      args.set(at + 1, value);
    } else {
      args.add(flag);
      args.add(value);
    }
    CommandRun run = CommandRun.shield(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
    assertThat(run.err().lines().toList()).hasSize(1);
    assertThat(run.err()).startsWith("shield: " + message).doesNotContain("Exception");
  }

  @Test
  void theNetworkIsRequired() {
    CommandRun run = CommandRun.shield("warning", SCENARIO);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--network");
  }

  @Test
  void helpNamesEveryFlag() {
    CommandRun run = CommandRun.shield("warning", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("--network")
        .contains("--from")
        .contains("--missile")
        .contains("--region")
        .contains("--grid-deg")
        .contains("--seed")
        .contains("--threads")
        .contains("--out")
        .contains("--json");
  }
}
