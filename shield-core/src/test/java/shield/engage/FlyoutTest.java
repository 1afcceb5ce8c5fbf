package shield.engage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import shield.earth.Validation;

/** The reachability table against an independent direct integration of the same flight model. */
class FlyoutTest {

  private static final double R0 = Flyout.LAUNCH_RADIUS_M;
  private static final Vector3D LAUNCH = new Vector3D(R0, 0, 0);

  static Stream<Arguments> types() {
    return Stream.of(
        Arguments.of(TestInterceptors.sm3(), 11L),
        Arguments.of(TestInterceptors.thaad(), 12L),
        Arguments.of(TestInterceptors.pac3(), 13L));
  }

  private static Vector3D point(double groundRangeM, double altitudeM) {
    double psi = groundRangeM / R0;
    double r = R0 + altitudeM;
    return new Vector3D(r * Math.cos(psi), r * Math.sin(psi), 0);
  }

  /**
   * At random points the table reaches, the shortest flight found by a root-find on the launch
   * elevation (Hipparchus Dormand–Prince 8(5,3), Cartesian) takes the table's time within 1 s, and
   * the direct flight at the table's time is within 2.5 km of the point: the divert reach of the
   * exo-atmospheric test type (½ · 500 m/s · 10 s), which the kill vehicle can take out. The worst
   * cases are on the way down from lofted flights, where neighbouring members cross a row far
   * apart; the error falls as the square of the fan's spacing (SM-3-like type: 4.6 s with 61
   * members, 0.93 s with 181, 0.53 s with 241).
   */
  @ParameterizedTest
  @MethodSource("types")
  void tableMatchesDirectIntegration(InterceptorType type, long seed) {
    Flyout flyout = Flyout.of(type);
    DirectFlyout direct = new DirectFlyout(type);
    Random random = new Random(seed);
    double worstTimeS = 0;
    double worstMissM = 0;
    double worstSpeedMps = 0;
    int checked = 0;
    while (checked < 25) {
      double range = random.nextDouble() * type.maxGroundRangeM();
      double altitude =
          type.minInterceptAltitudeM()
              + random.nextDouble() * (type.maxInterceptAltitudeM() - type.minInterceptAltitudeM());
      Reach reach = flyout.reach(range, altitude);
      if (reach == null) {
        continue;
      }
      checked++;
      Vector3D target = point(range, altitude);
      DirectFlyout.Solution s = direct.solve(LAUNCH, target);
      assertThat(s)
          .as("direct flight to %.0f m, %.0f m, table %s", range, altitude, reach)
          .isNotNull();
      double missM =
          direct
              .positionAt(LAUNCH, target, s.elevationRad(), reach.timeOfFlightS())
              .distance(target);
      worstTimeS = Math.max(worstTimeS, Math.abs(reach.timeOfFlightS() - s.timeOfFlightS()));
      worstMissM = Math.max(worstMissM, missM);
      double[] end =
          direct
              .fly(LAUNCH, Vector3D.PLUS_J, s.elevationRad(), new double[0], s.timeOfFlightS())
              .end()
              .getPrimaryState();
      double speed = new Vector3D(end[3], end[4], end[5]).getNorm();
      worstSpeedMps = Math.max(worstSpeedMps, Math.abs(speed - reach.speedMps()));
    }
    Validation.record(
        "flyout table vs direct integration, " + type.id() + ", 25 random reachable points",
        "Hipparchus DP853 root-find on launch elevation",
        "direct time, position and speed",
        String.format(
            Locale.ROOT, "worst %.3f s, %.0f m, %.1f m/s", worstTimeS, worstMissM, worstSpeedMps),
        "1 s, 2.5 km, 50 m/s");
    assertThat(worstTimeS).isLessThan(1);
    assertThat(worstMissM).isLessThan(2500);
    assertThat(worstSpeedMps).isLessThan(50);
  }

  /**
   * At up to 15 random points of the table's box (0 to the maximum range and altitude) that it
   * rejects, a direct flight either does not exist or the point is within one table cell of a point
   * the table accepts: the table is conservative only at its edge.
   */
  @ParameterizedTest
  @MethodSource("types")
  void rejectedPointsAreUnreachableOrAtTheEdge(InterceptorType type, long seed) {
    Flyout flyout = Flyout.of(type);
    DirectFlyout direct = new DirectFlyout(type);
    Random random = new Random(seed + 100);
    double cellRange = type.maxGroundRangeM() / Flyout.COLUMNS;
    double cellAltitude = type.maxInterceptAltitudeM() / Flyout.ROWS;
    int checked = 0;
    int reachable = 0;
    for (int draw = 0; draw < 400 && checked < 15; draw++) {
      double range = random.nextDouble() * type.maxGroundRangeM();
      double altitude = random.nextDouble() * type.maxInterceptAltitudeM();
      if (flyout.reach(range, altitude) != null) {
        continue;
      }
      checked++;
      DirectFlyout.Solution s = direct.solve(LAUNCH, point(range, altitude));
      if (s == null) {
        continue;
      }
      reachable++;
      boolean nearAccepted = false;
      for (int di = -1; di <= 1; di++) {
        for (int dj = -1; dj <= 1; dj++) {
          nearAccepted |=
              flyout.reach(range + di * cellRange, altitude + dj * cellAltitude) != null;
        }
      }
      assertThat(nearAccepted)
          .as("%.0f m, %.0f m reachable in %.1f s", range, altitude, s.timeOfFlightS())
          .isTrue();
    }
    Validation.record(
        "flyout table rejections, " + type.id() + ", " + checked + " rejected of 400 random points",
        "Hipparchus DP853 root-find on launch elevation",
        "no direct flight, or within one cell of an accepted point",
        reachable + " reachable, all within one cell",
        "one cell");
  }

  /** The fan reproduces the published burnout speed by construction: check it. */
  @Test
  void burnoutSpeedIsTheCatalogOne() {
    InterceptorType type = TestInterceptors.sm3();
    double[] boost = Flyout.fly(type, Math.toRadians(45), type.burnTimeS());
    double speed = boost[boost.length - Flyout.SAMPLE + Flyout.V];
    assertThat(speed).isCloseTo(4500, org.assertj.core.data.Offset.offset(1e-6));
  }
}
