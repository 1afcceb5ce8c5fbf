package shield.sense;

/**
 * Single-look detection of a fluctuating target and the accuracy of the measurement it yields.
 *
 * <p><b>Detection.</b> A Swerling I target (Rayleigh amplitude, constant over a look) seen in
 * Gaussian noise by a square-law detector with threshold T = −ln P_fa (in units of the mean noise
 * power) is detected with probability P_d = P_fa^(1/(1+SNR)) (Skolnik, <i>Introduction to Radar
 * Systems</i>, 3rd ed., detection of fluctuating targets; Richards, <i>Fundamentals of Radar Signal
 * Processing</i>, 2nd ed., Swerling models). The inverse is SNR = ln P_fa / ln P_d − 1.
 *
 * <p><b>Accuracy.</b> Thermal noise limits the range and angle measurements to σ_R = ΔR/√(2·SNR)
 * and σ_θ = θ_3dB/(k_m·√(2·SNR)), with ΔR the range resolution, θ_3dB the beamwidth and k_m ≈ 1.6
 * the monopulse difference slope (Barton, <i>Radar System Analysis and Modeling</i>, 2005; Skolnik,
 * <i>Introduction to Radar Systems</i>, 3rd ed., tracking accuracy). A real radar never does better
 * than its calibration, its tropospheric and ionospheric corrections and its array alignment, so a
 * bias-like floor is added in quadrature: 1 m in range (residual propagation delay after
 * correction, of the order of metres) and 50 µrad in angle (residual refraction correction and
 * array alignment, tens of microradians). Both floors are notional.
 */
public final class Detection {

  /** Monopulse difference slope k_m (Barton; Skolnik): about 1.6 for a typical taper. */
  public static final double MONOPULSE_SLOPE = 1.6;

  /** Floor of the range noise (m): notional, see the class comment. */
  public static final double RANGE_FLOOR_M = 1.0;

  /** Floor of the angle noise (rad): notional, see the class comment. */
  public static final double ANGLE_FLOOR_RAD = 50e-6;

  private Detection() {}

  /**
   * Returns the single-look probability of detecting a Swerling I target.
   *
   * @param snr mean signal-to-noise ratio of the look (linear, ≥ 0)
   * @param pfa probability of false alarm, in (0, 1)
   * @return P_d = P_fa^(1/(1+SNR))
   */
  public static double swerling1Pd(double snr, double pfa) {
    checkPfa(pfa);
    if (!(snr >= 0)) {
      throw new IllegalArgumentException("signal-to-noise ratio must be zero or more, got " + snr);
    }
    return Math.pow(pfa, 1 / (1 + snr));
  }

  /**
   * Returns the mean signal-to-noise ratio at which a Swerling I target is detected with a given
   * probability.
   *
   * @param pd probability of detection, in (P_fa, 1)
   * @param pfa probability of false alarm, in (0, 1)
   * @return SNR = ln P_fa / ln P_d − 1 (linear)
   */
  public static double snrForPd(double pd, double pfa) {
    checkPfa(pfa);
    if (!(pd > pfa && pd < 1)) {
      throw new IllegalArgumentException(
          "probability of detection must lie between the false-alarm probability "
              + pfa
              + " and 1, got "
              + pd);
    }
    return Math.log(pfa) / Math.log(pd) - 1;
  }

  /**
   * Returns the standard deviation of the range noise.
   *
   * @param snr signal-to-noise ratio of the look (linear, > 0)
   * @param rangeResolutionM range resolution ΔR of the waveform (m)
   * @return √((ΔR/√(2·SNR))² + floor²) (m)
   */
  public static double rangeSigmaM(double snr, double rangeResolutionM) {
    double thermal = rangeResolutionM / Math.sqrt(2 * snr);
    return Math.hypot(thermal, RANGE_FLOOR_M);
  }

  /**
   * Returns the standard deviation of the noise of each angle.
   *
   * @param snr signal-to-noise ratio of the look (linear, > 0)
   * @param beamwidthRad 3 dB beamwidth θ_3dB (rad)
   * @return √((θ_3dB/(k_m·√(2·SNR)))² + floor²) (rad)
   */
  public static double angleSigmaRad(double snr, double beamwidthRad) {
    double thermal = beamwidthRad / (MONOPULSE_SLOPE * Math.sqrt(2 * snr));
    return Math.hypot(thermal, ANGLE_FLOOR_RAD);
  }

  private static void checkPfa(double pfa) {
    if (!(pfa > 0 && pfa < 1)) {
      throw new IllegalArgumentException("false-alarm probability must lie in (0, 1), got " + pfa);
    }
  }
}
