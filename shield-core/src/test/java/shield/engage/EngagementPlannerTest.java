package shield.engage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import shield.earth.EarthRotation;
import shield.earth.Geodesy;
import shield.earth.Geodetic;
import shield.earth.Validation;
import shield.earth.Wgs84;
import shield.flight.FlightEvent;
import shield.flight.Trajectory;
import shield.track.TestFlights;

/** Engagement opportunities: by hand-computable geometry and against an inertial integration. */
class EngagementPlannerTest {

  private static final Geodetic NORTH_POLE = new Geodetic(Math.PI / 2, 0, 0);

  /**
   * A threat falling straight down on the North Pole at 3 km/s, and a PAC-3-like battery there
   * (single stage, 100 m/s² for 15 s). On the rotation axis the Earth's turn moves nothing, and a
   * vertical shot under the prescribed-speed boost climbs h = ½ a T²: an intercept at altitude h
   * takes T = √(2h/a), and the two close at V + aT. Checked at every opportunity below burnout (h ≤
   * 11.25 km), to 0.01 s and 1 m/s.
   */
  @Test
  void headOnOverThePoleMatchesClosedForm() {
    InterceptorType type = TestInterceptors.pac3();
    double accel = 1500.0 / 15;
    double speed = 3000;
    double startAltitudeM = 60_000;
    int n = 21;
    double[] times = new double[n];
    double[] nodes = new double[9 * n];
    for (int i = 0; i < n; i++) {
      times[i] = i;
      nodes[9 * i + 2] = Wgs84.POLAR_RADIUS_M + startAltitudeM - speed * i;
      nodes[9 * i + 5] = -speed;
    }
    Trajectory threat = new Trajectory(times, nodes, List.of());
    Opportunities ops = new EngagementPlanner(NORTH_POLE, Flyout.of(type)).plan(threat);
    int checked = 0;
    double worstTimeS = 0;
    double worstClosingMps = 0;
    for (Opportunity o : ops.all()) {
      double h = o.interceptAltitudeM();
      double expectedS = Math.sqrt(2 * h / accel);
      if (expectedS > 15) {
        continue;
      }
      checked++;
      worstTimeS = Math.max(worstTimeS, Math.abs(o.timeOfFlightS() - expectedS));
      worstClosingMps =
          Math.max(worstClosingMps, Math.abs(o.closingSpeedMps() - (speed + accel * expectedS)));
      assertThat(h).isCloseTo(startAltitudeM - speed * o.interceptS(), within(1e-6));
      assertThat(o.groundRangeM()).isLessThan(1e-3);
    }
    Validation.record(
        "head-on vertical intercept over the pole, " + checked + " opportunities",
        "closed form T = sqrt(2h/a), closing V + aT",
        "T, closing speed",
        String.format(Locale.ROOT, "worst %.1e s, %.1e m/s", worstTimeS, worstClosingMps),
        "0.01 s, 1 m/s");
    assertThat(checked).isGreaterThanOrEqualTo(3);
    assertThat(worstTimeS).isLessThan(0.01);
    assertThat(worstClosingMps).isLessThan(1);
    // Launch before the threat's own launch is not an opportunity.
    assertThat(ops.all()).allSatisfy(o -> assertThat(o.launchS()).isGreaterThanOrEqualTo(0));
  }

  static Stream<Arguments> engagements() {
    return Stream.of(
        Arguments.of(TestInterceptors.sm3(), 0.5, 400e3, 21L),
        Arguments.of(TestInterceptors.sm3(), 0.3, 800e3, 22L),
        Arguments.of(TestInterceptors.thaad(), 1.0, 60e3, 23L),
        Arguments.of(TestInterceptors.pac3(), 1.0, 10e3, 24L));
  }

