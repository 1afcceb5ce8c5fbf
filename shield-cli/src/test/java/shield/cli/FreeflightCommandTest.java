package shield.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import shield.flight.FreeFlightSolution;
import shield.flight.SphericalFreeFlight;

class FreeflightCommandTest {

  private static final SphericalFreeFlight EARTH = new SphericalFreeFlight();

  /** What one run printed and returned. */
  private static CommandRun run(String... args) {
    String[] full = new String[args.length + 1];
    full[0] = "freeflight";
    System.arraycopy(args, 0, full, 1, args.length);
    return CommandRun.shield(full);
  }

  @Test
  void minimumEnergyTenThousandKm() throws Exception {
    // Reference: docs reference/validation.md min-energy table, 10,000 km: 7.20 km/s, 22.5°
    // (rounding: 10 m/s, 0.1°); with the default sphere R = 6371.0088 km. The JSON must carry
    // the core's numbers to 1e-9 of their unit (m/s, deg, km, s), and the keys in order.
    CommandRun r = run("--min-energy", "--range-km", "10000", "--json");
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    JsonNode s = r.json().get("solutions").get(0);
    assertThat(r.json().get("solutions")).hasSize(1);
    List<String> keys = new ArrayList<>();
    s.fieldNames().forEachRemaining(keys::add);
    assertThat(keys)
        .containsExactly(
            "burnout_speed_mps",
            "burnout_altitude_km",
            "flight_path_angle_deg",
            "range_angle_deg",
            "range_km",
            "apogee_km",
            "flight_time_s");
    assertThat(s.get("burnout_speed_mps").asDouble()).isCloseTo(7200, within(10.0));
    assertThat(s.get("flight_path_angle_deg").asDouble()).isCloseTo(22.5, within(0.1));
    assertThat(s.get("range_km").asDouble()).isCloseTo(10000, within(1e-9));
    assertMatches(s, EARTH.minimumEnergy(10000 / 6371.0088, 0.0));
    System.out.printf("[measured] CLI min-energy 10,000 km: %s%n", r.out().trim());
  }

  @Test
  void minimumEnergyFromAltitudeOnAnotherSphere() throws Exception {
    // --radius-km and --mu-km3-s2 reach the core (R = 6371 km of the table). Tolerance 1e-9.
    CommandRun r =
        run(
            "--min-energy",
            "--range-km",
            "3000",
            "--burnout-altitude-km",
            "200",
            "--radius-km",
            "6371",
            "--mu-km3-s2",
            "398600.4418",
            "--json");
    assertThat(r.exitCode()).isZero();
    assertMatches(
        r.json().get("solutions").get(0),
        new SphericalFreeFlight(6371e3, 3.986004418e14).minimumEnergy(3000 / 6371.0, 200e3));
  }

  @Test
  void fromBurnoutState() throws Exception {
    // Form 1 against SphericalFreeFlight.fromBurnout. Tolerance 1e-9 of each unit.
    CommandRun r =
        run(
            "--burnout-speed-mps",
            "7000",
            "--burnout-altitude-km",
            "150",
            "--flight-path-angle-deg",
            "25",
            "--json");
    assertThat(r.exitCode()).isZero();
    assertThat(r.json().get("solutions")).hasSize(1);
    assertMatches(
        r.json().get("solutions").get(0), EARTH.fromBurnout(7000, 150e3, Math.toRadians(25)));
  }

  @Test
  void twoAnglesToAPoint() throws Exception {
    // Form 3, Moscow to Washington (great-circle angle from the atan2 form), 7.2 km/s from
    // 100 km: two solutions, lowest angle first, each equal to the core's to 1e-9.
    CommandRun r =
        run(
            "--from",
            "55.75,37.62",
            "--to",
            "38.90,-77.04",
            "--burnout-speed-mps",
            "7200",
            "--burnout-altitude-km",
            "100",
            "--json");
    assertThat(r.exitCode()).isZero();
    JsonNode solutions = r.json().get("solutions");
    double psi =
        FreeflightCommand.greatCircleAngleRad(
            FreeflightCommand.latLon("--from", "55.75,37.62"),
            FreeflightCommand.latLon("--to", "38.90,-77.04"));
    List<FreeFlightSolution> expected = EARTH.anglesToReach(psi, 7200, 100e3);
    assertThat(expected).hasSize(2);
    assertThat(solutions).hasSize(2);
    for (int i = 0; i < 2; i++) {
      assertMatches(solutions.get(i), expected.get(i));
    }
    assertThat(solutions.get(0).get("flight_path_angle_deg").asDouble())
        .isLessThan(solutions.get(1).get("flight_path_angle_deg").asDouble());
  }

  @Test
  void greatCircleAngleOfKnownPoints() {
    // Quarter and half circles, exact: along the equator and pole to pole. Tolerance 1e-15 rad.
    assertThat(
            FreeflightCommand.greatCircleAngleRad(
                FreeflightCommand.latLon("--from", "0,0"),
                FreeflightCommand.latLon("--to", "0,90")))
        .isCloseTo(Math.PI / 2, within(1e-15));
    assertThat(
            FreeflightCommand.greatCircleAngleRad(
                FreeflightCommand.latLon("--from", "90,0"),
                FreeflightCommand.latLon("--to", "-90,0")))
        .isCloseTo(Math.PI, within(1e-15));
  }

