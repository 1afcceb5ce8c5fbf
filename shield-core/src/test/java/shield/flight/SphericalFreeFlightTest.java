package shield.flight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SphericalFreeFlightTest {

  /** The sphere of the published consistency table: R = 6371 km, μ = 398600.4418 km³/s². */
  private static final SphericalFreeFlight TABLE_SPHERE =
      new SphericalFreeFlight(6371e3, 3.986004418e14);

  private static final SphericalFreeFlight EARTH = new SphericalFreeFlight();

  @ParameterizedTest
  @CsvSource({
    "1000, 3.02, 42.8, 240, 7.9",
    "3000, 4.87, 38.3, 655, 14.9",
    "5000, 5.88, 33.8, 976, 20.6",
    "8000, 6.81, 27.0, 1264, 28.0",
    "10000, 7.20, 22.5, 1319, 32.2",
    "12000, 7.48, 18.0, 1265, 35.7"
  })
  void minimumEnergyTable(
      double rangeKm, double speedKmS, double angleDeg, double apogeeKm, double timeMin) {
    // docs reference/validation.md, "Free flight" (BMW 1971 ch. 6 min-energy formulas, surface to
    // surface, R = 6371 km). Tolerances are the table's rounding: 0.01 km/s = 10 m/s, 0.1°,
    // 2 km, 0.1 min = 6 s.
    FreeFlightSolution s = TABLE_SPHERE.minimumEnergy(rangeKm * 1e3 / 6371e3, 0.0);
    System.out.printf(
        "[measured] min-energy %.0f km: %.4f km/s, %.3f deg, apogee %.2f km, %.3f min%n",
        rangeKm,
        s.burnoutSpeedMps() / 1e3,
        Math.toDegrees(s.flightPathAngleRad()),
        s.apogeeAltitudeM() / 1e3,
        s.flightTimeS() / 60);
    assertThat(s.burnoutSpeedMps()).isCloseTo(speedKmS * 1e3, within(10.0));
    assertThat(Math.toDegrees(s.flightPathAngleRad())).isCloseTo(angleDeg, within(0.1));
    assertThat(s.apogeeAltitudeM()).isCloseTo(apogeeKm * 1e3, within(2e3));
    assertThat(s.flightTimeS()).isCloseTo(timeMin * 60, within(6.0));
    assertThat(s.rangeM()).isCloseTo(rangeKm * 1e3, within(1e-6));
  }

  @Test
  void maximumRangeAngleForQ095() {
    // docs reference/validation.md: for Q = 0.95, Ψmax ≈ 129.6° (BMW eq. 6.2-20). Tolerance
    // 0.05°, the rounding of the published value.
    double r = EARTH.radiusM();
    double speed = Math.sqrt(0.95 * EARTH.muM3S2() / r);
    double psiMax = Math.toDegrees(EARTH.maximumRangeAngleRad(speed, 0.0));
    System.out.printf("[measured] Psi_max(Q = 0.95) = %.4f deg%n", psiMax);
    assertThat(psiMax).isCloseTo(129.6, within(0.05));
    // At and above circular speed: π at Q = 1, a full revolution (not attained) above it.
    assertThat(EARTH.maximumRangeAngleRad(Math.sqrt(EARTH.muM3S2() / r), 0.0))
        .isCloseTo(Math.PI, within(1e-7));
    assertThat(EARTH.maximumRangeAngleRad(Math.sqrt(1.2 * EARTH.muM3S2() / r), 0.0))
        .isEqualTo(2 * Math.PI);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void fromBurnoutAgreesWithKepler(long seed) {
    // Independent oracle: Kepler.propagate (universal variables) of the burnout state for the
    // reported flight time must land back on the burnout radius at the reported range angle, and
    // at half the flight time (the apogee, by symmetry) be at the reported apogee. Q from 0.05 to
    // 1.95 (past circular speed: Ψ > π), γ from 0.5° to 89.5°, h up to 2,000 km. Tolerance 1 m.
    SplittableRandom rnd = new SplittableRandom(seed);
    double worst = 0;
    for (int n = 0; n < 500; n++) {
      double h = rnd.nextDouble() < 0.3 ? 0.0 : rnd.nextDouble(0, 2000e3);
      double r = EARTH.radiusM() + h;
      double q = rnd.nextDouble(0.05, 1.95);
      double speed = Math.sqrt(q * EARTH.muM3S2() / r);
      double gamma = Math.toRadians(rnd.nextDouble(0.5, 89.5));
      FreeFlightSolution s = EARTH.fromBurnout(speed, h, gamma);
      double[] pv = burnoutState(r, speed, gamma);
      double[] end = new double[6];
      Kepler.propagate(pv, s.flightTimeS(), EARTH.muM3S2(), end);
      double psi = s.rangeAngleRad();
      double miss = Math.hypot(end[0] - r * Math.cos(psi), end[1] - r * Math.sin(psi));
      Kepler.propagate(pv, 0.5 * s.flightTimeS(), EARTH.muM3S2(), end);
      double apogeeMiss =
          Math.abs(Math.hypot(end[0], end[1]) - EARTH.radiusM() - s.apogeeAltitudeM());
      worst = Math.max(worst, Math.max(miss, apogeeMiss));
      assertThat(s.rangeM()).isEqualTo(psi * EARTH.radiusM());
    }
    System.out.printf("[measured] fromBurnout vs Kepler (seed %d): worst %.2e m%n", seed, worst);
    assertThat(worst).isLessThan(1.0);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void anglesToReachLandOnTheSurfacePointFirst(long seed) {
    // Independent oracle: Kepler.propagate of each returned burnout state for the reported time
    // lands on the surface point (tolerance 1 m), never goes below the surface before (sampled
    // every 1/200 of the flight, tolerance 1 m), and never rises above the reported apogee
    // (tolerance 1 m). The number of solutions must match a brute-force scan of the first
    // surface crossing over 20,000 flight-path angles.
    SplittableRandom rnd = new SplittableRandom(seed);
    double worst = 0;
    int[] counts = new int[3];
    for (int n = 0; n < 400; n++) {
      double h = rnd.nextDouble() < 0.3 ? 0.0 : rnd.nextDouble(0, 1500e3);
      double r = EARTH.radiusM() + h;
      double speed = rnd.nextDouble(500, 9000);
      if (speed * speed * r / EARTH.muM3S2() >= 1.98) {
        continue;
      }
      double psi = rnd.nextDouble(1e-3, Math.PI);
      List<FreeFlightSolution> solutions = EARTH.anglesToReach(psi, speed, h);
      counts[solutions.size()]++;
      int scanned = scanCount(psi, speed, h);
      assertThat(solutions.size())
          .as("solutions for psi %s, v %s, h %s", psi, speed, h)
          .isEqualTo(scanned);
      double previous = -Math.PI;
      for (FreeFlightSolution s : solutions) {
        assertThat(s.flightPathAngleRad()).isGreaterThan(previous);
        previous = s.flightPathAngleRad();
        assertThat(s.rangeAngleRad()).isEqualTo(psi);
        double[] pv = burnoutState(r, speed, s.flightPathAngleRad());
        double[] end = new double[6];
        Kepler.propagate(pv, s.flightTimeS(), EARTH.muM3S2(), end);
        double rr = EARTH.radiusM();
        worst =
            Math.max(worst, Math.hypot(end[0] - rr * Math.cos(psi), end[1] - rr * Math.sin(psi)));
        for (int i = 1; i < 200; i++) {
          Kepler.propagate(pv, s.flightTimeS() * i / 200.0, EARTH.muM3S2(), end);
          double radius = Math.hypot(end[0], end[1]);
          assertThat(radius).isGreaterThan(rr - 1.0);
          assertThat(radius - rr).isLessThan(s.apogeeAltitudeM() + 1.0);
        }
      }
    }
    System.out.printf(
        "[measured] anglesToReach vs Kepler (seed %d; %d/%d/%d cases with 0/1/2 solutions):"
            + " worst landing %.2e m%n",
        seed, counts[0], counts[1], counts[2], worst);
    assertThat(counts[0]).isPositive();
    assertThat(counts[2]).isPositive();
    assertThat(worst).isLessThan(1.0);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.2, 0.6, 1.0, 1.5, 2.0})
  void surfaceToSurfaceIsTheTextbookTwoAngleProblem(double rangeAngleRad) {
    // BMW 1971 §6.2: with burnout on the surface the two paths satisfy sin(2γ + Ψ/2) =
    // ((2 − Q)/Q) sin(Ψ/2) and are fromBurnout's paths. Tolerances 1e-12 (dimensionless sine),
    // 1 mm of range, 1 ms, 1 mm of apogee.
    double speed = 7700;
    double q = speed * speed * EARTH.radiusM() / EARTH.muM3S2();
    List<FreeFlightSolution> solutions = EARTH.anglesToReach(rangeAngleRad, speed, 0.0);
    assertThat(solutions).hasSize(2);
    for (FreeFlightSolution s : solutions) {
      double gamma = s.flightPathAngleRad();
      double residual =
          Math.sin(2 * gamma + rangeAngleRad / 2) - (2 - q) / q * Math.sin(rangeAngleRad / 2);
      System.out.printf(
          "[measured] two-angle identity at psi %.1f rad, gamma %.3f deg: residual %.1e%n",
          rangeAngleRad, Math.toDegrees(gamma), residual);
      assertThat(Math.abs(residual)).isLessThan(1e-12);
      FreeFlightSolution back = EARTH.fromBurnout(speed, 0.0, gamma);
      assertThat(back.rangeM()).isCloseTo(s.rangeM(), within(1e-3));
      assertThat(back.flightTimeS()).isCloseTo(s.flightTimeS(), within(1e-3));
      assertThat(back.apogeeAltitudeM()).isCloseTo(s.apogeeAltitudeM(), within(1e-3));
    }
    // The two roots straddle the min-energy angle (π − Ψ)/4: γ_low + γ_high = (π − Ψ)/2.
    assertThat(solutions.get(0).flightPathAngleRad() + solutions.get(1).flightPathAngleRad())
        .isCloseTo((Math.PI - rangeAngleRad) / 2, within(1e-12));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.1, 0.5, 1.0, 1.57, 2.5, 3.1})
  void minimumEnergyRoundTripAndMaximisesRange(double rangeAngleRad) {
    // Round trip through the range equation (tolerance 1e-12 rad, 6 µm on the sphere), and the
    // min-energy angle maximises range at its speed (BMW §6.2): ±0.01° gives a shorter range.
    for (double h : new double[] {0.0, 300e3}) {
      FreeFlightSolution s = EARTH.minimumEnergy(rangeAngleRad, h);
      assertThat(s.rangeAngleRad()).isCloseTo(rangeAngleRad, within(1e-12));
      double delta = Math.toRadians(0.01);
      double speed = s.burnoutSpeedMps();
      assertThat(EARTH.fromBurnout(speed, h, s.flightPathAngleRad() + delta).rangeM())
          .isLessThan(s.rangeM());
      assertThat(EARTH.fromBurnout(speed, h, s.flightPathAngleRad() - delta).rangeM())
          .isLessThan(s.rangeM());
      assertThat(s.rangeAngleRad()).isCloseTo(EARTH.maximumRangeAngleRad(speed, h), within(1e-7));
    }
  }

  @ParameterizedTest
  @CsvSource({"3000, 0", "6000, 0", "6000, 500e3", "4000, 1200e3", "7500, 100e3"})
  void maximumReachSeparatesReachableFromUnreachable(double speed, double h) {
    // The reach bound from the discriminant: 0.01% inside has a solution, 0.01% outside none;
    // on the surface it equals the textbook maximum range (tolerance 1e-12 rad).
    double psiMax = EARTH.maximumReachAngleRad(speed, h);
    System.out.printf(
        "[measured] reach at %.0f m/s from %.0f km: %.1f km%n",
        speed, h / 1e3, psiMax * EARTH.radiusM() / 1e3);
    assertThat(EARTH.anglesToReach(psiMax * 0.9999, speed, h)).isNotEmpty();
    if (psiMax < Math.PI) {
      assertThat(EARTH.anglesToReach(psiMax * 1.0001, speed, h)).isEmpty();
    }
    if (h == 0) {
      assertThat(psiMax).isCloseTo(EARTH.maximumRangeAngleRad(speed, 0.0), within(1e-12));
    }
  }

  @Test
  void startingDownwardFromAltitudeKeepsTheBurnoutAltitudeAsApogee() {
    // From 1,000 km at 2 km/s a point 5° away is reached only diving (γ < 0).
    List<FreeFlightSolution> s = EARTH.anglesToReach(Math.toRadians(5), 2000, 1000e3);
    assertThat(s).isNotEmpty();
    assertThat(s.get(0).flightPathAngleRad()).isNegative();
    assertThat(s.get(0).apogeeAltitudeM()).isEqualTo(1000e3);
  }

  @Test
  void rejectsBadInputWithClearMessages() {
    assertThatThrownBy(() -> EARTH.fromBurnout(12000, 0, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("escape speed");
    assertThatThrownBy(() -> EARTH.fromBurnout(7000, 0, 0.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("flight-path angle");
    assertThatThrownBy(() -> EARTH.fromBurnout(7000, 0, -0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("flight-path angle");
    assertThatThrownBy(() -> EARTH.fromBurnout(-1, 0, 0.3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("burnout speed");
    assertThatThrownBy(() -> EARTH.fromBurnout(7000, -1, 0.3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("altitude");
    assertThatThrownBy(() -> EARTH.minimumEnergy(Math.PI, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("range angle");
    assertThatThrownBy(() -> EARTH.anglesToReach(0.0, 7000, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("range angle");
    assertThatThrownBy(() -> new SphericalFreeFlight(0, 3.986e14))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("radius");
  }

  /** Burnout on the +x axis, flying in the x–y plane towards +y. */
  private static double[] burnoutState(double r, double speed, double gamma) {
    return new double[] {r, 0, 0, speed * Math.sin(gamma), speed * Math.cos(gamma), 0};
  }

  /**
   * Counts flight-path angles on a fine grid whose first descent through r = R happens at Ψ, from
   * the conic's true anomalies (not the trajectory-equation quadratic): the first downward crossing
   * is at ν = −ν_R, ν_R = acos((p/R − 1)/e), reached (−ν_R − ν₁) mod 2π after burnout. Next to the
   * angles whose perigee just grazes the sphere that angle climbs with infinite slope, so there the
   * edge is found by bisection and its value joins the sign test.
   */
  private static int scanCount(double psi, double speed, double h) {
    int n = 20000;
    int count = 0;
    double previousGamma = -Math.PI / 2;
    double previous = Double.NaN;
    for (int i = 1; i < n; i++) {
      double gamma = -Math.PI / 2 + Math.PI * i / n;
      double value = hitMinusPsi(gamma, psi, speed, h);
      if (Double.isNaN(value) != Double.isNaN(previous) && i > 1) {
        double valid = Double.isNaN(value) ? previousGamma : gamma;
        double invalid = Double.isNaN(value) ? gamma : previousGamma;
        for (int k = 0; k < 60; k++) {
          double mid = 0.5 * (valid + invalid);
          if (Double.isNaN(hitMinusPsi(mid, psi, speed, h))) {
            invalid = mid;
          } else {
            valid = mid;
          }
        }
        double edge = hitMinusPsi(valid, psi, speed, h);
        double other = Double.isNaN(value) ? previous : value;
        if ((edge > 0) != (other > 0)) {
          count++;
        }
      } else if (!Double.isNaN(value) && !Double.isNaN(previous) && (value > 0) != (previous > 0)) {
        count++;
      }
      previous = value;
      previousGamma = gamma;
    }
    return count;
  }

  /** First descending crossing angle minus Ψ, or NaN if the path never crosses going down. */
  private static double hitMinusPsi(double gamma, double psi, double speed, double h) {
    double rr = EARTH.radiusM();
    double r = rr + h;
    double q = speed * speed * r / EARTH.muM3S2();
    double c = Math.cos(gamma);
    double eCos = q * c * c - 1;
    double eSin = q * Math.sin(gamma) * c;
    double e = Math.hypot(eCos, eSin);
    double p = r * q * c * c;
    double cosNuR = (p / rr - 1) / e;
    if (cosNuR >= 1 || (h == 0 && gamma <= 0)) {
      return Double.NaN; // perigee above the surface, or straight into it
    }
    double nuR = Math.acos(Math.max(-1, cosNuR));
    double nu1 = Math.atan2(eSin, eCos);
    return ((-nuR - nu1) % (2 * Math.PI) + 2 * Math.PI) % (2 * Math.PI) - psi;
  }
}
