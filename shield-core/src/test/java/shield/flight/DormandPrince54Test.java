package shield.flight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The integration kernel against closed-form solutions. */
class DormandPrince54Test {

  /** y'' = −y from y = 1, y' = 0: y = cos t (closed form). */
  private static double errorAfterTenPeriods(double tolerance, DormandPrince54[] used) {
    DormandPrince54 dp = new DormandPrince54(new double[] {tolerance, tolerance}, 0);
    used[0] = dp;
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
        (tp, yp, fp, t, s, f) -> true);
    return Math.hypot(y[0] - Math.cos(end), y[1] + Math.sin(end));
  }

  @Test
  void harmonicOscillatorErrorFollowsTheTolerance() {
    DormandPrince54[] used = new DormandPrince54[1];
    double loose = errorAfterTenPeriods(1e-6, used);
    long looseEvaluations = used[0].evaluations();
    double tight = errorAfterTenPeriods(1e-11, used);
    long tightEvaluations = used[0].evaluations();
    // Closed form cos t; global error stays within a few hundred local tolerances over ten periods.
    assertThat(loose).isLessThan(1e-3);
    assertThat(tight).isLessThan(1e-8);
    // Fifth order: 1e5 times tighter costs about 1e5^(1/5) = 10 times more work, not 1e5 times.
    assertThat(tightEvaluations).isBetween(5 * looseEvaluations, 20 * looseEvaluations);
  }

  @Test
  void exponentialGrowthMatchesClosedForm() {
    // y' = y, y(0) = 1: y(5) = e^5; relative tolerance only.
    DormandPrince54 dp = new DormandPrince54(new double[] {0}, 1e-12);
    double[] y = {1};
    dp.integrate((t, s, d) -> d[0] = s[0], 0, y, 5, 0.01, (tp, yp, fp, t, s, f) -> true);
    assertThat(y[0] / Math.exp(5) - 1).isBetween(-1e-9, 1e-9);
  }

  @Test
  void observerCanStopTheIntegration() {
    DormandPrince54 dp = new DormandPrince54(new double[] {1e-9}, 0);
    double[] y = {0};
    double reached =
        dp.integrate((t, s, d) -> d[0] = 1, 0, y, 100, 1, (tp, yp, fp, t, s, f) -> s[0] < 10);
    assertThat(reached).isGreaterThanOrEqualTo(10).isLessThan(100);
    assertThat(y[0]).isEqualTo(reached, org.assertj.core.data.Offset.offset(1e-9));
  }

  /**
   * y' = |t − 1| from 0 to 2 has a corner at t = 1; y(2) = 1 exactly. The embedded error estimate
   * cannot see the corner, so a step straddling it errs unchecked; told of the two regions the
   * kernel ends a step on the corner and the error falls to the tolerance's order.
   */
  @Test
  void stepsEndOnTheCornersTheCallerNames() {
    EmbeddedRungeKutta.Derivatives f = (t, s, d) -> d[0] = Math.abs(t - 1);
    DormandPrince54 blind = new DormandPrince54(new double[] {1e-6}, 0);
    double[] y = {0};
    blind.integrate(f, 0, y, 2, 0.7, (tp, yp, fp, t, s, g) -> true);
    double blindError = Math.abs(y[0] - 1);

    DormandPrince54 told = new DormandPrince54(new double[] {1e-6}, 0);
    double[] z = {0};
    told.integrate(f, (t, s) -> t < 1 ? 0 : 1, 0, z, 2, 0.7, (tp, yp, fp, t, s, g) -> true);
    double toldError = Math.abs(z[0] - 1);

    // The integrand is piecewise linear, which the method integrates exactly on each side.
    assertThat(toldError).isLessThan(1e-12);
    assertThat(blindError).isGreaterThan(1e3 * toldError);
  }
}
