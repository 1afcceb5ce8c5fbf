package shield.sim;

/**
 * A count of successes in a number of trials, with its Wilson score interval.
 *
 * <p>The Wilson interval (Wilson, "Probable inference, the law of succession, and statistical
 * inference", JASA 22, 1927) keeps its coverage near 95% even when the proportion is 0 or 1, where
 * the normal approximation collapses to a point.
 *
 * @param successes how many trials succeeded
 * @param trials how many trials there were
 */
public record Proportion(long successes, long trials) {

  /** z for a two-sided 95% interval. */
  private static final double Z95 = 1.959963984540054;

  public Proportion {
    if (trials < 0 || successes < 0 || successes > trials) {
      throw new IllegalArgumentException(successes + " successes in " + trials + " trials");
    }
  }

  /** The observed proportion; NaN with no trials. */
  public double value() {
    return trials == 0 ? Double.NaN : (double) successes / trials;
  }

  /** Lower end of the Wilson 95% interval; NaN with no trials. */
  public double low95() {
    return wilson(-1);
  }

  /** Upper end of the Wilson 95% interval; NaN with no trials. */
  public double high95() {
    return wilson(+1);
  }

  private double wilson(int sign) {
    if (trials == 0) {
      return Double.NaN;
    }
    double n = trials;
    double p = successes / n;
    double z2 = Z95 * Z95;
    double centre = p + z2 / (2 * n);
    double spread = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    double bound = (centre + sign * spread) / (1 + z2 / n);
    return Math.min(1, Math.max(0, bound));
  }
}
