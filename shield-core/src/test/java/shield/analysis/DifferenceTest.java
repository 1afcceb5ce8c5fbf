package shield.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import shield.earth.Validation;
import shield.sim.Proportion;

class DifferenceTest {

  /** A proportion of independent trials (no sensing draws, design effect 1). */
  private static Sample proportion(long successes, long trials) {
    return independent(trials, successes, successes);
  }

  /** A sample of independent trials from its sums (no sensing draws, design effect 1). */
  private static Sample independent(long n, long sum, long squares) {
    return Sample.of(n, sum, squares, new long[0], new long[0]);
  }

  /**
   * Newcombe (Statistics in Medicine 17, 1998), Table II, example (a): 56/70 against 48/80, a
   * difference of 0.2000 whose method-10 (hybrid score, no continuity correction) interval is
   * [0.0524, 0.3339]; the table gives 4 decimals, so the tolerance is 5e-5.
   */
  @Test
  void newcombeIntervalMatchesHisWorkedExample() {
    Difference d = Difference.ofProportions(proportion(56, 70), proportion(48, 80));
    Validation.record(
        "Newcombe method 10, 56/70 - 48/80",
        "Newcombe 1998 Table II (a)",
        "0.2000 [0.0524, 0.3339]",
        String.format(Locale.ROOT, "%.4f [%.4f, %.4f]", d.value(), d.low95(), d.high95()),
        "5e-5");
    assertThat(d.value()).isCloseTo(0.2, within(1e-12));
    assertThat(d.low95()).isCloseTo(0.0524, within(5e-5));
    assertThat(d.high95()).isCloseTo(0.3339, within(5e-5));
    assertThat(d.significant()).isTrue();
    assertThat(d.test()).isEqualTo(Difference.Test.NEWCOMBE_HYBRID_SCORE);
    // Pooled z by hand: p = 104/150, z = 0.2 / √(p(1 − p)(1/70 + 1/80)) = 2.65017, p = 0.008045.
    assertThat(d.pValue()).isCloseTo(0.008045, within(1e-6));
  }

  /**
   * 0/10 against 0/10 (Newcombe 1998, Table II, example (f)): each Wilson interval is [0, z²/(n +
   * z²)] = [0, 0.2775], so the difference's interval is ±0.2775 and there is no difference.
   */
  @Test
  void twoEmptySamplesDoNotDiffer() {
    Difference d = Difference.ofProportions(proportion(0, 10), proportion(0, 10));
    double z2 = 1.959963984540054 * 1.959963984540054;
    assertThat(d.value()).isZero();
    assertThat(d.high95()).isCloseTo(z2 / (10 + z2), within(1e-12));
    assertThat(d.low95()).isCloseTo(-z2 / (10 + z2), within(1e-12));
    assertThat(d.pValue()).as("nothing to test").isNaN();
    assertThat(d.significant()).isFalse();
  }

  /**
   * Welch's t with equal sizes and variances, {1..5} against {3..7}: d = −2, s = 1, t = −2, ν = 8
   * exactly. Two-sided p from the closed form of Student's t for even ν (Abramowitz and Stegun
   * 26.7.3): A(t|ν) = sin θ (1 + ½cos²θ + (1·3)/(2·4)cos⁴θ + (1·3·5)/(2·4·6)cos⁶θ), θ = atan(t/√ν),
   * p = 1 − A = 0.08052; interval d ± t₀.₉₇₅(8) s with t₀.₉₇₅(8) = 2.306004 (tables). Tolerance
   * 1e-6.
   */
  @Test
  void welchMatchesTheClosedFormForEvenDegreesOfFreedom() {
    Sample a = independent(5, 15, 55);
    Sample b = independent(5, 25, 135);
    assertThat(a.variance()).isEqualTo(2.5);
    assertThat(b.variance()).isEqualTo(2.5);
    assertThat(Difference.welchDegreesOfFreedom(a, b)).isCloseTo(8, within(1e-12));
    double theta = Math.atan(2 / Math.sqrt(8));
    double c2 = Math.cos(theta) * Math.cos(theta);
    double closedP =
        1 - Math.sin(theta) * (1 + c2 / 2 + 3.0 / 8 * c2 * c2 + 15.0 / 48 * c2 * c2 * c2);
    Difference d = Difference.ofMeans(a, b);
    Validation.record(
        "Welch t, {1..5} - {3..7}",
        "closed form, Abramowitz & Stegun 26.7.3 (nu = 8)",
        String.format(Locale.ROOT, "p %.6f, interval -2 +/- 2.306004", closedP),
        String.format(
            Locale.ROOT, "p %.6f, interval [%.6f, %.6f]", d.pValue(), d.low95(), d.high95()),
        "1e-6");
    assertThat(closedP).isCloseTo(0.08052, within(1e-5));
    assertThat(d.value()).isEqualTo(-2.0);
    assertThat(d.pValue()).isCloseTo(closedP, within(1e-6));
    assertThat(d.low95()).isCloseTo(-2 - 2.306004, within(1e-6));
    assertThat(d.high95()).isCloseTo(-2 + 2.306004, within(1e-6));
    assertThat(d.significant()).isFalse();
    assertThat(d.test()).isEqualTo(Difference.Test.WELCH_T);
  }

