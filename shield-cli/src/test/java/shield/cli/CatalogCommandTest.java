package shield.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import shield.scenario.Catalog;
import shield.scenario.MissileClass;
import shield.scenario.Place;

class CatalogCommandTest {

  /** The ids of Shield's reference list of places (places.md). */
  private static final List<String> REFERENCE_PLACES =
      List.of(
          "deveselu",
          "redzikowo",
          "kurecik",
          "ramstein",
          "rota",
          "fylingdales",
          "thule",
          "pionersky",
          "armavir",
          "gabala",
          "semnan",
          "tabriz",
          "shahroud",
          "kermanshah",
          "kozelsk",
          "tatishchevo",
          "teykovo",
          "yoshkar-ola",
          "bucharest",
          "sofia",
          "athens",
          "ankara",
          "istanbul",
          "rome",
          "warsaw",
          "berlin",
          "brussels",
          "paris",
          "london",
          "madrid",
          "moscow",
          "washington",
          "new-york",
          "boston",
          "chicago",
          "denver",
          "los-angeles");

  private CommandRun last;

  private int run(String... args) {
    last = CommandRun.shield(args);
    return last.exitCode();
  }

  private static List<String> firstColumn(String table) {
    List<String> ids = new ArrayList<>();
    table.lines().forEach(l -> ids.add(l.split(" ", 2)[0]));
    return ids;
  }

  @Test
  void listsEveryReferencePlaceAndEveryMissileClassAsTables() {
    assertThat(run("catalog")).isZero();
    assertThat(last.err()).isEmpty();
    List<String> ids = firstColumn(last.out());
    assertThat(ids).containsAll(REFERENCE_PLACES);
    assertThat(ids)
        .containsAll(Catalog.builtIn().missiles().stream().map(MissileClass::id).toList());
    assertThat(last.out())
        .contains("Places (WGS84", "Missile classes (")
        .containsPattern("(?m)^kurecik +Kürecik, Turkey.* radar +38\\.3494 +37\\.7936 +no +Wiki");
  }

  @Test
  void columnsAreAligned() {
    run("catalog", "--kind", "places");
    List<String> lines = last.out().lines().skip(1).toList();
    int sourceColumn = lines.get(0).indexOf("source");
    assertThat(lines)
        .hasSize(1 + REFERENCE_PLACES.size())
        .allSatisfy(l -> assertThat(l.substring(sourceColumn - 2, sourceColumn)).isEqualTo("  "))
        .allSatisfy(l -> assertThat(l.charAt(sourceColumn)).isNotEqualTo(' '));
  }

  @Test
  void printsExactJsonWithASourceForEveryEntry() throws Exception {
    assertThat(run("catalog", "--json")).isZero();
    JsonNode json = new ObjectMapper().readTree(last.out());
    List<String> ids = new ArrayList<>();
    for (JsonNode p : json.get("places")) {
      ids.add(p.get("id").asText());
      assertThat(p.properties().stream().map(e -> e.getKey()).toList())
          .containsExactly(
              "id",
              "name",
              "kind",
              "lat_deg",
              "lon_deg",
              "alt_m",
              "source",
              "notional",
              "accuracy");
      assertThat(p.get("source").asText()).isNotBlank();
      assertThat(p.get("accuracy").asText()).isNotBlank();
      assertThat(p.get("notional").isBoolean()).isTrue();
    }
    assertThat(ids).containsExactlyElementsOf(REFERENCE_PLACES);
    JsonNode kurecik = json.get("places").get(2);
    assertThat(kurecik.get("lat_deg").asDouble()).isEqualTo(38.3494);
    assertThat(kurecik.get("lon_deg").asDouble()).isEqualTo(37.7936);
    assertThat(kurecik.get("alt_m").asDouble()).isEqualTo(2085);

    List<MissileClass> missiles = Catalog.builtIn().missiles();
    assertThat(json.get("missiles")).hasSize(missiles.size());
    for (int i = 0; i < missiles.size(); i++) {
      MissileClass m = missiles.get(i);
      JsonNode j = json.get("missiles").get(i);
      assertThat(j.properties().stream().map(e -> e.getKey()).toList())
          .containsExactly(
              "id",
              "name",
              "stages",
              "boost_time_s",
              "launch_mass_kg",
              "published_boost_time_s",
              "published_reach_km",
              "source",
              "notional");
      assertThat(j.get("id").asText()).isEqualTo(m.id());
      assertThat(j.get("stages").asInt()).isEqualTo(m.type().stages().size());
      assertThat(j.get("boost_time_s").asDouble()).isEqualTo(m.type().totalBurnTimeS());
      assertThat(j.get("launch_mass_kg").asDouble()).isEqualTo(m.type().launchMassKg());
      assertThat(j.get("published_reach_km").asDouble())
          .isCloseTo(m.publishedReachM() / 1000, within(1e-9));
      assertThat(j.get("source").asText()).isNotBlank();
    }
  }

