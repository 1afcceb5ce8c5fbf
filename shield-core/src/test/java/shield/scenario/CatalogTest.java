package shield.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import shield.flight.MissileType;
import shield.flight.Stage;
import shield.sense.TargetSignature;

class CatalogTest {

  private static final String SHIPPED_PLACES = "/shield/catalog/places.yaml";
  private static final String TEST_MISSILES = "/shield/scenario/missiles.yaml";
  private static final String TEST_PLACES = "/shield/scenario/places.yaml";

  /** A valid places file, for tests of the missiles file. */
  private static final String PLACES_OK =
      "places:\n"
          + "  - {id: tabriz, name: Tabriz, lat_deg: 38.08, lon_deg: 46.29, alt_m: 0,"
          + " kind: launch-area, source: s, notional: true, accuracy: a}\n";

  private static InputStream resource(String name) {
    return CatalogTest.class.getResourceAsStream(name);
  }

  private static InputStream text(String yaml) {
    return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
  }

  private static Catalog shippedPlaces() {
    return Catalog.load(
        resource(SHIPPED_PLACES), resource(TEST_MISSILES), "places.yaml", "missiles.yaml");
  }

  private static Catalog loadMissiles(String yaml) {
    return Catalog.load(text(PLACES_OK), text(yaml), "places.yaml", "missiles.yaml");
  }

  /** Every place of the reference list (places.md), at its listed coordinates to 1e-9°. */
  @ParameterizedTest
  @CsvSource({
    "deveselu, 44.07, 24.41",
    "redzikowo, 54.48, 17.10",
    "kurecik, 38.3494, 37.7936",
    "ramstein, 49.44, 7.60",
    "rota, 36.62, -6.35",
    "fylingdales, 54.36, -0.67",
    "thule, 76.57, -68.30",
    "pionersky, 54.86, 20.18",
    "armavir, 44.93, 40.98",
    "gabala, 40.87, 47.80",
    "semnan, 35.23, 53.92",
    "tabriz, 38.08, 46.29",
    "shahroud, 36.20, 55.33",
    "kermanshah, 34.31, 47.07",
    "kozelsk, 54.03, 35.78",
    "tatishchevo, 51.67, 45.60",
    "teykovo, 56.86, 40.54",
    "yoshkar-ola, 56.63, 47.89",
    "bucharest, 44.4268, 26.1025",
    "sofia, 42.6977, 23.3219",
    "athens, 37.9838, 23.7275",
    "ankara, 39.9334, 32.8597",
    "istanbul, 41.0082, 28.9784",
    "rome, 41.9028, 12.4964",
    "warsaw, 52.2297, 21.0122",
    "berlin, 52.5200, 13.4050",
    "brussels, 50.8503, 4.3517",
    "paris, 48.8566, 2.3522",
    "london, 51.5074, -0.1278",
    "madrid, 40.4168, -3.7038",
    "moscow, 55.7558, 37.6173",
    "washington, 38.8951, -77.0364",
    "new-york, 40.7128, -74.0060",
    "boston, 42.3601, -71.0589",
    "chicago, 41.8781, -87.6298",
    "denver, 39.7392, -104.9903",
    "los-angeles, 34.0522, -118.2437"
  })
  void shippedPlacesHoldTheReferenceList(String id, double latDeg, double lonDeg) {
    Place p = shippedPlaces().place(id);
    assertThat(p.position().latitudeDeg()).isCloseTo(latDeg, within(1e-9));
    assertThat(p.position().longitudeDeg()).isCloseTo(lonDeg, within(1e-9));
    assertThat(p.source()).isNotBlank();
    assertThat(p.accuracy()).isNotBlank();
  }

  @Test
  void shippedPlacesSayWhatKindTheyAreAndWhichAreNotional() {
    Catalog c = shippedPlaces();
    assertThat(c.places()).hasSize(37);
    assertThat(c.places())
        .allSatisfy(p -> assertThat(p.notional()).isEqualTo(p.kind().equals("launch-area")));
    Place kurecik = c.place("kurecik");
    assertThat(kurecik.kind()).isEqualTo("radar");
    assertThat(kurecik.position().heightM()).isEqualTo(2085);
    assertThat(kurecik.source()).contains("Wikipedia");
    assertThat(c.place("los-angeles").kind()).isEqualTo("city");
    assertThat(c.place("deveselu").kind()).isEqualTo("site");
  }

