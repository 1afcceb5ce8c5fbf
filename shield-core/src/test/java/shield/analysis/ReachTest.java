package shield.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import shield.earth.Geodesy;
import shield.earth.Geodetic;
import shield.earth.Validation;
import shield.flight.SphericalFreeFlight;
import shield.scenario.Catalog;
import shield.scenario.MissileClass;

/**
 * The reach ring against the closed forms of free flight on a non-rotating sphere (Bate, Mueller
 * &amp; White 1971, ch. 6, as {@link SphericalFreeFlight} implements them) and against the physics
 * of a rotating Earth: eastward shots reach farther, westward ones less far, the more so the longer
 * the range.
 */
class ReachTest {

  private static final SphericalFreeFlight SPHERE = new SphericalFreeFlight();

  static IntStream seeds() {
    return IntStream.range(0, 12);
  }

  /**
   * On the non-rotating sphere every azimuth reaches the closed-form maximum range from the burnout
   * altitude to the ground ({@link SphericalFreeFlight#maximumReachAngleRad}), which is the
   * non-rotating range the burnout speed was solved for; and the impact lies on the launch azimuth.
   * Tolerances: 1 mm (the golden section stops at 1e-7 rad of flight-path angle, where the range is
   * flat to 1e-6 m; the impact time is bisected to 1 ns), 1e-9 rad.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void onTheNonrotatingSphereTheRingIsTheClosedFormAtEveryAzimuth(int seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Geodetic site = Geodetic.ofDegrees(random.nextDouble(-85, 85), random.nextDouble(-180, 180), 0);
    double rangeM = random.nextDouble(300e3, 15_000e3);
    double altitudeM = random.nextDouble(0, 300e3);
    double speedMps = Reach.burnoutSpeedForNonrotatingRangeMps(rangeM, altitudeM);
    double closedFormM = SPHERE.maximumReachAngleRad(speedMps, altitudeM) * SPHERE.radiusM();
    assertThat(closedFormM).isCloseTo(rangeM, within(1e-3));
    Reach.Ring ring =
        Reach.ofBurnout(speedMps, altitudeM, Reach.Earth.NONROTATING_SPHERE).ring(site, 15);
    assertThat(ring.directions()).hasSize(24);
    double worst = 0;
    for (Reach.Direction d : ring.directions()) {
      worst = Math.max(worst, Math.abs(d.reachM() - closedFormM));
      double drift = Math.IEEEremainder(d.impactAzimuthRad() - d.launchAzimuthRad(), 2 * Math.PI);
      assertThat(drift).isCloseTo(0, within(1e-9));
    }
    assertThat(worst).isLessThan(1e-3);
    if (seed == 0) {
      Validation.record(
          "reach ring, non-rotating sphere, 24 azimuths",
          "BMW max range to the ground (SphericalFreeFlight.maximumReachAngleRad)",
          String.format(Locale.ROOT, "%.3f km", closedFormM / 1e3),
          String.format(Locale.ROOT, "worst difference %.2e m", worst),
          "1 mm");
    }
  }

  @ParameterizedTest
  @CsvSource({"1000", "3000", "10000", "15000"})
  void fromTheGroundTheSpeedIsTheMinimumEnergySpeed(double rangeKm) {
    // BMW §6.2: Q = 2 sin(Ψ/2)/(1 + sin(Ψ/2)) at zero burnout altitude. Tolerance 1 µm/s.
    double expected = SPHERE.minimumEnergy(rangeKm * 1e3 / SPHERE.radiusM(), 0).burnoutSpeedMps();
    assertThat(Reach.burnoutSpeedForNonrotatingRangeMps(rangeKm * 1e3, 0))
        .isCloseTo(expected, within(1e-6));
  }

  @Test
  void atThePoleTheTurningEarthChangesNoDistance() {
    // At the pole the Earth's rotation adds no speed and turns the ground about the launch place:
    // every azimuth reaches the non-rotating closed form (1 mm), on a rotating sphere.
    double speedMps = Reach.burnoutSpeedForNonrotatingRangeMps(8_000e3, 100e3);
    Reach.Ring ring =
        Reach.ofBurnout(speedMps, 100e3, new Reach.Earth(true, true))
            .ring(Geodetic.ofDegrees(90, 0, 0), 30);
    for (Reach.Direction d : ring.directions()) {
      assertThat(d.reachM()).isCloseTo(8_000e3, within(1e-3));
    }
  }

  /**
   * At a mid-latitude site (40°N) on the rotating WGS84 Earth, the farthest shot goes near due east
   * and the shortest near due west (within 20°: the ellipsoid and the geometry of the sphere tilt
   * them a little); due east beats the non-rotating range, which beats due west. Physics: a shot
   * east starts with ω r cos φ ≈ 360 m/s more inertial speed (at 100 km up), a shot west with as
   * much less.
   */
  @ParameterizedTest
  @CsvSource({"1000", "3000", "10000"})
  void eastReachesFartherThanTheNonrotatingRangeAndWestLess(double rangeKm) {
    Reach.Ring ring = freeFlightRing(rangeKm, 10);
    double east = ring.directions().get(9).reachM();
    double west = ring.directions().get(27).reachM();
    assertThat(east).isGreaterThan(rangeKm * 1e3);
    assertThat(west).isLessThan(rangeKm * 1e3);
    assertThat(Math.toDegrees(ring.farthest().launchAzimuthRad())).isBetween(70.0, 110.0);
    assertThat(Math.toDegrees(ring.shortest().launchAzimuthRad())).isBetween(250.0, 290.0);
    Validation.record(
        String.format(Locale.ROOT, "reach from 40°N 45°E, non-rotating %.0f km", rangeKm),
        "physics: east gains ω r cos φ ≈ 360 m/s of inertial speed at burnout, west loses it",
        String.format(Locale.ROOT, "east > %.0f km > west", rangeKm),
        String.format(Locale.ROOT, "east %.1f km, west %.1f km", east / 1e3, west / 1e3),
        "order");
  }

