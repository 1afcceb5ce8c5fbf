package shield.flight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hipparchus.analysis.solvers.BracketedUnivariateSolver;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.events.Action;
import org.hipparchus.ode.events.AdaptableInterval;
import org.hipparchus.ode.events.ODEEventDetector;
import org.hipparchus.ode.events.ODEEventHandler;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import shield.earth.Geodesy;
import shield.earth.Geodetic;
import shield.earth.StandardAtmosphere;
import shield.earth.Wgs84;

/** Powered flight, coast and reentry: against an independent oracle, and for convergence. */
class MissileFlightTest {

  private static final Geodetic NORTH_POLE = new Geodetic(Math.PI / 2, 0, 0);
  private static final Geodetic TABRIZ = Geodetic.ofDegrees(38.08, 46.29, 0);

  /**
   * A vertical launch from the North Pole stays on the rotation axis, where Coriolis and
   * centrifugal terms vanish and J2 gravity is radial: g = μ/z² (1 − 3 J2 a²/z²). Integrated
   * independently in one dimension with Hipparchus's Dormand–Prince 8(5,3) at 1e-10, it must give
   * the same burnout and impact as the full 3-D model.
   */
  @Test
  void verticalLaunchAtThePoleMatchesAOneDimensionalOracle() {
    MissileType type = TestMissiles.twoStage();
    Trajectory t = new MissileFlight(type).fly(NORTH_POLE, 0, Guidance.fullBurn(0, 0));
    FlightEvent burnout = t.event(FlightEvent.Kind.BURNOUT).orElseThrow();
    FlightEvent impact = t.event(FlightEvent.Kind.IMPACT).orElseThrow();

    double[] oracle = verticalOracle(type);
    double burnoutZ = burnout.positionEcef().getZ();
    double burnoutV = burnout.velocityEcef().getZ();
    // Tolerances: 5 cm and 1 mm/s at burnout (Shield's default step tolerance is 1 mm),
    // 1 ms at impact after some 18 minutes of flight.
    assertThat(burnoutZ - oracle[0]).isBetween(-0.05, 0.05);
    assertThat(burnoutV - oracle[1]).isBetween(-1e-3, 1e-3);
    assertThat(impact.timeS() - oracle[2]).isBetween(-1e-3, 1e-3);
    assertThat(Math.abs(burnout.positionEcef().getX())).isLessThan(1e-6);
    System.out.printf(
        "pole oracle: burnout height %+.4f m, speed %+.6f m/s, impact %+.5f s%n",
        burnoutZ - oracle[0], burnoutV - oracle[1], impact.timeS() - oracle[2]);
  }