  @Test
  void listsOneKindOnly() throws Exception {
    assertThat(run("catalog", "--kind", "missiles", "--json")).isZero();
    JsonNode json = new ObjectMapper().readTree(last.out());
    assertThat(json.has("places")).isFalse();
    assertThat(json.get("missiles")).isNotEmpty();
  }

  @Test
  void listsRadarTypesAndSatelliteClassesWithTheirDetectionRanges() throws Exception {
    assertThat(run("catalog", "--kind", "radars", "--json")).isZero();
    JsonNode radars = new ObjectMapper().readTree(last.out()).get("radars");
    assertThat(radars).hasSize(Catalog.builtIn().radars().size());
    for (JsonNode r : radars) {
      // The listed range is the model's own: it must be the radar equation's, not a copy of the
      // published figure.
      double modelKm =
          Catalog.builtIn()
                  .radar(r.get("id").asText())
                  .type()
                  .detectionRangeM(shield.sense.RadarMode.TRACK, 1, 0.5)
              / 1000;
      assertThat(r.get("detection_range_1m2_km").asDouble()).isCloseTo(modelKm, within(1e-6));
      assertThat(r.get("source").asText()).isNotBlank();
    }
    assertThat(run("catalog", "--kind", "satellites")).isZero();
    assertThat(last.out()).contains("sbirs-geo", "oko");
    assertThat(run("catalog")).isZero();
    assertThat(last.out()).contains("Places", "Missile classes", "Radar types", "Early-warning");
  }

  @Test
  void listsInterceptorTypesWithTheirFiguresInUserUnits() throws Exception {
    assertThat(run("catalog", "--kind", "interceptors", "--json")).isZero();
    JsonNode json = new ObjectMapper().readTree(last.out());
    assertThat(json.has("missiles")).isFalse();
    JsonNode interceptors = json.get("interceptors");
    assertThat(interceptors).hasSize(Catalog.builtIn().interceptors().size());
    JsonNode thaad = null;
    for (JsonNode i : interceptors) {
      assertThat(i.properties().stream().map(e -> e.getKey()).toList())
          .containsExactly(
              "id",
              "name",
              "layer",
              "stages",
              "burnout_speed_kmps",
              "divert_mps",
              "intercept_altitude_km",
              "max_range_km",
              "max_time_of_flight_s",
              "pssk",
              "reaction_time_s",
              "source",
              "notional",
              "note");
      assertThat(i.get("source").asText()).isNotBlank();
      if (i.get("id").asText().equals("thaad")) {
        thaad = i;
      }
    }
    assertThat(thaad).isNotNull();
    assertThat(thaad.get("layer").asText()).isEqualTo("upper-terminal");
    assertThat(thaad.get("burnout_speed_kmps").asDouble()).isEqualTo(2.8);
    assertThat(thaad.get("stages").get(0).get("burnout_speed_kmps").asDouble()).isEqualTo(2.8);
    assertThat(thaad.get("intercept_altitude_km").get(1).asDouble()).isEqualTo(150.0);
    assertThat(thaad.get("max_range_km").asDouble()).isEqualTo(200.0);

    assertThat(run("catalog", "--kind", "interceptors")).isZero();
    assertThat(last.out())
        .startsWith("Interceptor types")
        .containsPattern(
            "(?m)^thaad +Terminal High.* +upper-terminal +1 +2\\.8 +40-150 +200 +0\\.80 +yes +Range up to about 200 km")
        .containsPattern("(?m)^pac3 .* 0\\.5-25 ");
    assertThat(run("catalog")).isZero();
    assertThat(last.out()).contains("Interceptor types", "sm3-iia", "gbi");
  }

  @Test
  void rejectsAnUnknownKindWithTheValidOnes() {
    assertThat(run("catalog", "--kind", "sensors")).isEqualTo(Shield.EXIT_BAD_INPUT);
    assertThat(last.err())
        .contains("--kind", "places, missiles, radars, satellites, interceptors", "sensors");
    assertThat(last.out()).isEmpty();
  }

  @Test
  void placeOptionReadsIdsAndCoordinates() {
    Place tabriz = PlaceOption.parse("tabriz", "--from");
    assertThat(tabriz).isSameAs(Catalog.builtIn().place("tabriz"));
    Place point = PlaceOption.parse("52.5,13.4,34", "--to");
    assertThat(point.kind()).isEqualTo("point");
    assertThat(point.position().heightM()).isEqualTo(34);
  }

  @Test
  void placeOptionTurnsMistakesIntoOneLineUserErrors() {
    assertThatThrownBy(() -> PlaceOption.parse("tabirz", "--from"))
        .isInstanceOf(UserInputException.class)
        .hasMessageStartingWith("--from: unknown place 'tabirz'; did you mean 'tabriz'?")
        .hasMessageNotContaining("\n")
        .extracting(e -> ((UserInputException) e).exitCode())
        .isEqualTo(Shield.EXIT_BAD_INPUT);
    assertThatThrownBy(() -> PlaceOption.parse("91,0", "--to"))
        .isInstanceOf(UserInputException.class)
        .hasMessage("--to: latitude 91 in '91,0' must be in [-90, 90] degrees");
  }
}
