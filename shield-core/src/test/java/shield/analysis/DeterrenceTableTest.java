package shield.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import shield.scenario.Catalog;

/**
 * The parts of the built-in table that do not need the whole table (it runs in the benchmark and in
 * docs/deterrence.md).
 */
class DeterrenceTableTest {

  private static Deterrence.SpeedOutcome check(double speedMps, boolean feasible) {
    double v = feasible ? 0 : Double.NaN;
    return new Deterrence.SpeedOutcome(speedMps, feasible, v, v, v, v, v, v);
  }

  /** A checked speed inside the bracket moves the end it belongs to; others change nothing. */
  @Test
  void checkedSpeedsNarrowTheThreshold() {
    Deterrence.Threshold t =
        new Deterrence.Threshold(Deterrence.Threshold.Status.FOUND, 5500, 5250);
    assertThat(DeterrenceTable.sharpened(t, List.of(check(5400, true))))
        .isEqualTo(new Deterrence.Threshold(Deterrence.Threshold.Status.FOUND, 5400, 5250));
    assertThat(DeterrenceTable.sharpened(t, List.of(check(5300, false), check(5400, true))))
        .isEqualTo(new Deterrence.Threshold(Deterrence.Threshold.Status.FOUND, 5400, 5300));
    assertThat(DeterrenceTable.sharpened(t, List.of(check(6300, true), check(5000, false))))
        .isEqualTo(t);
    Deterrence.Threshold above =
        new Deterrence.Threshold(Deterrence.Threshold.Status.ABOVE_GRID, Double.NaN, 9000);
    assertThat(DeterrenceTable.sharpened(above, List.of(check(5400, false)))).isEqualTo(above);
  }

  /** The table's network: the SPY-1 of both sites, Kürecik's AN/TPY-2, Fylingdales. */
  @Test
  void sensorsAreTheEuropeanNetwork() {
    TrackSource sensors = DeterrenceTable.sensors(Catalog.builtIn());
    assertThat(sensors.sensors().radars())
        .extracting(r -> r.id())
        .containsExactly(
            "spy1@deveselu", "spy1@redzikowo", "an-tpy2-fbm@kurecik", "uewr@fylingdales");
    assertThat(sensors.networkId()).isEqualTo(TrackSource.NETWORK_ID);
  }
}
