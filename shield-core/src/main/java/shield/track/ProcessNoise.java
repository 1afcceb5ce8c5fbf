package shield.track;

import shield.earth.StandardAtmosphere;
import shield.earth.Wgs84;

/**
 * The process noise of one motion hypothesis: an unknown acceleration held constant over each
 * prediction interval (Bar-Shalom, Li &amp; Kirubarajan 2001, §6.3.2, the discrete white noise
 * acceleration model: a piecewise-constant acceleration), with an isotropic part and a drag part
 * along the velocity.
 *
 * <pre>
 *   Q(Δt) = | Δt⁴/4 S   Δt³/2 S |     S = σ² I + a_D² u uᵀ,   u = v/|v|
 *           | Δt³/2 S   Δt²   S |     a_D = ρ(h) |v|² / (2 β_min)
 * </pre>
 *
 * <p>The dynamics carry no drag: its size depends on the ballistic coefficient β, which the tracker
 * does not know. Instead a_D, the deceleration of the least dense object considered (β_min) in the
 * US Standard Atmosphere 1976 at the state's height, is the 1σ size of an unmodelled acceleration
 * along the velocity. It is negligible above about 100 km (ρ(100 km) = 5.6e-7 kg/m³: 3 mm/s² at 7
 * km/s for β = 5,000 kg/m²) and dominates below about 60 km. A piecewise-constant model fits drag
 * and thrust better than white noise: both are biases that persist over a revisit.
 *
 * @param accelerationSigmaMps2 σ, the 1σ of the isotropic unmodelled acceleration per axis (m/s²)
 * @param minBallisticCoefficientKgM2 β_min, the smallest ballistic coefficient m/(C_D A) allowed
 *     for (kg/m²)
 */
public record ProcessNoise(double accelerationSigmaMps2, double minBallisticCoefficientKgM2) {

  /** No process noise at all: an infinitely dense object with no unmodelled acceleration. */
  public static final ProcessNoise NONE = new ProcessNoise(0, Double.POSITIVE_INFINITY);

  public ProcessNoise {
    if (!(accelerationSigmaMps2 >= 0 && minBallisticCoefficientKgM2 > 0)) {
      throw new IllegalArgumentException(
          "process noise needs σ >= 0 m/s² and β_min > 0 kg/m², got "
              + accelerationSigmaMps2
              + " m/s² and "
              + minBallisticCoefficientKgM2
              + " kg/m²");
    }
  }

  /**
   * The drag deceleration of an object of ballistic coefficient β_min at a state.
   *
   * @param pv position (m) and velocity relative to the Earth (m/s), ECEF
   * @return ρ(h)|v|²/(2β_min) (m/s²); 0 above the top of the standard atmosphere
   */
  public double dragAccelerationMps2(double[] pv) {
    double heightM = Wgs84.heightM(pv[0], pv[1], pv[2]);
    if (heightM >= StandardAtmosphere.MAX_ALTITUDE_M) {
      return 0;
    }
    double rho =
        StandardAtmosphere.densityKgM3(Math.max(heightM, StandardAtmosphere.MIN_ALTITUDE_M));
    double v2 = pv[3] * pv[3] + pv[4] * pv[4] + pv[5] * pv[5];
    return rho * v2 / (2 * minBallisticCoefficientKgM2);
  }

  /**
   * The process noise covariance over an interval, evaluated at the state at its start.
   *
   * @param pv position (m) and velocity (m/s), ECEF, at the start of the interval
   * @param durationS the interval (s); its sign does not matter
   * @param qOut receives the 6×6 covariance (m², m²/s, m²/s²), row-major
   */
  public void covariance(double[] pv, double durationS, double[] qOut) {
    double sigma2 = accelerationSigmaMps2 * accelerationSigmaMps2;
    double drag = dragAccelerationMps2(pv);
    double speed = Math.sqrt(pv[3] * pv[3] + pv[4] * pv[4] + pv[5] * pv[5]);
    double[] s = new double[9];
    for (int i = 0; i < 3; i++) {
      s[4 * i] = sigma2;
    }
    if (drag > 0 && speed > 0) {
      double d2 = drag * drag / (speed * speed);
      for (int i = 0; i < 3; i++) {
        for (int j = 0; j < 3; j++) {
          s[3 * i + j] += d2 * pv[3 + i] * pv[3 + j];
        }
      }
    }
    double dt = Math.abs(durationS);
    double pp = dt * dt * dt * dt / 4;
    double pv2 = dt * dt * dt / 2;
    double vv = dt * dt;
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        double sij = s[3 * i + j];
        qOut[6 * i + j] = pp * sij;
        qOut[6 * i + 3 + j] = pv2 * sij;
        qOut[6 * (3 + i) + j] = pv2 * sij;
        qOut[6 * (3 + i) + 3 + j] = vv * sij;
      }
    }
  }
}
