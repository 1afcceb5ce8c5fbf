package shield.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import shield.analysis.ComparisonResult.Estimate;
import shield.analysis.ComparisonResult.Group;
import shield.analysis.ComparisonResult.Kind;
import shield.analysis.ComparisonResult.Metric;
import shield.engage.Layer;
import shield.scenario.Scenario;
import shield.scenario.Threat;
import shield.sim.MonteCarlo;
import shield.sim.Proportion;
import shield.sim.RunListener;
import shield.sim.RunPlan;
import shield.sim.RunSettings;
import shield.sim.RunSummary;
import shield.sim.TrialOutcome;

/**
 * The comparison of two variants of one scenario: a Monte Carlo run of each with the same settings,
 * and every metric of the two summaries side by side with its difference.
 *
 * <p><b>Common random numbers.</b> Both runs use the same seed, so trial i of A and trial i of B
 * draw from the same stream: where the variants do not differ the draws coincide, and identical
 * scenarios give identical runs and differences of exactly 0. The intervals and tests still treat
 * the runs as independent samples (Newcombe's method 10, Welch's t); with the positive correlation
 * that common numbers bring they are conservative: a difference they call significant is one.
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
      for (String key : sideA.keySet()) {
        if (sideA.get(key).group() == group) {
          unadjusted.add(metric(sideA.get(key), Optional.ofNullable(sideB.get(key))));
        }
      }
      for (String key : sideB.keySet()) {
        if (sideB.get(key).group() == group && !sideA.containsKey(key)) {
          unadjusted.add(metric(Optional.empty(), sideB.get(key)));
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

  /** One side's value of one metric: a proportion or a mean. */
  private record Observed(
      Group group, String id, String name, Proportion proportion, SampleMean mean) {

    Kind kind() {
      return proportion != null ? Kind.PROPORTION : Kind.MEAN;
    }

    Estimate estimate() {
      return proportion != null
          ? new Estimate(proportion.value(), proportion.low95(), proportion.high95())
          : new Estimate(mean.mean(), mean.low95(), mean.high95());
    }

    String key() {
      return group + "|" + id + "|" + name;
    }
  }

  private static Metric metric(Observed a, Optional<Observed> b) {
    Optional<Difference> difference =
        b.map(
            other ->
                a.kind() == Kind.PROPORTION
                    ? Difference.ofProportions(a.proportion(), other.proportion())
                    : Difference.ofMeans(a.mean(), other.mean()));
    return new Metric(
        a.group(),
        a.id(),
        a.name(),
        a.kind(),
        Optional.of(a.estimate()),
        b.map(Observed::estimate),
        difference,
        false);
  }

  private static Metric metric(Optional<Observed> a, Observed b) {
    return new Metric(
        b.group(),
        b.id(),
        b.name(),
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
        java.util.stream.IntStream.range(0, metrics.size())
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
    TrialMoments[] moments = new TrialMoments[1];
    RunListener both =
        new RunListener() {
          @Override
          public void prepared(RunPlan plan) {
            moments[0] = new TrialMoments(plan);
            listener.prepared(plan);
          }

          @Override
          public void trialsDone(List<TrialOutcome> outcomes) {
            outcomes.forEach(moments[0]::add);
            listener.trialsDone(outcomes);
          }
        };
    BooleanSupplier never = () -> false;
    RunSummary s = new MonteCarlo(scenario, settings).run(both, never).summary();
    TrialMoments m = moments[0];

    Map<String, Observed> out = new LinkedHashMap<>();
    Adder add = new Adder(out);
    add.proportion(Group.RUN, "", "p_no_leak", s.noLeak());
    add.mean(Group.RUN, "", "leakers_mean", m.leakers());
    add.mean(Group.RUN, "", "interceptors_fired_mean", m.interceptorsFired());
    List<Layer> layers = s.perLayer().stream().map(RunSummary.LayerStats::layer).toList();
    for (int j = 0; j < s.perThreat().size(); j++) {
      RunSummary.ThreatStats t = s.perThreat().get(j);
      String id = t.threatId();
      add.proportion(Group.THREAT, id, "p_detected", t.detected());
      add.proportion(Group.THREAT, id, "p_firm_track", t.firmTracked());
      add.proportion(Group.THREAT, id, "p_engaged", t.engaged());
      add.proportion(Group.THREAT, id, "p_killed", t.killed());
      for (Layer layer : layers) {
        add.proportion(
            Group.THREAT, id, "p_killed_by_" + name(layer), t.killedByLayer().get(layer.ordinal()));
      }
      add.mean(Group.THREAT, id, "interceptors_mean", m.threatInterceptors(j));
    }
    for (int i = 0; i < s.perAsset().size(); i++) {
      RunSummary.AssetStats asset = s.perAsset().get(i);
      add.proportion(Group.ASSET, asset.assetId(), "p_survived", asset.survived());
      add.mean(Group.ASSET, asset.assetId(), "leakers_mean", m.assetLeakers(i));
    }
    for (int i = 0; i < s.perBattery().size(); i++) {
      RunSummary.BatteryStats battery = s.perBattery().get(i);
      add.mean(Group.BATTERY, battery.batteryId(), "fired_mean", m.batteryFired(i));
      add.mean(Group.BATTERY, battery.batteryId(), "kills_mean", m.batteryKills(i));
      add.proportion(Group.BATTERY, battery.batteryId(), "p_emptied", battery.emptied());
    }
    for (Layer layer : layers) {
      add.mean(Group.LAYER, name(layer), "fired_mean", m.layerFired(layer));
      add.mean(Group.LAYER, name(layer), "kills_mean", m.layerKills(layer));
    }
    return out;
  }

  /** Adds a side's metrics to its map under their keys. */
  private record Adder(Map<String, Observed> out) {
    void proportion(Group group, String id, String name, Proportion p) {
      put(new Observed(group, id, name, p, null));
    }

    void mean(Group group, String id, String name, SampleMean mean) {
      put(new Observed(group, id, name, null, mean));
    }

    private void put(Observed observed) {
      out.put(observed.key(), observed);
    }
  }

  /** A layer's name as an id: {@code upper_terminal}. */
  static String name(Layer layer) {
    return layer.name().toLowerCase(Locale.ROOT);
  }
}