  @Test
  void readsMissilesInSiUnits() {
    Catalog c = shippedPlaces();
    assertThat(c.missiles()).extracting(MissileClass::id).containsExactly("srbm", "mrbm-solid");
    MissileClass srbm = c.missile("srbm");
    assertThat(srbm.name()).isEqualTo("Short-range ballistic missile, Scud-B class");
    assertThat(srbm.notional()).isTrue();
    assertThat(srbm.source()).isEqualTo("test fixture");
    assertThat(srbm.publishedBoostTimeS()).isEqualTo(60);
    assertThat(srbm.publishedReachM()).isEqualTo(300_000);
    assertThat(srbm.publishedNote()).isEqualTo("about 300 km");
    assertThat(srbm.signature()).isEqualTo(new TargetSignature(3, 0.1));
    MissileType t = srbm.type();
    assertThat(t.verticalRiseS()).isEqualTo(4);
    assertThat(t.pitchOverS()).isEqualTo(6);
    // The fixture's curve passes through (1.2, 0.45) and, being monotone, stays between its
    // neighbouring points in between.
    assertThat(t.bodyDrag().at(1.2)).isCloseTo(0.45, within(1e-12));
    assertThat(t.bodyDrag().at(1.0)).isBetween(0.25, 0.45);
    assertThat(t.stages()).containsExactly(new Stage(3700, 1100, 62, 240, 0.2, 0.88));
    assertThat(t.reentryVehicle().massKg()).isEqualTo(1000);
    assertThat(t.reentryVehicle().referenceAreaM2())
        .isCloseTo(Math.PI * 0.88 * 0.88 / 4, within(1e-15));
    assertThat(t.reentryVehicle().drag().at(3)).isEqualTo(0.2);
    assertThat(t.launchMassKg()).isEqualTo(3700 + 1100 + 1000);

    MissileClass mrbm = c.missile("mrbm-solid");
    assertThat(mrbm.publishedNote()).isEmpty();
    assertThat(mrbm.type().stages()).hasSize(2);
    assertThat(mrbm.type().stages().get(1).nozzleExitAreaM2()).isZero();
  }

  @Test
  void readsPlacesInSiUnits() {
    Catalog c =
        Catalog.load(resource(TEST_PLACES), resource(TEST_MISSILES), "places.yaml", "m.yaml");
    Place k = c.place("kurecik");
    assertThat(k.name()).isEqualTo("Kürecik, Turkey");
    assertThat(k.position().latitudeRad()).isCloseTo(Math.toRadians(38.3494), within(1e-15));
    assertThat(k.position().heightM()).isEqualTo(2085);
    assertThat(c.places()).extracting(Place::id).containsExactly("tabriz", "kurecik");
  }

  @Test
  void reportsEveryMistakeWithFileLineAndKeyPath() {
    String yaml =
        String.join(
            "\n",
            "missiles:",
            "  - id: srbm",
            "    name: x",
            "    notional: maybe",
            "    source: s",
            "    published: {boost_time_s: 60, reach_km: -300}",
            "    vertical_rise_s: 4",
            "    pitch_over_s: 6",
            "    body_drag: {mach: [0, 1], cd: [0.2, 0.3]}",
            "    stages:",
            "      - propellant_mass_kg: 3700",
            "        dry_mass_kg: 0",
            "        burn_tme_s: 62",
            "        vacuum_isp_s: 240",
            "        nozzle_exit_area_m2: 0.2",
            "        diameter_m: 0.88",
            "    reentry_vehicle:",
            "      mass_kg: '1000'",
            "      diameter_m: 0.88",
            "      drag: {mach: [0], cd: [0.3]}",
            "    rcs: {booster_m2: 3, reentry_vehicle_m2: 0}",
            "  - id: Bad_Id",
            "    notional: false",
            "");
    String places =
        "places:\n"
            + "  - id: north\n"
            + "    name: North\n"
            + "    lat_deg: 95\n"
            + "    lon_deg: 0\n"
            + "    alt_m: 0\n"
            + "    kind: town\n"
            + "    source: s\n"
            + "    notional: false\n"
            + "    accuracy: a\n";
    assertThatThrownBy(() -> Catalog.load(text(places), text(yaml), "p.yaml", "m.yaml"))
        .isInstanceOf(CatalogException.class)
        .extracting(Throwable::getMessage)
        .asString()
        .contains(
            "p.yaml:4: places[0].lat_deg: must be a number of degrees in [-90, 90], got 95",
            "p.yaml:7: places[0].kind: must be one of site, radar, launch-area, city, got text"
                + " 'town'",
            "m.yaml:4: missiles[0].notional: must be true or false, got text 'maybe'",
            "m.yaml:6: missiles[0].published.reach_km: must be a positive number, got -300",
            "m.yaml:12: missiles[0].stages[0].dry_mass_kg: must be a positive number, got 0",
            "m.yaml:13: missiles[0].stages[0].burn_tme_s: unknown key; valid keys here:"
                + " burn_time_s, diameter_m,",
            "m.yaml:11: missiles[0].stages[0].burn_time_s: missing; expected a positive number",
            "m.yaml:18: missiles[0].reentry_vehicle.mass_kg: must be a positive number, got text"
                + " '1000'",
            "m.yaml:21: missiles[0].rcs.reentry_vehicle_m2: must be a positive number, got 0",
            "m.yaml:22: missiles[1]: id 'Bad_Id' must be lowercase letters and digits",
            "m.yaml:22: missiles[1].name: missing; expected a non-empty text",
            "m.yaml:22: missiles[1].stages: missing; expected a non-empty list of mappings");
  }

