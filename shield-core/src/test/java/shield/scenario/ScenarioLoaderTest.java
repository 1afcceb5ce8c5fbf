package shield.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import shield.flight.FlightEvent;
import shield.flight.TrajectoryShape;
import shield.sense.Radar;

/** Loading and checking scenario files: the shipped ones, and every kind of mistake at once. */
class ScenarioLoaderTest {

  private static final Path SCENARIOS = Path.of("..", "scenarios");

  private static Scenario load(String yaml) {
    return ScenarioLoader.load(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
        "s.yaml",
        Catalog.builtIn());
  }

  private static final String MINIMAL =
      String.join(
          "\n",
          "name: small",
          "epoch_utc: 2011-12-01T06:00:00Z",
          "radars:",
          "  - {id: kurecik-tpy2, type: an-tpy2-fbm, at: kurecik, faces_deg: [100]}",
          "networks:",
          "  - id: nato",
          "    node: ramstein",
          "    links: [{sensor: kurecik-tpy2, latency_s: 2}]",
          "threats:",
          "  - {id: raid, missile: mrbm-solid, from: tabriz, to: bucharest, launch_time_s: 100,"
              + " count: 3, spacing_s: 20}",
          "assets:",
          "  - {id: bucharest}",
          "");

  @Test
  void readsAMinimalScenario() {
    Scenario s = load(MINIMAL);
    assertThat(s.name()).isEqualTo("small");
    assertThat(s.epoch()).isEqualTo(Instant.parse("2011-12-01T06:00:00Z"));
    assertThat(s.threats()).extracting(Threat::id).containsExactly("raid-1", "raid-2", "raid-3");
    assertThat(s.threats()).extracting(Threat::launchTimeS).containsExactly(100.0, 120.0, 140.0);
    // One flight, shifted: the same flight time for each member of the raid.
    double flightS = s.threats().get(0).impactTimeS() - s.threats().get(0).launchTimeS();
    for (Threat t : s.threats()) {
      assertThat(t.impactTimeS() - t.launchTimeS()).isEqualTo(flightS);
      assertThat(t.shape()).isEqualTo(new TrajectoryShape.MinimumEnergy());
    }
    Radar radar = s.radars().get(0);
    assertThat(radar.refractionK()).isEqualTo(Radar.STANDARD_REFRACTION_K);
    assertThat(radar.faces()).hasSize(1);
    assertThat(Math.toDegrees(radar.faces().get(0).boresightAzimuthRad())).isEqualTo(100.0);
    // The antenna stands on the catalog place (site elevation 2,085 m).
    assertThat(radar.position().heightM())
        .isEqualTo(Catalog.builtIn().place("kurecik").position().heightM());
    assertThat(s.network("nato").orElseThrow().link("kurecik-tpy2").orElseThrow().latencyS())
        .isEqualTo(2.0);
    assertThat(s.assets().get(0).place().id()).isEqualTo("bucharest");
  }

  @Test
  void siteOverridesReplaceTheTypesFigures() {
    Scenario s =
        load(
            MINIMAL.replace(
                "faces_deg: [100]}",
                "faces_deg: [100], instrumented_range_km: 900, track_revisit_s: 0.5,"
                    + " track_capacity: 7, antenna_height_m: 15, refraction_k: 1}"));
    Radar radar = s.radars().get(0);
    assertThat(radar.type().instrumentedRangeM()).isEqualTo(900_000);
    assertThat(radar.type().trackRevisitS()).isEqualTo(0.5);
    assertThat(radar.type().trackCapacity()).isEqualTo(7);
    assertThat(radar.refractionK()).isEqualTo(1.0);
    assertThat(radar.position().heightM())
        .isEqualTo(Catalog.builtIn().place("kurecik").position().heightM() + 15);
  }

