package shield.engage;

import java.util.List;
import java.util.Objects;

/**
 * An interceptor type: how its boosters fly it out and where and how well its kill vehicle can
 * kill.
 *
 * @param id catalog identifier, e.g. {@code sm3-iia}
 * @param name a readable name
 * @param stages the boost stages in firing order, at least one; the last one's burnout speed is the
 *     type's burnout speed
 * @param divertMps the kill vehicle's divert velocity budget (m/s)
 * @param minInterceptAltitudeM lowest altitude at which the kill vehicle can kill (m); for
 *     exo-atmospheric kill vehicles, the top of the sensible atmosphere
 * @param maxInterceptAltitudeM highest altitude at which it can kill (m)
 * @param maxGroundRangeM largest ground range from the launcher to an intercept (m)
 * @param maxTimeOfFlightS longest flight from launch to intercept (s)
 * @param singleShotKillProbability P_ssk with a good track, in [0, 1]
 * @param reactionTimeS from the decision to fire to the launch (s)
 * @param layer the layer it fights in
 * @param source where the figures come from
 * @param notional true when the figures are estimates rather than published values
 */
public record InterceptorType(
    String id,
    String name,
    List<Stage> stages,
    double divertMps,
    double minInterceptAltitudeM,
    double maxInterceptAltitudeM,
    double maxGroundRangeM,
    double maxTimeOfFlightS,
    double singleShotKillProbability,
    double reactionTimeS,
    Layer layer,
    String source,
    boolean notional) {

  /**
   * One boost stage.
   *
   * @param burnTimeS burn duration (s)
   * @param burnoutSpeedMps the interceptor's speed at this stage's burnout (m/s)
   */
  public record Stage(double burnTimeS, double burnoutSpeedMps) {
    public Stage {
      if (!(burnTimeS > 0) || !(burnoutSpeedMps > 0)) {
        throw new IllegalArgumentException(
            "a stage needs a positive burn time and burnout speed, got "
                + burnTimeS
                + " s and "
                + burnoutSpeedMps
                + " m/s");
      }
    }
  }

  public InterceptorType {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(source, "source");
    stages = List.copyOf(stages);
    if (stages.isEmpty()) {
      throw new IllegalArgumentException("interceptor " + id + " needs at least one stage");
    }
    for (int i = 1; i < stages.size(); i++) {
      if (!(stages.get(i).burnoutSpeedMps() > stages.get(i - 1).burnoutSpeedMps())) {
        throw new IllegalArgumentException(
            "interceptor " + id + ": each stage must end faster than the one before");
      }
    }
    if (!(divertMps >= 0)
        || !(minInterceptAltitudeM >= 0)
        || !(maxInterceptAltitudeM > minInterceptAltitudeM)
        || !(maxGroundRangeM > 0)
        || !(maxTimeOfFlightS > 0)
        || !(reactionTimeS >= 0)) {
      throw new IllegalArgumentException("interceptor " + id + ": limits out of range");
    }
    if (!(singleShotKillProbability >= 0 && singleShotKillProbability <= 1)) {
      throw new IllegalArgumentException(
          "interceptor " + id + ": single-shot kill probability must be in [0, 1]");
    }
  }

  /** Speed at the last stage's burnout (m/s). */
  public double burnoutSpeedMps() {
    return stages.get(stages.size() - 1).burnoutSpeedMps();
  }

  /** Total boost duration (s). */
  public double burnTimeS() {
    return stages.stream().mapToDouble(Stage::burnTimeS).sum();
  }

  /**
   * The same type with another burnout speed: every stage's burnout speed scaled by one factor, the
   * burn times kept, so each stage's acceleration scales alike. The deterrence analysis sweeps the
   * disputed burnout speed this way.
   *
   * @param speedMps the new burnout speed of the last stage (m/s), positive
   */
  public InterceptorType withBurnoutSpeedMps(double speedMps) {
    if (!(speedMps > 0)) {
      throw new IllegalArgumentException("a burnout speed must be positive, got " + speedMps);
    }
    double scale = speedMps / burnoutSpeedMps();
    List<Stage> scaled =
        stages.stream().map(s -> new Stage(s.burnTimeS(), s.burnoutSpeedMps() * scale)).toList();
    return new InterceptorType(
        id,
        name,
        scaled,
        divertMps,
        minInterceptAltitudeM,
        maxInterceptAltitudeM,
        maxGroundRangeM,
        maxTimeOfFlightS,
        singleShotKillProbability,
        reactionTimeS,
        layer,
        source,
        notional);
  }
}
