package shield.track;

import org.hipparchus.filtering.kalman.Measurement;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * A radar measurement as Hipparchus's Kalman filter sees it: the vector (range (m), azimuth (rad),
 * elevation (rad)) with its diagonal noise covariance (m², rad², rad²), held as a {@link
 * DenseMatrix} so that the filter's products with it stay on the dense path.
 */
final class RadarObservation implements Measurement {

  private final shield.sense.Measurement measurement;
  private final RealVector value;
  private final RealMatrix covariance;

  RadarObservation(shield.sense.Measurement measurement) {
    this.measurement = measurement;
    this.value =
        new ArrayRealVector(
            new double[] {
              measurement.rangeM(), measurement.azimuthRad(), measurement.elevationRad()
            },
            false);
    double r2 = measurement.rangeSigmaM() * measurement.rangeSigmaM();
    double a2 = measurement.angleSigmaRad() * measurement.angleSigmaRad();
    this.covariance = DenseMatrix.ofRowMajor(new double[] {r2, 0, 0, 0, a2, 0, 0, 0, a2}, 3);
  }

  shield.sense.Measurement measurement() {
    return measurement;
  }

  @Override
  public double getTime() {
    return measurement.timeS();
  }

  @Override
  public RealVector getValue() {
    return value;
  }

  @Override
  public RealMatrix getCovariance() {
    return covariance;
  }
}
