package shield.earth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EarthRotationTest {

  @Test
  void roundTripIsTheIdentity() {
    // Tolerances: 1e-7 m and 1e-11 m/s, a few ulps of 4e7 m and 1e4 m/s magnitudes.
    Random random = new Random(86_164L);
    double[] pv = new double[6];
    double[] other = new double[6];
    double[] back = new double[6];
    for (int i = 0; i < 10_000; i++) {
      for (int j = 0; j < 3; j++) {
        pv[j] = 4e7 * (2 * random.nextDouble() - 1);
        pv[j + 3] = 1e4 * (2 * random.nextDouble() - 1);
      }
      double t = 2e5 * (random.nextDouble() - 0.5);
      EarthRotation.eciToEcef(t, pv, other);
      EarthRotation.ecefToEci(t, other, back);
      for (int j = 0; j < 3; j++) {
        assertThat(back[j]).isCloseTo(pv[j], within(1e-7));
        assertThat(back[j + 3]).isCloseTo(pv[j + 3], within(1e-11));
      }
      // The other direction, in place.
      System.arraycopy(pv, 0, back, 0, 6);
      EarthRotation.ecefToEci(t, back, back);
      EarthRotation.eciToEcef(t, back, back);
      for (int j = 0; j < 6; j++) {
        assertThat(back[j]).isCloseTo(pv[j], within(j < 3 ? 1e-7 : 1e-11));
      }
    }
  }

  @Test
  void aPlaceOnEarthIsStillInEcefAndMovesAtOmegaRhoInEci() {
    // A point fixed on the Earth: in ECI it moves on a circle of radius ρ (its distance from the
    // axis) at speed ω·ρ; converting back it is at rest in ECEF. Tolerances: 1e-9 m/s, 1e-6 m.
    Random random = new Random(3L);
    double worstSpeed = 0;
    for (int i = 0; i < 1_000; i++) {
      Geodetic place =
          new Geodetic(
              Math.asin(2 * random.nextDouble() - 1),
              Math.PI * (2 * random.nextDouble() - 1),
              1e4 * random.nextDouble());
      double[] pv = new double[6];
      Wgs84.toEcef(place.latitudeRad(), place.longitudeRad(), place.heightM(), pv);
      double rho = Math.hypot(pv[0], pv[1]);
      double t = 86_164.0 * random.nextDouble();
      double[] eci = new double[6];
      EarthRotation.ecefToEci(t, pv, eci);
      double speed = Math.sqrt(eci[3] * eci[3] + eci[4] * eci[4] + eci[5] * eci[5]);
      worstSpeed = Math.max(worstSpeed, Math.abs(speed - Wgs84.ROTATION_RATE_RAD_S * rho));
      // Velocity is horizontal, east-pointing: perpendicular to the ECI position and to z.
      assertThat(eci[3] * eci[0] + eci[4] * eci[1]).isCloseTo(0, within(1e-6 * rho));
      assertThat(eci[5]).isZero();
      // The position turned by ωt about z.
      double angle =
          Math.atan2(eci[1], eci[0]) - Math.atan2(pv[1], pv[0]) - Wgs84.ROTATION_RATE_RAD_S * t;
      assertThat(Math.IEEEremainder(angle, 2 * Math.PI)).isCloseTo(0, within(1e-12));
      double[] ecef = new double[6];
      EarthRotation.eciToEcef(t, eci, ecef);
      for (int j = 3; j < 6; j++) {
        assertThat(ecef[j]).isCloseTo(0, within(1e-9));
      }
    }
    Validation.record(
        "|v_ECI| of a place on Earth, 1,000 places",
        "ω·ρ",
        "ω·ρ",
        String.format("worst %.1e m/s", worstSpeed),
        "1e-9 m/s");
    assertThat(worstSpeed).isLessThan(1e-9);
  }

  @Test
  void framesCoincideAtTimeZero() {
    double[] pv = {7e6, -1e6, 2e6, 10, 20, 30};
    double[] out = new double[6];
    EarthRotation.eciToEcef(0, pv, out);
    assertThat(out[0]).isEqualTo(pv[0]);
    assertThat(out[1]).isEqualTo(pv[1]);
    assertThat(out[2]).isEqualTo(pv[2]);
    // Velocities differ by −ω × r even at t = 0.
    assertThat(out[3]).isCloseTo(10 + Wgs84.ROTATION_RATE_RAD_S * -1e6, within(1e-12));
    assertThat(out[4]).isCloseTo(20 - Wgs84.ROTATION_RATE_RAD_S * 7e6, within(1e-12));
    assertThat(out[5]).isEqualTo(30);
  }
}
