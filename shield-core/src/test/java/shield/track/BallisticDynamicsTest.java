package shield.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import shield.earth.Validation;
import shield.earth.Wgs84;
import shield.flight.BallisticCoast;

/** The tracker's dynamics against finite differences and against {@link BallisticCoast}. */
class BallisticDynamicsTest {

  /** A state at 200–1,300 km altitude, any direction, 2–7 km/s. */
  static double[] randomState(SplittableRandom random) {
    double lat = Math.asin(random.nextDouble(-1, 1));
    double lon = random.nextDouble(-Math.PI, Math.PI);
    double r = Wgs84.EQUATORIAL_RADIUS_M + random.nextDouble(200e3, 1300e3);
    double speed = random.nextDouble(2000, 7000);
    double[] dir = {random.nextGaussian(), random.nextGaussian(), random.nextGaussian()};
    double n = Math.sqrt(dir[0] * dir[0] + dir[1] * dir[1] + dir[2] * dir[2]);
    return new double[] {
      r * Math.cos(lat) * Math.cos(lon),
      r * Math.cos(lat) * Math.sin(lon),
      r * Math.sin(lat),
      speed * dir[0] / n,
      speed * dir[1] / n,
      speed * dir[2] / n
    };
  }

  /**
   * The analytic Jacobian A = ∂f/∂x against central differences of f, 1 m and 1 m/s steps (f is
   * linear in the velocity; the gravity gradient, about 1.5e-6 /s², changes by 1e-12 of itself over
   * 1 m, so the differences are good to rounding).
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void jacobianMatchesFiniteDifferences(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double worst = 0;
    for (int trial = 0; trial < 20; trial++) {
      double[] x = randomState(random);
      double[] a = new double[36];
      BallisticDynamics.jacobian(x, a);
      for (int j = 0; j < 6; j++) {
        double step = 1;
        double[] plus = x.clone();
        double[] minus = x.clone();
        plus[j] += step;
        minus[j] -= step;
        double[] fp = new double[6];
        double[] fm = new double[6];
        BallisticDynamics.derivative(plus, fp);
        BallisticDynamics.derivative(minus, fm);
        for (int i = 0; i < 6; i++) {
          double numeric = (fp[i] - fm[i]) / (2 * step);
          worst = Math.max(worst, Math.abs(numeric - a[6 * i + j]));
        }
      }
    }
    if (seed == 1) {
      Validation.record(
          "Jacobian ∂f/∂x of μ+J2+rotation, 100 states",
          "central finite differences (1 m, 1 m/s)",
          "0",
          String.format("worst %.1e /s²", worst),
          "1e-13 /s²");
    }
    assertThat(worst).isLessThan(1e-13);
  }

  /**
   * Φ(Δt) against central differences of the propagation over 10 s and 100 s (steps 10 m and 1
   * cm/s, large enough that rounding of the 7e6 m positions stays below 1e-8), compared column by
   * column with the difference normalised by the column's size.
   */
  @ParameterizedTest
  @ValueSource(doubles = {10, 100})
  void stateTransitionMatrixMatchesFiniteDifferences(double durationS) {
    SplittableRandom random = new SplittableRandom(42);
    BallisticDynamics dynamics = new BallisticDynamics();
    double worst = 0;
    for (int trial = 0; trial < 20; trial++) {
      double[] x = randomState(random);
      double[] end = new double[6];
      double[] stm = new double[36];
      dynamics.propagate(x, durationS, end, stm);
      for (int j = 0; j < 6; j++) {
        double step = j < 3 ? 10 : 1e-2;
        double[] plus = x.clone();
        double[] minus = x.clone();
        plus[j] += step;
        minus[j] -= step;
        double[] ep = new double[6];
        double[] em = new double[6];
        dynamics.propagate(plus, durationS, ep, null);
        dynamics.propagate(minus, durationS, em, null);
        for (int i = 0; i < 6; i++) {
          double numeric = (ep[i] - em[i]) / (2 * step);
          // Entries are O(1) (position/position), O(Δt) or O(1/Δt): compare relative to the scale.
          double scale = Math.max(1, Math.abs(stm[6 * i + j]));
          worst = Math.max(worst, Math.abs(numeric - stm[6 * i + j]) / scale);
        }
      }
    }
    Validation.record(
        String.format("state-transition matrix Φ(%.0f s), 20 states", durationS),
        "central finite differences of the propagation",
        "0",
        String.format("worst %.1e (relative)", worst),
        "1e-6");
    assertThat(worst).isLessThan(1e-6);
  }

  /**
   * The fixed-step RK4 prediction against BallisticCoast (adaptive Dormand–Prince 8(5,3) at 1 mm,
   * itself validated against Orekit) on the same μ + J2 field: within 1 mm over a 10 s revisit and
   * 10 cm over 300 s of coast.
   */
  @ParameterizedTest
  @ValueSource(doubles = {1, 10, 300})
  void predictionMatchesBallisticCoast(double durationS) {
    SplittableRandom random = new SplittableRandom(7);
    BallisticDynamics dynamics = new BallisticDynamics();
    BallisticCoast coast = new BallisticCoast(1e-6);
    double worst = 0;
    for (int trial = 0; trial < 50; trial++) {
      double[] x = randomState(random);
      double[] ours = new double[6];
      double[] reference = new double[6];
      dynamics.propagate(x, durationS, ours, null);
      coast.propagate(x, durationS, reference);
      double d =
          Math.sqrt(
              Math.pow(ours[0] - reference[0], 2)
                  + Math.pow(ours[1] - reference[1], 2)
                  + Math.pow(ours[2] - reference[2], 2));
      worst = Math.max(worst, d);
    }
    double tolerance = durationS <= 10 ? 1e-3 : 0.1;
    Validation.record(
        String.format("prediction over %.0f s, 50 states", durationS),
        "BallisticCoast (DP853, 1 µm)",
        "0 m",
        String.format("worst %.1e m", worst),
        tolerance + " m");
    assertThat(worst).isLessThan(tolerance);
  }

  /** Backward then forward propagation returns to the start (the OOSM path predicts backwards). */
  @Test
  void backwardPropagationUndoesForward() {
    BallisticDynamics dynamics = new BallisticDynamics();
    double[] x = randomState(new SplittableRandom(3));
    double[] there = new double[6];
    double[] back = new double[6];
    dynamics.propagate(x, 37.5, there, null);
    dynamics.propagate(there, -37.5, back, null);
    for (int i = 0; i < 3; i++) {
      assertThat(back[i]).isCloseTo(x[i], within(1e-5));
    }
  }

  /** Azimuth innovations wrap across north. */
  @Test
  void azimuthWrapsAcrossNorth() {
    assertThat(RadarModel.wrap(Math.toRadians(1) - Math.toRadians(359)))
        .isCloseTo(Math.toRadians(2), within(1e-12));
    assertThat(RadarModel.wrap(Math.toRadians(359) - Math.toRadians(1)))
        .isCloseTo(Math.toRadians(-2), within(1e-12));
  }
}
