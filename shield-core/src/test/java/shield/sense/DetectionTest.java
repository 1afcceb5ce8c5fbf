package shield.sense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import shield.earth.Validation;

/** Swerling I detection and the thermal accuracy of a look. */
class DetectionTest {

  /**
   * Closed form of the Swerling I single look against the textbook value: P_fa = 1e-6 and P_d = 0.9
   * need about 21 dB (Skolnik, Introduction to Radar Systems, 3rd ed., the Swerling case 1 curve of
   * the single-pulse detection chart; 8 dB more than a steady target's 13.2 dB). Tolerance 0.5 dB
   * (read from a chart). The inverse must return the probability it was given to 1e-12.
   */
  @Test
  void swerlingOneNeedsAboutTwentyOneDecibelsForNinetyPercent() {
    double snr = Detection.snrForPd(0.9, 1e-6);
    double db = 10 * Math.log10(snr);
    Validation.record(
        "Swerling I, P_d 0.9 at P_fa 1e-6",
        "Skolnik, Introduction to Radar Systems (single-pulse chart, case 1)",
        "about 21 dB",
        String.format(Locale.ROOT, "%.2f dB", db),
        "0.5 dB");
    assertThat(db).isCloseTo(21.0, within(0.5));
    for (double pd : new double[] {0.01, 0.1, 0.5, 0.9, 0.99}) {
      assertThat(Detection.swerling1Pd(Detection.snrForPd(pd, 1e-6), 1e-6))
          .isCloseTo(pd, within(1e-12));
    }
    // No signal: only false alarms.
    assertThat(Detection.swerling1Pd(0, 1e-4)).isCloseTo(1e-4, within(1e-16));
  }

  /**
   * Monte Carlo of the detector itself. A Swerling I echo is a complex Gaussian of power SNR (per
   * look, Rayleigh amplitude), the noise a complex Gaussian of power 1; a square-law detector
   * compares |s + n|² with T = −ln P_fa, so that noise alone crosses with probability e^(−T) =
   * P_fa. |s + n|² is exponential with mean 1 + SNR, hence P_d = exp(−T/(1+SNR)) =
   * P_fa^(1/(1+SNR)): the closed form. Here the draws are of the complex samples, not of the
   * exponential, so the test checks that derivation. 400,000 looks; tolerance 4.5 binomial standard
   * deviations.
   */
  @ParameterizedTest
  @CsvSource({"0.5, 1e-2", "3, 1e-3", "18.93, 1e-6", "60, 1e-6"})
  void closedFormMatchesAMonteCarloOfTheDetector(double snr, double pfa) {
    SplittableRandom random = new SplittableRandom(Double.doubleToLongBits(snr));
    double threshold = -Math.log(pfa);
    int n = 400_000;
    int hits = 0;
    double signalScale = Math.sqrt(snr / 2);
    double noiseScale = Math.sqrt(0.5);
    for (int i = 0; i < n; i++) {
      double re = signalScale * gaussian(random) + noiseScale * gaussian(random);
      double im = signalScale * gaussian(random) + noiseScale * gaussian(random);
      if (re * re + im * im > threshold) {
        hits++;
      }
    }
    double measured = (double) hits / n;
    double expected = Detection.swerling1Pd(snr, pfa);
    double tolerance = 4.5 * Math.sqrt(expected * (1 - expected) / n);
    Validation.record(
        String.format(Locale.ROOT, "Swerling I P_d at SNR %.2f, P_fa %.0e", snr, pfa),
        "Monte Carlo of complex Gaussian echo + noise, square law (400,000 looks)",
        String.format(Locale.ROOT, "%.5f (closed form)", expected),
        String.format(Locale.ROOT, "%.5f", measured),
        String.format(Locale.ROOT, "±%.5f (4.5σ)", tolerance));
    assertThat(measured).isCloseTo(expected, within(tolerance));
  }

  /** The sigmas follow ΔR/√(2·SNR) and θ/(1.6·√(2·SNR)) above their floors, and meet the floors. */
  @Test
  void accuracyShrinksWithSnrDownToTheFloors() {
    double snr = 20;
    double thermalRange = 30 / Math.sqrt(2 * snr);
    assertThat(Detection.rangeSigmaM(snr, 30))
        .isCloseTo(Math.sqrt(thermalRange * thermalRange + 1), within(1e-12));
    double thermalAngle = 0.01 / (1.6 * Math.sqrt(2 * snr));
    assertThat(Detection.angleSigmaRad(snr, 0.01))
        .isCloseTo(Math.sqrt(thermalAngle * thermalAngle + 50e-6 * 50e-6), within(1e-15));
    assertThat(Detection.rangeSigmaM(1e12, 30)).isCloseTo(1.0, within(1e-6));
    assertThat(Detection.angleSigmaRad(1e12, 0.01)).isCloseTo(50e-6, within(1e-9));
  }

  private static double gaussian(SplittableRandom random) {
    // Box–Muller, so that the oracle does not share Shield's source of normal draws.
    double u = 1 - random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
  }
}
