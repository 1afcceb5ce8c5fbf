package shield.track;

import java.util.Arrays;
import java.util.Locale;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;

/**
 * A track's state estimate: position and velocity in ECEF with their covariance, at a time.
 *
 * <p>The arrays are copied in and out, so an estimate is immutable.
 *
 * @param timeS time of the estimate (s from the scenario epoch)
 * @param stateEcef position (m) in 0..2 and velocity relative to the Earth (m/s) in 3..5, ECEF
 * @param covariance 6×6 covariance of the state (m², m²/s, m²/s²); stored symmetrised
 */
public record TrackEstimate(double timeS, double[] stateEcef, double[][] covariance) {

  public TrackEstimate {
    if (stateEcef.length != 6 || covariance.length != 6) {
      throw new IllegalArgumentException("a track estimate has 6 states and a 6×6 covariance");
    }
    stateEcef = stateEcef.clone();
    double[][] copy = new double[6][];
    for (int i = 0; i < 6; i++) {
      if (covariance[i].length != 6) {
        throw new IllegalArgumentException("the covariance must be 6×6");
      }
      copy[i] = covariance[i].clone();
    }
    // Floating-point products leave P symmetric only to rounding; make it exactly so.
    for (int i = 0; i < 6; i++) {
      for (int j = 0; j < i; j++) {
        double mean = 0.5 * (copy[i][j] + copy[j][i]);
        copy[i][j] = mean;
        copy[j][i] = mean;
      }
    }
    covariance = copy;
  }

  /** An estimate from a row-major 6×6 covariance. */
  static TrackEstimate ofRowMajor(double timeS, double[] stateEcef, double[] covarianceRowMajor) {
    double[][] p = new double[6][6];
    for (int i = 0; i < 6; i++) {
      System.arraycopy(covarianceRowMajor, 6 * i, p[i], 0, 6);
    }
    return new TrackEstimate(timeS, stateEcef, p);
  }

  @Override
  public double[] stateEcef() {
    return stateEcef.clone();
  }

  @Override
  public double[][] covariance() {
    double[][] copy = new double[6][];
    for (int i = 0; i < 6; i++) {
      copy[i] = covariance[i].clone();
    }
    return copy;
  }

  /** The covariance as a row-major array of 36 (m², m²/s, m²/s²). */
  double[] covarianceRowMajor() {
    double[] p = new double[36];
    for (int i = 0; i < 6; i++) {
      System.arraycopy(covariance[i], 0, p, 6 * i, 6);
    }
    return p;
  }

  /** Estimated position (m, ECEF). */
  public Vector3D positionEcef() {
    return new Vector3D(stateEcef[0], stateEcef[1], stateEcef[2]);
  }

  /** Estimated velocity relative to the Earth (m/s, ECEF). */
  public Vector3D velocityEcef() {
    return new Vector3D(stateEcef[3], stateEcef[4], stateEcef[5]);
  }

  /**
   * The largest 1σ semi-axis of the position uncertainty ellipsoid: the square root of the largest
   * eigenvalue of the 3×3 position block of the covariance (m).
   */
  public double positionSigmaMaxM() {
    double[][] block = new double[3][3];
    for (int i = 0; i < 3; i++) {
      System.arraycopy(covariance[i], 0, block[i], 0, 3);
    }
    double[] eigenvalues =
        new EigenDecompositionSymmetric(new Array2DRowRealMatrix(block, false)).getEigenvalues();
    double largest = Arrays.stream(eigenvalues).max().orElseThrow();
    return Math.sqrt(Math.max(largest, 0));
  }

  /**
   * The estimate propagated to another time along the ballistic dynamics, with its covariance
   * mapped by the state-transition matrix (Φ P Φᵀ, no process noise: the spread of the ballistic
   * futures consistent with the estimate).
   *
   * @param newTimeS the time to predict to (s from the scenario epoch), before or after this one
   * @return the predicted estimate
   */
  public TrackEstimate predictedTo(double newTimeS) {
    double[] pv = new double[6];
    double[] p = new double[36];
    new BallisticProcess(ProcessNoise.NONE)
        .predict(stateEcef, covarianceRowMajor(), newTimeS - timeS, pv, p);
    return ofRowMajor(newTimeS, pv, p);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TrackEstimate e
        && Double.compare(timeS, e.timeS) == 0
        && Arrays.equals(stateEcef, e.stateEcef)
        && Arrays.deepEquals(covariance, e.covariance);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Double.hashCode(timeS) + Arrays.hashCode(stateEcef))
        + Arrays.deepHashCode(covariance);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "TrackEstimate[t=%.3f s, r=(%.1f, %.1f, %.1f) m, v=(%.2f, %.2f, %.2f) m/s, σmax=%.1f m]",
        timeS,
        stateEcef[0],
        stateEcef[1],
        stateEcef[2],
        stateEcef[3],
        stateEcef[4],
        stateEcef[5],
        positionSigmaMaxM());
  }
}