  /**
   * Welch's t with unequal variances, {1..5} (v = 2.5) against {2, 4, …, 10} (v = 10), worked by
   * hand: s² = 2.5/5 + 10/5 = 2.5, t = −3/√2.5 = −1.897367, ν = 2.5² / (0.5²/4 + 2²/4) = 100/17 =
   * 5.882353 (Welch–Satterthwaite), where a pooled t would have 8 (tolerance 1e-9). Between 5 and 6
   * degrees of freedom, the quantile lies between the tables' t₀.₉₇₅(6) = 2.446912 and t₀.₉₇₅(5) =
   * 2.570582, and the p-value between the closed forms (Abramowitz and Stegun 26.7.3, 26.7.4) for ν
   * = 6 and ν = 5.
   */
  @Test
  void welchDegreesOfFreedomFollowTheUnequalVariances() {
    Sample a = independent(5, 15, 55);
    Sample b = independent(5, 30, 220);
    assertThat(b.variance()).isEqualTo(10.0);
    double df = Difference.welchDegreesOfFreedom(a, b);
    Validation.record(
        "Welch-Satterthwaite df, {1..5} - {2,4,..,10}",
        "worked by hand: 2.5^2 / (0.5^2/4 + 2^2/4) = 100/17",
        String.format(Locale.ROOT, "%.9f", 100.0 / 17),
        String.format(Locale.ROOT, "%.9f", df),
        "1e-9");
    assertThat(df).isCloseTo(100.0 / 17, within(1e-9));
    Difference d = Difference.ofMeans(a, b);
    assertThat(d.value()).isEqualTo(-3.0);
    double q = (d.high95() - d.value()) / Math.sqrt(2.5);
    assertThat(q).isBetween(2.446912, 2.570582);
    double t = 3 / Math.sqrt(2.5);
    double theta6 = Math.atan(t / Math.sqrt(6));
    double c6 = Math.cos(theta6) * Math.cos(theta6);
    double p6 = 1 - Math.sin(theta6) * (1 + c6 / 2 + 3.0 / 8 * c6 * c6);
    double theta5 = Math.atan(t / Math.sqrt(5));
    double c5 = Math.cos(theta5) * Math.cos(theta5);
    double p5 =
        1 - 2 / Math.PI * (theta5 + Math.sin(theta5) * Math.cos(theta5) * (1 + 2.0 / 3 * c5));
    assertThat(p6).isLessThan(p5);
    assertThat(d.pValue()).isBetween(p6, p5);
    assertThat(d.significant()).isFalse();
  }

  @Test
  void constantSamplesDifferOnlyIfTheirValuesDo() {
    Sample three = independent(10, 30, 90);
    Sample four = independent(10, 40, 160);
    assertThat(three.variance()).isZero();
    assertThat(three.meanInterval95()).containsExactly(3.0, 3.0);
    Difference same = Difference.ofMeans(three, three);
    assertThat(same.significant()).isFalse();
    assertThat(same.pValue()).isNaN();
    Difference apart = Difference.ofMeans(three, four);
    assertThat(apart.significant()).isTrue();
    assertThat(apart.low95()).isEqualTo(-1.0);
    assertThat(apart.pValue()).isZero();
  }

