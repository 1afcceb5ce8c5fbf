package shield.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import shield.command.Doctrine;

/**
 * Batteries and scenario interceptor types in scenario files: a valid battery, and each mistake.
 */
class BatteryLoaderTest {

  private static Scenario load(String yaml) {
    return ScenarioLoader.load(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
        "s.yaml",
        Catalog.builtIn());
  }

  /** A scenario whose batteries start at line 14. */
  private static String withBatteries(String... lines) {
    return String.join(
        "\n",
        "name: small",
        "epoch_utc: 2011-12-01T06:00:00Z",
        "radars:",
        "  - {id: kurecik-tpy2, type: an-tpy2-fbm, at: kurecik, faces_deg: [100]}",
        "  - {id: deveselu-spy1, type: spy1, at: deveselu, first_face_deg: 45}",
        "networks:",
        "  - id: nato",
        "    links: [{sensor: kurecik-tpy2, latency_s: 2}, {sensor: deveselu-spy1, latency_s: 2}]",
        "threats:",
        "  - {id: raid, missile: mrbm-solid, from: tabriz, to: bucharest}",
        "assets:",
        "  - {id: bucharest}",
        "batteries:",
        String.join("\n", lines),
        "");
  }

  @Test
  void readsABatteryAsWritten() {
    Scenario s =
        load(
            withBatteries(
                "  - id: deveselu-sm3",
                "    at: deveselu",
                "    interceptor: sm3-iia",
                "    inventory: 24",
                "    launchers: 3",
                "    fire_channels: 4",
                "    network: nato",
                "    fire_control: launch-on-remote",
                "    radar: deveselu-spy1",
                "    doctrine: {policy: salvo, salvo_size: 3, kill_assessment_delay_s: 12,"
                    + " kill_assessment_accuracy: 0.95}",
                "  - {id: levant, at: '34.6,33.9', interceptor: sm3-ia, inventory: 8, launchers: 2,"
                    + " fire_channels: 2, network: nato, fire_control: engage-on-remote}"));
    assertThat(s.batteries()).hasSize(2);
    Battery b = s.batteries().get(0);
    assertThat(b.id()).isEqualTo("deveselu-sm3");
    assertThat(b.site()).isSameAs(Catalog.builtIn().place("deveselu"));
    assertThat(b.type()).isEqualTo(Catalog.builtIn().interceptor("sm3-iia").type());
    assertThat(b.inventory()).isEqualTo(24);
    assertThat(b.launchers()).isEqualTo(3);
    assertThat(b.fireChannels()).isEqualTo(4);
    assertThat(b.networkId()).isEqualTo("nato");
    assertThat(b.fireControl()).isEqualTo(FireControl.LAUNCH_ON_REMOTE);
    assertThat(b.radarId()).contains("deveselu-spy1");
    assertThat(b.doctrine()).isEqualTo(new Doctrine(Doctrine.Policy.SALVO, 3, 12, 0.95));
    Battery ship = s.batteries().get(1);
    assertThat(ship.site().position().latitudeDeg()).isCloseTo(34.6, within1e9());
    assertThat(ship.fireControl()).isEqualTo(FireControl.ENGAGE_ON_REMOTE);
    assertThat(ship.radarId()).isEqualTo(Optional.empty());
    assertThat(ship.doctrine()).isEqualTo(Doctrine.defaults());
  }

  private static Offset<Double> within1e9() {
    return Offset.offset(1e-9);
  }

  @Test
  void aDoctrineMayGiveOnlySomeKeys() {
    Scenario s =
        load(
            withBatteries(
                "  - {id: b, at: deveselu, interceptor: sm3-ib, inventory: 1, launchers: 1,"
                    + " fire_channels: 1, network: nato, fire_control: engage-on-remote,"
                    + " doctrine: {salvo_size: 3}}"));
    Doctrine d = Doctrine.defaults();
    assertThat(s.batteries().get(0).doctrine())
        .isEqualTo(
            new Doctrine(d.policy(), 3, d.killAssessmentDelayS(), d.killAssessmentAccuracy()));
  }

