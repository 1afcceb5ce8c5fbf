package shield.track;

import org.hipparchus.filtering.kalman.ProcessEstimate;
import org.hipparchus.filtering.kalman.extended.ExtendedKalmanFilter;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import shield.sense.Measurement;

/**
 * An extended Kalman filter of one ballistic object from radar measurements: Hipparchus's {@link
 * ExtendedKalmanFilter} (predict Φ P Φᵀ + Q, gain from an LU solve of S, Joseph-form update) driven
 * by {@link BallisticProcess} (μ + J2 dynamics in ECEF with the rotating-frame terms, range,
 * azimuth and elevation from the measurement's site).
 *
 * <p>Mutable and not thread-safe: one filter per track.
 */
public final class BallisticEkf {

  /**
   * Smallest pivot accepted in the LU decomposition of S (m², rad²): far below any real S. LU
   * rather than Cholesky because Hipparchus's Cholesky insists on exact symmetry, and S = H P Hᵀ +
   * R computed in floating point is symmetric only to rounding.
   */
  private static final double SINGULARITY_THRESHOLD = 1e-30;

  private final BallisticProcess process;
  private final ExtendedKalmanFilter<RadarObservation> filter;

  /**
   * A filter started from an estimate.
   *
   * @param noise the process noise of the motion hypothesis
   * @param initial the state and covariance to start from
   */
  public BallisticEkf(ProcessNoise noise, TrackEstimate initial) {
    this.process = new BallisticProcess(noise);
    this.filter =
        new ExtendedKalmanFilter<>(
            new DenseLuDecomposer(SINGULARITY_THRESHOLD),
            process,
            new ProcessEstimate(
                initial.timeS(),
                new ArrayRealVector(initial.stateEcef(), false),
                new DenseMatrix(initial.covariance())));
  }

  /**
   * Predicts to the measurement's time and corrects with it.
   *
   * @param m a radar measurement (any time, also earlier than the estimate: the filter then
   *     predicts backwards)
   * @return the innovation the measurement brought, against the prediction
   */
  public Innovation update(Measurement m) {
    ProcessEstimate corrected = filter.estimationStep(new RadarObservation(m));
    RealVector nu = process.lastInnovation();
    RealMatrix s = corrected.getInnovationCovariance();
    double[] sRowMajor = new double[9];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        sRowMajor[3 * i + j] = s.getEntry(i, j);
      }
    }
    return new Innovation(nu.toArray(), sRowMajor);
  }

  /** The current (corrected) estimate. */
  public TrackEstimate estimate() {
    ProcessEstimate e = filter.getCorrected();
    return new TrackEstimate(e.getTime(), e.getState().toArray(), e.getCovariance().getData());
  }

  /**
   * The estimate predicted to a time with this filter's process noise (Φ P Φᵀ + Q), without
   * changing the filter.
   *
   * @param timeS the time to predict to (s from the scenario epoch)
   */
  public TrackEstimate predicted(double timeS) {
    return predict(estimate(), process.noise(), timeS);
  }

  /** An estimate predicted to a time with a given process noise (Φ P Φᵀ + Q). */
  static TrackEstimate predict(TrackEstimate from, ProcessNoise noise, double timeS) {
    double[] pv = new double[6];
    double[] p = new double[36];
    new BallisticProcess(noise)
        .predict(from.stateEcef(), from.covarianceRowMajor(), timeS - from.timeS(), pv, p);
    return TrackEstimate.ofRowMajor(timeS, pv, p);
  }
}