  /**
   * A battery never fires at a threat it cannot reach: for random threat flights (azimuth, kick)
   * and random sites (offset from a point of the ground track), sampled opportunities are flown by
   * the independent Hipparchus integration in Shield's inertial frame, from where the site is at
   * the launch time to where the threat is at the intercept time (both through {@link
   * EarthRotation}), with a root-find on the launch elevation: the flight takes the planner's time
   * within 1 s and is within 2.5 km (the SM-3-like divert reach) of the threat at the intercept.
   * This checks the Earth-rotation fixed point, and the flyout's sphere against the real site
   * radius.
   */
  @ParameterizedTest
  @MethodSource("engagements")
  void everyOpportunityIsReachedByAnInertialIntegration(
      InterceptorType type, double trackFraction, double offsetM, long seed) {
    Random random = new Random(seed);
    double worstTimeS = 0;
    double worstMissM = 0;
    int checked = 0;
    DirectFlyout direct = new DirectFlyout(type);
    Flyout flyout = Flyout.of(type);
    for (int trial = 0; trial < 3; trial++) {
      Trajectory threat =
          TestFlights.fromTabriz(
              100, 240 + 60 * random.nextDouble(), 15 + 15 * random.nextDouble());
      double along = threat.startTimeS() + Math.min(trackFraction, 0.99) * threat.durationS();
      Geodetic under = threat.geodeticAt(along);
      Geodetic site =
          Geodesy.direct(
                  under.withHeightM(0),
                  2 * Math.PI * random.nextDouble(),
                  offsetM * random.nextDouble())
              .withHeightM(500 * random.nextDouble());
      EngagementPlanner planner = new EngagementPlanner(site, flyout);
      Opportunities ops = planner.plan(threat);
      assertThat(ops.isEmpty()).as("site %s", site).isFalse();
      List<Opportunity> all = ops.all();
      for (int k = 0; k < 3; k++) {
        Opportunity o = all.get((int) ((k + 0.5) / 3 * all.size()));
        assertThat(o.interceptAltitudeM())
            .isBetween(type.minInterceptAltitudeM(), type.maxInterceptAltitudeM());
        assertThat(o.timeOfFlightS()).isLessThanOrEqualTo(type.maxTimeOfFlightS());
        assertThat(o.groundRangeM()).isLessThanOrEqualTo(type.maxGroundRangeM());
        Vector3D launch = eci(o.launchS(), Wgs84.toEcef(site));
        Vector3D target = eci(o.interceptS(), o.interceptPointEcef());
        DirectFlyout.Solution s = direct.solve(launch, target);
        assertThat(s).as("direct flight for %s", o).isNotNull();
        double miss =
            direct.positionAt(launch, target, s.elevationRad(), o.timeOfFlightS()).distance(target);
        worstTimeS = Math.max(worstTimeS, Math.abs(s.timeOfFlightS() - o.timeOfFlightS()));
        worstMissM = Math.max(worstMissM, miss);
        checked++;
      }
    }
    Validation.record(
        "planner opportunities vs inertial integration with Earth rotation, "
            + type.id()
            + ", "
            + checked
            + " opportunities",
        "Hipparchus DP853 in Shield's ECI, root-find on elevation",
        "time of flight, position at the intercept",
        String.format(Locale.ROOT, "worst %.3f s, %.0f m", worstTimeS, worstMissM),
        "1 s, 2.5 km");
    assertThat(worstTimeS).isLessThan(1);
    assertThat(worstMissM).isLessThan(2500);
  }

  /** The path for pictures starts at the site at the launch and ends at the intercept point. */
  @Test
  void pathRunsFromTheSiteToTheIntercept() {
    InterceptorType type = TestInterceptors.thaad();
    Trajectory threat = TestFlights.fromTabriz(0, 270, 20);
    Geodetic impact = threat.geodeticAt(threat.endTimeS());
    Geodetic site = Geodesy.direct(impact.withHeightM(0), 0.3, 40e3);
    EngagementPlanner planner = new EngagementPlanner(site, Flyout.of(type));
    Opportunity o = planner.plan(threat).first(0, 0);
    InterceptorPath path = planner.path(o, 30);
    assertThat(path.timesS()).hasSize(30);
    assertThat(path.timesS()[0]).isEqualTo(o.launchS());
    assertThat(path.timesS()[29]).isCloseTo(o.interceptS(), within(1e-9));
    Vector3D start = new Vector3D(path.positionsEcefM()[0]);
    assertThat(start.distance(Wgs84.toEcef(site))).isLessThan(1);
    assertThat(new Vector3D(path.positionsEcefM()[29]).distance(o.interceptPointEcef()))
        .isLessThan(1);
    // The sample before the end is one step of the flight short of the intercept.
    double stepM = o.interceptPointEcef().distance(new Vector3D(path.positionsEcefM()[28]));
    assertThat(stepM).isLessThan(3000.0 * o.timeOfFlightS() / 29 * 1.2);
    for (int i = 1; i < 30; i++) {
      Geodetic g = Wgs84.toGeodetic(new Vector3D(path.positionsEcefM()[i]));
      assertThat(g.heightM()).isGreaterThan(0);
    }
  }

