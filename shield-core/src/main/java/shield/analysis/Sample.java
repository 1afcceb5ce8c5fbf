package shield.analysis;

import org.hipparchus.distribution.continuous.TDistribution;

/**
 * A per-trial quantity over a run's trials (a 0/1 outcome for a proportion, a count for a mean),
 * with its sample variance and the design effect of the trials' shared sensing draws.
 *
 * <p><b>Design effect.</b> Trials that use the same sensing draw share their detections and tracks
 * (see {@code shield.sim.RunPlan}), so they are clusters, not independent trials: where an outcome
 * hangs on the sensing, N trials over K draws carry barely more information than K. The design
 * effect (Kish, <i>Survey Sampling</i>, 1965) is the ratio of the cluster-robust variance of the
 * mean, K/(K − 1) · Σ_c (S_c − n_c·mean)² / N² over the draws c with sums S_c of n_c trials, to the
 * independent-trials variance s²/N; the intervals and tests use the effective number of trials N /
 * deff (for proportions as in Korn and Graubard, Survey Methodology 24, 1998). It is taken as at
 * least 1, and as 1 when there are fewer than two draws (the run is then conditional on its one
 * draw) or a draw per trial.
 *
 * @param n the number of trials
 * @param mean the mean per trial: the proportion, or the mean count
 * @param variance the unbiased sample variance per trial, Σ(x − mean)² / (n − 1); NaN for fewer
 *     than two trials
 * @param designEffect the design effect of the shared sensing draws, at least 1
 */
public record Sample(long n, double mean, double variance, double designEffect) {

  /** z for a two-sided 95% interval. */
  private static final double Z95 = 1.959963984540054;

  public Sample {
    if (n < 0 || variance < 0 || designEffect < 1) {
      throw new IllegalArgumentException(
          "n " + n + ", variance " + variance + ", design effect " + designEffect);
    }
  }

  /** A sample of independent values (design effect 1). */
  public static Sample ofValues(double[] values) {
    int n = values.length;
    if (n == 0) {
      return new Sample(0, Double.NaN, Double.NaN, 1);
    }
    double mean = 0;
    for (double v : values) {
      mean += v / n;
    }
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    return new Sample(n, mean, n < 2 ? Double.NaN : squares / (n - 1), 1);
  }

  /**
   * A sample from its running sums.
   *
   * @param n the number of trials
   * @param sum Σx
   * @param sumOfSquares Σx²
   * @param drawSums Σx over the trials of each sensing draw
   * @param drawTrials the number of trials of each sensing draw
   */
  public static Sample of(long n, long sum, long sumOfSquares, long[] drawSums, long[] drawTrials) {
    if (n == 0) {
      return new Sample(0, Double.NaN, Double.NaN, 1);
    }
    double mean = (double) sum / n;
    if (n == 1) {
      return new Sample(1, mean, Double.NaN, 1);
    }
    // Σ(x − mean)² = Σx² − (Σx)²/n, clamped because rounding may leave a tiny negative.
    double variance = Math.max(0, (sumOfSquares - (double) sum * sum / n) / (n - 1));
    int k = drawSums.length;
    double designEffect = 1;
    if (k >= 2 && k < n && variance > 0) {
      double between = 0;
      for (int c = 0; c < k; c++) {
        double deviation = drawSums[c] - drawTrials[c] * mean;
        between += deviation * deviation;
      }
      double clustered = (double) k / (k - 1) * between / ((double) n * n);
      designEffect = Math.max(1, clustered / (variance / n));
    }
    return new Sample(n, mean, variance, designEffect);
  }

  /** The effective number of independent trials, n / design effect. */
  public double effectiveN() {
    return n / designEffect;
  }

  /** The squared standard error of the mean, variance / effective n. */
  double varianceOfMean() {
    return variance / effectiveN();
  }

  /** The Student t 95% interval of a mean, {low, high}; NaN for fewer than two trials. */
  double[] meanInterval95() {
    if (n < 2) {
      return new double[] {Double.NaN, Double.NaN};
    }
    double se = Math.sqrt(varianceOfMean());
    double half =
        se == 0 ? 0 : new TDistribution(effectiveN() - 1).inverseCumulativeProbability(0.975) * se;
    return new double[] {mean - half, mean + half};
  }

  /**
   * The Wilson score 95% interval of a proportion (Wilson, JASA 22, 1927) at the effective number
   * of trials, {low, high}; NaN with no trials.
   */
  double[] wilson95() {
    if (n == 0) {
      return new double[] {Double.NaN, Double.NaN};
    }
    double m = effectiveN();
    double z2 = Z95 * Z95;
    double centre = mean + z2 / (2 * m);
    double spread = Z95 * Math.sqrt(mean * (1 - mean) / m + z2 / (4 * m * m));
    double scale = 1 + z2 / m;
    return new double[] {
      Math.max(0, (centre - spread) / scale), Math.min(1, (centre + spread) / scale)
    };
  }
}
