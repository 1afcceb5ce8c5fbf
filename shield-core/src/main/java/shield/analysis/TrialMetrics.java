package shield.analysis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import shield.analysis.ComparisonResult.Group;
import shield.analysis.ComparisonResult.Kind;
import shield.engage.Layer;
import shield.scenario.Battery;
import shield.scenario.Scenario;
import shield.sim.RunPlan;
import shield.sim.ThreatOutcome;
import shield.sim.TrialOutcome;

/**
 * The metrics of a run summary as per-trial values (0/1 for a proportion, a count for a mean),
 * accumulated over one run's trials into running sums, sums of squares and sums per sensing draw:
 * what the summary holds, plus what the tests of differences need. Mutable, and used only while its
 * run goes on.
 */
final class TrialMetrics {

  /**
   * One metric.
   *
   * @param group where it comes from
   * @param id the threat's, asset's or battery's id, the layer's name, or empty for the run
   * @param name its name, as in {@code summary.json}
   * @param kind a proportion or a mean
   */
  record Definition(Group group, String id, String name, Kind kind) {}

  private final List<Definition> definitions = new ArrayList<>();
  private final List<ToIntFunction<TrialOutcome>> values = new ArrayList<>();
  private long trials;
  private final long[] sums;
  private final long[] squares;
  private final long[][] drawSums;
  private final long[] drawTrials;

  TrialMetrics(RunPlan plan) {
    Scenario s = plan.scenario();
    List<Battery> batteries = s.batteries();
    int nt = s.threats().size();
    EnumSet<Layer> layers = EnumSet.noneOf(Layer.class);
    batteries.forEach(b -> layers.add(b.type().layer()));

    proportion(Group.RUN, "", "p_no_leak", o -> o.leakers() == 0 ? 1 : 0);
    mean(Group.RUN, "", "leakers_mean", TrialOutcome::leakers);
    mean(Group.RUN, "", "interceptors_fired_mean", TrialOutcome::interceptorsFired);
    for (int j = 0; j < nt; j++) {
      int t = j;
      String id = s.threats().get(j).id();
      proportion(Group.THREAT, id, "p_detected", o -> bit(o.threats().get(t).detected()));
      proportion(Group.THREAT, id, "p_firm_track", o -> bit(o.threats().get(t).firmTracked()));
      proportion(Group.THREAT, id, "p_engaged", o -> bit(o.threats().get(t).engaged()));
      proportion(Group.THREAT, id, "p_killed", o -> bit(o.threats().get(t).killed()));
      for (Layer layer : layers) {
        proportion(
            Group.THREAT,
            id,
            "p_killed_by_" + name(layer),
            o -> {
              ThreatOutcome x = o.threats().get(t);
              return bit(x.killed() && batteries.get(x.killerBattery()).type().layer() == layer);
            });
      }
      mean(Group.THREAT, id, "interceptors_mean", o -> o.threats().get(t).interceptorsFired());
    }
    for (int a = 0; a < s.assets().size(); a++) {
      int asset = a;
      ToIntFunction<TrialOutcome> leakers =
          o -> {
            int n = 0;
            for (int j = 0; j < nt; j++) {
              n += plan.threatAsset(j) == asset && o.threats().get(j).leaked() ? 1 : 0;
            }
            return n;
          };
      String id = s.assets().get(a).id();
      proportion(Group.ASSET, id, "p_survived", o -> bit(leakers.applyAsInt(o) == 0));
      mean(Group.ASSET, id, "leakers_mean", leakers);
    }
    for (int b = 0; b < batteries.size(); b++) {
      int battery = b;
      int inventory = batteries.get(b).inventory();
      String id = batteries.get(b).id();
      mean(Group.BATTERY, id, "fired_mean", o -> o.firedPerBattery()[battery]);
      mean(Group.BATTERY, id, "kills_mean", o -> o.killsPerBattery()[battery]);
      proportion(
          Group.BATTERY, id, "p_emptied", o -> bit(o.firedPerBattery()[battery] >= inventory));
    }
    for (Layer layer : layers) {
      mean(Group.LAYER, name(layer), "fired_mean", o -> inLayer(o.firedPerBattery(), s, layer));
      mean(Group.LAYER, name(layer), "kills_mean", o -> inLayer(o.killsPerBattery(), s, layer));
    }
    sums = new long[definitions.size()];
    squares = new long[definitions.size()];
    drawSums = new long[definitions.size()][plan.sensingDraws()];
    drawTrials = new long[plan.sensingDraws()];
  }

  private void proportion(Group group, String id, String name, ToIntFunction<TrialOutcome> x) {
    definitions.add(new Definition(group, id, name, Kind.PROPORTION));
    values.add(x);
  }

  private void mean(Group group, String id, String name, ToIntFunction<TrialOutcome> x) {
    definitions.add(new Definition(group, id, name, Kind.MEAN));
    values.add(x);
  }

  private static int bit(boolean b) {
    return b ? 1 : 0;
  }

  private static int inLayer(int[] perBattery, Scenario s, Layer layer) {
    int n = 0;
    for (int b = 0; b < perBattery.length; b++) {
      n += s.batteries().get(b).type().layer() == layer ? perBattery[b] : 0;
    }
    return n;
  }

  /** A layer's name as an id: {@code upper_terminal}. */
  static String name(Layer layer) {
    return layer.name().toLowerCase(Locale.ROOT);
  }

  void add(TrialOutcome outcome) {
    trials++;
    int draw = outcome.sensingDraw();
    drawTrials[draw]++;
    for (int k = 0; k < sums.length; k++) {
      long x = values.get(k).applyAsInt(outcome);
      sums[k] += x;
      squares[k] += x * x;
      drawSums[k][draw] += x;
    }
  }

  /** The metrics, in the order of the run summary: run, threats, assets, batteries, layers. */
  List<Definition> definitions() {
    return List.copyOf(definitions);
  }

  /** The sample of the k-th metric over the trials so far. */
  Sample sample(int k) {
    return Sample.of(trials, sums[k], squares[k], drawSums[k], drawTrials);
  }
}
