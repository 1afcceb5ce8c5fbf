package shield.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code shield deterrence}: its JSON, its CSV, its human summary and bad input. */
class DeterrenceCommandTest {

  /** One case on a two-speed grid, with the site's own radar: quick to run. */
  private static final String[] CASE = {
    "deterrence",
    "--interceptor-site",
    "redzikowo",
    "--interceptor",
    "sm3-iia",
    "--icbm-from",
    "kozelsk",
    "--icbm-to",
    "washington",
    "--speeds-kmps",
    "4,6",
    "--sensors",
    "spy1@redzikowo"
  };

  private static String[] with(String... more) {
    String[] args = new String[CASE.length + more.length];
    System.arraycopy(CASE, 0, args, 0, CASE.length);
    System.arraycopy(more, 0, args, CASE.length, more.length);
    return args;
  }

  @Test
  void jsonHasTheSpeedsTheWindowsAndTheThreshold(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("out/sweep.csv");
    CommandRun run = CommandRun.shield(with("--json", "--csv", csv.toString()));
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode root = run.json();
    assertThat(root.get("interceptor").asText()).isEqualTo("sm3-iia");
    assertThat(root.get("missile").asText()).isEqualTo("icbm-solid");
    assertThat(root.get("launch_on").asText()).isEqualTo("firm-track");
    double firm = root.get("firm_track_s").asDouble();
    assertThat(root.get("launch_not_before_s").asDouble())
        .isEqualTo(firm + root.get("reaction_time_s").asDouble(), within(0.11));
    JsonNode speeds = root.get("speeds");
    assertThat(speeds).hasSize(2);
    JsonNode slow = speeds.get(0);
    assertThat(slow.get("speed_kmps").asDouble()).isEqualTo(4.0);
    assertThat(slow.get("feasible").asBoolean()).isFalse();
    assertThat(slow.get("window_s").isNull()).isTrue();
    assertThat(slow.get("intercept_altitude_km").isNull()).isTrue();
    JsonNode fast = speeds.get(1);
    assertThat(fast.get("speed_kmps").asDouble()).isEqualTo(6.0);
    assertThat(fast.get("feasible").asBoolean()).isTrue();
    JsonNode altitudes = fast.get("intercept_altitude_km");
    assertThat(altitudes.get(0).asDouble()).isGreaterThanOrEqualTo(100);
    assertThat(altitudes.get(1).asDouble()).isGreaterThanOrEqualTo(altitudes.get(0).asDouble());
    JsonNode intercepts = fast.get("intercept_s");
    assertThat(fast.get("window_s").asDouble())
        .isEqualTo(intercepts.get(1).asDouble() - intercepts.get(0).asDouble(), within(0.11));
    assertThat(fast.get("launch_s").get(0).asDouble())
        .isGreaterThanOrEqualTo(root.get("launch_not_before_s").asDouble() - 0.05);
    double threshold = root.get("threshold_kmps").asDouble();
    assertThat(threshold).isGreaterThan(4).isLessThanOrEqualTo(6);
    assertThat(root.get("threshold_status").asText()).isEqualTo("found");
    assertThat(root.get("threshold_bracket_kmps").get(1).asDouble()).isEqualTo(threshold);
    assertThat(root.get("threshold_bracket_kmps").get(0).asDouble())
        .isCloseTo(threshold - 0.05, within(1e-9));
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).startsWith("speed_kmps,feasible,window_s");
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).startsWith("4.000,false,,");
  }

  @Test
  void humanOutputStatesTheAssumptionsAndTheThreshold() {
    CommandRun run = CommandRun.shield(CASE);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("icbm-solid kozelsk -> washington")
        .contains("sensors: spy1@redzikowo (faces all round), cued by sbirs-geo")
        .contains("first firm track")
        .contains("envelope: ground range <= 5000 km")
        .contains("threshold: ");
  }

  @Test
  void sensorsKeepTheCommaOfACoordinate() {
    assertThat(DeterrenceCommand.sensorEntries("spy1@44.07,24.41,uewr@fylingdales"))
        .containsExactly("spy1@44.07,24.41", "uewr@fylingdales");
  }

  /** Each case replaces one flag of {@link #CASE} (or adds one) with a bad value. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "--speeds-kmps=5,4",
        "--speeds-kmps=0,4",
        "--speeds-kmps=4,12",
        "--interceptor=sm4",
        "--icbm-from=atlantis",
        "--interceptor-site=95,10",
        "--missile=nope",
        "--sensors=spy1redzikowo",
        "--sensors=radar9@redzikowo",
        "--launch-on=hope",
        "--network=nato",
        "--table=true"
      })
  void badInputIsOneLineAndExitCode2(String bad) {
    String flag = bad.substring(0, bad.indexOf('='));
    List<String> args = new java.util.ArrayList<>();
    for (int i = 0; i < CASE.length; i++) {
      if (CASE[i].equals(flag)) {
        i++;
      } else {
        args.add(CASE[i]);
      }
    }
    args.add(flag.equals("--table") ? flag : bad);
    CommandRun run = CommandRun.shield(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
    assertThat(run.err().lines().count()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).startsWith("shield: ").doesNotContain("Exception");
    if (!flag.equals("--table")) {
      assertThat(run.err()).contains(flag);
    }
  }

  @Test
  void aMissingFlagIsNamed() {
    CommandRun run = CommandRun.shield("deterrence", "--interceptor", "sm3-iia");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--interceptor-site is required");
  }

  @Test
  void aCityOutOfReachExitsWith3() {
    CommandRun run =
        CommandRun.shield(
            "deterrence",
            "--interceptor-site",
            "redzikowo",
            "--interceptor",
            "sm3-iia",
            "--icbm-from",
            "kozelsk",
            "--icbm-to",
            "los-angeles");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
    assertThat(run.err()).contains("cannot reach los-angeles");
  }

  @Test
  void helpDescribesTheTable() {
    CommandRun run = CommandRun.shield("deterrence", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--table").contains("--speeds-kmps").contains("Wilkening");
  }

  private static org.assertj.core.data.Offset<Double> within(double v) {
    return org.assertj.core.data.Offset.offset(v);
  }
}
