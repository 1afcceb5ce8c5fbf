package shield.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import shield.earth.Geodetic;
import shield.earth.Validation;
import shield.earth.Wgs84;
import shield.engage.Flyout;
import shield.engage.InterceptorType;
import shield.flight.FlightEvent;
import shield.flight.TargetingException;
import shield.flight.Trajectory;
import shield.scenario.Catalog;
import shield.scenario.Place;
import shield.scenario.Threat;

/** The deterrence speed sweep: monotone in speed, and checked by hand where it can be. */
class DeterrenceTest {

  /** Shared by every test, so that the flyout tables of one type and speed are built once. */
  private static final Deterrence DETERRENCE = new Deterrence();

  private static final Catalog CATALOG = Catalog.builtIn();

  private static final InterceptorType SM3_IIA = CATALOG.interceptor("sm3-iia").type();

  /** A coarse grid, so that the seeded cases share few tables (m/s). */
  private static final List<Double> GRID =
      List.of(3000.0, 4000.0, 5000.0, 6000.0, 7000.0, 8000.0, 9000.0);

  private static final Geodetic NORTH_POLE = new Geodetic(Math.PI / 2, 0, 0);

  /**
   * Seeded random cases (an ICBM field and a US city of the catalog, a site anywhere in Europe, a
   * track time of 80 to 250 s): once a speed catches the missile, every faster one does, and its
   * first intercept is no later; the threshold found by the full sweep and by the table's search
   * agree.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void feasibilityIsMonotoneInBurnoutSpeed(long seed) throws TargetingException {
    Random random = new Random(seed);
    List<String> fields = DeterrenceTable.FIELDS;
    List<String> cities = List.of("washington", "new-york", "boston", "chicago");
    Threat icbm =
        Deterrence.missile(
            CATALOG.missile("icbm-solid"),
            CATALOG.place(fields.get(random.nextInt(fields.size()))),
            CATALOG.place(cities.get(random.nextInt(cities.size()))));
    Geodetic site =
        Geodetic.ofDegrees(40 + 20 * random.nextDouble(), -5 + 45 * random.nextDouble(), 0);
    double trackS = 80 + 170 * random.nextDouble();
    Deterrence.Sweep sweep = DETERRENCE.sweep(site, SM3_IIA, icbm.trajectory(), trackS, GRID);
    assertThat(sweep.launchNotBeforeS()).isEqualTo(trackS + SM3_IIA.reactionTimeS());
    boolean caught = false;
    double firstInterceptS = Double.POSITIVE_INFINITY;
    for (Deterrence.SpeedOutcome o : sweep.speeds()) {
      if (caught) {
        assertThat(o.feasible()).as("feasible at %.0f m/s", o.speedMps()).isTrue();
        assertThat(o.firstInterceptS()).isLessThanOrEqualTo(firstInterceptS);
      }
      if (o.feasible()) {
        caught = true;
        firstInterceptS = o.firstInterceptS();
        assertThat(o.firstLaunchS()).isGreaterThanOrEqualTo(sweep.launchNotBeforeS());
        assertThat(o.minAltitudeM()).isBetween(SM3_IIA.minInterceptAltitudeM(), o.maxAltitudeM());
        assertThat(o.windowS()).isGreaterThanOrEqualTo(0);
      }
    }
    Deterrence.Threshold search =
        DETERRENCE.searchThreshold(
            site,
            SM3_IIA,
            icbm.trajectory(),
            sweep.launchNotBeforeS(),
            GRID,
            Deterrence.THRESHOLD_RESOLUTION_MPS);
    assertThat(search).isEqualTo(sweep.threshold());
  }

  /**
   * The threshold lies between the last infeasible and the first feasible grid speed, within the
   * resolution of the bisection; the speed it names catches the missile and the one below does not.
   */
  @Test
  void thresholdLiesBetweenTheLastInfeasibleAndFirstFeasibleSpeeds() throws TargetingException {
    Threat icbm =
        Deterrence.missile(
            CATALOG.missile("icbm-solid"), CATALOG.place("kozelsk"), CATALOG.place("washington"));
    Geodetic site = CATALOG.place("redzikowo").position();
    Deterrence.Sweep sweep = DETERRENCE.sweep(site, SM3_IIA, icbm.trajectory(), 110, GRID);
    Deterrence.Threshold t = sweep.threshold();
    assertThat(t.status()).isEqualTo(Deterrence.Threshold.Status.FOUND);
    int first = 0;
    while (!sweep.speeds().get(first).feasible()) {
      first++;
    }
    double lastInfeasibleMps = sweep.speeds().get(first - 1).speedMps();
    double firstFeasibleMps = sweep.speeds().get(first).speedMps();
    assertThat(t.speedMps()).isGreaterThan(lastInfeasibleMps).isLessThanOrEqualTo(firstFeasibleMps);
    assertThat(t.belowMps()).isGreaterThanOrEqualTo(lastInfeasibleMps).isLessThan(t.speedMps());
    assertThat(t.speedMps() - t.belowMps())
        .isLessThanOrEqualTo(Deterrence.THRESHOLD_RESOLUTION_MPS + 1e-6);
    double notBeforeS = sweep.launchNotBeforeS();
    assertThat(DETERRENCE.outcome(site, SM3_IIA, icbm.trajectory(), notBeforeS, t.speedMps()))
        .matches(Deterrence.SpeedOutcome::feasible);
    assertThat(DETERRENCE.outcome(site, SM3_IIA, icbm.trajectory(), notBeforeS, t.belowMps()))
        .matches(o -> !o.feasible());
  }

