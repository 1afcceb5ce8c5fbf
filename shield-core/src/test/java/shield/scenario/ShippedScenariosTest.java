package shield.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import shield.engage.Layer;
import shield.sense.Radar;

/** The scenarios shipped in {@code scenarios/}: each loads, and the EPAA phases nest. */
class ShippedScenariosTest {

  private static final Path SCENARIOS = Path.of("..", "scenarios");

  static List<Path> shippedFiles() throws IOException {
    try (Stream<Path> files = Files.list(SCENARIOS)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  private static Scenario load(String name) {
    return ScenarioLoader.load(SCENARIOS.resolve(name), Catalog.builtIn());
  }

  @ParameterizedTest
  @MethodSource("shippedFiles")
  void everyShippedScenarioLoadsUnderItsFileName(Path file) {
    Scenario s = ScenarioLoader.load(file, Catalog.builtIn());
    assertThat(s.name() + ".yaml").isEqualTo(file.getFileName().toString());
    assertThat(s.threats()).isNotEmpty();
  }

  @Test
  void europe2011IsEpaaPhaseOneAegisShipsWithSm3IaLaunchingOnRemote() {
    Scenario s = load("europe-2011.yaml");
    assertThat(s.batteries())
        .extracting(Battery::id)
        .containsExactly("aegis-levant-sm3", "aegis-crete-sm3");
    assertThat(s.batteries())
        .allSatisfy(
            b -> {
              assertThat(b.type().id()).isEqualTo("sm3-ia");
              assertThat(b.fireControl()).isEqualTo(FireControl.LAUNCH_ON_REMOTE);
              assertThat(b.networkId()).isEqualTo("nato");
              // Kürecik's tracks reach the ships over the battery's network.
              assertThat(s.network(b.networkId()).orElseThrow().link("kurecik-tpy2")).isPresent();
            });
    assertThat(s.batteries().get(0).radarId()).contains("aegis-levant-spy1");
    assertThat(s.batteries().get(1).radarId()).contains("aegis-crete-spy1");
  }

  /** A battery's fields with its site reduced to its position. */
  private static List<Object> asDeployed(Battery b) {
    return List.of(
        b.id(),
        b.site().position(),
        b.type(),
        b.inventory(),
        b.launchers(),
        b.fireChannels(),
        b.networkId(),
        b.fireControl(),
        b.radarId(),
        b.doctrine());
  }

  /**
   * Phase 3 must do at least as well as phase 1 on the same raid; that holds by construction if it
   * keeps everything phase 1 has: the same threats on the same flights, the same sensors where they
   * were, every link of every network, the same assets and the same batteries.
   */
  @Test
  void phaseThreeIsASupersetOfPhaseOneOnTheSameRaid() {
    Scenario one = load("europe-2011.yaml");
    Scenario three = load("europe-phase3.yaml");
    assertThat(three.epoch()).isEqualTo(one.epoch());
    assertThat(three.threats()).hasSameSizeAs(one.threats());
    for (int i = 0; i < one.threats().size(); i++) {
      Threat a = one.threats().get(i);
      Threat b = three.threats().get(i);
      assertThat(b.id()).isEqualTo(a.id());
      assertThat(b.launchTimeS()).isEqualTo(a.launchTimeS());
      assertThat(b.impactTimeS()).isEqualTo(a.impactTimeS());
      assertThat(b.to()).isEqualTo(a.to());
    }
    assertThat(three.radars()).containsAll(one.radars());
    assertThat(three.radars())
        .extracting(Radar::id)
        .contains("deveselu-spy1", "redzikowo-spy1", "deveselu-tpy2");
    assertThat(three.assets()).isEqualTo(one.assets());
    for (SatelliteSensor k : one.satellites()) {
      SatelliteSensor same =
          three.satellites().stream()
              .filter(t -> t.constellation().id().equals(k.constellation().id()))
              .findFirst()
              .orElseThrow();
      assertThat(same.cuedRadarIds()).containsAll(k.cuedRadarIds());
    }
    for (Network n : one.networks()) {
      Network m = three.network(n.id()).orElseThrow();
      assertThat(m.node()).isEqualTo(n.node());
      assertThat(m.links()).containsAll(n.links());
    }
    assertThat(three.network("nato").orElseThrow().links())
        .extracting(Network.Link::sensorId)
        .contains("deveselu-spy1", "redzikowo-spy1", "deveselu-tpy2");
    // Ship stations are places of each file, whose source names the file: compare the rest.
    assertThat(three.batteries().stream().map(ShippedScenariosTest::asDeployed).toList())
        .containsAll(one.batteries().stream().map(ShippedScenariosTest::asDeployed).toList());
    assertThat(three.batteries())
        .extracting(Battery::id)
        .containsExactly(
            "aegis-levant-sm3",
            "aegis-crete-sm3",
            "deveselu-sm3",
            "redzikowo-sm3",
            "deveselu-thaad");
    assertThat(three.batteries())
        .filteredOn(b -> b.type().id().equals("sm3-iia"))
        .extracting(b -> b.site().id())
        .containsExactly("deveselu", "redzikowo");
    assertThat(three.batteries())
        .filteredOn(b -> b.type().layer() == Layer.UPPER_TERMINAL)
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.fireControl()).isEqualTo(FireControl.OWN_RADAR);
              assertThat(b.radarId()).contains("deveselu-tpy2");
            });
  }
}
