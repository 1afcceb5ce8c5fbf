package shield.flight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The drag curve: through its points, no overshoot, and no kinks. */
class DragCurveTest {

  private static final DragCurve BODY = TestMissiles.BODY;

  @Test
  void passesThroughItsPointsAndIsFlatBeyondThem() {
    double[] m = BODY.mach();
    double[] cd = BODY.dragCoefficient();
    for (int i = 0; i < m.length; i++) {
      assertThat(BODY.at(m[i])).isEqualTo(cd[i], offset(1e-15));
    }
    assertThat(BODY.at(-1)).isEqualTo(cd[0]);
    assertThat(BODY.at(30)).isEqualTo(cd[cd.length - 1]);
  }

  @Test
  void neverLeavesTheRangeOfTheNeighbouringPoints() {
    // Monotone interpolation (Fritsch & Carlson 1980): between two points the value stays
    // between them, so the curve invents no peak the data does not have.
    double[] m = BODY.mach();
    double[] cd = BODY.dragCoefficient();
    for (int i = 0; i + 1 < m.length; i++) {
      double lo = Math.min(cd[i], cd[i + 1]);
      double hi = Math.max(cd[i], cd[i + 1]);
      for (int k = 1; k < 100; k++) {
        double value = BODY.at(m[i] + k * (m[i + 1] - m[i]) / 100);
        assertThat(value).isBetween(lo - 1e-15, hi + 1e-15);
      }
    }
  }

  @Test
  void hasAContinuousFirstDerivative() {
    // One-sided difference quotients at every point agree to O(step): no kinks.
    Random random = new Random(7);
    double[] m = BODY.mach();
    double eps = 1e-6;
    for (int i = 0; i < m.length; i++) {
      double left = (BODY.at(m[i]) - BODY.at(m[i] - eps)) / eps;
      double right = (BODY.at(m[i] + eps) - BODY.at(m[i])) / eps;
      assertThat(right).isEqualTo(left, offset(1e-4));
    }
    for (int k = 0; k < 1000; k++) {
      double x = 6 * random.nextDouble();
      double left = (BODY.at(x) - BODY.at(x - eps)) / eps;
      double right = (BODY.at(x + eps) - BODY.at(x)) / eps;
      assertThat(right).isEqualTo(left, offset(1e-4));
    }
  }

  @Test
  void rejectsMalformedCurves() {
    assertThatThrownBy(() -> new DragCurve(new double[] {0, 1}, new double[] {0.2}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DragCurve(new double[] {1, 1}, new double[] {0.2, 0.3}))
        .hasMessageContaining("increase strictly");
    assertThatThrownBy(() -> new DragCurve(new double[] {0}, new double[] {-0.1}))
        .hasMessageContaining("coefficient >= 0");
  }
}
