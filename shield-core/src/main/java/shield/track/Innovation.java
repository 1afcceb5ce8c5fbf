package shield.track;

/**
 * The innovation of one radar measurement against a track's prediction: the residual ν = z − h(x̂⁻)
 * (range m, azimuth rad wrapped into (−π, π], elevation rad) and its covariance S = H P⁻ Hᵀ + R.
 *
 * @param residual ν, three elements
 * @param covariance S, 3×3 row-major (m², m·rad, rad²)
 */
public record Innovation(double[] residual, double[] covariance) {

  /** The normalised innovation squared νᵀ S⁻¹ ν, χ²(3)-distributed for a consistent filter. */
  public double nis() {
    double[] l = cholesky();
    // Solve L y = ν; then NIS = |y|².
    double y0 = residual[0] / l[0];
    double y1 = (residual[1] - l[3] * y0) / l[4];
    double y2 = (residual[2] - l[6] * y0 - l[7] * y1) / l[8];
    return y0 * y0 + y1 * y1 + y2 * y2;
  }

  /** ln det S (S in m², m·rad, rad²). */
  public double logDeterminant() {
    double[] l = cholesky();
    return 2 * (Math.log(l[0]) + Math.log(l[4]) + Math.log(l[8]));
  }

  /** ln N(ν; 0, S), the log-likelihood of the measurement under the prediction. */
  public double logLikelihood() {
    return -0.5 * (nis() + logDeterminant() + 3 * Math.log(2 * Math.PI));
  }

  /** The lower Cholesky factor of S, row-major. */
  private double[] cholesky() {
    double[] s = covariance;
    double l00 = Math.sqrt(s[0]);
    double l10 = s[3] / l00;
    double l20 = s[6] / l00;
    double l11 = Math.sqrt(s[4] - l10 * l10);
    double l21 = (s[7] - l20 * l10) / l11;
    double l22 = Math.sqrt(s[8] - l20 * l20 - l21 * l21);
    return new double[] {l00, 0, 0, l10, l11, 0, l20, l21, l22};
  }

  /**
   * The innovation of a measurement against a predicted estimate at the measurement's time.
   *
   * @param predicted the state and covariance predicted to the measurement's time
   * @param m the measurement
   */
  static Innovation of(TrackEstimate predicted, shield.sense.Measurement m) {
    double[] z = new double[3];
    double[] h = new double[18];
    RadarModel.measure(m.site(), predicted.stateEcef(), z, h);
    double[] p = predicted.covarianceRowMajor();
    double[] hp = new double[18];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 6; j++) {
        double sum = 0;
        for (int k = 0; k < 3; k++) {
          sum += h[6 * i + k] * p[6 * k + j];
        }
        hp[6 * i + j] = sum;
      }
    }
    double[] s = new double[9];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        double sum = 0;
        for (int k = 0; k < 3; k++) {
          sum += hp[6 * i + k] * h[6 * j + k];
        }
        s[3 * i + j] = sum;
      }
    }
    s[0] += m.rangeSigmaM() * m.rangeSigmaM();
    s[4] += m.angleSigmaRad() * m.angleSigmaRad();
    s[8] += m.angleSigmaRad() * m.angleSigmaRad();
    double[] residual = {
      m.rangeM() - z[0], RadarModel.wrap(m.azimuthRad() - z[1]), m.elevationRad() - z[2]
    };
    return new Innovation(residual, s);
  }
}
