package shield.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import shield.earth.Geodetic;
import shield.scenario.Catalog;
import shield.scenario.Network;
import shield.scenario.Place;
import shield.scenario.Scenario;

/** The worst warning over launch areas, the statistics over cells and the cell of a point. */
class WarningMapResultTest {

  private static final Region.Grid GRID = Region.ofCorners(50, 10, 52, 13).grid(1);

  /** No warning. */
  private static final double NONE = Double.NaN;

  private static final AimWarning OUT = AimWarning.notFlown(AimWarning.Flight.OUT_OF_RANGE);

  private static final AimWarning UNSEEN = warned(NONE, NONE);

  private static AimWarning warned(double detectionS, double firmS) {
    return new AimWarning(
        AimWarning.Flight.FLOWN,
        900,
        Double.isNaN(detectionS) ? OptionalDouble.empty() : OptionalDouble.of(detectionS),
        Double.isNaN(firmS) ? OptionalDouble.empty() : OptionalDouble.of(firmS),
        Double.isNaN(detectionS) ? Optional.empty() : Optional.of("radar"));
  }

  private static Place place(String id) {
    return new Place(id, id, Geodetic.ofDegrees(50, 0, 0), "point", "test", false, "exact");
  }

  /** A result over the 6-cell grid from two launch areas whose first cells are given. */
  private static WarningMapResult result(List<AimWarning> a, List<AimWarning> b) {
    Scenario scenario =
        new Scenario(
            "t",
            "",
            java.time.Instant.EPOCH,
            List.of(),
            List.of(),
            List.of(),
            List.of(new Network("n", Optional.empty(), List.of())),
            List.of(),
            List.of());
    return new WarningMapResult(
        scenario,
        scenario.networks().get(0),
        Catalog.builtIn().missile("mrbm-solid"),
        List.of(place("a"), place("b")),
        GRID,
        1,
        List.of(fill(a), fill(b)));
  }

  private static List<AimWarning> fill(List<AimWarning> first) {
    List<AimWarning> all = new ArrayList<>(first);
    while (all.size() < GRID.size()) {
      all.add(OUT);
    }
    return all;
  }

  @Test
  void theWorstIsTheLeastOverTheLaunchAreasThatReachTheCellAndNoneIfOneIsUnseen() {
    WarningMapResult r =
        result(
            List.of(warned(300, 200), warned(300, 200), OUT, UNSEEN, warned(50, NONE)),
            List.of(warned(250, 220), UNSEEN, warned(400, 100), warned(300, 280), warned(60, 10)));
    // cell 0: both warn, least of each kind (from different launch areas)
    assertThat(r.worstFromDetectionS(0)).hasValue(250);
    assertThat(r.worstFromFirmTrackS(0)).hasValue(200);
    // cell 1: b unseen, so no warning however early a is seen
    assertThat(r.worstFromDetectionS(1)).isEmpty();
    assertThat(r.reachedFrom(1)).isEqualTo(2);
    // cell 2: a cannot reach it, so b alone counts
    assertThat(r.worstFromDetectionS(2)).hasValue(400);
    assertThat(r.reachedFrom(2)).isEqualTo(1);
    // cell 4: detected from both, firm track only from b
    assertThat(r.worstFromDetectionS(4)).hasValue(50);
    assertThat(r.worstFromFirmTrackS(4)).isEmpty();
    // cell 5: reached by none
    assertThat(r.reachedFrom(5)).isZero();
    assertThat(r.worstFromDetectionS(5)).isEmpty();
    assertThat(r.warningsS(-1, false)).containsExactly(250, NONE, 400, NONE, 50, NONE);
    assertThat(r.warningsS(0, true)).containsExactly(200, 200, NONE, NONE, NONE, NONE);
  }

  @Test
  void statisticsAreOverTheReachedCellsWithNoWarningCountedAsZero() {
    WarningMapResult r =
        result(
            List.of(warned(300, 200), warned(300, 200), OUT, UNSEEN, warned(50, NONE)),
            List.of(warned(250, 220), UNSEEN, warned(400, 100), warned(300, 280), warned(60, 10)));
    // worst detection over cells 0..4: 250, none, 400, none, 50 → sorted 0, 0, 50, 250, 400
    WarningMapResult.Statistics worst = r.statistics(-1, false);
    assertThat(worst.cells()).isEqualTo(6);
    assertThat(worst.reached()).isEqualTo(5);
    assertThat(worst.warned()).isEqualTo(3);
    assertThat(worst.minimumS()).isZero();
    assertThat(worst.medianS()).isEqualTo(50);
    assertThat(worst.maximumS()).isEqualTo(400);
    assertThat(worst.warnedFraction()).isEqualTo(0.6);
    // launch area a, firm track: cells 0, 1, 3, 4 reached: 200, 200, none, none → median 100
    WarningMapResult.Statistics a = r.statistics(0, true);
    assertThat(a.reached()).isEqualTo(4);
    assertThat(a.warned()).isEqualTo(2);
    assertThat(a.medianS()).isEqualTo(100);
    WarningMapResult.Statistics none = result(List.of(), List.of()).statistics(-1, true);
    assertThat(none.reached()).isZero();
    assertThat(none.medianS()).isNaN();
    assertThat(none.warnedFraction()).isNaN();
  }

  @Test
  void aPointIsInTheCellWhoseSquareHoldsIt() {
    WarningMapResult r = result(List.of(), List.of());
    assertThat(r.cellAt(50.5, 10.5)).hasValue(GRID.index(0, 0));
    assertThat(r.cellAt(51.0, 12.99)).hasValue(GRID.index(1, 2));
    assertThat(r.cellAt(50.0, 10.0)).hasValue(0);
    assertThat(r.cellAt(49.99, 11)).isEmpty();
    assertThat(r.cellAt(52.01, 11)).isEmpty();
    assertThat(r.cellAt(51, 13.01)).isEmpty();
    assertThat(r.cellAt(51, 9.99)).isEmpty();
  }

  @Test
  void aWarningIsPositiveAndOnlyAFlownMissileHasOne() {
    assertThatThrownBy(() -> warned(0, NONE)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> warned(100, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new AimWarning(
                    AimWarning.Flight.OUT_OF_RANGE,
                    Double.NaN,
                    OptionalDouble.of(10),
                    OptionalDouble.empty(),
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