  /** first(x, y) is the earliest intercept with launch ≥ x and intercept ≥ y: by brute force. */
  @Test
  void firstMatchesABruteForceScan() {
    Random random = new Random(7);
    for (int trial = 0; trial < 200; trial++) {
      List<Opportunity> list = new ArrayList<>();
      int n = random.nextInt(40);
      for (int i = 0; i < n; i++) {
        double intercept = 100 + i;
        double launch = intercept - 30 - 200 * random.nextDouble();
        list.add(new Opportunity(launch, intercept, Vector3D.ZERO, 1e5, 1e5, 5e3));
      }
      Opportunities ops = new Opportunities(list);
      for (int q = 0; q < 50; q++) {
        double launchNotBefore = -150 + 300 * random.nextDouble();
        double interceptNotBefore = 80 + 70 * random.nextDouble();
        Opportunity expected = null;
        for (Opportunity o : list) {
          if (o.launchS() >= launchNotBefore && o.interceptS() >= interceptNotBefore) {
            expected = o;
            break;
          }
        }
        assertThat(ops.first(launchNotBefore, interceptNotBefore)).isSameAs(expected);
      }
      if (n == 0) {
        assertThat(ops.isEmpty()).isTrue();
        assertThat(ops.firstLaunchS()).isNaN();
        assertThat(ops.lastLaunchS()).isNaN();
      } else {
        assertThat(ops.firstLaunchS())
            .isEqualTo(list.stream().mapToDouble(Opportunity::launchS).min().orElseThrow());
        assertThat(ops.lastLaunchS())
            .isEqualTo(list.stream().mapToDouble(Opportunity::launchS).max().orElseThrow());
      }
    }
  }

  /** An exo-atmospheric kill vehicle never intercepts below its minimum altitude. */
  @Test
  void exoAtmosphericInterceptsStayHigh() {
    Trajectory threat = TestFlights.fromTabriz(0, 270, 20);
    Geodetic impact = threat.geodeticAt(threat.endTimeS());
    Opportunities ops =
        new EngagementPlanner(impact.withHeightM(0), Flyout.of(TestInterceptors.sm3()))
            .plan(threat);
    assertThat(ops.isEmpty()).isFalse();
    assertThat(ops.all()).allSatisfy(o -> assertThat(o.interceptAltitudeM()).isGreaterThan(100e3));
    double reentry = threat.event(FlightEvent.Kind.REENTRY).orElseThrow().timeS();
    assertThat(ops.all()).allSatisfy(o -> assertThat(o.interceptS()).isLessThan(reentry));
  }

  /**
   * A window's plan holds the whole flight's opportunities whose intercepts fall in it: the same
   * intercept times, and launch times within 1 ms (the time-of-flight iteration converges to 0.1 ms
   * from whatever first guess).
   */
  @Test
  void aWindowPlansTheWholeFlightsOpportunitiesWithinIt() {
    Trajectory threat = TestFlights.fromTabriz(0, 270, 20);
    Geodetic impact = threat.geodeticAt(threat.endTimeS());
    EngagementPlanner planner =
        new EngagementPlanner(impact.withHeightM(0), Flyout.of(TestInterceptors.sm3()));
    List<Opportunity> all = planner.plan(threat).all();
    assertThat(all).hasSizeGreaterThan(20);
    double fromS = all.get(5).interceptS() - 0.5;
    double toS = all.get(all.size() - 6).interceptS() + 0.5;
    List<Opportunity> window = planner.plan(threat, fromS, toS).all();
    List<Opportunity> expected =
        all.stream().filter(o -> o.interceptS() >= fromS && o.interceptS() <= toS).toList();
    assertThat(window).hasSameSizeAs(expected);
    for (int i = 0; i < window.size(); i++) {
      assertThat(window.get(i).interceptS()).isEqualTo(expected.get(i).interceptS());
      assertThat(window.get(i).launchS()).isCloseTo(expected.get(i).launchS(), within(1e-3));
    }
  }

  private static Vector3D eci(double timeS, Vector3D ecef) {
    double[] pv = {ecef.getX(), ecef.getY(), ecef.getZ(), 0, 0, 0};
    EarthRotation.ecefToEci(timeS, pv, pv);
    return new Vector3D(pv[0], pv[1], pv[2]);
  }
}