  @Test
  void facesMayBeLaidSideBySideFromTheFirstBoresight() {
    Scenario s =
        load(
            MINIMAL.replace(
                "type: an-tpy2-fbm, at: kurecik, faces_deg: [100]",
                "type: uewr, at: fylingdales, first_face_deg: 300, face_count: 3"));
    // Three 120° UEWR faces from 300°: 300°, 60°, 180°, all round (Fylingdales).
    assertThat(s.radars().get(0).faces())
        .extracting(f -> Math.round(Math.toDegrees(f.boresightAzimuthRad())))
        .containsExactly(300L, 60L, 180L);
    assertThatThrownBy(
            () -> load(MINIMAL.replace("faces_deg: [100]", "faces_deg: [100], first_face_deg: 5")))
        .hasMessageContaining(
            "radars[0]: give faces_deg (the boresight of each face) or first_face_deg");
    assertThatThrownBy(() -> load(MINIMAL.replace("faces_deg: [100]", "faces_deg: [360]")))
        .hasMessageContaining(
            "radars[0].faces_deg[0]: must be a boresight azimuth in [0, 360) degrees, got 360");
  }

  @Test
  void reportsEveryMistakeWithFileLineAndKeyPath() {
    String yaml =
        String.join(
            "\n",
            "name: Bad Name",
            "epoch_utc: yesterday",
            "places:",
            "  - {id: north, lat_deg: 95, lon_deg: 0}",
            "radars:",
            "  - {id: r1, type: an-tpy2, at: kurecik, faces_deg: [100], range_nm: 100}",
            "networks:",
            "  - id: nato",
            "    links: [{sensor: r2, latency_s: -1}]",
            "threats:",
            "  - {id: a, missile: mrbm-solid, from: tabirz, to: bucharest}",
            "  - {id: b, from: tabriz, to: bucharest, count: 2}",
            "  - {id: c, missile: mrbm-solid, from: tabriz, to: bucharest, shape: lofted}",
            "");
    assertThatThrownBy(() -> load(yaml))
        .isInstanceOf(ScenarioException.class)
        .extracting(Throwable::getMessage)
        .asString()
        .contains(
            "s.yaml:1: name: name 'Bad Name' must be lowercase letters and digits",
            "s.yaml:2: epoch_utc: must be a UTC time like 2011-12-01T06:00:00Z, got text"
                + " 'yesterday'",
            "s.yaml:4: places[0].lat_deg: must be a number of degrees in [-90, 90], got 95",
            "s.yaml:6: radars[0].type: unknown radar type 'an-tpy2' (known: an-tpy2-fbm,",
            "s.yaml:6: radars[0].range_nm: unknown key; valid keys here:",
            "s.yaml:9: networks[0].links[0].latency_s: must be a number of seconds >= 0, got -1",
            "s.yaml:11: threats[0].from: unknown place 'tabirz'; did you mean 'tabriz'?",
            "s.yaml:12: threats[1].missile: missing; expected a non-empty text",
            "s.yaml:12: threats[1].spacing_s: missing;",
            "s.yaml:13: threats[2].shape: must be minimum-energy, depressed, or a mapping"
                + " {apogee_km: H}");
  }

  @Test
  void cuesMustNameRadarsOfTheScenarioAndAreReportedOnce() {
    String withCues =
        MINIMAL.replace(
            "networks:", "satellites:\n  - {id: sats, type: sbirs-geo, cues: CUES}\nnetworks:");
    assertThatThrownBy(() -> load(withCues.replace("CUES", "[kurecik-tpy]")))
        .hasMessageContaining(
            "s.yaml:6: satellites[0].cues: unknown radar 'kurecik-tpy'; did you mean"
                + " 'kurecik-tpy2'?");
    assertThatThrownBy(() -> load(withCues.replace("CUES", "kurecik-tpy2")))
        .hasMessage(
            "s.yaml:6: satellites[0].cues: must be a non-empty list of texts, got text"
                + " 'kurecik-tpy2'");
  }

