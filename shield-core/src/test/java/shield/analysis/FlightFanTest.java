package shield.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import shield.earth.Geodesy;
import shield.earth.Geodetic;
import shield.earth.Validation;
import shield.flight.MissileFlight;
import shield.flight.Targeting;
import shield.flight.TargetingException;
import shield.flight.TargetingSolution;
import shield.flight.Trajectory;
import shield.flight.TrajectoryShape;
import shield.scenario.Catalog;
import shield.scenario.MissileClass;

/**
 * The fan's flights against the full minimum-energy search of {@link Targeting}: the same aim
 * points from Tabriz with the IRBM, off the ladder's azimuth (the ladder points at Bucharest).
 */
class FlightFanTest {

  private static final Catalog CATALOG = Catalog.builtIn();
  private static final MissileClass IRBM = CATALOG.missile("irbm");
  private static final Geodetic TABRIZ = CATALOG.place("tabriz").position();
  private static final FlightFan FAN =
      new FlightFan(
          IRBM.type(),
          TABRIZ,
          0,
          Geodesy.inverse(TABRIZ, CATALOG.place("bucharest").position()).initialAzimuthRad());

  /**
   * Same impact (within the fan's 2 km), and the same flight within 1% of its duration and 3% of
   * its apogee: the fan's kick angle is the ladder's, not re-optimised per aim point, so its flight
   * is near but not exactly the least-energy one.
   */
  @ParameterizedTest
  @ValueSource(strings = {"berlin", "rome", "athens", "warsaw", "istanbul"})
  void flightsMatchTheFullSearch(String city) throws TargetingException {
    Geodetic aim = CATALOG.place(city).position();
    Trajectory fan = fly(FAN, aim);
    TargetingSolution full =
        new Targeting(new MissileFlight(IRBM.type()))
            .aim(TABRIZ, aim, 0, new TrajectoryShape.MinimumEnergy());
    assertThat(fan).isNotNull();
    double missM = Geodesy.inverse(fan.geodeticAt(fan.endTimeS()), aim).distanceM();
    double fanApogeeM = apogeeM(fan);
    double fullApogeeM = apogeeM(full.trajectory());
    Validation.record(
        "footprint flight fan, irbm tabriz -> " + city + ": flight time, apogee",
        "Targeting.aim minimum energy (full search)",
        String.format("%.1f s, %.1f km", full.trajectory().durationS(), fullApogeeM / 1000),
        String.format("%.1f s, %.1f km (miss %.0f m)", fan.durationS(), fanApogeeM / 1000, missM),
        "1% of flight time, 3% of apogee; miss < 2 km");
    assertThat(missM).isLessThan(FlightFan.AIM_TOLERANCE_M);
    assertThat(fan.durationS())
        .isCloseTo(full.trajectory().durationS(), within(0.01 * full.trajectory().durationS()));
    assertThat(fanApogeeM).isCloseTo(fullApogeeM, within(0.03 * fullApogeeM));
  }

  /**
   * A search started from a neighbouring aim point's flight (Warsaw's, 500 to 1,100 km away) lands
   * on its own aim point as a search from the ladder does.
   */
  @ParameterizedTest
  @ValueSource(strings = {"berlin", "bucharest", "brussels"})
  void searchesFromANeighbourLandOnTheirAimPoints(String city) {
    FlightFan.Flight warsaw = FAN.fly(CATALOG.place("warsaw").position(), null);
    Geodetic aim = CATALOG.place(city).position();
    FlightFan.Flight f = FAN.fly(aim, warsaw);
    assertThat(f).isNotNull();
    Trajectory t = f.trajectory();
    assertThat(Geodesy.inverse(t.geodeticAt(t.endTimeS()), aim).distanceM())
        .isLessThan(FlightFan.AIM_TOLERANCE_M);
    assertThat(t.durationS()).isCloseTo(fly(FAN, aim).durationS(), within(5.0));
  }

  private static double apogeeM(Trajectory t) {
    double best = 0;
    for (double s = t.startTimeS(); s <= t.endTimeS(); s += 1) {
      best = Math.max(best, t.geodeticAt(s).heightM());
    }
    return best;
  }

  /** The fan's flight to an aim point searched from the ladder, or null when out of range. */
  static Trajectory fly(FlightFan fan, Geodetic aim) {
    FlightFan.Flight f = fan.fly(aim, null);
    return f == null ? null : f.trajectory();
  }
}
