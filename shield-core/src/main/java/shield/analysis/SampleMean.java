package shield.analysis;

import org.hipparchus.distribution.continuous.TDistribution;

/**
 * The mean of a per-trial quantity over a run's trials, with its sample variance, for Welch's t.
 *
 * @param n the number of trials
 * @param mean the mean per trial
 * @param variance the unbiased sample variance per trial, Σ(x − mean)² / (n − 1); NaN for fewer
 *     than two trials
 */
public record SampleMean(long n, double mean, double variance) {

  public SampleMean {
    if (n < 0 || variance < 0) {
      throw new IllegalArgumentException("n " + n + ", variance " + variance);
    }
  }

  /**
   * The mean and variance of integer per-trial values from their running sums.
   *
   * @param n the number of trials
   * @param sum Σx
   * @param sumOfSquares Σx²
   */
  public static SampleMean ofSums(long n, long sum, long sumOfSquares) {
    if (n == 0) {
      return new SampleMean(0, Double.NaN, Double.NaN);
    }
    double mean = (double) sum / n;
    if (n == 1) {
      return new SampleMean(1, mean, Double.NaN);
    }
    // Σ(x − mean)² = Σx² − (Σx)²/n, clamped because rounding may leave a tiny negative.
    double squares = sumOfSquares - (double) sum * sum / n;
    return new SampleMean(n, mean, Math.max(0, squares / (n - 1)));
  }

  /** The standard error of the mean, √(variance / n). */
  public double standardError() {
    return Math.sqrt(variance / n);
  }

  /** Lower end of the Student t 95% interval of the mean; NaN for fewer than two trials. */
  public double low95() {
    return mean - halfWidth95();
  }

  /** Upper end of the Student t 95% interval of the mean; NaN for fewer than two trials. */
  public double high95() {
    return mean + halfWidth95();
  }

  private double halfWidth95() {
    if (n < 2) {
      return Double.NaN;
    }
    double se = standardError();
    return se == 0 ? 0 : new TDistribution(n - 1).inverseCumulativeProbability(0.975) * se;
  }
}