  @Test
  void anUnknownSensorInANetworkGetsASuggestion() {
    String yaml = MINIMAL.replace("links: [{sensor: kurecik-tpy2", "links: [{sensor: kurecik-tpy");
    assertThatThrownBy(() -> load(yaml))
        .hasMessageContaining(
            "s.yaml:8: networks[0].links[0].sensor: unknown sensor 'kurecik-tpy'; did you mean"
                + " 'kurecik-tpy2'?");
  }

  @Test
  void aTargetOutOfReachIsAMistakeAtItsThreat() {
    String yaml =
        MINIMAL.replace(
            "missile: mrbm-solid, from: tabriz, to: bucharest",
            "missile: srbm, from: tabriz, to: berlin");
    assertThatThrownBy(() -> load(yaml))
        .isInstanceOf(ScenarioException.class)
        .hasMessageStartingWith("s.yaml:10: threats[0]: cannot aim srbm from tabriz at berlin:");
  }

  @Test
  void aScenarioMayReplaceACatalogMissile() {
    String yaml =
        MINIMAL
            + String.join(
                "\n",
                "types:",
                "  missiles:",
                "    - id: mrbm-solid",
                "      name: a heavier warhead",
                "      notional: true",
                "      source: test",
                "      published: {boost_time_s: 110, reach_km: 1900}",
                "      rcs: {booster_m2: 4, reentry_vehicle_m2: 0.5}",
                "      vertical_rise_s: 5",
                "      pitch_over_s: 15",
                "      body_drag: {mach: [0, 0.8, 1.1, 1.5, 2, 3, 5], cd: [0.20, 0.22, 0.42, 0.38,"
                    + " 0.32, 0.26, 0.22]}",
                "      stages:",
                "        - {propellant_mass_kg: 11000, dry_mass_kg: 1900, burn_time_s: 60,"
                    + " vacuum_isp_s: 250, nozzle_exit_area_m2: 0.4, diameter_m: 1.25}",
                "        - {propellant_mass_kg: 3800, dry_mass_kg: 1000, burn_time_s: 50,"
                    + " vacuum_isp_s: 265, nozzle_exit_area_m2: 0.4, diameter_m: 1.25}",
                "      reentry_vehicle: {mass_kg: 1000, diameter_m: 1.0, drag: {mach: [0, 0.8,"
                    + " 1.2, 2, 5], cd: [0.20, 0.25, 0.35, 0.20, 0.12]}}",
                "");
    Scenario s = load(yaml);
    assertThat(s.threats().get(0).missile().name()).isEqualTo("a heavier warhead");
    assertThat(s.threats().get(0).missile().signature().reentryVehicleRcsM2()).isEqualTo(0.5);
  }

