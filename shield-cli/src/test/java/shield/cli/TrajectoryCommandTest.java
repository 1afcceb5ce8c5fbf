package shield.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract of {@code shield trajectory}. */
class TrajectoryCommandTest {

  private CommandRun last;

  private int run(String... args) {
    last = CommandRun.shield(args);
    return last.exitCode();
  }

  @Test
  void jsonHasTheContractKeysInOrder() throws Exception {
    int code =
        run(
            "trajectory",
            "--missile",
            "mrbm-solid",
            "--from",
            "tabriz",
            "--to",
            "bucharest",
            "--json");
    assertThat(code).isZero();
    JsonNode json = new ObjectMapper().readTree(last.out());
    List<String> keys = new ArrayList<>();
    json.fieldNames().forEachRemaining(keys::add);
    assertThat(keys)
        .containsExactly(
            "missile",
            "ground_range_km",
            "azimuth_deg",
            "flight_time_s",
            "burnout_time_s",
            "burnout_altitude_km",
            "burnout_speed_mps",
            "apogee_km",
            "max_speed_mps",
            "impact",
            "miss_m");
    assertThat(json.get("missile").asText()).isEqualTo("mrbm-solid");
    assertThat(json.get("miss_m").asDouble()).isLessThan(100);
    assertThat(json.get("impact").get("lat_deg").asDouble()).isBetween(44.42, 44.43);
    assertThat(json.get("impact").get("lon_deg").asDouble()).isBetween(26.10, 26.11);
    // Tabriz to Bucharest is about 1,830 km along the geodesic.
    assertThat(json.get("ground_range_km").asDouble()).isBetween(1_800.0, 1_850.0);
    assertThat(json.get("apogee_km").asDouble())
        .isGreaterThan(json.get("burnout_altitude_km").asDouble());
  }

  @Test
  void depressedReportsItsGainOverMinimumEnergy() throws Exception {
    int code =
        run(
            "trajectory",
            "--missile",
            "mrbm-solid",
            "--from",
            "tabriz",
            "--to",
            "bucharest",
            "--depressed",
            "--json");
    assertThat(code).isZero();
    JsonNode json = new ObjectMapper().readTree(last.out());
    assertThat(json.get("flight_time_gain_s").asDouble()).isGreaterThan(30);
  }

  @Test
  void writesCsvWithEventsAndCzml(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("f.csv");
    Path czml = dir.resolve("sub/f.czml");
    int code =
        run(
            "trajectory",
            "--missile",
            "srbm",
            "--from",
            "38.08,46.29,1300",
            "--to",
            "36.20,48.0",
            "--csv",
            csv.toString(),
            "--czml",
            czml.toString());
    assertThat(code).as(last.err()).isZero();
    assertThat(Files.readAllLines(csv).get(0)).startsWith("time_s,utc,lat_deg,lon_deg");
    assertThat(Files.readString(dir.resolve("f-events.csv"))).contains("impact");
    JsonNode packets = new ObjectMapper().readTree(czml.toFile());
    assertThat(packets.get(0).get("id").asText()).isEqualTo("document");
    assertThat(last.out()).contains("wrote");
  }

  @Test
  void beyondReachExitsThreeWithTheDistanceAndTheReach() {
    int code = run("trajectory", "--missile", "srbm", "--from", "tabriz", "--to", "paris");
    assertThat(code).isEqualTo(3);
    assertThat(last.err())
        .contains("km away", "beyond the reach of srbm", "azimuth")
        .doesNotContain("Exception")
        .hasLineCount(1);
  }

  @Test
  void badInputExitsTwoWithOneLineNamingTheFlag() {
    assertThat(run("trajectory", "--missile", "srbmm", "--from", "tabriz", "--to", "paris"))
        .isEqualTo(2);
    assertThat(last.err()).contains("--missile", "did you mean 'srbm'").hasLineCount(1);
  }

  @Test
  void malformedLaunchTimeNamesTheFlag() {
    assertThat(
            run(
                "trajectory",
                "--missile",
                "srbm",
                "--from",
                "tabriz",
                "--to",
                "tabriz",
                "--launch-time",
                "yesterday"))
        .isEqualTo(2);
    assertThat(last.err()).contains("--launch-time", "ISO-8601");
  }

  @Test
  void apogeeAndDepressedAreExclusive() {
    assertThat(
            run(
                "trajectory",
                "--missile",
                "srbm",
                "--from",
                "tabriz",
                "--to",
                "kermanshah",
                "--depressed",
                "--apogee-km",
                "100"))
        .isEqualTo(2);
    assertThat(last.err()).contains("mutually exclusive");
  }

  @Test
  void azimuthIsReportedWithinZeroTo360Degrees() throws Exception {
    // A 20 km shot toward the north-north-east: targeting's azimuth corrections once carried the
    // guidance past 360° and the JSON said 382°.
    assertThat(
            run(
                "trajectory",
                "--missile",
                "icbm-solid",
                "--from",
                "kozelsk",
                "--to",
                "54.2,35.9",
                "--json"))
        .isZero();
    double azimuth = new ObjectMapper().readTree(last.out()).get("azimuth_deg").asDouble();
    assertThat(azimuth).isGreaterThanOrEqualTo(0).isLessThan(360);
  }

  @Test
  void anAimPointWithAHeightIsRefusedRatherThanIgnored() {
    assertThat(run("trajectory", "--missile", "srbm", "--from", "tabriz", "--to", "36,48,500"))
        .isEqualTo(2);
    assertThat(last.err()).contains("--to", "no height").hasLineCount(1);
  }

  @Test
  void aLaunchHeightOffTheEarthIsRefused() {
    assertThat(run("trajectory", "--missile", "srbm", "--from", "38,46,-99999999", "--to", "36,48"))
        .isEqualTo(2);
    assertThat(last.err()).contains("--from", "height", "[-1000, 20000] m").hasLineCount(1);
  }
}
