package shield.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import shield.flight.TargetingException;
import shield.scenario.Catalog;
import shield.scenario.Network;
import shield.scenario.Places;
import shield.scenario.Threat;
import shield.sense.Radar;
import shield.sim.NetworkWarning;

/** The sensors of the deterrence analysis: built from catalog radars, run by the engine. */
class TrackSourceTest {

  private static final Catalog CATALOG = Catalog.builtIn();

  /** Each radar gets as many of its type's faces as cover 360°, and every sensor reports. */
  @Test
  void radarsLookAllRoundAndReportToOneNetwork() {
    TrackSource source =
        TrackSource.radars(
            List.of(
                new TrackSource.RadarAt(CATALOG.radar("spy1"), CATALOG.place("redzikowo")),
                new TrackSource.RadarAt(CATALOG.radar("uewr"), CATALOG.place("fylingdales"))),
            CATALOG);
    List<Radar> radars = source.sensors().radars();
    assertThat(radars).extracting(Radar::id).containsExactly("spy1@redzikowo", "uewr@fylingdales");
    // SPY-1: 45° half-width, four faces; UEWR: 60°, three.
    assertThat(radars.get(0).faces()).hasSize(4);
    assertThat(radars.get(1).faces()).hasSize(3);
    assertThat(radars.get(0).position().heightM()).isEqualTo(TrackSource.ANTENNA_HEIGHT_M);
    Network network = source.sensors().network(source.networkId()).orElseThrow();
    assertThat(network.links())
        .extracting(Network.Link::sensorId)
        .containsExactlyInAnyOrder("spy1@redzikowo", "uewr@fylingdales", "sbirs");
    assertThat(source.sensors().satellites().get(0).cuedRadarIds())
        .containsExactly("spy1@redzikowo", "uewr@fylingdales");
  }

  /**
   * A SPY-1 at Redzikowo, 1,200 km from Kozelsk, holds a firm track of a missile rising toward
   * Washington, after the first report; the same radar in the South Pacific, which never sees the
   * missile, gives none, though the satellites still report the launch.
   */
  @Test
  void firmTrackOnlyFromARadarThatSeesTheMissile() throws TargetingException {
    Threat icbm =
        Deterrence.missile(
            CATALOG.missile("icbm-solid"), CATALOG.place("kozelsk"), CATALOG.place("washington"));
    NetworkWarning near =
        TrackSource.radars(
                List.of(new TrackSource.RadarAt(CATALOG.radar("spy1"), CATALOG.place("redzikowo"))),
                CATALOG)
            .warning(icbm, 1);
    assertThat(near.firmTrackS()).isPresent();
    assertThat(near.firmTrackS().getAsDouble())
        .isGreaterThanOrEqualTo(near.firstDetectionS().getAsDouble())
        .isLessThan(icbm.impactTimeS());
    NetworkWarning far =
        TrackSource.radars(
                List.of(
                    new TrackSource.RadarAt(
                        CATALOG.radar("spy1"), Places.parse("-45,-150", "--sensors", CATALOG))),
                CATALOG)
            .warning(icbm, 1);
    assertThat(far.firmTrackS()).isEmpty();
    assertThat(far.firstSensorId()).contains("sbirs");
    assertThat(Deterrence.LaunchOn.FIRM_TRACK.timeS(far)).isNaN();
    assertThat(Deterrence.LaunchOn.DETECTION.timeS(far))
        .isEqualTo(far.firstDetectionS().getAsDouble());
  }
}