  @Test
  void aScenarioMayAddRadarAndSatelliteTypesAndMoveSatellites() {
    String yaml =
        MINIMAL
                .replace(
                    "networks:",
                    String.join(
                        "\n",
                        "satellites:",
                        "  - {id: sats, type: slow-sats, geo_longitudes_deg: [45], cues: [kurecik-tpy2]}",
                        "networks:"))
                .replace("type: an-tpy2-fbm", "type: small-radar")
            + String.join(
                "\n",
                "types:",
                "  radars:",
                "    - id: small-radar",
                "      name: a small X-band radar",
                "      notional: true",
                "      source: test",
                "      published: {note: none}",
                "      frequency_mhz: 9500",
                "      average_power_kw: 5",
                "      aperture_area_m2: 1",
                "      system_noise_temperature_k: 500",
                "      losses_db: 8",
                "      false_alarm_probability: 1.0e-6",
                "      search_frame_s: 5",
                "      search_solid_angle_sr: 0.5",
                "      track_dwell_s: 0.05",
                "      track_revisit_s: 1",
                "      instrumented_range_km: 800",
                "      track_capacity: 10",
                "      faces: 1",
                "      face_half_width_deg: 45",
                "      min_elevation_deg: 1",
                "      max_elevation_deg: 80",
                "      range_resolution_m: 3",
                "  satellites:",
                "    - id: slow-sats",
                "      name: slow satellites",
                "      notional: true",
                "      source: test",
                "      min_plume_altitude_km: 20",
                "      limb_grazing_height_km: 10",
                "      frame_s: 20",
                "      detections_to_declare: 2",
                "      report_latency_s: 90",
                "      launch_point_sigma_km: 5",
                "      launch_time_sigma_s: 5",
                "      heading_sigma_deg: 5",
                "      geo_longitudes_deg: [0]",
                "");
    Scenario s = load(yaml);
    Radar radar = s.radars().get(0);
    assertThat(radar.type().id()).isEqualTo("small-radar");
    assertThat(radar.type().instrumentedRangeM()).isEqualTo(800_000);
    assertThat(Math.toDegrees(radar.faces().get(0).halfWidthRad())).isCloseTo(45, within(1e-12));
    SatelliteSensor sats = s.satellites().get(0);
    assertThat(sats.constellation().type().reportLatencyS()).isEqualTo(90);
    assertThat(sats.constellation().geoLongitudesRad()).containsExactly(Math.toRadians(45));
    assertThat(sats.cuedRadarIds()).containsExactly("kurecik-tpy2");
  }

  @Test
  void europe2011LoadsAsDescribed() {
    Scenario s = ScenarioLoader.load(SCENARIOS.resolve("europe-2011.yaml"), Catalog.builtIn());
    assertThat(s.threats()).hasSize(20);
    assertThat(new HashSet<>(s.threats().stream().map(t -> t.from().id()).toList()))
        .containsExactlyInAnyOrder("tabriz", "kermanshah", "semnan", "shahroud");
    assertThat(new HashSet<>(s.threats().stream().map(t -> t.to().id()).toList())).hasSize(8);
    assertThat(s.threats()).allSatisfy(t -> assertThat(t.launchTimeS()).isBetween(0.0, 600.0));
    assertThat(s.threats().stream().mapToDouble(Threat::launchTimeS).max().orElseThrow())
        .isEqualTo(600.0);
    assertThat(s.radars()).hasSize(6);
    assertThat(s.satellites()).hasSize(1);
    assertThat(s.networks())
        .extracting(Network::id)
        .containsExactly("nato", "russia", "nato-russia");
    for (Threat t : s.threats()) {
      // Every flight ends at its aim point (impact on the ellipsoid beneath it).
      assertThat(t.trajectory().event(FlightEvent.Kind.IMPACT)).isPresent();
    }
  }

  @Test
  void kaliningradWarningLoadsAsDescribed() {
    Scenario s =
        ScenarioLoader.load(SCENARIOS.resolve("kaliningrad-warning.yaml"), Catalog.builtIn());
    assertThat(s.threats()).extracting(Threat::id).contains("slbm-moscow", "slbm-moscow-depressed");
    Threat minimum = s.threats().get(0);
    Threat depressed = s.threats().get(1);
    // A depressed flight over the same ground arrives sooner.
    assertThat(depressed.impactTimeS() - depressed.launchTimeS())
        .isLessThan(minimum.impactTimeS() - minimum.launchTimeS());
    assertThat(s.radars().stream().map(r -> r.id()).toList())
        .containsExactly("pionersky-vdm", "armavir-vdm", "lekhtusi-vm", "olenegorsk-dnepr");
    assertThat(s.network("without-pionersky").orElseThrow().link("pionersky-vdm")).isEmpty();
  }

  @Test
  void aMissingFileIsOneLine() {
    assertThatThrownBy(() -> ScenarioLoader.load(Path.of("no-such.yaml"), Catalog.builtIn()))
        .isInstanceOf(ScenarioException.class)
        .hasMessage("no-such.yaml: no such file");
  }
}
