package shield.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import shield.sense.EarlyWarningConstellation;
import shield.sense.EarlyWarningType;

/** The early-warning satellite classes of the catalog: reading, units, provenance and mistakes. */
class SatelliteCatalogTest {

  private static InputStream text(String yaml) {
    return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
  }

  private static Catalog withSatellites(String yaml) {
    return Catalog.builtIn().withSatellites(text(yaml), "s.yaml");
  }

  @Test
  void theBuiltInCatalogHasTheUsAndRussianClassesWithSources() {
    Catalog c = Catalog.builtIn();
    assertThat(c.satellites()).extracting(SatelliteClass::id).containsExactly("sbirs-geo", "oko");
    assertThat(c.satellites())
        .allSatisfy(
            s -> {
              assertThat(s.source()).isNotBlank();
              assertThat(s.notional()).isTrue();
            });
    assertThat(c.satellite("oko").source()).contains("2011").contains("2010").contains("2012");
    assertThat(c.satellite("oko").name()).contains("degraded in 2011");
  }

  @Test
  void readsSatellitesInSiUnits() {
    SatelliteClass s =
        withSatellites(
                String.join(
                    "\n",
                    "satellites:",
                    "  - id: test-geo",
                    "    name: Test",
                    "    notional: true",
                    "    source: test fixture",
                    "    min_plume_altitude_km: 12.5",
                    "    limb_grazing_height_km: 10",
                    "    frame_s: 5",
                    "    detections_to_declare: 2",
                    "    report_latency_s: 20",
                    "    launch_point_sigma_km: 1.5",
                    "    launch_time_sigma_s: 2",
                    "    heading_sigma_deg: 4",
                    "    geo_longitudes_deg: [-150, 70]",
                    ""))
            .satellite("test-geo");
    EarlyWarningType t = s.type();
    assertThat(t.name()).isEqualTo("Test");
    assertThat(s.source()).isEqualTo("test fixture");
    assertThat(t.minPlumeAltitudeM()).isEqualTo(12_500);
    assertThat(t.limbGrazingHeightM()).isEqualTo(10_000);
    assertThat(t.frameS()).isEqualTo(5);
    assertThat(t.detectionsToDeclare()).isEqualTo(2);
    assertThat(t.reportLatencyS()).isEqualTo(20);
    assertThat(t.launchPointSigmaM()).isEqualTo(1_500);
    assertThat(t.launchTimeSigmaS()).isEqualTo(2);
    assertThat(t.headingSigmaRad()).isCloseTo(Math.toRadians(4), within(1e-15));
    assertThat(s.defaultGeoLongitudesRad())
        .containsExactly(Math.toRadians(-150), Math.toRadians(70));
    EarlyWarningConstellation c = s.constellation("us-sats");
    assertThat(c.id()).isEqualTo("us-sats");
    assertThat(c.type()).isSameAs(t);
    assertThat(c.satelliteEcef(1, 0).getY())
        .isCloseTo(
            EarlyWarningConstellation.GEO_RADIUS_M * Math.sin(Math.toRadians(70)), within(1e-6));
  }

  @Test
  void anUnknownIdSuggestsTheNearestOne() {
    assertThatThrownBy(() -> Catalog.builtIn().satellite("sbris-geo"))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("unknown satellite class 'sbris-geo'")
        .hasMessageContaining("did you mean 'sbirs-geo'?");
  }

  @Test
  void reportsEveryMistakeWithFileLineAndKeyPath() {
    String yaml =
        String.join(
            "\n",
            "satellites:",
            "  - id: bad-geo",
            "    name: Bad",
            "    notional: true",
            "    source: s",
            "    min_plume_altitude_km: 12",
            "    limb_grazing_height_km: 12",
            "    frame_s: 0",
            "    detections_to_declare: 2.5",
            "    report_latency_s: 20",
            "    launch_point_sigma_km: -1",
            "    launch_time_sigma_s: 2",
            "    heading_sigma_deg: 4",
            "    geo_longitudes_deg: [10, 200]",
            "    orbit: molniya",
            "  - id: high-grazing",
            "    name: Grazing above the plume",
            "    notional: true",
            "    source: s",
            "    min_plume_altitude_km: 10",
            "    limb_grazing_height_km: 15",
            "    frame_s: 10",
            "    detections_to_declare: 3",
            "    report_latency_s: 20",
            "    launch_point_sigma_km: 1",
            "    launch_time_sigma_s: 2",
            "    heading_sigma_deg: 4",
            "    geo_longitudes_deg: [10]",
            "");
    assertThatThrownBy(() -> withSatellites(yaml))
        .isInstanceOf(CatalogException.class)
        .extracting(Throwable::getMessage)
        .asString()
        .contains(
            "s.yaml:8: satellites[0].frame_s: must be a positive number, got 0",
            "s.yaml:9: satellites[0].detections_to_declare: must be a whole number >= 1, got 2.5",
            "s.yaml:11: satellites[0].launch_point_sigma_km: must be a number >= 0, got -1",
            "s.yaml:14: satellites[0].geo_longitudes_deg[1]: must be a number of degrees in"
                + " [-180, 180], got 200.0",
            "s.yaml:15: satellites[0].orbit: unknown key",
            "s.yaml:16: satellites[1]: the limb grazing height must lie between 0 and the minimum"
                + " plume altitude (10000.0 m), got 15000.0 m");
  }
}