  /**
   * Checked by hand: a warhead falls straight down on the North Pole at 3 km/s from 1,500 km to 600
   * km, and interceptors stand at the pole, on the Earth's axis where its turn moves nothing, free
   * to launch 110 s after the fall begins. The fastest way up is vertical; there the flyout model's
   * boost is the stages' prescribed speed (altitude its integral) and the coast is radial free
   * fall, r'' = −μ/r², integrated here independently (RK4, 0.01 s). The speed at which a vertical
   * shot first meets the warhead in time, bisected here the same way, is the analysis's threshold
   * within 100 m/s (two bisection steps: the table's cells, 10 km by 12.5 km, are conservative at
   * the edge of what is reachable).
   */
  @Test
  void verticalShotAtThePoleMatchesHandCalculation() {
    double startAltitudeM = 1_500e3;
    double fallMps = 3000;
    int n = 301;
    double[] times = new double[n];
    double[] nodes = new double[9 * n];
    for (int i = 0; i < n; i++) {
      times[i] = i;
      nodes[9 * i + 2] = Wgs84.POLAR_RADIUS_M + startAltitudeM - fallMps * i;
      nodes[9 * i + 5] = -fallMps;
    }
    Trajectory fall = new Trajectory(times, nodes, List.<FlightEvent>of());
    double notBeforeS = 110;
    List<Double> grid = List.of(3000.0, 3500.0, 4000.0, 4500.0, 5000.0);
    List<Deterrence.SpeedOutcome> outcomes = new ArrayList<>();
    for (double v : grid) {
      outcomes.add(DETERRENCE.outcome(NORTH_POLE, SM3_IIA, fall, notBeforeS, v));
    }
    Deterrence.Threshold t = DETERRENCE.threshold(NORTH_POLE, SM3_IIA, fall, notBeforeS, outcomes);

    double lo = 3000;
    double hi = 5000;
    assertThat(verticalCatch(lo, times, startAltitudeM, fallMps, notBeforeS)).isFalse();
    assertThat(verticalCatch(hi, times, startAltitudeM, fallMps, notBeforeS)).isTrue();
    while (hi - lo > 1) {
      double mid = 0.5 * (lo + hi);
      if (verticalCatch(mid, times, startAltitudeM, fallMps, notBeforeS)) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    Validation.record(
        "deterrence threshold, vertical shot at the pole against a 3 km/s fall from 1,500 km",
        "hand calculation: prescribed-speed boost, radial free fall (RK4 0.01 s), bisected",
        String.format(Locale.ROOT, "%.0f m/s", hi),
        String.format(Locale.ROOT, "%.0f m/s", t.speedMps()),
        "100 m/s");
    assertThat(t.status()).isEqualTo(Deterrence.Threshold.Status.FOUND);
    assertThat(t.speedMps()).isCloseTo(hi, within(100.0));
  }

  /**
   * Whether a vertical shot at a burnout speed meets the falling warhead at one of its 1 s samples,
   * launched no earlier than allowed, at or above the type's floor.
   */
  private static boolean verticalCatch(
      double speedMps, double[] times, double startAltitudeM, double fallMps, double notBeforeS) {
    InterceptorType type = SM3_IIA.withBurnoutSpeedMps(speedMps);
    for (double t : times) {
      double h = startAltitudeM - fallMps * t;
      if (h < type.minInterceptAltitudeM()) {
        continue;
      }
      double flightS = verticalTimeS(type, h);
      if (t - flightS >= notBeforeS) {
        return true;
      }
    }
    return false;
  }

  /**
   * Time for a vertical flight to reach an altitude above the launch sphere (s), +∞ if it never
   * does: the boost in closed form (speed linear in each stage, altitude its integral), then the
   * radial coast integrated by RK4 in 0.01 s steps.
   */
  private static double verticalTimeS(InterceptorType type, double altitudeM) {
    double h = 0;
    double v = 0;
    double t = 0;
    for (InterceptorType.Stage s : type.stages()) {
      double a = (s.burnoutSpeedMps() - v) / s.burnTimeS();
      double hEnd = h + v * s.burnTimeS() + 0.5 * a * s.burnTimeS() * s.burnTimeS();
      if (hEnd >= altitudeM) {
        double dt = (-v + Math.sqrt(v * v + 2 * a * (altitudeM - h))) / a;
        return t + dt;
      }
      h = hEnd;
      v = s.burnoutSpeedMps();
      t += s.burnTimeS();
    }
    double r = Flyout.LAUNCH_RADIUS_M + h;
    double target = Flyout.LAUNCH_RADIUS_M + altitudeM;
    double step = 0.01;
    while (v > 0) {
      double r0 = r;
      double v0 = v;
      double k1r = v0;
      double k1v = -Wgs84.MU_M3_S2 / (r0 * r0);
      double k2r = v0 + 0.5 * step * k1v;
      double r2 = r0 + 0.5 * step * k1r;
      double k2v = -Wgs84.MU_M3_S2 / (r2 * r2);
      double k3r = v0 + 0.5 * step * k2v;
      double r3 = r0 + 0.5 * step * k2r;
      double k3v = -Wgs84.MU_M3_S2 / (r3 * r3);
      double k4r = v0 + step * k3v;
      double r4 = r0 + step * k3r;
      double k4v = -Wgs84.MU_M3_S2 / (r4 * r4);
      r = r0 + step / 6 * (k1r + 2 * k2r + 2 * k3r + k4r);
      v = v0 + step / 6 * (k1v + 2 * k2v + 2 * k3v + k4v);
      if (r >= target) {
        return t + step * (target - r0) / (r - r0);
      }
      t += step;
    }
    return Double.POSITIVE_INFINITY;
  }

  /**
   * Checked by hand: an SM-3 IIA-like interceptor at 3 km/s cannot reach anything farther than its
   * longest ballistic flight. Bate, Mueller and White (eq. 6.2-20): sin(Ψmax/2) = Q/(2 − Q), Q =
   * v²r/μ, taken generously at a burnout radius 300 km up; plus the whole boost flown downrange,
   * 300 km for the fall from burnout height, and how far the Earth's turn carries the site during a
   * 1,000 s flight. Madrid lies farther than that from every point of a flight from Kozelsk to
   * Washington above 100 km: no speed-3 km/s intercept exists, even launched at the missile's own
   * launch.
   */
  @Test
  void siteFarOffTheTrackCannotCatchItAtLowSpeed() throws TargetingException {
    double speedMps = 3000;
    Threat icbm =
        Deterrence.missile(
            CATALOG.missile("icbm-solid"), CATALOG.place("kozelsk"), CATALOG.place("washington"));
    Place madrid = CATALOG.place("madrid");
    double r = Flyout.LAUNCH_RADIUS_M + 300e3;
    double q = speedMps * speedMps * r / Wgs84.MU_M3_S2;
    double psiMax = 2 * Math.asin(q / (2 - q));
    double turnM =
        Wgs84.ROTATION_RATE_RAD_S
            * Deterrence.MAX_TIME_OF_FLIGHT_S
            * Flyout.LAUNCH_RADIUS_M
            * Math.cos(madrid.position().latitudeRad());
    double boundM =
        psiMax * Flyout.LAUNCH_RADIUS_M
            + speedMps * SM3_IIA.withBurnoutSpeedMps(speedMps).burnTimeS()
            + 300e3
            + turnM;
    Vector3D siteEcef = Wgs84.toEcef(madrid.position());
    double nearestM = Double.POSITIVE_INFINITY;
    Trajectory flight = icbm.trajectory();
    for (double t = flight.startTimeS(); t <= flight.endTimeS(); t += 1) {
      Vector3D p = flight.positionEcef(t);
      if (Wgs84.heightM(p.getX(), p.getY(), p.getZ()) >= SM3_IIA.minInterceptAltitudeM()) {
        nearestM = Math.min(nearestM, Vector3D.angle(siteEcef, p) * Flyout.LAUNCH_RADIUS_M);
      }
    }
    assertThat(nearestM).as("the premise: Madrid is out of any 3 km/s reach").isGreaterThan(boundM);
    Deterrence.SpeedOutcome o = DETERRENCE.outcome(madrid.position(), SM3_IIA, flight, 0, speedMps);
    Validation.record(
        "deterrence, SM-3 IIA-like at 3 km/s from Madrid against kozelsk -> washington",
        "BMW eq. 6.2-20 bound on ballistic range: "
            + String.format(Locale.ROOT, "%.0f km < nearest %.0f km", boundM / 1e3, nearestM / 1e3),
        "infeasible",
        o.feasible() ? "feasible" : "infeasible",
        "exact");
    assertThat(o.feasible()).isFalse();
  }
}
