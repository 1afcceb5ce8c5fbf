package shield.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import shield.sense.Face;
import shield.sense.RadarMode;
import shield.sense.RadarType;

/** The built-in radar types: how they load, and their detection ranges against open figures. */
class RadarCatalogTest {

  /** The rule of docs/validation-sense.md: a 1 m² Swerling I target, one track dwell, P_d 0.5. */
  private static final double RCS_M2 = 1;

  private static final double PD = 0.5;

  /** ±30% of the published figure (Shield reference validation.md, "Radars"). */
  private static final double TOLERANCE = 0.30;

  @Test
  void shipsTheFiveTypes() {
    assertThat(Catalog.builtIn().radars())
        .extracting(RadarClass::id)
        .containsExactly("an-tpy2-fbm", "spy1", "voronezh-dm", "uewr", "daryal");
    RadarClass uewr = Catalog.builtIn().radar("uewr");
    assertThat(uewr.type().frequencyHz()).isEqualTo(435e6);
    assertThat(uewr.type().averagePowerW()).isEqualTo(145e3);
    assertThat(uewr.type().instrumentedRangeM()).isEqualTo(5_556e3);
    assertThat(uewr.type().minElevationRad()).isCloseTo(Math.toRadians(3), within(1e-15));
    assertThat(uewr.publishedDetectionRangeM()).isEqualTo(5_500e3);
    assertThat(uewr.faceCount()).isEqualTo(2);
    assertThat(Catalog.builtIn().radar("spy1").publishedDetectionRangeM()).isNaN();
    for (RadarClass r : Catalog.builtIn().radars()) {
      assertThat(r.source()).isNotBlank();
      assertThat(r.publishedNote()).isNotBlank();
    }
  }

  /**
   * Detection range of each built-in type for a 1 m² target (one track dwell, single-look P_d 0.5)
   * against the open figure, ±30% (Shield reference validation.md).
   */
  @ParameterizedTest
  @ValueSource(strings = {"an-tpy2-fbm", "spy1", "voronezh-dm", "uewr", "daryal"})
  void detectionRangeAgainstThePublishedFigure(String id) {
    RadarClass r = Catalog.builtIn().radar(id);
    double rangeM = r.type().detectionRangeM(RadarMode.TRACK, RCS_M2, PD);
    double published = r.publishedDetectionRangeM();
    double ratio = rangeM / published;
    boolean within = Math.abs(ratio - 1) <= TOLERANCE;
    System.out.printf(
        Locale.ROOT,
        "VALIDATION | %s detection range, 1 m², track, P_d 0.5 | %s | %s | %.0f km (%s) | ±30%%%n",
        id,
        r.publishedNote(),
        Double.isNaN(published)
            ? "none published"
            : String.format(Locale.ROOT, "%.0f km", published / 1e3),
        rangeM / 1e3,
        Double.isNaN(published)
            ? "no comparison"
            : String.format(Locale.ROOT, "%+.0f%%%s", 100 * (ratio - 1), within ? "" : ", MISS"));
    if (Double.isNaN(published)) {
      assertThat(rangeM).isPositive();
      return;
    }
    assertThat(within)
        .as("%s: %.0f km against %.0f km published", id, rangeM / 1e3, published / 1e3)
        .isTrue();
  }

  /** Faces of a type sit side by side: two 120° UEWR faces cover 240°, four SPY-1 faces 360°. */
  @Test
  void defaultFacesJoin() {
    List<Face> uewr = Catalog.builtIn().radar("uewr").faces(Math.toRadians(300));
    assertThat(uewr).hasSize(2);
    assertThat(Math.toDegrees(uewr.get(0).boresightAzimuthRad())).isCloseTo(300, within(1e-9));
    assertThat(Math.toDegrees(uewr.get(1).boresightAzimuthRad())).isCloseTo(60, within(1e-9));
    List<Face> spy = Catalog.builtIn().radar("spy1").faces(Math.toRadians(45));
    for (int az = 0; az < 360; az++) {
      double rad = Math.toRadians(az + 0.5);
      assertThat(spy.stream().anyMatch(f -> f.covers(rad, 0.1))).isTrue();
    }
  }

