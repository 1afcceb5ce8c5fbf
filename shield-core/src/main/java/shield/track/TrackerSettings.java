package shield.track;

import org.hipparchus.distribution.continuous.ChiSquaredDistribution;

/**
 * The tracker's parameters: track confirmation, association gate, firm-track criterion, coasting
 * and the process noise of its two motion hypotheses. All notional; {@link #defaults()} gives the
 * reasons for the values.
 *
 * @param confirmHits M: a tentative track is confirmed when M of its last N looks were hits
 * @param confirmLooks N, the looks of the M-of-N rule (a look is a scan of a sensor that has
 *     reported the track)
 * @param gateProbability probability that the gate holds a track's own measurement (χ² with 3
 *     degrees of freedom on the normalised innovation), in (0, 1)
 * @param firmSigmaM a confirmed track is firm while the largest 1σ axis of its position covariance
 *     is below this (m)
 * @param maxCoastS a track not updated for longer than this is lost (s)
 * @param coastAccelerationSigmaMps2 isotropic unmodelled acceleration of the coast hypothesis
 *     (m/s²)
 * @param boostAccelerationSigmaMps2 isotropic unmodelled acceleration of the boost hypothesis, the
 *     thrust (m/s²)
 * @param minBallisticCoefficientKgM2 the least dense object allowed for in the drag noise (kg/m²)
 * @param initialSpeedSigmaMps 1σ per axis of the velocity prior of a new track (m/s), around zero
 * @param coastSojournS mean time in coast before a switch to boost (s)
 * @param boostSojournS mean time in boost before a switch to coast (s)
 * @param initialBoostProbability probability of the boost hypothesis for a new track
 */
public record TrackerSettings(
    int confirmHits,
    int confirmLooks,
    double gateProbability,
    double firmSigmaM,
    double maxCoastS,
    double coastAccelerationSigmaMps2,
    double boostAccelerationSigmaMps2,
    double minBallisticCoefficientKgM2,
    double initialSpeedSigmaMps,
    double coastSojournS,
    double boostSojournS,
    double initialBoostProbability) {

  public TrackerSettings {
    if (!(confirmHits >= 1 && confirmLooks >= confirmHits)) {
      throw new IllegalArgumentException(
          "confirmation needs 1 <= M <= N, got M = " + confirmHits + ", N = " + confirmLooks);
    }
    if (!(gateProbability > 0 && gateProbability < 1)) {
      throw new IllegalArgumentException(
          "gate probability must be in (0, 1), got " + gateProbability);
    }
    requirePositive(firmSigmaM, "firm-track σ (m)");
    requirePositive(maxCoastS, "maximum coast (s)");
    requirePositive(boostAccelerationSigmaMps2, "boost acceleration σ (m/s²)");
    requirePositive(minBallisticCoefficientKgM2, "minimum ballistic coefficient (kg/m²)");
    requirePositive(initialSpeedSigmaMps, "initial speed σ (m/s)");
    requirePositive(coastSojournS, "coast sojourn (s)");
    requirePositive(boostSojournS, "boost sojourn (s)");
    if (!(coastAccelerationSigmaMps2 >= 0)) {
      throw new IllegalArgumentException(
          "coast acceleration σ must be >= 0 m/s², got " + coastAccelerationSigmaMps2);
    }
    if (!(initialBoostProbability >= 0 && initialBoostProbability <= 1)) {
      throw new IllegalArgumentException(
          "initial boost probability must be in [0, 1], got " + initialBoostProbability);
    }
  }

  /**
   * The defaults (notional; see {@code docs/validation-track.md}):
   *
   * <ul>
   *   <li>3 of 5 looks confirm, the common choice for a radar of high single-look detection
   *       probability: a false track from independent clutter needs three coincidences;
   *   <li>gate probability 0.999 (χ²₃ threshold 16.3): one own measurement in a thousand falls
   *       outside;
   *   <li>firm below 500 m (1σ, largest axis): a notional hit-to-kill interceptor needs the
   *       predicted intercept point inside its seeker's acquisition basket with its divert budget,
   *       a few kilometres; 3σ = 1.5 km leaves room for the covariance to grow over the flyout;
   *   <li>lost after 30 s without an update: three to six missed revisits of a 5–10 s radar;
   *   <li>coast noise 3e-4 m/s² (3e-5 g): above the geopotential terms beyond J2 (J3 and the
   *       tesserals, some 1e-5 m/s² at missile heights) that the dynamics omit;
   *   <li>boost noise 70 m/s² per axis (121 m/s² rms in 3-D): thrust accelerations of 1–14 g, the
   *       catalog's stages ending their burns at 7–14 g, held as biases between looks;
   *   <li>β_min 2,000 kg/m²: reentry vehicles span about 2,400–50,000 kg/m² (Zarchan, Tactical and
   *       Strategic Missile Guidance, 6th ed., uses 500–1,000 lb/ft² for slow RVs);
   *   <li>initial velocity σ 3 km/s per axis around zero: covers every missile speed to 2σ;
   *   <li>mean sojourns: boost 100 s (a stage burns for about a minute), coast 10,000 s (a
   *       ballistic object does not thrust again; the small rate keeps the boost model alive);
   *   <li>new tracks start at even odds between boost and coast.
   * </ul>
   */
  public static TrackerSettings defaults() {
    return new TrackerSettings(3, 5, 0.999, 500, 30, 3e-4, 70, 2000, 3000, 1e8, 100, 0.5);
  }

  /** The χ² gate threshold on the normalised innovation squared (3 degrees of freedom). */
  public double gateThreshold() {
    return new ChiSquaredDistribution(3).inverseCumulativeProbability(gateProbability);
  }

  /** Process noise of the coast hypothesis. */
  public ProcessNoise coastNoise() {
    return new ProcessNoise(coastAccelerationSigmaMps2, minBallisticCoefficientKgM2);
  }

  /** Process noise of the boost hypothesis. */
  public ProcessNoise boostNoise() {
    return new ProcessNoise(boostAccelerationSigmaMps2, minBallisticCoefficientKgM2);
  }

  /** The two-model track filter of these settings. */
  ImmFilter filter() {
    return new ImmFilter(coastNoise(), boostNoise(), coastSojournS, boostSojournS);
  }

  private static void requirePositive(double value, String what) {
    if (!(value > 0)) {
      throw new IllegalArgumentException(what + " must be > 0, got " + value);
    }
  }
}
