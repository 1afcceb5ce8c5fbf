package shield.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shield sense}: the timeline of the shipped scenarios, its JSON and CSV, and bad input. */
class SenseCommandTest {

  private static final String KALININGRAD =
      Path.of("..", "scenarios", "kaliningrad-warning.yaml").toString();

  @Test
  void jsonHasEveryThreatSensorAndNetworkWithUnits() throws Exception {
    CommandRun run = CommandRun.shield("sense", KALININGRAD, "--seed", "3", "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode root = run.json();
    assertThat(root.get("scenario").asText()).isEqualTo("kaliningrad-warning");
    assertThat(root.get("seed").asLong()).isEqualTo(3);
    JsonNode threats = root.get("threats");
    assertThat(threats).hasSize(5);
    for (JsonNode t : threats) {
      assertThat(t.has("launch_time_s")).isTrue();
      assertThat(t.get("impact_time_s").asDouble())
          .isGreaterThan(t.get("launch_time_s").asDouble());
      assertThat(t.get("sensors")).hasSize(5);
      for (JsonNode s : t.get("sensors")) {
        assertThat(s.has("first_detection_s")).isTrue();
        assertThat(s.has("last_detection_s")).isTrue();
        assertThat(s.has("first_detection_altitude_km")).isTrue();
      }
      assertThat(t.get("networks")).hasSize(3);
      for (JsonNode w : t.get("networks")) {
        assertThat(w.has("firm_track_s")).isTrue();
        assertThat(w.has("firm_track_position_error_m")).isTrue();
        assertThat(w.has("warning_from_detection_s")).isTrue();
        assertThat(w.has("warning_from_firm_track_s")).isTrue();
        if (!w.get("warning_from_detection_s").isNull()) {
          // Warning is impact minus first detection at the node.
          assertThat(w.get("warning_from_detection_s").asDouble())
              .isCloseTo(
                  t.get("impact_time_s").asDouble() - w.get("first_detection_s").asDouble(),
                  org.assertj.core.data.Offset.offset(0.02));
        }
      }
    }
  }

  @Test
  void theSameSeedGivesTheSameTimeline() {
    CommandRun a = CommandRun.shield("sense", KALININGRAD, "--seed", "5", "--json");
    CommandRun b = CommandRun.shield("sense", KALININGRAD, "--seed", "5", "--json");
    assertThat(a.out()).isEqualTo(b.out());
  }

  @Test
  void humanOutputNamesTheFirstSensorAndTheWarnings() {
    CommandRun run = CommandRun.shield("sense", KALININGRAD);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("kaliningrad-warning: 5 threats, 4 radars, 1 early-warning constellations")
        .contains("slbm-moscow-depressed")
        .contains("first seen by")
        .contains("median warning");
  }

  @Test
  void csvHasOneRowPerThreatAndSensorOrNetwork(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("out/sense.csv");
    CommandRun run = CommandRun.shield("sense", KALININGRAD, "--csv", csv.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).startsWith("threat,missile,launch_time_s,impact_time_s,row_kind,id");
    assertThat(lines).hasSize(1 + 5 * (5 + 3));
    int columns = lines.get(0).split(",", -1).length;
    assertThat(lines).allSatisfy(l -> assertThat(l.split(",", -1)).hasSize(columns));
  }

  @Test
  void everyMistakeOfTheFileIsItsOwnLineAndExitIsTwo(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(
        bad,
        String.join(
            "\n",
            "name: bad",
            "epoch_utc: 2011-12-01T06:00:00Z",
            "threats:",
            "  - {id: a, missile: mrbm-solid, from: tabirz, to: bucharest}",
            "  - {id: b, missile: mrbm-solid, from: {lat_deg: 95, lon_deg: 0}, to: bucharest}",
            ""));
    CommandRun run = CommandRun.shield("sense", bad.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines().toList())
        .containsExactly(
            "shield: "
                + bad
                + ":4: threats[0].from: unknown place 'tabirz'; did you mean 'tabriz'? (known: "
                + run.err().lines().toList().get(0).split("\\(known: ", 2)[1],
            "shield: "
                + bad
                + ":5: threats[1].from.lat_deg: must be a number of degrees in [-90, 90], got 95");
    assertThat(run.err()).doesNotContain("Exception");
  }

  @Test
  void aMissingScenarioIsOneLine() {
    CommandRun run = CommandRun.shield("sense", "no-such-scenario.yaml");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("shield: no-such-scenario.yaml: no such file\n");
  }
}
