package shield.flight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;

/** The ephemeris interpolation against uniform circular motion (closed form). */
class TrajectoryTest {

  private static final double RADIUS_M = 7_000_000;
  private static final double RATE = 1.1e-3; // rad/s, about a low orbit's mean motion

  private static void circle(double t, double[] pva) {
    double c = Math.cos(RATE * t);
    double s = Math.sin(RATE * t);
    pva[0] = RADIUS_M * c;
    pva[1] = RADIUS_M * s;
    pva[2] = 0;
    pva[3] = -RADIUS_M * RATE * s;
    pva[4] = RADIUS_M * RATE * c;
    pva[5] = 0;
    pva[6] = -RADIUS_M * RATE * RATE * c;
    pva[7] = -RADIUS_M * RATE * RATE * s;
    pva[8] = 0;
  }

  private static Trajectory sampled(double stepS, double endS) {
    int n = (int) Math.round(endS / stepS) + 1;
    double[] times = new double[n];
    double[] nodes = new double[9 * n];
    double[] pva = new double[9];
    for (int i = 0; i < n; i++) {
      times[i] = i * stepS;
      circle(times[i], pva);
      System.arraycopy(pva, 0, nodes, 9 * i, 9);
    }
    return new Trajectory(times, nodes, List.of());
  }

  private static double worstPositionErrorM(Trajectory t) {
    double[] pv = new double[6];
    double[] exact = new double[9];
    double worst = 0;
    for (double time = 0; time <= t.endTimeS(); time += 7.3) {
      t.stateEcef(time, pv);
      circle(time, exact);
      worst = Math.max(worst, Math.hypot(pv[0] - exact[0], pv[1] - exact[1]));
    }
    return worst;
  }

  @Test
  void shiftedFlightIsTheSameFlightLater() {
    Trajectory t =
        sampled(10, 600)
            .withEvents(
                List.of(
                    new FlightEvent(
                        FlightEvent.Kind.APOGEE, -1, 300, Vector3D.PLUS_I, Vector3D.PLUS_J)));
    Trajectory later = t.shiftedBy(125.5);
    assertThat(later.startTimeS()).isEqualTo(125.5);
    assertThat(later.endTimeS()).isEqualTo(725.5);
    assertThat(later.event(FlightEvent.Kind.APOGEE).orElseThrow().timeS()).isEqualTo(425.5);
    for (double s = 0; s <= 600; s += 7.3) {
      // Same samples, so the same state after launch up to the rounding of the shifted times.
      assertThat(later.positionEcef(s + 125.5).distance(t.positionEcef(s))).isLessThan(1e-6);
    }
  }

  @Test
  void sixtySecondSamplesInterpolateToAMillimetre() {
    // Quintic Hermite error bound h^6 max|x^(6)| / 46080 = 60^6 * 7e6 * 1.1e-3^6 / 46080 ≈ 0.012
    // mm.
    assertThat(worstPositionErrorM(sampled(60, 1800))).isLessThan(1e-3);
  }

  @Test
  void errorFallsAsTheSixthPowerOfTheSpacing() {
    double coarse = worstPositionErrorM(sampled(240, 2400));
    double fine = worstPositionErrorM(sampled(120, 2400));
    // Halving h divides the error by 2^6 = 64 (allow 40..90 for where the maximum falls).
    assertThat(coarse / fine).isBetween(40.0, 90.0);
  }

  @Test
  void velocityIsTheDerivativeOfTheInterpolant() {
    Trajectory t = sampled(60, 600);
    double[] pv = new double[6];
    double[] exact = new double[9];
    t.stateEcef(123.4, pv);
    circle(123.4, exact);
    assertThat(Math.hypot(pv[3] - exact[3], pv[4] - exact[4])).isLessThan(1e-6);
  }

  @Test
  void duplicateTimesAtStagingUseTheLaterSide() {
    double[] times = {0, 10, 10, 20};
    double[] nodes = new double[36];
    // Constant velocity 1 m/s before t = 10 and 2 m/s after, position continuous.
    double[][] p = {{0, 1}, {10, 1}, {10, 2}, {30, 2}};
    for (int i = 0; i < 4; i++) {
      nodes[9 * i] = p[i][0];
      nodes[9 * i + 3] = p[i][1];
    }
    Trajectory t = new Trajectory(times, nodes, List.of());
    double[] pv = new double[6];
    t.stateEcef(10, pv);
    assertThat(pv[3]).isEqualTo(2.0);
    t.stateEcef(5, pv);
    assertThat(pv[0]).isEqualTo(5.0, org.assertj.core.data.Offset.offset(1e-12));
    t.stateEcef(15, pv);
    assertThat(pv[0]).isEqualTo(20.0, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void timesOutsideTheFlightAreRejected() {
    Trajectory t = sampled(60, 600);
    assertThatThrownBy(() -> t.stateEcef(-1, new double[6]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside the trajectory");
  }
}
