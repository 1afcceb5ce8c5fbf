package shield.sense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import shield.earth.Validation;

/** The radar equation of a type, against the same equation worked independently in decibels. */
class RadarTypeTest {

  /**
   * Track SNR at 2,000 km of a 1 m² target, worked in dB as a textbook does (Skolnik, Radar
   * Handbook, 3rd ed., ch. 1, power-aperture form): 10 log(P t) + 20 log A + 10 log σ − 10 log 4π −
   * 20 log λ − 40 log R − 10 log(k T) − L. Tolerance 1e-9 dB.
   */
  @Test
  void trackSnrIsThePowerApertureRadarEquation() {
    RadarType t = TestRadars.xBand();
    double lambda = 299_792_458.0 / 9.5e9;
    double db =
        10 * Math.log10(80e3 * 0.1)
            + 20 * Math.log10(7.5)
            + 10 * Math.log10(1)
            - 10 * Math.log10(4 * Math.PI)
            - 20 * Math.log10(lambda)
            - 40 * Math.log10(2_000e3)
            - 10 * Math.log10(1.380649e-23 * 500)
            - 8;
    double measured = 10 * Math.log10(t.trackSnr(2_000e3, 1));
    Validation.record(
        "track SNR, X-band test type, 1 m² at 2,000 km",
        "radar equation worked in dB (Skolnik, Radar Handbook, ch. 1)",
        String.format(Locale.ROOT, "%.6f dB", db),
        String.format(Locale.ROOT, "%.6f dB", measured),
        "1e-9 dB");
    assertThat(measured).isCloseTo(db, within(1e-9));
    assertThat(t.snr(RadarMode.TRACK, 2_000e3, 1)).isEqualTo(t.trackSnr(2_000e3, 1));
    // R⁻⁴ and σ¹.
    assertThat(t.trackSnr(1_000e3, 3) / t.trackSnr(2_000e3, 1)).isCloseTo(48, within(1e-9));
  }

  /** Search SNR: P_avg T_f A_e σ / (4π Ω R⁴ k T L), worked in dB. Tolerance 1e-9 dB. */
  @Test
  void searchSnrSpreadsTheFrameOverTheSolidAngle() {
    RadarType t = TestRadars.uhf();
    double db =
        10 * Math.log10(150e3 * 10)
            + 10 * Math.log10(300)
            + 10 * Math.log10(0.5)
            - 10 * Math.log10(4 * Math.PI * 0.25)
            - 40 * Math.log10(3_000e3)
            - 10 * Math.log10(1.380649e-23 * 500)
            - 8;
    assertThat(10 * Math.log10(t.searchSnr(3_000e3, 0.5))).isCloseTo(db, within(1e-9));
    assertThat(t.snr(RadarMode.SEARCH, 3_000e3, 0.5)).isEqualTo(t.searchSnr(3_000e3, 0.5));
  }

  /**
   * The detection range is the inverse of the radar equation: at that range the SNR is the Swerling
   * I requirement and P_d is the one asked. Relative tolerance 1e-12.
   */
  @Test
  void detectionRangeInvertsTheRadarEquation() {
    for (RadarType t : new RadarType[] {TestRadars.uhf(), TestRadars.xBand()}) {
      for (RadarMode mode : RadarMode.values()) {
        for (double pd : new double[] {0.1, 0.5, 0.9}) {
          double r = t.detectionRangeM(mode, 2.5, pd);
          double pdAtR = Detection.swerling1Pd(t.snr(mode, r, 2.5), t.falseAlarmProbability());
          assertThat(pdAtR).isCloseTo(pd, within(1e-12));
        }
      }
    }
  }

  /** λ = c/f, L = 10^(L_dB/10), θ = λ/√A. */
  @Test
  void derivedQuantities() {
    RadarType t = TestRadars.uhf();
    assertThat(t.wavelengthM()).isCloseTo(0.689178, within(1e-6));
    assertThat(t.lossesFactor()).isCloseTo(6.309573, within(1e-6));
    assertThat(t.beamwidthRad()).isCloseTo(0.689178 / Math.sqrt(300), within(1e-6));
  }
}