  @Test
  void negativeCoordinatesParse() throws Exception {
    // Cape Town to Buenos Aires: values that start with '-' are still values, not flags.
    CommandRun r =
        run("--from", "-33.92,18.42", "--to", "-34.60,-58.38", "--burnout-speed-mps", "7000");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("angle (deg)");
  }

  @Test
  void outOfReachIsAnEmptyListNotAnError() throws Exception {
    // 3 km/s reaches about 990 km (validation.md table: 1,000 km needs 3.02 km/s).
    CommandRun r = run("--from", "0,0", "--to", "0,30", "--burnout-speed-mps", "3000", "--json");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out().trim()).isEqualTo("{\"solutions\":[]}");
    assertThat(r.err()).contains("Out of reach").contains("maximum range");
    CommandRun human = run("--from", "0,0", "--to", "0,30", "--burnout-speed-mps", "3000");
    assertThat(human.exitCode()).isZero();
    assertThat(human.out()).contains("Out of reach").contains("988.").doesNotContain("(km)");
  }

  @Test
  void humanTableHasUnitsInTheHeaders() {
    CommandRun r = run("--min-energy", "--range-km", "10000");
    assertThat(r.exitCode()).isZero();
    String[] lines = r.out().split("\\R");
    assertThat(lines[0])
        .contains("speed (m/s)")
        .contains("altitude (km)")
        .contains("flight-path angle (deg)")
        .contains("range angle (deg)")
        .contains("range (km)")
        .contains("apogee (km)")
        .contains("flight time (s)");
    assertThat(lines[1]).contains("7198.1").contains("22.517").contains("10000.0");
    assertThat(lines[1].length()).isEqualTo(lines[0].length());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''| no form given",
        "--min-energy --range-km 1000 --flight-path-angle-deg 30| belong to different forms",
        "--from 0,0 --to 0,10 --min-energy --range-km 100| belong to different forms",
        "--min-energy| --range-km",
        "--range-km 1000| --min-energy",
        "--min-energy --range-km 1000 --burnout-speed-mps 7000| --burnout-speed-mps",
        "--min-energy --range-km 30000| --range-km",
        "--min-energy --range-km -5| --range-km",
        "--burnout-speed-mps 7000 --flight-path-angle-deg 30| --burnout-altitude-km",
        "--burnout-speed-mps 7000 --burnout-altitude-km 0 --flight-path-angle-deg 95"
            + "| --flight-path-angle-deg must be in (-90, 90)",
        "--burnout-speed-mps 7000 --burnout-altitude-km 0 --flight-path-angle-deg -10"
            + "| --flight-path-angle-deg must be > 0",
        "--burnout-speed-mps -1 --burnout-altitude-km 0 --flight-path-angle-deg 30"
            + "| --burnout-speed-mps must be > 0",
        "--burnout-speed-mps 12000 --burnout-altitude-km 0 --flight-path-angle-deg 30"
            + "| escape speed",
        "--burnout-speed-mps 7000 --burnout-altitude-km -1 --flight-path-angle-deg 30"
            + "| --burnout-altitude-km must be >= 0",
        "--from 91,0 --to 0,10 --burnout-speed-mps 7000| --from expects LAT,LON",
        "--from 0,0 --to 0,181 --burnout-speed-mps 7000| --to expects LAT,LON",
        "--from moscow --to 0,10 --burnout-speed-mps 7000| --from expects LAT,LON",
        "--from 1,2,3 --to 0,10 --burnout-speed-mps 7000| --from expects LAT,LON",
        "--from 0,0 --to 0,10| --burnout-speed-mps",
        "--to 0,10 --burnout-speed-mps 7000| --from",
        "--from 10,20 --to 10,20 --burnout-speed-mps 7000| same point",
        "--min-energy --range-km 1000 --radius-km 0| --radius-km must be > 0",
        "--min-energy --range-km 1000 --mu-km3-s2 -3| --mu-km3-s2 must be > 0",
        "--min-energy --range-km abc| --range-km"
      })
  void badInputExitsTwoWithOneLineNamingTheFlag(String args, String expected) {
    CommandRun r = run(args.isBlank() ? new String[0] : args.trim().split("\\s+"));
    assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("shield: ").contains(expected);
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void helpExitsZero() {
    CommandRun r = run("--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("--min-energy").contains("--from").contains("--json");
  }

  /** The JSON row equals the core's solution, converted to the JSON units, to 1e-9 of a unit. */
  private static void assertMatches(JsonNode row, FreeFlightSolution s) {
    Map<String, Double> expected =
        Map.of(
            "burnout_speed_mps", s.burnoutSpeedMps(),
            "burnout_altitude_km", s.burnoutAltitudeM() / 1e3,
            "flight_path_angle_deg", Math.toDegrees(s.flightPathAngleRad()),
            "range_angle_deg", Math.toDegrees(s.rangeAngleRad()),
            "range_km", s.rangeM() / 1e3,
            "apogee_km", s.apogeeAltitudeM() / 1e3,
            "flight_time_s", s.flightTimeS());
    expected.forEach(
        (key, value) -> assertThat(row.get(key).asDouble()).as(key).isCloseTo(value, within(1e-9)));
  }
}
