package shield.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shield.analysis.Reach;
import shield.earth.Geodetic;

/** The command-line contract of {@code shield reach}. */
class ReachCommandTest {

  private static final String[] KOREA = {
    "reach",
    "--nonrotating-range-km",
    "10000",
    "--from",
    "39.0,125.75",
    "--city",
    "Honolulu=21.31,-157.86",
    "--city",
    "Washington=38.90,-77.04",
    "--step-deg",
    "10"
  };

  private static String[] with(String[] base, String... more) {
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  @Test
  void jsonCarriesTheRingAndTheCitiesOfTheCore() throws Exception {
    CommandRun run = CommandRun.shield(with(KOREA, "--json"));
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode json = run.json();
    List<String> keys = new ArrayList<>();
    json.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).startsWith("azimuths", "cities");
    assertThat(json.get("nonrotating_reach_km").asDouble()).isCloseTo(10_000, within(1e-3));

    // The core's ring, to the JSON's rounding (1 m).
    double speed = Reach.burnoutSpeedForNonrotatingRangeMps(10_000e3, 100e3);
    Reach.Ring ring =
        Reach.ofBurnout(speed, 100e3, Reach.Earth.WGS84)
            .ring(Geodetic.ofDegrees(39, 125.75, 0), 10);
    JsonNode azimuths = json.get("azimuths");
    assertThat(azimuths).hasSize(36);
    for (int i = 0; i < 36; i++) {
      assertThat(azimuths.get(i).get("azimuth_deg").asDouble()).isCloseTo(10.0 * i, within(1e-9));
      assertThat(azimuths.get(i).get("reach_km").asDouble())
          .isCloseTo(ring.directions().get(i).reachM() / 1000, within(1e-3));
    }
    JsonNode cities = json.get("cities");
    assertThat(cities).hasSize(2);
    for (JsonNode city : cities) {
      List<String> cityKeys = new ArrayList<>();
      city.fieldNames().forEachRemaining(cityKeys::add);
      assertThat(cityKeys).startsWith("name", "distance_km", "reach_km", "within");
      assertThat(city.get("within").asBoolean())
          .isEqualTo(city.get("distance_km").asDouble() <= city.get("reach_km").asDouble());
    }
    assertThat(cities.get(0).get("name").asText()).isEqualTo("Honolulu");
    assertThat(cities.get(0).get("within").asBoolean()).isTrue();
    assertThat(cities.get(1).get("within").asBoolean()).isFalse();
  }

  @Test
  void writesTheMapAndTheGeoJson(@TempDir Path dir) throws Exception {
    Path png = dir.resolve("maps/reach.png");
    Path geojson = dir.resolve("reach.geojson");
    CommandRun run =
        CommandRun.shield(with(KOREA, "--png", png.toString(), "--geojson", geojson.toString()));
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("farthest").contains("Washington").contains("beyond reach");
    BufferedImage picture = ImageIO.read(png.toFile());
    assertThat(picture.getWidth()).isEqualTo(1200);
    JsonNode document = new ObjectMapper().readTree(geojson.toFile());
    assertThat(document.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(document.at("/features/0/properties/kind").asText()).isEqualTo("reach");
    assertThat(Files.size(png)).isGreaterThan(10_000);
  }

  @Test
  void aBadStepIsOneLineNamingTheFlag() {
    CommandRun run = CommandRun.shield(with(KOREA, "--step-deg", "0"));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip())
        .contains("--step-deg")
        .doesNotContain("\n")
        .doesNotContain("Exception");
  }

  @Test
  void aBurnoutTooFastToComeDownIsOneLineNamingTheFlag() {
    CommandRun run =
        CommandRun.shield("reach", "--burnout-speed-mps", "9000", "--from", "39.0,125.75");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip())
        .startsWith("shield: --burnout-speed-mps")
        .contains("below")
        .doesNotContain("\n");
  }

  @Test
  void aCatalogMissileTakesNoBurnoutAltitude() {
    CommandRun run =
        CommandRun.shield(
            "reach", "--missile", "srbm", "--burnout-altitude-km", "50", "--from", "39.0,125.75");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip()).startsWith("shield: --burnout-altitude-km").doesNotContain("\n");
  }

  @Test
  void aCatalogMissileIsFlownInFull() throws Exception {
    CommandRun run =
        CommandRun.shield(
            "reach", "--missile", "srbm", "--from", "39.0,125.75", "--step-deg", "90", "--json");
    assertThat(run.exitCode()).isZero();
    JsonNode json = run.json();
    assertThat(json.get("missile").asText()).isEqualTo("srbm");
    assertThat(json.get("azimuths")).hasSize(4);
    // Published 300 km; the east shot (90°) beats the west one (270°).
    assertThat(json.at("/azimuths/1/reach_km").asDouble())
        .isGreaterThan(json.at("/azimuths/3/reach_km").asDouble());
    assertThat(json.get("max_reach_km").asDouble()).isBetween(200.0, 400.0);
  }
}
