package shield.sim;

import java.util.List;
import shield.engage.Layer;

/**
 * The statistics of a Monte Carlo run.
 *
 * @param scenario the scenario's name
 * @param seed the run's seed
 * @param trialsRequested trials asked for
 * @param trials trials completed (fewer than asked when the run was stopped)
 * @param partial whether the run was stopped before all trials were done
 * @param sensingDraws how many independent draws of detection and tracking the trials share
 * @param assignment the weapon–target assignment algorithm's name
 * @param noLeak trials in which no threat reached the ground
 * @param leakersMean mean number of threats reaching the ground per trial
 * @param leakersHistogram trials with 0, 1, 2, … leakers, up to the number of threats
 * @param interceptorsFiredMean mean interceptors launched per trial
 * @param perThreat per threat, in the scenario's order
 * @param perAsset per defended asset, in the scenario's order
 * @param perBattery per battery, in the scenario's order
 * @param perLayer per layer that has a battery, outermost first
 */
public record RunSummary(
    String scenario,
    long seed,
    int trialsRequested,
    int trials,
    boolean partial,
    int sensingDraws,
    String assignment,
    Proportion noLeak,
    double leakersMean,
    long[] leakersHistogram,
    double interceptorsFiredMean,
    List<ThreatStats> perThreat,
    List<AssetStats> perAsset,
    List<BatteryStats> perBattery,
    List<LayerStats> perLayer) {

  public RunSummary {
    leakersHistogram = leakersHistogram.clone();
    perThreat = List.copyOf(perThreat);
    perAsset = List.copyOf(perAsset);
    perBattery = List.copyOf(perBattery);
    perLayer = List.copyOf(perLayer);
  }

  @Override
  public long[] leakersHistogram() {
    return leakersHistogram.clone();
  }

  /**
   * One threat over all trials.
   *
   * @param threatId the threat's id
   * @param missileId its missile class
   * @param assetId the defended asset it is predicted to hit, or empty
   * @param detected trials in which a network that a battery fires on received a report of it
   * @param firmTracked trials in which a battery's network held a firm track of it
   * @param engaged trials in which interceptors were launched at it
   * @param killed trials in which it was destroyed
   * @param killedByLayer trials in which it was destroyed by each layer, in {@link Layer} order
   * @param interceptorsMean mean interceptors launched at it per trial
   */
  public record ThreatStats(
      String threatId,
      String missileId,
      String assetId,
      Proportion detected,
      Proportion firmTracked,
      Proportion engaged,
      Proportion killed,
      List<Proportion> killedByLayer,
      double interceptorsMean) {
    public ThreatStats {
      killedByLayer = List.copyOf(killedByLayer);
    }
  }

  /**
   * One defended asset over all trials.
   *
   * @param assetId the asset's id
   * @param value its value
   * @param threatsAimed how many threats are predicted to hit it
   * @param survived trials in which no threat predicted to hit it reached the ground
   * @param leakersMean mean number of its threats reaching the ground per trial
   */
  public record AssetStats(
      String assetId, double value, int threatsAimed, Proportion survived, double leakersMean) {}

  /**
   * One battery over all trials.
   *
   * @param batteryId the battery's id
   * @param interceptorId its interceptor type
   * @param layer its layer
   * @param inventory interceptors it started with
   * @param firedMean mean interceptors launched per trial
   * @param killsMean mean threats destroyed per trial
   * @param emptied trials in which it fired its whole inventory
   */
  public record BatteryStats(
      String batteryId,
      String interceptorId,
      Layer layer,
      int inventory,
      double firedMean,
      double killsMean,
      Proportion emptied) {}

  /**
   * One layer over all trials.
   *
   * @param layer the layer
   * @param firedMean mean interceptors its batteries launched per trial
   * @param killsMean mean threats its batteries destroyed per trial
   */
  public record LayerStats(Layer layer, double firedMean, double killsMean) {}
}
