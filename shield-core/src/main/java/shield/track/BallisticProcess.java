package shield.track;

import org.hipparchus.filtering.kalman.extended.NonLinearEvolution;
import org.hipparchus.filtering.kalman.extended.NonLinearProcess;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * The ballistic motion and the radar measurement as a Hipparchus {@link NonLinearProcess}: the
 * evolution is the {@link BallisticDynamics} propagation with its state-transition matrix and the
 * {@link ProcessNoise}, the innovation is the measurement less {@link RadarModel}'s prediction with
 * the azimuth wrapped into (−π, π].
 *
 * <p>Not thread-safe: it keeps the dynamics' work arrays and the last prediction.
 */
final class BallisticProcess implements NonLinearProcess<RadarObservation> {

  private final BallisticDynamics dynamics = new BallisticDynamics();
  private final ProcessNoise noise;
  private final double[] start = new double[6];
  private final double[] predicted = new double[6];
  private final double[] stm = new double[36];
  private final double[] q = new double[36];
  private final double[] h = new double[18];
  private final double[] z = new double[3];
  private RealVector lastInnovation;

  BallisticProcess(ProcessNoise noise) {
    this.noise = noise;
  }

  ProcessNoise noise() {
    return noise;
  }

  /** The innovation of the last measurement processed (range m, azimuth rad, elevation rad). */
  RealVector lastInnovation() {
    return lastInnovation;
  }

  @Override
  public NonLinearEvolution getEvolution(
      double previousTime, RealVector previousState, RadarObservation measurement) {
    double durationS = measurement.getTime() - previousTime;
    for (int i = 0; i < 6; i++) {
      start[i] = previousState.getEntry(i);
    }
    predict(durationS);
    RadarModel.measure(measurement.measurement().site(), predicted, z, h);
    return new NonLinearEvolution(
        measurement.getTime(),
        new ArrayRealVector(predicted),
        DenseMatrix.ofRowMajor(stm, 6),
        DenseMatrix.ofRowMajor(q, 6),
        DenseMatrix.ofRowMajor(h, 3));
  }

  @Override
  public RealVector getInnovation(
      RadarObservation measurement, NonLinearEvolution evolution, RealMatrix innovationCovariance) {
    RealVector value = measurement.getValue();
    lastInnovation =
        new ArrayRealVector(
            new double[] {
              value.getEntry(0) - z[0],
              RadarModel.wrap(value.getEntry(1) - z[1]),
              value.getEntry(2) - z[2]
            },
            false);
    return lastInnovation;
  }

  /**
   * Predicts a state and its covariance, process noise included.
   *
   * @param pv state at the start, ECEF (m, m/s)
   * @param covariance its 6×6 covariance, row-major
   * @param durationS the interval (s)
   * @param pvOut receives the predicted state
   * @param covarianceOut receives the predicted covariance Φ P Φᵀ + Q, row-major
   */
  void predict(
      double[] pv, double[] covariance, double durationS, double[] pvOut, double[] covarianceOut) {
    System.arraycopy(pv, 0, start, 0, 6);
    predict(durationS);
    System.arraycopy(predicted, 0, pvOut, 0, 6);
    double[] phiP = new double[36];
    for (int i = 0; i < 6; i++) {
      for (int j = 0; j < 6; j++) {
        double sum = 0;
        for (int k = 0; k < 6; k++) {
          sum += stm[6 * i + k] * covariance[6 * k + j];
        }
        phiP[6 * i + j] = sum;
      }
    }
    for (int i = 0; i < 6; i++) {
      for (int j = 0; j < 6; j++) {
        double sum = q[6 * i + j];
        for (int k = 0; k < 6; k++) {
          sum += phiP[6 * i + k] * stm[6 * j + k];
        }
        covarianceOut[6 * i + j] = sum;
      }
    }
  }

  private void predict(double durationS) {
    dynamics.propagate(start, durationS, predicted, stm);
    noise.covariance(start, durationS, q);
  }
}