  @Test
  void aScenarioMayDefineOrReplaceAnInterceptorType() {
    String yaml =
        withBatteries(
                "  - {id: b, at: redzikowo, interceptor: gbi, inventory: 10, launchers: 1,"
                    + " fire_channels: 2, network: nato, fire_control: engage-on-remote}")
            .replace(
                "radars:\n",
                String.join(
                    "\n",
                    "types:",
                    "  interceptors:",
                    "    - id: gbi",
                    "      name: GBI at Postol's speed",
                    "      notional: true",
                    "      source: T. Postol, 2007, as reported",
                    "      layer: midcourse",
                    "      stages: [{burn_time_s: 60, burnout_speed_kmps: 8.0}]",
                    "      divert_mps: 1000",
                    "      intercept_altitude_km: [100, 2000]",
                    "      max_range_km: 5000",
                    "      max_time_of_flight_s: 1500",
                    "      pssk: 0.5",
                    "      reaction_time_s: 60",
                    "radars:",
                    ""));
    Scenario s = load(yaml);
    assertThat(s.batteries().get(0).type().burnoutSpeedMps()).isEqualTo(8000);
    assertThat(s.batteries().get(0).type().name()).isEqualTo("GBI at Postol's speed");
  }

  @Test
  void reportsEveryBatteryMistakeAtOnceWithLineAndKeyPath() {
    String yaml =
        withBatteries(
            "  - {id: a, at: deveselu, interceptor: sm3-iiia, inventory: 24, launchers: 3,"
                + " fire_channels: 4, network: natto, fire_control: launch-on-remote,"
                + " radar: deveselu-spy}",
            "  - {id: b, at: deveselu, interceptor: thaad, inventory: -1, launchers: 0,"
                + " fire_channels: 0, network: nato, fire_control: own-radar}",
            "  - {id: a, at: deveselu, interceptor: pac3, inventory: 4, launchers: 1,"
                + " fire_channels: 1, network: nato, fire_control: by-radio,"
                + " doctrine: {policy: shoot-shoot-look, salvo_size: 0,"
                + " kill_assessment_accuracy: 1.5, kill_assessment_delay_s: -3}}",
            "  - {id: c, at: deveselu, interceptor: pac3, inventory: 4, launchers: 1,"
                + " fire_channels: 1, network: nato, fire_control: launch-on-remote, count: 2}");
    assertThatThrownBy(() -> load(yaml))
        .isInstanceOf(ScenarioException.class)
        .extracting(Throwable::getMessage)
        .asString()
        .contains(
            "s.yaml:14: batteries[0].interceptor: unknown interceptor type 'sm3-iiia'; did you"
                + " mean 'sm3-iia'?",
            "s.yaml:14: batteries[0].network: unknown network 'natto'; did you mean 'nato'?",
            "s.yaml:14: batteries[0].radar: unknown radar 'deveselu-spy'; did you mean"
                + " 'deveselu-spy1'?",
            "s.yaml:15: batteries[1].inventory: must be a whole number from 0 to 10000, got -1",
            "s.yaml:15: batteries[1].launchers: must be a whole number from 1 to 10000, got 0",
            "s.yaml:15: batteries[1].fire_channels: must be a whole number from 1 to 10000, got 0",
            "s.yaml:15: batteries[1].radar: missing; expected one of the scenario's radars"
                + " (kurecik-tpy2, deveselu-spy1), because fire_control own-radar guides with the"
                + " battery's own radar; or fire_control engage-on-remote",
            "s.yaml:16: batteries[2].id: duplicate battery id 'a'",
            "s.yaml:16: batteries[2].fire_control: must be one of own-radar, launch-on-remote,"
                + " engage-on-remote, got text 'by-radio'",
            "s.yaml:16: batteries[2].doctrine.policy: must be one of shoot-look-shoot, salvo,"
                + " single, got text 'shoot-shoot-look'",
            "s.yaml:16: batteries[2].doctrine.salvo_size: must be a whole number from 1 to 8, got 0",
            "s.yaml:16: batteries[2].doctrine.kill_assessment_accuracy: must be a probability in"
                + " [0, 1], got 1.5",
            "s.yaml:16: batteries[2].doctrine.kill_assessment_delay_s: must be a number of seconds"
                + " >= 0, got -3",
            "s.yaml:17: batteries[3].count: unknown key; valid keys here:",
            "s.yaml:17: batteries[3].radar: missing; expected one of the scenario's radars");
  }

  @Test
  void aBatteryRadarMustBeARadarNotASatellite() {
    String yaml =
        withBatteries(
                "  - {id: a, at: deveselu, interceptor: sm3-iia, inventory: 24, launchers: 3,"
                    + " fire_channels: 4, network: nato, fire_control: own-radar, radar: sbirs}")
            .replace("networks:", "satellites:\n  - {id: sbirs, type: sbirs-geo}\nnetworks:");
    assertThatThrownBy(() -> load(yaml))
        .hasMessageContaining("batteries[0].radar: unknown radar 'sbirs'");
  }
}