  /** Burnout height (geocentric z, m), burnout speed (m/s) and impact time (s) in one dimension. */
  private static double[] verticalOracle(MissileType type) {
    double mu = Wgs84.MU_M3_S2;
    double a = Wgs84.EQUATORIAL_RADIUS_M;
    double b = Wgs84.POLAR_RADIUS_M;
    double[] state = {b, 0, type.launchMassKg()};
    DormandPrince853Integrator integrator = new DormandPrince853Integrator(1e-6, 100, 1e-10, 1e-12);
    double t = 0;
    for (int k = 0; k <= type.stages().size(); k++) {
      boolean powered = k < type.stages().size();
      Stage stage = powered ? type.stages().get(k) : null;
      double area = powered ? stage.referenceAreaM2() : type.reentryVehicle().referenceAreaM2();
      DragCurve drag = powered ? type.bodyDrag() : type.reentryVehicle().drag();
      OrdinaryDifferentialEquation ode =
          new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
              return 3;
            }

            @Override
            public double[] computeDerivatives(double time, double[] y) {
              double z = y[0];
              double v = y[1];
              double m = y[2];
              double h = z - b;
              double gravity = -mu / (z * z) * (1 - 3 * Wgs84.J2 * a * a / (z * z));
              double rho = h < 1_000_000 ? StandardAtmosphere.densityKgM3(h) : 0;
              double p = h < 1_000_000 ? StandardAtmosphere.pressurePa(h) : 0;
              double sound = StandardAtmosphere.speedOfSoundMps(Math.min(h, 999_999));
              double dragAcc =
                  -0.5 * rho * v * Math.abs(v) * drag.at(Math.abs(v) / sound) * area / m;
              double thrust = powered ? stage.thrustN(p) / m : 0;
              return new double[] {
                v, gravity + dragAcc + thrust, powered ? -stage.massFlowKgPerS() : 0
              };
            }
          };
      if (powered) {
        ODEStateAndDerivative end =
            integrator.integrate(ode, new ODEState(t, state), t + stage.burnTimeS());
        t = end.getTime();
        state = end.getPrimaryState();
        state[2] -= stage.dryMassKg();
      } else {
        state[2] = type.reentryVehicle().massKg();
        integrator.addEventDetector(groundDetector(b));
        ODEStateAndDerivative end = integrator.integrate(ode, new ODEState(t, state), t + 7200);
        return new double[] {burnoutZ[0], burnoutV[0], end.getTime()};
      }
      if (k == type.stages().size() - 1) {
        burnoutZ[0] = state[0];
        burnoutV[0] = state[1];
      }
    }
    throw new AssertionError("unreachable");
  }

  private static final double[] burnoutZ = new double[1];
  private static final double[] burnoutV = new double[1];

  private static ODEEventDetector groundDetector(double groundZ) {
    return new ODEEventDetector() {
      @Override
      public AdaptableInterval getMaxCheckInterval() {
        return (s, f) -> 1.0;
      }

      @Override
      public int getMaxIterationCount() {
        return 100;
      }

      @Override
      public BracketedUnivariateSolver<org.hipparchus.analysis.UnivariateFunction> getSolver() {
        return new BracketingNthOrderBrentSolver(1e-9, 5);
      }

      @Override
      public ODEEventHandler getHandler() {
        return (s, d, increasing) -> Action.STOP;
      }

      @Override
      public double g(ODEStateAndDerivative s) {
        return s.getTime() < 10 ? 1 : s.getPrimaryState()[0] - groundZ;
      }
    };
  }

  @Test
  void impactPointConvergesAsTheStepToleranceShrinks() {
    MissileType type = TestMissiles.threeStage();
    Guidance g = Guidance.fullBurn(Math.toRadians(310), Math.toRadians(60));
    Geodetic reference = impact(new MissileFlight(type, 1e-6), g);
    double previous = Double.POSITIVE_INFINITY;
    for (double tolerance : new double[] {10, 1, 0.1, 0.01}) {
      double error =
          Geodesy.inverse(impact(new MissileFlight(type, tolerance), g), reference).distanceM();
      assertThat(error).isLessThan(Math.max(previous, 1e-3));
      previous = error;
    }
    // The default tolerance keeps a 10,000 km ICBM's impact within 1 m of the fine-step reference.
    double atDefault = Geodesy.inverse(impact(new MissileFlight(type), g), reference).distanceM();
    assertThat(atDefault).isLessThan(1.0);
    System.out.printf(
        "impact at the default tolerance: %.3f m from the 1e-6 m reference%n", atDefault);
  }

  private static Geodetic impact(MissileFlight flight, Guidance g) {
    Trajectory t = flight.fly(Geodetic.ofDegrees(54.03, 35.78, 0), 0, g);
    assertThat(t.event(FlightEvent.Kind.IMPACT)).isPresent();
    return t.geodeticAt(t.endTimeS());
  }

  /**
   * The ephemeris between its samples: a default-tolerance flight sampled at 4,000 times that are
   * not its step ends agrees with a 1e-6 m flight (whose steps are short enough for its own
   * interpolation error to vanish) within 1 m in position and 1 mm/s in velocity everywhere, boost,
   * staging, coast and reentry included.
   */
  @Test
  void ephemerisBetweenSamplesMatchesAFineStepFlight() {
    MissileType type = TestMissiles.threeStage();
    Guidance g = Guidance.fullBurn(Math.toRadians(310), Math.toRadians(60));
    Geodetic site = Geodetic.ofDegrees(54.03, 35.78, 0);
    Trajectory coarse = new MissileFlight(type).fly(site, 0, g);
    Trajectory fine = new MissileFlight(type, 1e-6).fly(site, 0, g);
    double end = Math.min(coarse.endTimeS(), fine.endTimeS());
    double[] a = new double[6];
    double[] b = new double[6];
    double worstM = 0;
    double worstMps = 0;
    for (int k = 0; k < 4000; k++) {
      double t = end * (k + 0.37) / 4000;
      coarse.stateEcef(t, a);
      fine.stateEcef(t, b);
      worstM = Math.max(worstM, Math.sqrt(squaredDistance(a, b, 0)));
      worstMps = Math.max(worstMps, Math.sqrt(squaredDistance(a, b, 3)));
    }
    System.out.printf(
        "ephemeris vs fine-step flight: %d vs %d samples, worst %.3f m, %.5f m/s%n",
        coarse.sampleCount(), fine.sampleCount(), worstM, worstMps);
    assertThat(worstM).isLessThan(1.0);
    assertThat(worstMps).isLessThan(1e-2);
  }

  private static double squaredDistance(double[] a, double[] b, int from) {
    double sum = 0;
    for (int i = from; i < from + 3; i++) {
      sum += (a[i] - b[i]) * (a[i] - b[i]);
    }
    return sum;
  }

  /**
   * Ballistic entry against Allen &amp; Eggers (NACA Report 1381, 1958): neglecting gravity on a
   * straight path at the entry angle γ, v = v_e exp(−C / (2 β sin γ)), where C is the column of air
   * passed (here the 1976 densities integrated from 100 km down) and β = m / (C_D A) is constant
   * while the cone's drag coefficient is (Mach ≥ 5). A light vehicle (β = 1,592 kg/m²) entering
   * steeply loses most of its speed there, so this checks the drag physics; gravity, which the
   * closed form leaves out, adds about 1%. Tolerance 2% of the speed.
   */
  @ParameterizedTest(name = "kick {0}°")
  @ValueSource(doubles = {30, 45})
  void reentryFollowsAllenAndEggers(double kickDeg) {
    double massKg = 150;
    double areaM2 = Math.PI * 0.25;
    MissileType light =
        new MissileType(
            "light-rv",
            "three-stage test missile with a light reentry vehicle",
            TestMissiles.threeStage().stages(),
            new ReentryVehicle(massKg, areaM2, TestMissiles.CONE),
            TestMissiles.BODY,
            6,
            20);
    double beta = massKg / (TestMissiles.CONE.at(5) * areaM2);
    Trajectory t =
        new MissileFlight(light)
            .fly(
                Geodetic.ofDegrees(54, 36, 0),
                0,
                Guidance.fullBurn(Math.toRadians(310), Math.toRadians(kickDeg)));
    FlightEvent entry = t.event(FlightEvent.Kind.REENTRY).orElseThrow();
    double entrySpeed = entry.velocityEcef().getNorm();
    double sinGamma =
        -entry.velocityEcef().normalize().dotProduct(entry.positionEcef().normalize());
    double[] pv = new double[6];
    double previousHeight = MissileFlight.REENTRY_ALTITUDE_M;
    double column = 0;
    double worst = 0;
    double slowest = entrySpeed;
    for (double time = entry.timeS(); time < t.endTimeS(); time += 0.02) {
      t.stateEcef(time, pv);
      double height = Wgs84.heightM(pv[0], pv[1], pv[2]);
      column +=
          0.5
              * (StandardAtmosphere.densityKgM3(height)
                  + StandardAtmosphere.densityKgM3(previousHeight))
              * (previousHeight - height);
      previousHeight = height;
      double speed = Math.sqrt(pv[3] * pv[3] + pv[4] * pv[4] + pv[5] * pv[5]);
      if (speed < 0.5 * entrySpeed) {
        break;
      }
      assertThat(speed / StandardAtmosphere.speedOfSoundMps(height)).isGreaterThan(5);
      double allenEggers = entrySpeed * Math.exp(-column / (2 * beta * sinGamma));
      worst = Math.max(worst, Math.abs(speed / allenEggers - 1));
      slowest = Math.min(slowest, speed);
    }
    System.out.printf(
        "Allen-Eggers, kick %.0f°: entry %.0f m/s at %.1f°, down to %.0f m/s, worst %.2f%%%n",
        kickDeg, entrySpeed, Math.toDegrees(Math.asin(sinGamma)), slowest, 100 * worst);
    assertThat(slowest).as("drag must have taken half the speed").isLessThan(0.51 * entrySpeed);
    assertThat(worst).isLessThan(0.02);
  }

  @Test
  void eventsComeInFlightOrderWithStagingAtTheBurnTimes() {
    MissileType type = TestMissiles.threeStage();
    Trajectory t = new MissileFlight(type).fly(TABRIZ, 100, Guidance.fullBurn(1.0, 0.9));
    List<FlightEvent.Kind> kinds = t.events().stream().map(FlightEvent::kind).toList();
    assertThat(kinds)
        .containsExactly(
            FlightEvent.Kind.LAUNCH,
            FlightEvent.Kind.STAGE_BURNOUT,
            FlightEvent.Kind.STAGE_BURNOUT,
            FlightEvent.Kind.STAGE_BURNOUT,
            FlightEvent.Kind.BURNOUT,
            FlightEvent.Kind.APOGEE,
            FlightEvent.Kind.REENTRY,
            FlightEvent.Kind.IMPACT);
    assertThat(t.events().get(1).timeS()).isEqualTo(160.0);
    assertThat(t.events().get(2).timeS()).isEqualTo(224.0);
    assertThat(t.event(FlightEvent.Kind.BURNOUT).orElseThrow().timeS()).isEqualTo(275.0);
    assertThat(t.startTimeS()).isEqualTo(100.0);
    // The trajectory ends on the ellipsoid (1 mm).
    double[] pv = new double[6];
    t.stateEcef(t.endTimeS(), pv);
    assertThat(Math.abs(Wgs84.heightM(pv[0], pv[1], pv[2]))).isLessThan(1e-3);
    FlightEvent reentry = t.event(FlightEvent.Kind.REENTRY).orElseThrow();
    double reentryHeight =
        Wgs84.heightM(
            reentry.positionEcef().getX(),
            reentry.positionEcef().getY(),
            reentry.positionEcef().getZ());
    assertThat(reentryHeight).isBetween(99_990.0, 100_010.0);
  }

  @Test
  void thrustCutoffEndsPoweredFlightEarly() {
    MissileType type = TestMissiles.twoStage();
    Trajectory full = new MissileFlight(type).fly(TABRIZ, 0, Guidance.fullBurn(1.0, 0.6));
    Trajectory cut = new MissileFlight(type).fly(TABRIZ, 0, new Guidance(1.0, 0.6, 90));
    assertThat(cut.event(FlightEvent.Kind.THRUST_CUTOFF).orElseThrow().timeS()).isEqualTo(90.0);
    assertThat(cut.events().stream().filter(e -> e.kind() == FlightEvent.Kind.STAGE_BURNOUT))
        .hasSize(1);
    double fullSpeed = full.event(FlightEvent.Kind.BURNOUT).orElseThrow().velocityEcef().getNorm();
    double cutSpeed = cut.event(FlightEvent.Kind.BURNOUT).orElseThrow().velocityEcef().getNorm();
    assertThat(cutSpeed).isLessThan(fullSpeed);
    assertThat(cut.durationS()).isLessThan(full.durationS());
  }

  @Test
  void eastwardLaunchesReachFurtherThanWestward() {
    Targeting targeting = new Targeting(new MissileFlight(TestMissiles.twoStage()));
    Geodetic site = Geodetic.ofDegrees(45, 10, 0);
    double east = targeting.reach(site, Math.PI / 2, 0).rangeM();
    double west = targeting.reach(site, 3 * Math.PI / 2, 0).rangeM();
    // The Earth's rotation adds ~330 m/s at 45°N to an eastward launch and takes it from a
    // westward one.
    assertThat(east).isGreaterThan(west * 1.02);
  }

  @Test
  void aMissileThatCannotLiftOffIsRejected() {
    MissileType heavy =
        new MissileType(
            "heavy",
            "too heavy",
            List.of(new Stage(1000, 100, 50, 250, 0, 1)),
            new ReentryVehicle(5000, 1, DragCurve.constant(0.2)),
            TestMissiles.BODY,
            2,
            3);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new MissileFlight(heavy))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot lift off");
  }
}
