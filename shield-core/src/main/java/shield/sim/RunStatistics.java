package shield.sim;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import shield.engage.Layer;
import shield.scenario.Battery;
import shield.scenario.DefendedAsset;
import shield.scenario.Scenario;
import shield.scenario.Threat;

/**
 * Accumulates trial outcomes into a run's statistics, in constant memory whatever the number of
 * trials. Fed in trial order, so sums come out the same whatever the threads.
 */
final class RunStatistics {

  private final RunPlan plan;
  private final RunSettings settings;
  private final int nt;
  private final int nb;
  private final int na;
  private final Layer[] layers = Layer.values();

  private long trials;
  private long noLeak;
  private long leakers;
  private long interceptors;
  private final long[] leakersHistogram;
  private final long[] detected;
  private final long[] firmTracked;
  private final long[] engaged;
  private final long[] killed;
  private final long[][] killedByLayer;
  private final long[] interceptorsAt;
  private final long[] assetSurvived;
  private final long[] assetLeakers;
  private final long[] batteryFired;
  private final long[] batteryKills;
  private final long[] batteryEmptied;

  RunStatistics(RunPlan plan, RunSettings settings) {
    this.plan = plan;
    this.settings = settings;
    Scenario scenario = plan.scenario();
    nt = scenario.threats().size();
    nb = scenario.batteries().size();
    na = scenario.assets().size();
    leakersHistogram = new long[nt + 1];
    detected = new long[nt];
    firmTracked = new long[nt];
    engaged = new long[nt];
    killed = new long[nt];
    killedByLayer = new long[nt][layers.length];
    interceptorsAt = new long[nt];
    assetSurvived = new long[na];
    assetLeakers = new long[na];
    batteryFired = new long[nb];
    batteryKills = new long[nb];
    batteryEmptied = new long[nb];
  }

  void add(TrialOutcome outcome) {
    List<Battery> batteries = plan.scenario().batteries();
    trials++;
    int leaked = outcome.leakers();
    leakers += leaked;
    noLeak += leaked == 0 ? 1 : 0;
    leakersHistogram[leaked]++;
    interceptors += outcome.interceptorsFired();
    int[] assetLeaks = new int[na];
    for (int j = 0; j < nt; j++) {
      ThreatOutcome t = outcome.threats().get(j);
      detected[j] += t.detected() ? 1 : 0;
      firmTracked[j] += t.firmTracked() ? 1 : 0;
      engaged[j] += t.engaged() ? 1 : 0;
      killed[j] += t.killed() ? 1 : 0;
      if (t.killed()) {
        killedByLayer[j][batteries.get(t.killerBattery()).type().layer().ordinal()]++;
      }
      interceptorsAt[j] += t.interceptorsFired();
      int a = plan.threatAsset(j);
      if (a >= 0 && t.leaked()) {
        assetLeaks[a]++;
      }
    }
    for (int a = 0; a < na; a++) {
      assetSurvived[a] += assetLeaks[a] == 0 ? 1 : 0;
      assetLeakers[a] += assetLeaks[a];
    }
    int[] fired = outcome.firedPerBattery();
    int[] kills = outcome.killsPerBattery();
    for (int b = 0; b < nb; b++) {
      batteryFired[b] += fired[b];
      batteryKills[b] += kills[b];
      batteryEmptied[b] += fired[b] >= batteries.get(b).inventory() ? 1 : 0;
    }
  }

  long trials() {
    return trials;
  }

  RunSummary summary(boolean partial) {
    Scenario scenario = plan.scenario();
    List<RunSummary.ThreatStats> perThreat = new ArrayList<>(nt);
    for (int j = 0; j < nt; j++) {
      Threat threat = scenario.threats().get(j);
      List<Proportion> byLayer = new ArrayList<>();
      for (Layer layer : layers) {
        byLayer.add(share(killedByLayer[j][layer.ordinal()]));
      }
      int a = plan.threatAsset(j);
      perThreat.add(
          new RunSummary.ThreatStats(
              threat.id(),
              threat.missile().type().id(),
              a < 0 ? "" : scenario.assets().get(a).id(),
              share(detected[j]),
              share(firmTracked[j]),
              share(engaged[j]),
              share(killed[j]),
              byLayer,
              mean(interceptorsAt[j])));
    }
    List<RunSummary.AssetStats> perAsset = new ArrayList<>(na);
    for (int a = 0; a < na; a++) {
      DefendedAsset asset = scenario.assets().get(a);
      int aimed = 0;
      for (int j = 0; j < nt; j++) {
        aimed += plan.threatAsset(j) == a ? 1 : 0;
      }
      perAsset.add(
          new RunSummary.AssetStats(
              asset.id(), asset.value(), aimed, share(assetSurvived[a]), mean(assetLeakers[a])));
    }
    List<RunSummary.BatteryStats> perBattery = new ArrayList<>(nb);
    EnumSet<Layer> present = EnumSet.noneOf(Layer.class);
    double[] layerFired = new double[layers.length];
    double[] layerKills = new double[layers.length];
    for (int b = 0; b < nb; b++) {
      Battery battery = scenario.batteries().get(b);
      Layer layer = battery.type().layer();
      present.add(layer);
      layerFired[layer.ordinal()] += mean(batteryFired[b]);
      layerKills[layer.ordinal()] += mean(batteryKills[b]);
      perBattery.add(
          new RunSummary.BatteryStats(
              battery.id(),
              battery.type().id(),
              layer,
              battery.inventory(),
              mean(batteryFired[b]),
              mean(batteryKills[b]),
              share(batteryEmptied[b])));
    }
    List<RunSummary.LayerStats> perLayer = new ArrayList<>();
    for (Layer layer : present) {
      perLayer.add(
          new RunSummary.LayerStats(
              layer, layerFired[layer.ordinal()], layerKills[layer.ordinal()]));
    }
    return new RunSummary(
        scenario.name(),
        settings.seed(),
        settings.trials(),
        (int) trials,
        partial,
        plan.sensingDraws(),
        settings.assignment(),
        share(noLeak),
        mean(leakers),
        leakersHistogram,
        mean(interceptors),
        perThreat,
        perAsset,
        perBattery,
        perLayer);
  }

  private Proportion share(long successes) {
    return new Proportion(successes, trials);
  }

  private double mean(long sum) {
    return trials == 0 ? Double.NaN : (double) sum / trials;
  }
}
