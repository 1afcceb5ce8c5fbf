package shield.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import shield.analysis.ComparisonResult.Estimate;
import shield.analysis.ComparisonResult.Group;
import shield.analysis.ComparisonResult.Kind;
import shield.analysis.ComparisonResult.Metric;
import shield.scenario.Scenario;
import shield.scenario.Threat;
import shield.sim.MonteCarlo;
import shield.sim.RunListener;
import shield.sim.RunPlan;
import shield.sim.RunSettings;
import shield.sim.TrialOutcome;

/**
 * The comparison of two variants of one scenario: a Monte Carlo run of each with the same settings,
 * and every metric of the two summaries side by side with its difference.
 *
 * <p><b>Common random numbers.</b> Both runs use the same seed, so trial i of A and trial i of B
 * draw from the same stream: where the variants do not differ the draws coincide, and identical
 * scenarios give identical runs and differences of exactly 0. The intervals and tests still treat
 * the runs as independent samples (Newcombe's method 10, Welch's t): where common numbers correlate
 * the runs positively, the variance of the difference is smaller than they assume, so they err
 * toward "not significant".
 *
 * <p><b>Shared sensing draws.</b> A run's trials share a few sensing draws, so they are clusters;
 * every interval and test uses the effective number of trials that the clusters' design effect
 * leaves ({@link Sample}). A difference that comes from the sensing (an earlier or better track) is
 * thus judged on the number of draws rather than of trials, as it must be.
 *
 * <p><b>Matching.</b> Threats, assets and batteries are matched by id and layers by name; what only
 * one side has is reported with an empty value on the other side and no difference. The two
 * scenarios must share at least one threat, or they are not variants of one raid.
 *
 * <p><b>Many metrics.</b> A comparison tests many differences at once, so some 5% of the true nulls
 * come out significant by chance; each metric also says whether it survives Holm's step-down
 * correction (Holm, Scand. J. Statist. 6, 1979), which holds the chance of any false positive at
 * 5%.
 */
public final class Comparison {

  private final Scenario a;
  private final Scenario b;
  private final RunSettings settings;

  /**
   * A comparison of two scenarios.
   *
   * @throws IllegalArgumentException if they share no threat ({@link #incompatibility})
   */
  public Comparison(Scenario a, Scenario b, RunSettings settings) {
    incompatibility(a, b)
        .ifPresent(
            reason -> {
              throw new IllegalArgumentException(reason);
            });
    this.a = a;
    this.b = b;
    this.settings = settings;
  }

  /** Why two scenarios cannot be compared, or empty when they can: they share no threat. */
  public static Optional<String> incompatibility(Scenario a, Scenario b) {
    Set<String> threatsA = a.threats().stream().map(Threat::id).collect(Collectors.toSet());
    if (b.threats().stream().map(Threat::id).anyMatch(threatsA::contains)) {
      return Optional.empty();
    }
    return Optional.of(
        "the scenarios '"
            + a.name()
            + "' and '"
            + b.name()
            + "' share no threat id, so they are not variants of one raid (A has "
            + ids(a)
            + "; B has "
            + ids(b)
            + ")");
  }

  private static String ids(Scenario s) {
    List<String> ids = s.threats().stream().map(Threat::id).toList();
    return ids.size() <= 3
        ? String.join(", ", ids)
        : String.join(", ", ids.subList(0, 3)) + ", … (" + ids.size() + " threats)";
  }

  /**
   * Runs A, then B, and compares them.
   *
   * @param listener told of both runs' progress, A's first
   */
  public ComparisonResult run(RunListener listener) {
    Map<String, Observed> sideA = observe(a, listener);
    Map<String, Observed> sideB = observe(b, listener);
    List<Metric> unadjusted = new ArrayList<>();
    for (Group group : Group.values()) {
      for (Observed x : sideA.values()) {
        if (x.group() == group) {
          unadjusted.add(metric(x, Optional.ofNullable(sideB.get(x.key()))));
        }
      }
      for (Observed x : sideB.values()) {
        if (x.group() == group && !sideA.containsKey(x.key())) {
          unadjusted.add(metric(Optional.empty(), x));
        }
      }
    }
    return new ComparisonResult(
        a.name(),
        b.name(),
        settings.trials(),
        settings.seed(),
        settings.sensingDraws(),
        settings.assignment(),
        holm(unadjusted));
  }

  /** One side's sample of one metric. */
  private record Observed(TrialMetrics.Definition definition, Sample sample) {

    Group group() {
      return definition.group();
    }

    Kind kind() {
      return definition.kind();
    }

    Estimate estimate() {
      double[] interval = kind() == Kind.PROPORTION ? sample.wilson95() : sample.meanInterval95();
      return new Estimate(sample.mean(), interval[0], interval[1], sample.designEffect());
    }

