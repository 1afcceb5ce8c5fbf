package shield.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlacesTest {

  private static Catalog catalog;

  @BeforeAll
  static void loadCatalog() {
    catalog =
        Catalog.load(
            PlacesTest.class.getResourceAsStream("/shield/scenario/places.yaml"),
            PlacesTest.class.getResourceAsStream("/shield/scenario/missiles.yaml"),
            "places.yaml",
            "missiles.yaml");
  }

  @Test
  void readsACatalogId() {
    assertThat(Places.parse(" kurecik ", "--from", catalog)).isSameAs(catalog.place("kurecik"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "38.08,46.29; 38.08; 46.29; 0",
        "38.08, 46.29, 1350; 38.08; 46.29; 1350",
        "-33.9,151.2,-12.5; -33.9; 151.2; -12.5",
        "+90,-180; 90; -180; 0",
        "-90,180,1e3; -90; -180; 1000",
        ".5,5.; 0.5; 5; 0"
      })
  void readsCoordinatesInDegreesAndMetres(
      String text, double latDeg, double lonDeg, double heightM) {
    Place p = Places.parse(text, "--to", catalog);
    assertThat(p.position().latitudeDeg()).isCloseTo(latDeg, within(1e-12));
    assertThat(p.position().longitudeDeg()).isCloseTo(lonDeg, within(1e-12));
    assertThat(p.position().heightM()).isEqualTo(heightM);
    assertThat(p.id()).isEqualTo(text.strip());
    assertThat(p.kind()).isEqualTo("point");
    assertThat(p.source()).isEqualTo("given with --to");
    assertThat(p.notional()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "38.08,",
        ",46.29",
        "38.08,46.29,0,1",
        "N38,E46",
        "NaN,0",
        "Infinity,0",
        "0x1p3,0",
        "1,2,1e999",
        "38,08,46,29"
      })
  void rejectsMalformedCoordinatesNamingTheFlagAndTheValidForms(String text) {
    assertThatThrownBy(() -> Places.parse(text, "--from", catalog))
        .isInstanceOf(CatalogException.class)
        .hasMessage("--from: '" + text + "' is not " + Places.SYNTAX);
  }

  @Test
  void rejectsLatitudesAndLongitudesOutOfRange() {
    assertThatThrownBy(() -> Places.parse("90.5,10", "--from", catalog))
        .hasMessage("--from: latitude 90.5 in '90.5,10' must be in [-90, 90] degrees");
    assertThatThrownBy(() -> Places.parse("10,-181", "--to", catalog))
        .hasMessage("--to: longitude -181 in '10,-181' must be in [-180, 180] degrees");
  }

  @Test
  void namesTheFlagForAnUnknownId() {
    assertThatThrownBy(() -> Places.parse("tabirz", "--from", catalog))
        .hasMessage(
            "--from: unknown place 'tabirz'; did you mean 'tabriz'? (known: tabriz, kurecik);"
                + " or give LAT,LON[,ALT_M]");
  }
}