  @Test
  void theEastWestAsymmetryGrowsWithRange() {
    double previous = 0;
    for (double rangeKm : new double[] {500, 1000, 3000, 6000, 10000}) {
      Reach.Ring ring = freeFlightRing(rangeKm, 90);
      double asymmetry =
          (ring.directions().get(1).reachM() - ring.directions().get(3).reachM()) / (rangeKm * 1e3);
      assertThat(asymmetry).isGreaterThan(previous);
      previous = asymmetry;
    }
  }

  private static Reach.Ring freeFlightRing(double rangeKm, double stepDeg) {
    double speedMps =
        Reach.burnoutSpeedForNonrotatingRangeMps(rangeKm * 1e3, Reach.DEFAULT_BURNOUT_ALTITUDE_M);
    return Reach.ofBurnout(speedMps, Reach.DEFAULT_BURNOUT_ALTITUDE_M, Reach.Earth.WGS84)
        .ring(Geodetic.ofDegrees(40, 45, 0), stepDeg);
  }

  /**
   * A catalog ICBM flown in full: the ring's chained search (each kick angle sought near the last
   * one's) finds the same reach as a search from scratch (1 km: both stop at 0.01° of kick, where
   * range is flat), and east beats west.
   */
  @Test
  void aCatalogMissileReachesFartherEastThanWest() {
    MissileClass icbm = Catalog.builtIn().missile("icbm-solid");
    Reach reach = Reach.of(icbm.type());
    Geodetic site = Geodetic.ofDegrees(55.75, 37.62, 0);
    Reach.Ring ring = reach.ring(site, 45);
    assertThat(ring.directions()).hasSize(8);
    for (int i : new int[] {2, 6}) {
      Reach.Direction chained = ring.directions().get(i);
      Reach.Direction scratch = reach.farthest(site, chained.launchAzimuthRad());
      assertThat(chained.reachM()).isCloseTo(scratch.reachM(), within(1e3));
    }
    double east = ring.directions().get(2).reachM();
    double west = ring.directions().get(6).reachM();
    assertThat(east).isGreaterThan(west);
    Validation.record(
        "reach of icbm-solid from Moscow, full physics",
        "physics (east > west); catalog's published reach for scale",
        String.format(Locale.ROOT, "east > west; published %.0f km", icbm.publishedReachM() / 1e3),
        String.format(Locale.ROOT, "east %.0f km, west %.0f km", east / 1e3, west / 1e3),
        "order");
  }

  /**
   * Cities: within exactly when the distance is no more than the reach flown toward them; the
   * steered flight lands on the city's azimuth (1e-6 rad), and the ring's interpolation between 5°
   * neighbours agrees with it to 0.5%.
   */
  @Test
  void citiesAreWithinWhenTheirDistanceIsBelowTheReachTowardThem() {
    Geodetic site = Geodetic.ofDegrees(39.0, 125.75, 0);
    double speedMps = Reach.burnoutSpeedForNonrotatingRangeMps(10_000e3, 100e3);
    Reach reach = Reach.ofBurnout(speedMps, 100e3, Reach.Earth.WGS84);
    Reach.Ring ring = reach.ring(site, 5);
    List<Reach.Target> targets =
        List.of(
            reach.target("Honolulu", site, Geodetic.ofDegrees(21.31, -157.86, 0)),
            reach.target("Anchorage", site, Geodetic.ofDegrees(61.22, -149.90, 0)),
            reach.target("Los Angeles", site, Geodetic.ofDegrees(34.05, -118.24, 0)),
            reach.target("Washington", site, Geodetic.ofDegrees(38.90, -77.04, 0)),
            reach.target("Sydney", site, Geodetic.ofDegrees(-33.87, 151.21, 0)));
    for (Reach.Target t : targets) {
      assertThat(t.within()).isEqualTo(t.distanceM() <= t.reachM());
      assertThat(t.distanceM())
          .isCloseTo(Geodesy.inverse(site, t.place()).distanceM(), within(1e-6));
      double azimuth = Geodesy.inverse(site, t.place()).initialAzimuthRad();
      assertThat(reach.toward(site, azimuth).impactAzimuthRad()).isCloseTo(azimuth, within(1e-6));
      assertThat(ring.reachTowardM(azimuth)).isCloseTo(t.reachM(), within(0.005 * t.reachM()));
    }
    assertThat(targets.get(0).within()).as("Honolulu, 7,500 km").isTrue();
    assertThat(targets.get(3).within()).as("Washington, 11,000 km").isFalse();
  }

  @Test
  void refusesBurnoutsThatCouldCircleTheEarthAndBadSteps() {
    double maximum = Reach.maximumBurnoutSpeedMps(100e3, Reach.Earth.WGS84);
    assertThat(maximum).isBetween(6000.0, 7500.0);
    assertThatThrownBy(() -> Reach.ofBurnout(maximum + 1, 100e3, Reach.Earth.WGS84))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("below");
    Reach reach = Reach.ofBurnout(3000, 100e3, Reach.Earth.WGS84);
    assertThatThrownBy(() -> reach.ring(Geodetic.ofDegrees(0, 0, 0), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Reach.burnoutSpeedForNonrotatingRangeMps(25_000e3, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