    String key() {
      return definition.group() + "|" + definition.id() + "|" + definition.name();
    }
  }

  private static Metric metric(Observed a, Optional<Observed> b) {
    Optional<Difference> difference =
        b.map(
            other ->
                a.kind() == Kind.PROPORTION
                    ? Difference.ofProportions(a.sample(), other.sample())
                    : Difference.ofMeans(a.sample(), other.sample()));
    return new Metric(
        a.group(),
        a.definition().id(),
        a.definition().name(),
        a.kind(),
        Optional.of(a.estimate()),
        b.map(Observed::estimate),
        difference,
        false);
  }

  private static Metric metric(Optional<Observed> a, Observed b) {
    return new Metric(
        b.group(),
        b.definition().id(),
        b.definition().name(),
        b.kind(),
        a.map(Observed::estimate),
        Optional.of(b.estimate()),
        Optional.empty(),
        false);
  }

  /**
   * Marks the metrics that survive Holm's step-down correction: with the m p-values in increasing
   * order, the i-th (from 1) is rejected while p₍ᵢ₎ ≤ α/(m − i + 1); the first that is not stops
   * the rejections.
   */
  private static List<Metric> holm(List<Metric> metrics) {
    Integer[] tested =
        IntStream.range(0, metrics.size())
            .filter(i -> pValue(metrics.get(i)).isPresent())
            .boxed()
            .toArray(Integer[]::new);
    Arrays.sort(tested, Comparator.comparingDouble(i -> pValue(metrics.get(i)).orElseThrow()));
    boolean[] rejected = new boolean[metrics.size()];
    int m = tested.length;
    for (int k = 0; k < m; k++) {
      Metric metric = metrics.get(tested[k]);
      if (pValue(metric).orElseThrow() > ComparisonResult.HOLM_ALPHA / (m - k)) {
        break;
      }
      rejected[tested[k]] = metric.significant();
    }
    List<Metric> out = new ArrayList<>(metrics.size());
    for (int i = 0; i < metrics.size(); i++) {
      Metric x = metrics.get(i);
      out.add(
          new Metric(
              x.group(), x.id(), x.name(), x.kind(), x.a(), x.b(), x.difference(), rejected[i]));
    }
    return out;
  }

  private static Optional<Double> pValue(Metric metric) {
    return metric.difference().map(Difference::pValue).filter(p -> !Double.isNaN(p));
  }

  /** Runs one scenario and lists its metrics by key, in the order of its summary. */
  private Map<String, Observed> observe(Scenario scenario, RunListener listener) {
    TrialMetrics[] metrics = new TrialMetrics[1];
    RunListener both =
        new RunListener() {
          @Override
          public void prepared(RunPlan plan) {
            metrics[0] = new TrialMetrics(plan);
            listener.prepared(plan);
          }

          @Override
          public void trialsDone(List<TrialOutcome> outcomes) {
            outcomes.forEach(metrics[0]::add);
            listener.trialsDone(outcomes);
          }
        };
    RunPlan plan = new MonteCarlo(scenario, settings).run(both, () -> false).plan();
    Map<String, Observed> out = new LinkedHashMap<>();
    List<TrialMetrics.Definition> definitions = metrics[0].definitions();
    for (int k = 0; k < definitions.size(); k++) {
      Observed x = new Observed(definitions.get(k), metrics[0].sample(k));
      out.put(x.key(), x);
    }
    warnings(plan).forEach(x -> out.put(x.key(), x));
    return out;
  }

  /**
   * The warning each network that a battery fires on had of each threat from its first firm track
   * (impact time minus the track's node time), over the sensing draws in which it held one: the
   * draws are independent, so it is a plain sample of up to K values. A network that never held a
   * firm track of a threat has no such metric.
   */
  private static List<Observed> warnings(RunPlan plan) {
    List<Observed> out = new ArrayList<>();
    List<Threat> threats = plan.scenario().threats();
    for (int w = 0; w < plan.networkIds().size(); w++) {
      for (int j = 0; j < threats.size(); j++) {
        int network = w;
        int threat = j;
        double impactS = threats.get(j).impactTimeS();
        double[] warningS =
            IntStream.range(0, plan.sensingDraws())
                .mapToDouble(k -> impactS - plan.firmTrackS(k, network, threat))
                .filter(x -> !Double.isNaN(x))
                .toArray();
        if (warningS.length > 0) {
          String id = plan.networkIds().get(w) + "/" + threats.get(j).id();
          out.add(
              new Observed(
                  new TrialMetrics.Definition(Group.NETWORK, id, "warning_firm_track_s", Kind.MEAN),
                  Sample.ofValues(warningS)));
        }
      }
    }
    return out;
  }
}
