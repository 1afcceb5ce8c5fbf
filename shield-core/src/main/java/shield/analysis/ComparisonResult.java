package shield.analysis;

import java.util.List;
import java.util.Optional;

/**
 * Two runs of two variants of a scenario side by side: every metric of their summaries, matched by
 * name and id, with its difference and whether the difference is significant.
 *
 * @param scenarioA the first scenario's name
 * @param scenarioB the second scenario's name
 * @param trials trials in each run
 * @param seed the seed both runs used (common random numbers: trial i draws from the same stream in
 *     both)
 * @param sensingDraws sensing draws in each run
 * @param assignment the weapon–target assignment algorithm of both runs
 * @param metrics every metric, grouped run, threat, asset, battery, layer, network; within a group
 *     in A's order, then what only B has
 */
public record ComparisonResult(
    String scenarioA,
    String scenarioB,
    int trials,
    long seed,
    int sensingDraws,
    String assignment,
    List<Metric> metrics) {

  /** Family-wise error rate of the Holm correction. */
  public static final double HOLM_ALPHA = 0.05;

  public ComparisonResult {
    metrics = List.copyOf(metrics);
  }

  /** Metrics whose difference's 95% interval excludes 0. */
  public long significantCount() {
    return metrics.stream().filter(Metric::significant).count();
  }

  /** Metrics still significant after Holm's correction over {@link #holmFamilySize()} tests. */
  public long holmSignificantCount() {
    return metrics.stream().filter(Metric::significantAfterHolm).count();
  }

  /**
   * The number of differences tested together: metrics on both sides with a p-value (not those that
   * were the same constant in every trial of both runs).
   */
  public long holmFamilySize() {
    return metrics.stream()
        .filter(m -> m.difference().isPresent() && !Double.isNaN(m.difference().get().pValue()))
        .count();
  }

  /** What a metric is: a share of trials or a mean count per trial. */
  public enum Kind {
    /** A share of trials, with a Wilson interval; differences by Newcombe's method 10. */
    PROPORTION,
    /** A mean per trial, with a Student t interval; differences by Welch's t. */
    MEAN
  }

  /** Where a metric comes from. */
  public enum Group {
    /** The whole raid. */
    RUN,
    /** One threat. */
    THREAT,
    /** One defended asset. */
    ASSET,
    /** One battery. */
    BATTERY,
    /** One layer. */
    LAYER,
    /** One threat as a network that a battery fires on saw it, over the sensing draws. */
    NETWORK
  }

  /**
   * One side's value of a metric.
   *
   * @param value the proportion, or the mean per trial
   * @param low95 lower end of its 95% interval (Wilson for a proportion, Student t for a mean, at
   *     the effective number of trials)
   * @param high95 upper end of its 95% interval
   * @param designEffect the variance inflation from the trials' shared sensing draws, at least 1
   *     ({@link Sample})
   */
  public record Estimate(double value, double low95, double high95, double designEffect) {}

  /**
   * One metric in both runs.
   *
   * @param group where it comes from
   * @param id the threat's, asset's or battery's id, the layer's name, {@code network/threat} for a
   *     network's view of a threat, or empty for the run
   * @param name its name, as in {@code summary.json} ({@code p_killed}, {@code fired_mean}, …)
   * @param kind a proportion or a mean
   * @param a its value in A, empty when A has no such threat, asset, battery or layer
   * @param b its value in B, empty likewise
   * @param difference A − B, when both have it
   * @param significantAfterHolm whether it is still significant with Holm's step-down correction at
   *     a family-wise error of {@value ComparisonResult#HOLM_ALPHA} over every difference tested
   */
  public record Metric(
      Group group,
      String id,
      String name,
      Kind kind,
      Optional<Estimate> a,
      Optional<Estimate> b,
      Optional<Difference> difference,
      boolean significantAfterHolm) {

    /** Whether the difference's 95% interval excludes 0. */
    public boolean significant() {
      return difference.isPresent() && difference.get().significant();
    }
  }
}
