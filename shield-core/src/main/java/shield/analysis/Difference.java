package shield.analysis;

import org.hipparchus.distribution.RealDistribution;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TDistribution;

/**
 * The difference A − B between one metric of two runs, with its 95% interval and the p-value of the
 * test of no difference.
 *
 * <p>A difference is significant at 5% when its interval excludes 0. For proportions the interval
 * is Newcombe's hybrid score interval (Newcombe, "Interval estimation for the difference between
 * independent proportions: comparison of eleven methods", Statistics in Medicine 17, 1998, method
 * 10), built from the two Wilson intervals; it keeps its coverage near 0 and 1, where the Wald
 * interval fails. Its p-value is the pooled two-proportion z test's, which can disagree with the
 * interval only at the margin. For means the interval and p-value are Welch's t (Welch, Biometrika
 * 34, 1947), which does not assume equal variances. Both use each sample's effective number of
 * trials ({@link Sample}).
 *
 * @param value the difference A − B
 * @param low95 lower end of its 95% interval
 * @param high95 upper end of its 95% interval
 * @param pValue two-sided p-value of the test that A and B are equal; NaN when both samples are the
 *     same constant (every trial of both runs gave the same value), where there is nothing to test
 * @param test the interval and test used
 */
public record Difference(double value, double low95, double high95, double pValue, Test test) {

  /** How a difference was estimated. */
  public enum Test {
    /** Newcombe's hybrid score interval (method 10) and the pooled two-proportion z test. */
    NEWCOMBE_HYBRID_SCORE,
    /** Welch's t interval and test, with Welch–Satterthwaite degrees of freedom. */
    WELCH_T
  }

  private static final NormalDistribution NORMAL = new NormalDistribution(0, 1);

  /** Whether the 95% interval excludes 0; false when it is undefined. */
  public boolean significant() {
    return low95 > 0 || high95 < 0;
  }

  /**
   * The difference of two independent proportions, a − b.
   *
   * <p>With Wilson intervals [l₁, u₁] of p₁ and [l₂, u₂] of p₂ and d = p₁ − p₂, the interval is [d
   * − √((p₁ − l₁)² + (u₂ − p₂)²), d + √((u₁ − p₁)² + (p₂ − l₂)²)].
   */
  public static Difference ofProportions(Sample a, Sample b) {
    double p1 = a.mean();
    double p2 = b.mean();
    double[] w1 = a.wilson95();
    double[] w2 = b.wilson95();
    double d = p1 - p2;
    double low = d - Math.hypot(p1 - w1[0], w2[1] - p2);
    double high = d + Math.hypot(w1[1] - p1, p2 - w2[0]);
    double m1 = a.effectiveN();
    double m2 = b.effectiveN();
    double pooled = (p1 * m1 + p2 * m2) / (m1 + m2);
    double se = Math.sqrt(pooled * (1 - pooled) * (1 / m1 + 1 / m2));
    return new Difference(d, low, high, twoSided(d, se, NORMAL), Test.NEWCOMBE_HYBRID_SCORE);
  }

  /**
   * The difference of two means, a − b, by Welch's t.
   *
   * <p>s² = v₁/n₁ + v₂/n₂, t = d/s, ν = s⁴ / ((v₁/n₁)²/(n₁ − 1) + (v₂/n₂)²/(n₂ − 1)), interval d ±
   * t₀.₉₇₅(ν)·s, with the effective numbers of trials as n₁ and n₂. When both samples are constant
   * s = 0: the interval is the point d, and the p-value is 0 if d ≠ 0 and undefined (NaN) if d = 0.
   */
  public static Difference ofMeans(Sample a, Sample b) {
    double d = a.mean() - b.mean();
    double s2 = a.varianceOfMean() + b.varianceOfMean();
    if (s2 == 0) {
      return new Difference(d, d, d, d == 0 ? Double.NaN : 0, Test.WELCH_T);
    }
    if (Double.isNaN(s2)) {
      return new Difference(d, Double.NaN, Double.NaN, Double.NaN, Test.WELCH_T);
    }
    TDistribution t = new TDistribution(welchDegreesOfFreedom(a, b));
    double half = t.inverseCumulativeProbability(0.975) * Math.sqrt(s2);
    return new Difference(d, d - half, d + half, twoSided(d, Math.sqrt(s2), t), Test.WELCH_T);
  }

  /** Welch–Satterthwaite degrees of freedom of two means; NaN when both are constant. */
  public static double welchDegreesOfFreedom(Sample a, Sample b) {
    double va = a.varianceOfMean();
    double vb = b.varianceOfMean();
    double s2 = va + vb;
    return s2 * s2 / (va * va / (a.effectiveN() - 1) + vb * vb / (b.effectiveN() - 1));
  }

  /** The two-sided p-value of d with standard error se; with se = 0, 0 if d ≠ 0, else NaN. */
  private static double twoSided(double d, double se, RealDistribution statistic) {
    if (se == 0) {
      return d == 0 ? Double.NaN : 0;
    }
    return 2 * statistic.cumulativeProbability(-Math.abs(d / se));
  }
}