  @Test
  void reportsTheFlightModelsObjectionsAtTheEntry() {
    String yaml =
        "missiles:\n"
            + "  - id: slow\n"
            + "    name: x\n"
            + "    notional: true\n"
            + "    source: s\n"
            + "    published: {boost_time_s: 60, reach_km: 300}\n"
            + "    vertical_rise_s: 40\n"
            + "    pitch_over_s: 30\n"
            + "    body_drag: {mach: [0, 2, 1], cd: [0.2, 0.3, 0.3]}\n"
            + "    stages:\n"
            + "      - {propellant_mass_kg: 1, dry_mass_kg: 1, burn_time_s: 62, vacuum_isp_s: 240,"
            + " nozzle_exit_area_m2: 0, diameter_m: 1}\n"
            + "    reentry_vehicle: {mass_kg: 1, diameter_m: 1, drag: {mach: [0], cd: [0.3]}}\n"
            + "    rcs: {booster_m2: 3, reentry_vehicle_m2: 0.1}\n";
    assertThatThrownBy(() -> loadMissiles(yaml))
        .hasMessage(
            "missiles.yaml:9: missiles[0].body_drag: drag curve Mach numbers must increase"
                + " strictly");
    String late = yaml.replace("[0, 2, 1]", "[0, 1, 2]");
    assertThatThrownBy(() -> loadMissiles(late))
        .hasMessage(
            "missiles.yaml:2: missiles[0]: missile slow: vertical rise and pitch-over must end"
                + " during the first stage's burn");
  }

  @Test
  void reportsDuplicateIdsAndKeys() {
    String twice = PLACES_OK + PLACES_OK.substring("places:\n".length());
    assertThatThrownBy(
            () ->
                Catalog.load(text(twice), resource(TEST_MISSILES), "places.yaml", "missiles.yaml"))
        .hasMessage("places.yaml:3: places[1]: duplicate id 'tabriz', first used at line 2");
    assertThatThrownBy(() -> loadMissiles("missiles: []\nmissiles: []\n"))
        .hasMessageStartingWith("missiles.yaml:2: not valid YAML: Duplicate field 'missiles'");
  }

  @Test
  void reportsFilesThatAreNotYamlMappings() {
    assertThatThrownBy(() -> loadMissiles("missiles:\n  - id: [unclosed\n"))
        .hasMessageStartingWith("missiles.yaml:")
        .hasMessageContaining(": not valid YAML: ");
    assertThatThrownBy(() -> loadMissiles("- a\n- b\n"))
        .hasMessage("missiles.yaml:1: the file must be a YAML mapping");
    assertThatThrownBy(() -> loadMissiles("missiles: []\n"))
        .hasMessage("missiles.yaml:1: missiles: must be a non-empty list of mappings, got a list");
    assertThatThrownBy(() -> loadMissiles("missiles:\n  - 3\n"))
        .hasMessage("missiles.yaml:2: missiles[0]: must be a mapping of keys to values, got 3");
  }

  @Test
  void suggestsTheNearestIdForATypingSlip() {
    Catalog c = shippedPlaces();
    assertThatThrownBy(() -> c.place("tabirz"))
        .isInstanceOf(CatalogException.class)
        .hasMessageStartingWith("unknown place 'tabirz'; did you mean 'tabriz'? (known: deveselu,")
        .hasMessageEndingWith("los-angeles)");
    assertThatThrownBy(() -> c.place("Moscow"))
        .hasMessageStartingWith("unknown place 'Moscow'; did you mean 'moscow'?");
    assertThatThrownBy(() -> c.place("atlantis"))
        .hasMessageStartingWith("unknown place 'atlantis' (known: deveselu, redzikowo,");
    assertThatThrownBy(() -> c.missile("srbn"))
        .hasMessage("unknown missile class 'srbn'; did you mean 'srbm'? (known: srbm, mrbm-solid)");
  }

  @ParameterizedTest
  @CsvSource({
    "tabriz, tabriz, 0",
    "tabirz, tabriz, 1",
    "tabrz, tabriz, 1",
    "tabrizz, tabriz, 1",
    "kitten, sitting, 3",
    "'', abc, 3",
    "ca, abc, 3"
  })
  void editDistanceCountsTranspositionsAsOneEdit(String a, String b, int distance) {
    assertThat(CatalogException.editDistance(a, b)).isEqualTo(distance);
    assertThat(CatalogException.editDistance(b, a)).isEqualTo(distance);
  }

  @Test
  void builtInCatalogLoadsOnceWithASourceForEveryEntry() {
    Catalog c = Catalog.builtIn();
    assertThat(Catalog.builtIn()).isSameAs(c);
    assertThat(c.places()).hasSize(37).allSatisfy(p -> assertThat(p.source()).isNotBlank());
    assertThat(c.missiles()).isNotEmpty().allSatisfy(m -> assertThat(m.source()).isNotBlank());
  }

  @Test
  void placesAndMissilesListsAreImmutable() {
    Catalog c = shippedPlaces();
    List<Place> places = c.places();
    assertThatThrownBy(() -> places.clear()).isInstanceOf(UnsupportedOperationException.class);
  }
}
