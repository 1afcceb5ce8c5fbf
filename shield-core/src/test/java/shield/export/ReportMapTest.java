package shield.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import shield.analysis.Region;

/** The report map's region: around every place, the short way round, of a readable shape. */
class ReportMapTest {

  /** Tolerance on the fitted edges (deg): the arithmetic is exact to far below this. */
  private static final double EDGE_TOLERANCE_DEG = 1e-9;

  @Test
  void takesTheShortWayAcrossTheAntimeridian() {
    Region r = ReportMap.fit(List.of(new double[] {50, 170}, new double[] {60, -170}));
    assertThat(r.westDeg()).isGreaterThan(r.eastDeg());
    assertThat(r.contains(55, 180)).isTrue();
    assertThat(r.contains(55, 0)).isFalse();
    assertThat(r.widthDeg()).isLessThan(60);
  }

  /** Margin: 8% of the spread, at least 1.5°; Tabriz to Bucharest spans 14° by 12°. */
  @Test
  void pointsOfOneRaidGetAMarginAndAReadableShape() {
    Region r = ReportMap.fit(List.of(new double[] {38.08, 46.29}, new double[] {44.43, 26.10}));
    assertThat(r.southDeg()).isCloseTo(38.08 - 1.5, within(EDGE_TOLERANCE_DEG));
    assertThat(r.northDeg()).isCloseTo(44.43 + 1.5, within(EDGE_TOLERANCE_DEG));
    assertThat(aspect(r)).isBetween(1.25 - 1e-9, 2.0 + 1e-9);
  }

  @Test
  void noPlacesShowsEurope() {
    assertThat(ReportMap.fit(List.of())).isEqualTo(Region.EUROPE);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void containsEveryPlace(long seed) {
    Random random = new Random(seed);
    double lat0 = -60 + 120 * random.nextDouble();
    double lon0 = -180 + 360 * random.nextDouble();
    double spreadDeg = 1 + 60 * random.nextDouble();
    List<double[]> points = new ArrayList<>();
    for (int i = 0; i < 2 + random.nextInt(30); i++) {
      double lat = Math.max(-84, Math.min(84, lat0 + spreadDeg * (random.nextDouble() - 0.5)));
      double lon = lon0 + 2 * spreadDeg * (random.nextDouble() - 0.5);
      points.add(new double[] {lat, lon - 360 * Math.floor((lon + 180) / 360)});
    }
    Region r = ReportMap.fit(points);
    for (double[] p : points) {
      assertThat(r.contains(p[0], p[1])).as("%s contains %s, %s", r, p[0], p[1]).isTrue();
    }
    assertThat(r.widthDeg()).isLessThan(2 * spreadDeg + 90);
  }

  /** The picture's width over its height in the map's projection, x ∝ λ cos φ₀. */
  private static double aspect(Region r) {
    double middle = Math.toRadians((r.southDeg() + r.northDeg()) / 2);
    return r.widthDeg() * Math.cos(middle) / r.heightDeg();
  }
}
