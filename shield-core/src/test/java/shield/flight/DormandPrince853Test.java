package shield.flight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;
import shield.earth.Wgs84;

/** The eighth-order kernel against closed-form solutions and against {@link Kepler}. */
class DormandPrince853Test {

  private static final EmbeddedRungeKutta.StepObserver ALL = (tp, yp, fp, t, y, f) -> true;

  /** y'' = −y from y = 1, y' = 0 for ten periods; returns the distance from (cos t, −sin t). */
  private static double oscillatorError(DormandPrince853 dp) {
    double[] y = {1, 0};
    double end = 20 * Math.PI;
    dp.integrate(
        (t, s, d) -> {
          d[0] = s[1];
          d[1] = -s[0];
        },
        0,
        y,
        end,
        0.1,
        ALL);
    return Math.hypot(y[0] - Math.cos(end), y[1] + Math.sin(end));
  }

  @Test
  void harmonicOscillatorMatchesClosedForm() {
    // Closed form cos t; the global error over ten periods stays within a few hundred local
    // tolerances (the same bound as DormandPrince54Test).
    assertThat(oscillatorError(new DormandPrince853(new double[] {1e-6, 1e-6}, 0)))
        .isLessThan(1e-4);
    assertThat(oscillatorError(new DormandPrince853(new double[] {1e-12, 1e-12}, 0)))
        .isLessThan(1e-10);
  }

  @Test
  void exponentialGrowthMatchesClosedForm() {
    // y' = y, y(0) = 1: y(5) = e^5; relative tolerance only, 1e-9 relative accepted.
    DormandPrince853 dp = new DormandPrince853(new double[] {0}, 1e-12);
    double[] y = {1};
    dp.integrate((t, s, d) -> d[0] = s[0], 0, y, 5, 0.01, ALL);
    assertThat(y[0] / Math.exp(5) - 1).isBetween(-1e-9, 1e-9);
  }

  @Test
  void errorFollowsTheToleranceAndWorkGrowsLikeItsEighthRoot() {
    // Eighth order: each step's error is ~ h^8, so 1e8 times tighter costs 1e8^(1/8) = 10 times
    // more steps; a fifth-order method would need 40 times more (DormandPrince54Test).
    double[] tolerances = {1e-4, 1e-6, 1e-8, 1e-10, 1e-12};
    double[] errors = new double[tolerances.length];
    long[] work = new long[tolerances.length];
    for (int i = 0; i < tolerances.length; i++) {
      DormandPrince853 dp = new DormandPrince853(new double[] {tolerances[i], tolerances[i]}, 0);
      errors[i] = oscillatorError(dp);
      work[i] = dp.evaluations();
    }
    for (int i = 0; i < tolerances.length; i++) {
      // Error proportional to the tolerance: within a factor 300 above it, and not absurdly
      // below (an order slip would show as errors no longer falling with the tolerance).
      assertThat(errors[i]).isLessThan(300 * tolerances[i]);
      if (i > 0) {
        assertThat(errors[i]).isLessThan(errors[i - 1] / 10);
      }
    }
    double growth = (double) work[4] / work[0];
    assertThat(growth).isBetween(6.0, 16.0);
  }

  @Test
  void twoBodyAgreesWithKeplerToOneMillimetreOverHalfAnHour() {
    // Reference: Kepler.propagate, the closed-form universal-variable solution. An ICBM-like
    // suborbital arc (150 km up, 7 km/s, 20° above the horizon) and a 500 km circular orbit.
    double mu = Wgs84.MU_M3_S2;
    double r0 = Wgs84.EQUATORIAL_RADIUS_M + 150e3;
    double v = 7000;
    double gamma = Math.toRadians(20);
    double[][] starts = {
      {r0, 0, 0, v * Math.sin(gamma), v * Math.cos(gamma) * 0.8, v * Math.cos(gamma) * 0.6},
      {Wgs84.EQUATORIAL_RADIUS_M + 500e3, 0, 0, 0, 0, 0},
    };
    starts[1][4] = Math.sqrt(mu / starts[1][0]);
    double duration = 1800;
    for (double[] start : starts) {
      double[] expected = new double[6];
      Kepler.propagate(start, duration, mu, expected);
      DormandPrince853 dp =
          new DormandPrince853(new double[] {1e-4, 1e-4, 1e-4, 1e-7, 1e-7, 1e-7}, 0);
      double[] y = start.clone();
      dp.integrate(
          (t, s, d) -> {
            double r2 = s[0] * s[0] + s[1] * s[1] + s[2] * s[2];
            double k = -mu / (r2 * Math.sqrt(r2));
            d[0] = s[3];
            d[1] = s[4];
            d[2] = s[5];
            d[3] = k * s[0];
            d[4] = k * s[1];
            d[5] = k * s[2];
          },
          0,
          y,
          duration,
          60,
          ALL);
      double miss =
          Math.sqrt(
              Math.pow(y[0] - expected[0], 2)
                  + Math.pow(y[1] - expected[1], 2)
                  + Math.pow(y[2] - expected[2], 2));
      assertThat(miss).as("position after 30 min (m)").isLessThan(1e-3);
    }
  }

  @Test
  void observerCanStopTheIntegration() {
    DormandPrince853 dp = new DormandPrince853(new double[] {1e-9}, 0);
    double[] y = {0};
    double reached =
        dp.integrate((t, s, d) -> d[0] = 1, 0, y, 100, 1, (tp, yp, fp, t, s, f) -> s[0] < 10);
    assertThat(reached).isGreaterThanOrEqualTo(10).isLessThan(100);
    assertThat(y[0]).isEqualTo(reached, offset(1e-9));
  }
}
