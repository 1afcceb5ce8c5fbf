package shield.flight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import shield.earth.Geodesy;
import shield.earth.Geodetic;
import shield.earth.Wgs84;

/**
 * Targeting on the rotating Earth: every shape reaches the aim point, in the order physics says.
 */
class TargetingTest {

  private static final Geodetic TABRIZ = Geodetic.ofDegrees(38.08, 46.29, 0);
  private static final Geodetic BUCHAREST = Geodetic.ofDegrees(44.4268, 26.1025, 0);
  private static final Geodetic PARIS = Geodetic.ofDegrees(48.8566, 2.3522, 0);

  private static Targeting targeting;
  private static TargetingSolution minimum;
  private static TargetingSolution depressed;

  @BeforeAll
  static void aim() throws TargetingException {
    targeting = new Targeting(new MissileFlight(TestMissiles.twoStage()));
    minimum = targeting.aim(TABRIZ, BUCHAREST, 0, new TrajectoryShape.MinimumEnergy());
    depressed = targeting.aim(TABRIZ, BUCHAREST, 0, new TrajectoryShape.Depressed());
  }

  private static double apogeeM(TargetingSolution s) {
    FlightEvent e = s.trajectory().event(FlightEvent.Kind.APOGEE).orElseThrow();
    return Wgs84.heightM(e.positionEcef().getX(), e.positionEcef().getY(), e.positionEcef().getZ());
  }

  @Test
  void minimumEnergyHitsTheAimPoint() {
    // Issue requirement: impact within 100 m of the aim point; targeting polishes toward 1 m.
    assertThat(minimum.missM()).isLessThan(100);
    assertThat(Geodesy.inverse(minimum.impactPoint(), BUCHAREST).distanceM())
        .isEqualTo(minimum.missM(), org.assertj.core.data.Offset.offset(1e-6));
    System.out.printf(
        "Tabriz-Bucharest minimum energy: miss %.2f m, %.1f s, apogee %.1f km%n",
        minimum.missM(), minimum.trajectory().durationS(), apogeeM(minimum) / 1000);
  }

  @Test
  void depressedFlightIsFasterAndLowerAndBurnsEverything() {
    assertThat(depressed.missM()).isLessThan(100);
    assertThat(depressed.trajectory().event(FlightEvent.Kind.THRUST_CUTOFF)).isEmpty();
    assertThat(depressed.trajectory().durationS())
        .isLessThan(minimum.trajectory().durationS() - 30);
    assertThat(apogeeM(depressed)).isLessThan(apogeeM(minimum));
  }

  @Test
  void minimumEnergyBurnsLessThanAnyOtherShape() throws TargetingException {
    double lofted = 1.5 * apogeeM(minimum);
    TargetingSolution high =
        targeting.aim(TABRIZ, BUCHAREST, 0, new TrajectoryShape.Apogee(lofted));
    assertThat(high.missM()).isLessThan(100);
    // The apogee search stops within 100 m; polishing the range moves it a little more.
    assertThat(apogeeM(high)).isEqualTo(lofted, org.assertj.core.data.Offset.offset(2_000.0));
    assertThat(high.trajectory().durationS()).isGreaterThan(minimum.trajectory().durationS());
    assertThat(minimum.guidance().cutoffTimeS()).isLessThan(high.guidance().cutoffTimeS());
    assertThat(minimum.guidance().cutoffTimeS())
        .isLessThan(TestMissiles.twoStage().totalBurnTimeS());
  }

  @Test
  void azimuthIsSteeredAgainstTheEarthsRotation() {
    // Flying west-north-west, the ground turns east under the missile: targeting must aim off the
    // geodesic azimuth, and by less than a few degrees at this range.
    double geodesic = Geodesy.inverse(TABRIZ, BUCHAREST).initialAzimuthRad();
    double offset = Math.toDegrees(Targeting.wrap(minimum.guidance().azimuthRad() - geodesic));
    assertThat(Math.abs(offset)).isBetween(0.1, 5.0);
  }

  @Test
  void aPointBeyondReachNamesTheDistanceAndTheReach() {
    assertThatThrownBy(() -> targeting.aim(TABRIZ, PARIS, 0, new TrajectoryShape.MinimumEnergy()))
        .isInstanceOfSatisfying(
            OutOfReachException.class,
            e -> {
              assertThat(e.distanceM())
                  .isEqualTo(
                      Geodesy.inverse(TABRIZ, PARIS).distanceM(),
                      org.assertj.core.data.Offset.offset(1.0));
              assertThat(e.reachM()).isBetween(1_800e3, 2_400e3);
              assertThat(e.getMessage()).contains("km away", "beyond the reach of test-2000");
            });
  }

  @Test
  void anApogeeTheMissileCannotFlyIsExplained() {
    assertThatThrownBy(
            () -> targeting.aim(TABRIZ, BUCHAREST, 0, new TrajectoryShape.Apogee(5_000_000)))
        .isInstanceOf(TargetingException.class)
        .hasMessageContaining("apogee of 5,000 km");
  }
}
