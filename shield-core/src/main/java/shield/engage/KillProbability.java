package shield.engage;

import org.hipparchus.special.Erf;

/**
 * The predicted kill probability of one interceptor: its single-shot kill probability when the
 * track is good, lowered by the chance that the kill vehicle's divert cannot take out the handover
 * error.
 *
 * <pre>
 *   P_k = P_ssk · P(|e| ≤ R),    e ~ N(0, σ² I₃),    R = ½ · Δv_divert · t_home
 *   P(|e| ≤ R) = erf(x/√2) − √(2/π) · x · exp(−x²/2),   x = R/σ   (Maxwell distribution CDF)
 * </pre>
 *
 * <p>The handover error e is the track's position error when the kill vehicle takes over, modelled
 * as an isotropic 3-D Gaussian whose σ per axis is the track's largest 1σ axis (a conservative
 * choice; its growth between handover and intercept is left to the caller). R is how far the kill
 * vehicle can move sideways by spending its whole divert budget Δv_divert at a constant
 * acceleration over the homing time t_home = min({@link #HOMING_TIME_S}, time of flight): ½ a t²
 * with a = Δv/t.
 */
public final class KillProbability {

  /** Duration of the terminal homing in which the divert budget is spent (s); notional. */
  public static final double HOMING_TIME_S = 10;

  private KillProbability() {}

  /**
   * Predicted P_k of one interceptor for an opportunity.
   *
   * @param type the interceptor type
   * @param o the opportunity
   * @param trackSigmaM the track's largest 1σ position axis at handover (m), ≥ 0
   * @return P_ssk when the track is perfect, lower as σ grows
   */
  public static double predicted(InterceptorType type, Opportunity o, double trackSigmaM) {
    if (!(trackSigmaM >= 0)) {
      throw new IllegalArgumentException("track sigma must be >= 0 m, got " + trackSigmaM);
    }
    double reachM = divertReachM(type, o.timeOfFlightS());
    return type.singleShotKillProbability() * withinRadius(reachM, trackSigmaM);
  }

  /**
   * The kill vehicle's divert reach R = ½ · Δv_divert · t_home (m).
   *
   * @param type the interceptor type
   * @param timeOfFlightS the flight's duration (s), which bounds the homing time
   */
  public static double divertReachM(InterceptorType type, double timeOfFlightS) {
    return 0.5 * type.divertMps() * Math.min(HOMING_TIME_S, Math.max(0, timeOfFlightS));
  }

  /**
   * P(|e| ≤ R) for a 3-D isotropic Gaussian e of σ per axis: the Maxwell distribution's CDF.
   *
   * @param radiusM R (m), ≥ 0
   * @param sigmaM σ per axis (m), ≥ 0; zero means no error
   */
  public static double withinRadius(double radiusM, double sigmaM) {
    if (sigmaM == 0) {
      return 1;
    }
    double x = radiusM / sigmaM;
    return Math.max(
        0, Erf.erf(x / Math.sqrt(2)) - Math.sqrt(2 / Math.PI) * x * Math.exp(-0.5 * x * x));
  }
}
