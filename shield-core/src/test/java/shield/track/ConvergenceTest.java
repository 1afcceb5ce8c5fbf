package shield.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import shield.earth.Validation;
import shield.flight.FlightEvent;
import shield.flight.Trajectory;

/** The track error shrinks as measurements accumulate, at the rate least squares predicts. */
class ConvergenceTest {

  /**
   * RMS position error over 100 Monte Carlo runs after n = 20 and 4n = 80 updates (every 5 s, radar
   * 1,200 km away, σ 15 m and 0.5 mrad, so the error is mostly cross-range). For a fixed geometry
   * the error falls as 1/√n, a ratio of 2 from n to 4n (least squares on a straight line: the
   * end-point variance is σ²(4n − 2)/(n(n + 1)), ratio 1.97). On a ballistic path the known
   * curvature lets the precise range measure the cross-range motion as well, so the error falls
   * faster: the test asks for at least the √-law (ratio ≥ 1.8, 10% below 2 for the sampling error
   * of an RMS over 100 runs) and for the RMS error to match the filter's own √trace P within 25%.
   */
  @Test
  void errorFallsLikeOneOverRootN() {
    Trajectory truth = TestFlights.westward(0, TestFlights.KICK_RAD);
    TestRadar radar = TestRadar.at("west", TestFlights.RADAR_WEST, 15, 5e-4);
    double start = TestFlights.time(truth, FlightEvent.Kind.BURNOUT) + 100;
    ProcessNoise matched =
        new ProcessNoise(0, TrackerSettings.defaults().minBallisticCoefficientKgM2());
    int n = 20;
    double sumN = 0;
    double sum4N = 0;
    double sigmaN = 0;
    double sigma4N = 0;
    int runs = 100;
    SplittableRandom streams = new SplittableRandom(11);
    for (int run = 0; run < runs; run++) {
      SplittableRandom random = streams.split();
      double[] x0 = TestFlights.state(truth, start);
      double[][] p0 = new double[6][6];
      double[] sigmas = {5000, 5000, 5000, 500, 500, 500};
      for (int i = 0; i < 6; i++) {
        p0[i][i] = sigmas[i] * sigmas[i];
        x0[i] += sigmas[i] * random.nextGaussian();
      }
      BallisticEkf ekf = new BallisticEkf(matched, new TrackEstimate(start, x0, p0));
      for (int k = 1; k <= 4 * n; k++) {
        double t = start + 5 * k;
        double[] truthState = TestFlights.state(truth, t);
        ekf.update(radar.observe(t, truthState, random, 0));
        if (k == n || k == 4 * n) {
          TrackEstimate e = ekf.estimate();
          double error2 =
              e.positionEcef()
                  .distanceSq(new Vector3D(truthState[0], truthState[1], truthState[2]));
          double[][] p = e.covariance();
          double trace = p[0][0] + p[1][1] + p[2][2];
          if (k == n) {
            sumN += error2;
            sigmaN += trace;
          } else {
            sum4N += error2;
            sigma4N += trace;
          }
        }
      }
    }
    double rmsN = Math.sqrt(sumN / runs);
    double rms4N = Math.sqrt(sum4N / runs);
    double ratio = rmsN / rms4N;
    Validation.record(
        "RMS position error after 20 and 80 updates (100 runs)",
        "√n law (ratio 2); filter's own √trace P",
        "ratio ≥ 2, RMS = √trace P",
        String.format(
            Locale.ROOT,
            "%.0f m → %.0f m (filter's own √trace P: %.0f m → %.0f m), ratio %.2f",
            rmsN,
            rms4N,
            Math.sqrt(sigmaN / runs),
            Math.sqrt(sigma4N / runs),
            ratio),
        "ratio ≥ 1.8, RMS within 25%");
    assertThat(ratio).isGreaterThanOrEqualTo(1.8);
    assertThat(rmsN / Math.sqrt(sigmaN / runs)).isBetween(0.75, 1.25);
    assertThat(rms4N / Math.sqrt(sigma4N / runs)).isBetween(0.75, 1.25);
  }
}
