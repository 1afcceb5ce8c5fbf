package shield.engage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import java.util.Random;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import shield.earth.Validation;

/** Predicted kill probability: limits, monotonicity, and the Maxwell CDF against Monte Carlo. */
class KillProbabilityTest {

  private static final Opportunity LONG_FLIGHT =
      new Opportunity(0, 300, Vector3D.ZERO, 200e3, 1000e3, 8000);

  @Test
  void perfectTrackGivesTheSingleShotKillProbability() {
    InterceptorType type = TestInterceptors.sm3();
    assertThat(KillProbability.predicted(type, LONG_FLIGHT, 0)).isEqualTo(0.85);
  }

  @Test
  void poorerTracksKillLess() {
    InterceptorType type = TestInterceptors.sm3();
    double previous = KillProbability.predicted(type, LONG_FLIGHT, 0);
    for (double sigma = 10; sigma < 1e6; sigma *= 1.5) {
      double p = KillProbability.predicted(type, LONG_FLIGHT, sigma);
      assertThat(p).isLessThanOrEqualTo(previous).isBetween(0.0, 0.85);
      previous = p;
    }
    assertThat(previous).isLessThan(1e-6);
  }

  /** Divert reach ½ · 500 m/s · 10 s = 2.5 km; a short flight homes for less. */
  @Test
  void divertReach() {
    InterceptorType type = TestInterceptors.sm3();
    assertThat(KillProbability.divertReachM(type, 300)).isEqualTo(2500);
    assertThat(KillProbability.divertReachM(type, 4)).isEqualTo(1000);
  }

  /**
   * The chi distribution with 3 degrees of freedom at 1 (Maxwell CDF at R = σ): P(χ²₃ ≤ 1) =
   * 0.198748 (Abramowitz &amp; Stegun, Table 26.7, chi-square probability for ν = 3, χ² = 1).
   */
  @Test
  void maxwellCdfAtOneSigma() {
    double p = KillProbability.withinRadius(1, 1);
    Validation.record(
        "Maxwell CDF at R = sigma",
        "Abramowitz & Stegun Table 26.7 (chi-square, 3 dof, 1)",
        "0.198748",
        String.format(Locale.ROOT, "%.6f", p),
        "1e-6");
    assertThat(p).isCloseTo(0.198748, within(1e-6));
  }

  /**
   * The closed form against 200,000 draws of a 3-D Gaussian: within four binomial standard errors
   * (at most 0.0045).
   */
  @ParameterizedTest
  @ValueSource(doubles = {0.5, 1, 2, 3})
  void maxwellCdfMatchesMonteCarlo(double radiusOverSigma) {
    Random random = new Random(42);
    int n = 200_000;
    int inside = 0;
    for (int i = 0; i < n; i++) {
      double x = random.nextGaussian();
      double y = random.nextGaussian();
      double z = random.nextGaussian();
      if (x * x + y * y + z * z <= radiusOverSigma * radiusOverSigma) {
        inside++;
      }
    }
    double p = KillProbability.withinRadius(radiusOverSigma * 300, 300);
    double measured = (double) inside / n;
    double tolerance = 4 * Math.sqrt(p * (1 - p) / n);
    Validation.record(
        "Maxwell CDF at R = " + radiusOverSigma + " sigma",
        "Monte Carlo, 200,000 3-D Gaussian draws",
        String.format(Locale.ROOT, "%.4f", measured),
        String.format(Locale.ROOT, "%.4f", p),
        String.format(Locale.ROOT, "%.4f (4 standard errors)", tolerance));
    assertThat(p).isCloseTo(measured, within(tolerance));
  }
}
