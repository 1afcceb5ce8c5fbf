package shield.analysis;

import java.util.List;
import shield.engage.Layer;
import shield.scenario.Battery;
import shield.sim.RunPlan;
import shield.sim.ThreatOutcome;
import shield.sim.TrialOutcome;

/**
 * Running sums and sums of squares of the per-trial counts behind a run summary's means (leakers,
 * interceptors, per threat, asset, battery and layer), which the summary gives without their
 * variance. Fed the trial outcomes of one run; mutable, and used only while that run goes on.
 */
final class TrialMoments {

  private final RunPlan plan;
  private final int[] batteryLayer;
  private long trials;
  private final long[] leakers = new long[2];
  private final long[] interceptors = new long[2];
  private final long[][] threatInterceptors;
  private final long[][] assetLeakers;
  private final long[][] batteryFired;
  private final long[][] batteryKills;
  private final long[][] layerFired;
  private final long[][] layerKills;

  TrialMoments(RunPlan plan) {
    this.plan = plan;
    List<Battery> batteries = plan.scenario().batteries();
    batteryLayer = batteries.stream().mapToInt(b -> b.type().layer().ordinal()).toArray();
    threatInterceptors = new long[plan.scenario().threats().size()][2];
    assetLeakers = new long[plan.scenario().assets().size()][2];
    batteryFired = new long[batteries.size()][2];
    batteryKills = new long[batteries.size()][2];
    layerFired = new long[Layer.values().length][2];
    layerKills = new long[Layer.values().length][2];
  }

  void add(TrialOutcome outcome) {
    trials++;
    add(leakers, outcome.leakers());
    add(interceptors, outcome.interceptorsFired());
    int[] assetLeaks = new int[assetLeakers.length];
    for (int j = 0; j < threatInterceptors.length; j++) {
      ThreatOutcome t = outcome.threats().get(j);
      add(threatInterceptors[j], t.interceptorsFired());
      int a = plan.threatAsset(j);
      if (a >= 0 && t.leaked()) {
        assetLeaks[a]++;
      }
    }
    for (int a = 0; a < assetLeaks.length; a++) {
      add(assetLeakers[a], assetLeaks[a]);
    }
    int[] fired = outcome.firedPerBattery();
    int[] kills = outcome.killsPerBattery();
    int[] firedByLayer = new int[layerFired.length];
    int[] killsByLayer = new int[layerKills.length];
    for (int b = 0; b < fired.length; b++) {
      add(batteryFired[b], fired[b]);
      add(batteryKills[b], kills[b]);
      firedByLayer[batteryLayer[b]] += fired[b];
      killsByLayer[batteryLayer[b]] += kills[b];
    }
    for (int l = 0; l < firedByLayer.length; l++) {
      add(layerFired[l], firedByLayer[l]);
      add(layerKills[l], killsByLayer[l]);
    }
  }

  private static void add(long[] sums, int x) {
    sums[0] += x;
    sums[1] += (long) x * x;
  }

  private SampleMean mean(long[] sums) {
    return SampleMean.ofSums(trials, sums[0], sums[1]);
  }

  SampleMean leakers() {
    return mean(leakers);
  }

  SampleMean interceptorsFired() {
    return mean(interceptors);
  }

  SampleMean threatInterceptors(int threat) {
    return mean(threatInterceptors[threat]);
  }

  SampleMean assetLeakers(int asset) {
    return mean(assetLeakers[asset]);
  }

  SampleMean batteryFired(int battery) {
    return mean(batteryFired[battery]);
  }

  SampleMean batteryKills(int battery) {
    return mean(batteryKills[battery]);
  }

  SampleMean layerFired(Layer layer) {
    return mean(layerFired[layer.ordinal()]);
  }

  SampleMean layerKills(Layer layer) {
    return mean(layerKills[layer.ordinal()]);
  }
}
