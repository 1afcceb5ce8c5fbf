package shield.earth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StandardAtmosphereTest {

  @ParameterizedTest(name = "{0} km")
  @CsvSource({
    "0, 1.225",
    "10, 0.4135",
    "20, 8.891e-2",
    "30, 1.841e-2",
    "40, 3.995e-3",
    "50, 1.027e-3",
    "60, 3.096e-4",
    "70, 8.281e-5",
    "80, 1.845e-5",
    "86, 6.955e-6",
  })
  void lowerAtmosphereDensity(double altitudeKm, double expectedKgM3) {
    // U.S. Standard Atmosphere 1976 table as published by PDAS (R. Carmichael), geometric
    // altitude. Tolerance 1e-3 relative.
    double rho = StandardAtmosphere.densityKgM3(altitudeKm * 1000);
    double error = rho / expectedKgM3 - 1;
    Validation.record(
        String.format("density at %.0f km", altitudeKm),
        "USSA 1976 table (PDAS)",
        expectedKgM3 + " kg/m³",
        String.format("%.5g kg/m³ (%+.1e)", rho, error),
        "1e-3 relative");
    assertThat(Math.abs(error)).isLessThan(1e-3);
  }

  @Test
  void seaLevelAndTheTropopause() {
    // USSA 1976 defining values: P0 = 101325 Pa, T0 = 288.15 K, ρ0 = 1.225 kg/m³ (to 4 digits),
    // sea-level speed of sound 340.29 m/s (table value, ±0.005 m/s). Isothermal 216.65 K for
    // geopotential 11–20 km', i.e. geometric 11.019–20.063 km (checked 11.02..20.06 km every 10 m,
    // to 1e-9 K).
    double[] out = new double[3];
    StandardAtmosphere.properties(0, out);
    Validation.record(
        "sea-level pressure",
        "USSA 1976",
        "101325 Pa",
        String.format("%.6f Pa", out[1]),
        "1e-9 Pa");
    Validation.record(
        "sea-level speed of sound",
        "USSA 1976",
        "340.29 m/s",
        String.format("%.4f m/s", out[2]),
        "0.005 m/s");
    assertThat(out[1]).isCloseTo(101325, within(1e-9));
    assertThat(out[0]).isCloseTo(1.225, within(5e-5));
    assertThat(out[2]).isCloseTo(340.29, within(0.005));
    assertThat(StandardAtmosphere.temperatureK(0)).isCloseTo(288.15, within(1e-9));
    double worst = 0;
    for (double z = 11_020; z <= 20_060; z += 10) {
      worst = Math.max(worst, Math.abs(StandardAtmosphere.temperatureK(z) - 216.65));
    }
    Validation.record(
        "temperature, geometric 11.02–20.06 km",
        "USSA 1976",
        "216.65 K",
        String.format("worst deviation %.1e K", worst),
        "1e-9 K");
    assertThat(worst).isLessThan(1e-9);
  }

  @ParameterizedTest(name = "{0} km")
  @CsvSource({
    "92, 2.393e-6, 1.2887e-1, 186.96",
    "100, 5.604e-7, 3.2011e-2, 195.08",
    "115, 4.289e-8, 4.0096e-3, 300.00",
    "150, 2.076e-9, 4.5422e-4, 634.39",
    "200, 2.541e-10, 8.4736e-5, 854.56",
    "230, 1.029e-10, 3.9276e-5, 915.78",
    "300, 1.916e-11, 8.7704e-6, 976.01",
    "500, 5.215e-13, 3.0236e-7, 999.24",
    "600, 1.137e-13, 8.2130e-8, 999.85",
    "800, 1.136e-14, 1.7036e-8, 999.99",
    "1000, 3.561e-15, 7.5138e-9, 1000.00",
  })
  void upperAtmosphere(double altitudeKm, double rhoKgM3, double pressurePa, double temperatureK) {
    // USSA 1976 tables at geometric altitude, as transcribed in public copies (the UASA2000
    // 16-level table of S. Pietrobon; poliastro's COESA76 test values). None of these altitudes
    // is used to build Shield's model: it integrates the standard's species equations.
    // Tolerances: 1e-3 relative in density and pressure (the table's 4–5 printed digits plus the
    // standard's own integration), 0.01 K in temperature.
    double z = altitudeKm * 1000;
    double[] out = new double[3];
    StandardAtmosphere.properties(z, out);
    double rhoError = out[0] / rhoKgM3 - 1;
    double pError = out[1] / pressurePa - 1;
    Validation.record(
        String.format("density, pressure at %.0f km", altitudeKm),
        "USSA 1976 geometric-altitude table",
        rhoKgM3 + " kg/m³, " + pressurePa + " Pa",
        String.format("%.5g (%+.1e), %.6g (%+.1e)", out[0], rhoError, out[1], pError),
        "1e-3 relative");
    assertThat(Math.abs(rhoError)).isLessThan(1e-3);
    assertThat(Math.abs(pError)).isLessThan(1e-3);
    assertThat(StandardAtmosphere.temperatureK(z)).isCloseTo(temperatureK, within(0.01));
  }

  @Test
  void continuousAt86KmAndMonotoneDecreasing() {
    double below = StandardAtmosphere.densityKgM3(86_000);
    double above = StandardAtmosphere.densityKgM3(Math.nextUp(86_000.0));
    double jump = Math.abs(above / below - 1);
    Validation.record(
        "density continuity at 86 km",
        "continuity",
        "0",
        String.format("%.1e relative", jump),
        "1e-9 relative");
    assertThat(jump).isLessThan(1e-9);
    assertThat(
            StandardAtmosphere.pressurePa(Math.nextUp(86_000.0))
                    / StandardAtmosphere.pressurePa(86_000)
                - 1)
        .isCloseTo(0, within(1e-5));
    assertThat(
            StandardAtmosphere.speedOfSoundMps(Math.nextUp(86_000.0))
                - StandardAtmosphere.speedOfSoundMps(86_000))
        .isCloseTo(0, within(0.01));
    double previous = Double.POSITIVE_INFINITY;
    for (double z = -5_000; z <= 1_000_000; z += 10) {
      double rho = StandardAtmosphere.densityKgM3(z);
      assertThat(rho).as("density at %s m", z).isLessThan(previous).isPositive();
      previous = rho;
    }
  }

  @Test
  void sampledTableInterpolatesTheIntegrationTo30Ppm() {
    // The 100 m table against a 20 m one from the same integration, at the 100 m table's
    // midpoints: the interpolation error claimed in the Javadoc (3e-5 relative in density).
    UpperAtmosphere1976.Table fine = UpperAtmosphere1976.integrate(20, 20);
    double shift = Math.log(StandardAtmosphere.densityKgM3(86_000)) - fine.logDensity()[0];
    double worst = 0;
    for (int k = 2; k < fine.logDensity().length; k += 5) {
      double z = UpperAtmosphere1976.BASE_ALTITUDE_M + k * fine.stepM();
      double reference = Math.exp(fine.logDensity()[k] + shift);
      worst = Math.max(worst, Math.abs(StandardAtmosphere.densityKgM3(z) / reference - 1));
    }
    Validation.record(
        "upper-atmosphere interpolation (100 m table vs 20 m)",
        "self-consistency",
        "0",
        String.format("worst %.1e relative", worst),
        "3e-5 relative");
    assertThat(worst).isLessThan(3e-5);
  }

  @Test
  void outOfRangeInputIsDocumentedBehaviour() {
    double[] out = new double[3];
    StandardAtmosphere.properties(Double.NaN, out);
    assertThat(out).containsOnly(Double.NaN);
    assertThat(StandardAtmosphere.temperatureK(Double.NaN)).isNaN();
    // Clamped below −5 km.
    assertThat(StandardAtmosphere.densityKgM3(-20_000))
        .isEqualTo(StandardAtmosphere.densityKgM3(-5_000));
    assertThat(StandardAtmosphere.temperatureK(-20_000))
        .isEqualTo(StandardAtmosphere.temperatureK(-5_000));
    // USSA 1976 at −5 km: 320.65 K, 1.9305 kg/m³ (table, 1e-3 relative).
    assertThat(StandardAtmosphere.temperatureK(-5_000)).isCloseTo(320.676, within(0.01));
    assertThat(StandardAtmosphere.densityKgM3(-5_000)).isCloseTo(1.9305, within(2e-3));
    // Vacuum above 1000 km.
    StandardAtmosphere.properties(1_000_001, out);
    assertThat(out[0]).isZero();
    assertThat(out[1]).isZero();
    assertThat(out[2]).isEqualTo(StandardAtmosphere.speedOfSoundMps(1_000_000));
    assertThat(StandardAtmosphere.densityKgM3(Double.POSITIVE_INFINITY)).isZero();
  }

  @Test
  void propertiesAgreesWithTheSingleQuantityMethods() {
    double[] out = new double[3];
    for (double z = -5_000; z <= 1_100_000; z += 777) {
      StandardAtmosphere.properties(z, out);
      assertThat(out[0]).isEqualTo(StandardAtmosphere.densityKgM3(z));
      assertThat(out[1]).isEqualTo(StandardAtmosphere.pressurePa(z));
      assertThat(out[2]).isEqualTo(StandardAtmosphere.speedOfSoundMps(z));
    }
  }

  @Test
  void piecesChangeOnlyAtTheLayerBoundaries() {
    // Layer bases of the standard in geopotential metres, converted to geometric altitude
    // z = r0 H / (r0 − H) with r0 = 6,356,766 m: 11, 20, 32, 47, 51, 71 km geopotential.
    double r0 = 6_356_766.0;
    double[] baseH = {11_000, 20_000, 32_000, 47_000, 51_000, 71_000};
    assertThat(StandardAtmosphere.piece(0)).isZero();
    for (int i = 0; i < baseH.length; i++) {
      double z = r0 * baseH[i] / (r0 - baseH[i]);
      assertThat(StandardAtmosphere.piece(z - 0.01)).isEqualTo(i);
      assertThat(StandardAtmosphere.piece(z + 0.01)).isEqualTo(i + 1);
    }
    assertThat(StandardAtmosphere.piece(86_001)).isEqualTo(7);
    assertThat(StandardAtmosphere.piece(999_999)).isEqualTo(7);
    assertThat(StandardAtmosphere.piece(1_000_001)).isEqualTo(8);
  }
}