  /**
   * The running sums, and the values themselves, give the two-pass mean and variance of random
   * counts (tolerance 1e-9 relative), and the interval of the mean is mean ± t₀.₉₇₅(n − 1)·s/√n.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void runningSumsGiveTheTwoPassMoments(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = 2 + random.nextInt(500);
    int[] x = new int[n];
    long sum = 0;
    long squares = 0;
    for (int i = 0; i < n; i++) {
      x[i] = random.nextInt(40);
      sum += x[i];
      squares += (long) x[i] * x[i];
    }
    double mean = (double) sum / n;
    double deviations = 0;
    for (int v : x) {
      deviations += (v - mean) * (v - mean);
    }
    Sample m = independent(n, sum, squares);
    assertThat(m.mean()).isCloseTo(mean, within(1e-12));
    assertThat(m.variance()).isCloseTo(deviations / (n - 1), within(1e-9 * deviations / n));
    double[] interval = m.meanInterval95();
    assertThat(interval[1] - m.mean()).isCloseTo(m.mean() - interval[0], within(1e-12));
    assertThat((interval[1] - m.mean()) / Math.sqrt(m.variance() / n)).isBetween(1.96, 12.71);
    assertThat(m.designEffect()).isEqualTo(1.0);
    Sample values = Sample.ofValues(java.util.Arrays.stream(x).asDoubleStream().toArray());
    assertThat(values.mean()).isCloseTo(mean, within(1e-9));
    assertThat(values.variance()).isCloseTo(m.variance(), within(1e-9 * m.variance()));
  }

  /** With independent trials the Wilson interval is the run summary's (shield.sim.Proportion). */
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 7, 50, 99, 100})
  void wilsonIntervalIsTheSummarysForIndependentTrials(int successes) {
    Proportion p = new Proportion(successes, 100);
    double[] w = proportion(successes, 100).wilson95();
    assertThat(w[0]).isCloseTo(p.low95(), within(1e-12));
    assertThat(w[1]).isCloseTo(p.high95(), within(1e-12));
  }

  /**
   * 100 trials over two sensing draws, every trial of draw 0 a success and every trial of draw 1 a
   * failure: the outcome is the draw. By hand, s²/n = (100 · ¼ / 99) / 100 = 1/396 and the
   * cluster-robust variance 2/1 · (25² + 25²) / 100² = ¼, so the design effect is 99 and the run is
   * worth 100/99 independent trials. Tolerance 1e-9.
   */
  @Test
  void trialsThatShareTheirSensingAreWorthTheirDraws() {
    Sample clustered = Sample.of(100, 50, 50, new long[] {50, 0}, new long[] {50, 50});
    Validation.record(
        "design effect, 100 trials whose outcome is their sensing draw (2 draws)",
        "worked by hand: (2/1 (25^2 + 25^2) / 100^2) / (100 (1/4) / 99 / 100) = 99",
        "99",
        String.format(Locale.ROOT, "%.9f", clustered.designEffect()),
        "1e-9");
    assertThat(clustered.designEffect()).isCloseTo(99, within(1e-9));
    assertThat(clustered.effectiveN()).isCloseTo(100.0 / 99, within(1e-9));
    // The same successes spread evenly over the draws: no inflation.
    Sample even = Sample.of(100, 50, 50, new long[] {25, 25}, new long[] {50, 50});
    assertThat(even.designEffect()).isEqualTo(1.0);
    // 50/100 against 25/100 is significant for independent trials, not for two draws' worth.
    Sample quarter = Sample.of(100, 25, 25, new long[] {25, 0}, new long[] {50, 50});
    assertThat(Difference.ofProportions(even, proportion(25, 100)).significant()).isTrue();
    assertThat(Difference.ofProportions(clustered, quarter).significant()).isFalse();
  }
}
