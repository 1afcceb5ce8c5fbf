package shield.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import shield.earth.EarthRotation;
import shield.earth.Geodetic;
import shield.earth.Wgs84;
import shield.flight.FlightEvent;
import shield.flight.FreeFlightSolution;
import shield.flight.MissileFlight;
import shield.flight.SphericalFreeFlight;
import shield.flight.Targeting;
import shield.flight.TargetingException;
import shield.flight.TargetingSolution;
import shield.flight.TrajectoryShape;

/**
 * The notional catalog missiles, flown by the full model, reproduce their class's published figures
 * (Shield reference places.md; APS 2003 for ICBM burn times; Reuters 2017 for the
 * Russia-to-United-States flight time).
 */
class MissileCatalogPhysicsTest {

  /** A mid-latitude site away from every coast of interest; only the latitude matters here. */
  private static final Geodetic SITE = Geodetic.ofDegrees(45, 10, 0);

  static Stream<MissileClass> missiles() {
    return Catalog.builtIn().missiles().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("missiles")
  void boostTimeIsThePublishedOneWithinTenPercent(MissileClass m) {
    assertThat(m.type().totalBurnTimeS())
        .isBetween(0.9 * m.publishedBoostTimeS(), 1.1 * m.publishedBoostTimeS());
  }

  /**
   * Published ranges do not say which way the missile flies; the mean of the due-east and due-west
   * reach at 45°N cancels the Earth's rotation to first order. Tolerance ±10% (the issue).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("missiles")
  void reachIsThePublishedOneWithinTenPercent(MissileClass m) {
    Targeting targeting = new Targeting(new MissileFlight(m.type()));
    double east = targeting.reach(SITE, Math.PI / 2, 0).rangeM();
    double west = targeting.reach(SITE, 3 * Math.PI / 2, 0).rangeM();
    double mean = (east + west) / 2;
    System.out.printf(
        "%s reach: east %.0f km, west %.0f km, mean %.0f km, published %.0f km%n",
        m.type().id(), east / 1000, west / 1000, mean / 1000, m.publishedReachM() / 1000);
    assertThat(mean).isBetween(0.9 * m.publishedReachM(), 1.1 * m.publishedReachM());
    assertThat(east).isGreaterThan(west);
  }

  /** "30 minutes or less" (Reuters 2017); the issue asks for 25–35 minutes at minimum energy. */
  @Test
  void aMinimumEnergyIcbmFromKozelskToWashingtonFliesHalfAnHour() throws TargetingException {
    Catalog catalog = Catalog.builtIn();
    TargetingSolution s =
        new Targeting(new MissileFlight(catalog.missile("icbm-solid").type()))
            .aim(
                catalog.place("kozelsk").position(),
                catalog.place("washington").position(),
                0,
                new TrajectoryShape.MinimumEnergy());
    System.out.printf(
        "Kozelsk-Washington icbm-solid: %.1f min, miss %.2f m%n",
        s.trajectory().durationS() / 60, s.missM());
    assertThat(s.missM()).isLessThan(100);
    assertThat(s.trajectory().durationS()).isBetween(25 * 60.0, 35 * 60.0);
  }

  /**
   * Bate, Mueller &amp; White (ch. 6): for a free-flight range angle Ψ no burnout speed is lower
   * than the minimum-energy one, Q = 2 sin(Ψ/2) / (1 + sin(Ψ/2)). Shield's minimum-energy flight
   * (least propellant) must sit just above that bound in the inertial frame; the depressed flight,
   * far flatter, well above it. The minimum-energy flight burns out a few degrees flatter than the
   * textbook angle, since gravity losses in boost favour a flatter climb, but the bound is flat
   * near its optimum, so the excess stays under 1% (measured 0.51%).
   */
  @Test
  void minimumEnergyMeetsTheTextbookBoundAtBurnout() throws TargetingException {
    Catalog catalog = Catalog.builtIn();
    Targeting targeting = new Targeting(new MissileFlight(catalog.missile("icbm-solid").type()));
    Geodetic from = catalog.place("kozelsk").position();
    Geodetic to = catalog.place("washington").position();
    TargetingSolution minimum = targeting.aim(from, to, 0, new TrajectoryShape.MinimumEnergy());
    double minimumExcess = excessOverTextbookMinimum(minimum);
    TargetingSolution depressed = targeting.aim(from, to, 0, new TrajectoryShape.Depressed());
    double depressedExcess = excessOverTextbookMinimum(depressed);
    System.out.printf(
        "burnout speed over the textbook minimum: minimum energy %+.2f%%, depressed %+.2f%%%n",
        100 * minimumExcess, 100 * depressedExcess);
    assertThat(minimumExcess).isBetween(0.0, 0.01);
    assertThat(depressedExcess).isGreaterThan(2 * minimumExcess);
  }

  /** (v − v_min) / v_min at burnout, inertial, on a sphere through the burnout point. */
  private static double excessOverTextbookMinimum(TargetingSolution s) {
    FlightEvent burnout = s.trajectory().event(FlightEvent.Kind.BURNOUT).orElseThrow();
    double[] ecef = {
      burnout.positionEcef().getX(), burnout.positionEcef().getY(), burnout.positionEcef().getZ(),
      burnout.velocityEcef().getX(), burnout.velocityEcef().getY(), burnout.velocityEcef().getZ()
    };
    double[] eci = new double[6];
    EarthRotation.ecefToEci(burnout.timeS(), ecef, eci);
    double r = Math.sqrt(eci[0] * eci[0] + eci[1] * eci[1] + eci[2] * eci[2]);
    double v = Math.sqrt(eci[3] * eci[3] + eci[4] * eci[4] + eci[5] * eci[5]);
    double gamma = Math.asin((eci[0] * eci[3] + eci[1] * eci[4] + eci[2] * eci[5]) / (r * v));
    // A sphere whose surface lies 1 m under the burnout point: the free flight back to burnout
    // radius is the textbook one.
    SphericalFreeFlight sphere = new SphericalFreeFlight(r - 1, Wgs84.MU_M3_S2);
    FreeFlightSolution flown = sphere.fromBurnout(v, 1, gamma);
    FreeFlightSolution best = sphere.minimumEnergy(flown.rangeAngleRad(), 1);
    return (v - best.burnoutSpeedMps()) / best.burnoutSpeedMps();
  }
}