  @Test
  void unknownIdSuggestsTheNearest() {
    assertThatThrownBy(() -> Catalog.builtIn().radar("uewer"))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("unknown radar type 'uewer'; did you mean 'uewr'?");
  }

  @Test
  void mistakesNameFileLineAndKey() {
    String places =
        "places:\n"
            + "  - {id: tabriz, name: Tabriz, lat_deg: 38.08, lon_deg: 46.29, alt_m: 0,"
            + " kind: launch-area, source: s, notional: true, accuracy: a}\n";
    String missiles =
        new String(resourceBytes("/shield/scenario/missiles.yaml"), StandardCharsets.UTF_8);
    String radars =
        "radars:\n"
            + "  - id: bad\n"
            + "    name: Bad\n"
            + "    source: s\n"
            + "    notional: maybe\n"
            + "    published: {detection_range_km: -1, note: n}\n"
            + "    frequency_mhz: 435\n"
            + "    average_power_kw: 145\n"
            + "    aperture_area_m2: 300\n"
            + "    system_noise_temperature_k: 500\n"
            + "    losses_db: 8\n"
            + "    false_alarm_probability: 2\n"
            + "    search_frame_s: 10\n"
            + "    search_solid_angle_sr: 0.25\n"
            + "    track_dwell_s: 0.1\n"
            + "    track_revisit_s: 2\n"
            + "    instrumented_range_km: 5000\n"
            + "    track_capacity: 2.5\n"
            + "    faces: 2\n"
            + "    face_half_width_deg: 60\n"
            + "    min_elevation_deg: 30\n"
            + "    max_elevation_deg: 10\n"
            + "    range_resolution_m: 30\n"
            + "    colour: red\n";
    assertThatThrownBy(
            () ->
                Catalog.load(
                    text(places), text(missiles), text(radars), "p.yaml", "m.yaml", "r.yaml"))
        .isInstanceOf(CatalogException.class)
        .extracting(Throwable::getMessage)
        .asString()
        .contains(
            "r.yaml:5: radars[0].notional: must be true or false, got text 'maybe'",
            "r.yaml:6: radars[0].published.detection_range_km: must be a positive number, got -1",
            "r.yaml:12: radars[0].false_alarm_probability: must be a probability in (0, 1), got 2",
            "r.yaml:18: radars[0].track_capacity: must be a whole number >= 1, got 2.5",
            "r.yaml:24: radars[0].colour: unknown key");
    // The elevation limits are checked by the type itself, at the entry.
    String swapped =
        radars
            .replace("    notional: maybe\n", "    notional: true\n")
            .replace("detection_range_km: -1", "detection_range_km: 1")
            .replace("false_alarm_probability: 2", "false_alarm_probability: 1.0e-6")
            .replace("track_capacity: 2.5", "track_capacity: 2")
            .replace("    colour: red\n", "");
    assertThatThrownBy(
            () ->
                Catalog.load(
                    text(places), text(missiles), text(swapped), "p.yaml", "m.yaml", "r.yaml"))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("r.yaml:2: radars[0]: a face's elevation limits must satisfy");
  }

  @Test
  void theTwoFileCatalogHasNoRadars() {
    Catalog c =
        Catalog.load(
            resource("/shield/scenario/places.yaml"),
            resource("/shield/scenario/missiles.yaml"),
            "places.yaml",
            "missiles.yaml");
    assertThat(c.radars()).isEmpty();
  }

  @Test
  void typesRoundTheirUnits() {
    RadarType t = Catalog.builtIn().radar("an-tpy2-fbm").type();
    assertThat(t.frequencyHz()).isEqualTo(9.5e9);
    assertThat(t.averagePowerW()).isEqualTo(81e3);
    assertThat(t.instrumentedRangeM()).isEqualTo(3_000e3);
    assertThat(t.faceHalfWidthRad()).isCloseTo(Math.toRadians(60), within(1e-15));
  }

  private static InputStream resource(String name) {
    return RadarCatalogTest.class.getResourceAsStream(name);
  }

  private static byte[] resourceBytes(String name) {
    try (InputStream in = resource(name)) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static InputStream text(String yaml) {
    return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
  }
}
