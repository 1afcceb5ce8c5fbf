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
import shield.scenario.Place;

/**
 * {@code shield footprint}: a small grid of europe-phase3 against the liquid MRBM, its files and
 * JSON, and bad input.
 */
class FootprintCommandTest {

  private static final String PHASE3 = Path.of("..", "scenarios", "europe-phase3.yaml").toString();

  /** Turkey and the Black Sea, 2° cells: 4 rows × 6 columns. */
  private static final String[] SMALL = {
    "footprint", PHASE3, "--missile", "mrbm-liquid", "--region", "38,22,46,34", "--grid-deg", "2"
  };

  private static String[] args(Path dir, String... more) {
    String[] out = new String[SMALL.length + 2 + more.length];
    System.arraycopy(SMALL, 0, out, 0, SMALL.length);
    out[SMALL.length] = "--out";
    out[SMALL.length + 1] = dir.toString();
    System.arraycopy(more, 0, out, SMALL.length + 2, more.length);
    return out;
  }

  @Test
  void writesTheFourFilesAndPrintsTheSummaryAsJson(@TempDir Path dir) throws Exception {
    CommandRun run = CommandRun.shield(args(dir, "--from", "tabriz,38.0,47.0", "--json"));
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode root = run.json();
    assertThat(root.get("scenario").asText()).isEqualTo("europe-phase3");
    assertThat(root.get("missile").asText()).isEqualTo("mrbm-liquid");
    assertThat(root.get("rows").asInt()).isEqualTo(4);
    assertThat(root.get("columns").asInt()).isEqualTo(6);
    assertThat(root.get("grid_deg").asDouble()).isEqualTo(2);
    assertThat(root.get("kill_threshold").asDouble()).isEqualTo(0.9);
    assertThat(root.get("defended_area_km2").asDouble()).isPositive();
    assertThat(root.get("threatened_area_km2").asDouble())
        .isGreaterThanOrEqualTo(root.get("defended_area_km2").asDouble());
    assertThat(root.get("cell_count").asInt()).isEqualTo(24);
    assertThat(root.has("cells")).as("the summary leaves the cells to the file").isFalse();
    JsonNode areas = root.get("launch_areas");
    assertThat(areas).hasSize(2);
    assertThat(areas.get(0).get("id").asText()).isEqualTo("tabriz");
    assertThat(areas.get(1).get("id").asText()).isEqualTo("38.0,47.0");
    for (JsonNode a : areas) {
      assertThat(
              a.get("cells_out_of_range").asInt()
                  + a.get("cells_not_engaged").asInt()
                  + a.get("cells_engaged").asInt())
          .isEqualTo(24);
    }

    JsonNode file = new ObjectMapper().readTree(dir.resolve("footprint.json").toFile());
    assertThat(file.get("defended_area_km2")).isEqualTo(root.get("defended_area_km2"));
    JsonNode cells = file.get("cells");
    assertThat(cells).hasSize(24);
    double defendedKm2 = 0;
    for (JsonNode c : cells) {
      assertThat(c.get("per_launch_area")).hasSize(2);
      if (c.get("defended").asBoolean()) {
        defendedKm2 += c.get("area_km2").asDouble();
      }
      for (JsonNode x : c.get("per_launch_area")) {
        assertThat(x.get("status").asText()).isIn("out_of_range", "not_engaged", "engaged");
        assertThat(x.has("shot_opportunities")).isTrue();
        assertThat(x.has("flight_time_s")).isTrue();
      }
    }
    // The cells' rounded areas add up to the total within their rounding (0.05 km² each).
    assertThat(defendedKm2)
        .isCloseTo(
            file.get("defended_area_km2").asDouble(), org.assertj.core.data.Offset.offset(2.0));

    List<String> csv = Files.readAllLines(dir.resolve("footprint.csv"), StandardCharsets.UTF_8);
    assertThat(csv.get(0)).startsWith("row,column,lat_deg,lon_deg,area_km2,launch_area,status");
    assertThat(csv).hasSize(1 + 24 * 2);

    JsonNode geo = new ObjectMapper().readTree(dir.resolve("footprint.geojson").toFile());
    assertThat(geo.get("type").asText()).isEqualTo("FeatureCollection");
    // 24 cells, 2 launch areas, 5 batteries, 9 radars.
    assertThat(geo.get("features")).hasSize(24 + 2 + 5 + 9);
    assertThat(geo.get("features").get(0).get("properties").has("p_kill_tabriz")).isTrue();

    byte[] png = Files.readAllBytes(dir.resolve("footprint.png"));
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
  }

  @Test
  void humanSummaryGivesTheAreasAndCountsPerLaunchArea(@TempDir Path dir) {
    CommandRun run = CommandRun.shield(args(dir, "--threads", "1"));
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("europe-phase3 against mrbm-liquid: 4 x 6 cells of 2.0 deg")
        .contains("defended area")
        .contains("P_kill >= 0.90")
        .contains("tabriz")
        .contains("kermanshah")
        .contains("shahroud")
        .contains("footprint.png");
  }

  @Test
  void launchAreasMixPlacesAndCoordinatePairs() {
    List<Place> areas =
        FootprintCommand.launchAreas(List.of("tabriz,35.5,51.4", "-10.5,20", "semnan"));
    assertThat(areas)
        .extracting(Place::id)
        .containsExactly("tabriz", "35.5,51.4", "-10.5,20", "semnan");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "--region;1,2,3;--region",
        "--region;95,0,10,10;--region",
        "--grid-deg;0;--grid-deg",
        "--grid-deg;20;--grid-deg",
        "--from;atlantis;--from",
        "--from;tabriz,38.0;--from",
        "--missile;nodong-9;--missile",
        "--kill-threshold;1.5;--kill-threshold",
        "--threads;0;--threads"
      })
  void badInputIsOneLineNamingTheFlag(String flag, String value, String named, @TempDir Path dir) {
    CommandRun run = CommandRun.shield(args(dir, flag, value));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip()).doesNotContain("\n").contains(named);
    assertThat(run.err()).doesNotContain("Exception");
  }
}
