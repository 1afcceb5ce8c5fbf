package shield.earth;

/**
 * The U.S. Standard Atmosphere 1976 from 86 to 1000 km, computed once by integrating the standard's
 * own equations for the number densities of N2, O, O2, Ar, He and H, and sampled on a regular grid
 * for {@link StandardAtmosphere} to interpolate.
 *
 * <p>Source of every equation and constant: U.S. Standard Atmosphere, 1976 (NOAA-S/T 76-1562,
 * NOAA/NASA/USAF), Part 1, sections 1.2–1.3: the kinetic-temperature profile, the diffusion
 * equations for N2, O, O2, Ar and He with their vertical-transport (flux) terms, the molecular and
 * eddy diffusion coefficients, the number densities at 86 km, and the hydrogen flux solution with
 * n(H) = 8.0e10 m⁻³ at 500 km. The constants were read from the public transcription of the
 * standard in S. Pietrobon's USSA1976 program (PDAS, R. Carmichael). The integration is Shield's
 * own (trapezoidal, 20 m steps), so the standard's printed tables remain an independent check:
 * Shield matches them to 0.03% (see the tests).
 */
final class UpperAtmosphere1976 {

  /** Lowest altitude of this region (m), Z7 of the standard. */
  static final double BASE_ALTITUDE_M = 86_000.0;

  /** Highest altitude of the standard (m). */
  static final double TOP_ALTITUDE_M = 1_000_000.0;

  /** Ratio of specific heats used for the speed of sound (diatomic air, as below 86 km). */
  static final double GAMMA = 1.4;

  // Fundamental constants as the standard defines them.
  private static final double G0 = 9.80665;
  private static final double R_STAR = 8314.32;
  private static final double M0 = 28.9644;
  private static final double R0 = 6_356_766.0;
  private static final double BOLTZMANN = 1.380622e-23;
  private static final double AVOGADRO = 6.022169e26;

  // Kinetic-temperature profile of the standard: breakpoints (m) and their parameters.
  private static final double T7 = 186.8673;
  private static final double Z8 = 91_000.0;
  private static final double Z9 = 110_000.0;
  private static final double Z10 = 120_000.0;
  private static final double TC = 263.1905;
  private static final double ELLIPSE_A_K = -76.3232;
  private static final double ELLIPSE_SMALL_A_M = 19_942.9;
  private static final double T9 = 240.0;
  private static final double LAPSE_9_K_M = 0.012;
  private static final double T10 = 360.0;
  private static final double T_INF = 1000.0;
  private static final double LAMBDA_PER_M = 0.01875e-3;

  // Species in the order the integration needs them: each depends only on those before it.
  private static final int N2 = 0;
  private static final int O = 1;
  private static final int O2 = 2;
  private static final int AR = 3;
  private static final int HE = 4;
  private static final int H = 5;
  private static final int HEAVY = 5;

  /** Molecular weights (kg/kmol) of N2, O, O2, Ar, He, H, as in the standard. */
  private static final double[] MOLAR_MASS = {28.0134, 15.9994, 31.9988, 39.948, 4.0026, 1.00797};

  /** Number densities of N2, O, O2, Ar, He at 86 km (m⁻³), the standard's boundary values. */
  private static final double[] N_86 = {1.129794e20, 8.6e16, 3.030898e19, 1.3514e18, 7.58173e14};

  /** Thermal-diffusion coefficients α of the standard. */
  private static final double[] ALPHA = {0, 0, 0, 0, -0.40, -0.25};

  /** Molecular-diffusion coefficients D = a (T/273.15)^b / n of the standard, a in m⁻¹s⁻¹. */
  private static final double[] DIFF_A = {0, 6.986e20, 4.863e20, 4.487e20, 1.700e21, 3.305e21};

  private static final double[] DIFF_B = {0, 0.750, 0.750, 0.870, 0.691, 0.500};

  /** The standard's vertical-transport terms Q (m⁻³), U (m), W (m⁻³) for O, O2, Ar, He. */
  private static final double[] FLUX_Q = {
    0, -5.809644e-13, 1.366212e-13, 9.434079e-14, -2.457369e-13
  };

  private static final double[] FLUX_U = {0, 56_903.11, 86_000, 86_000, 86_000};
  private static final double[] FLUX_W = {
    0, 2.706240e-14, 8.333333e-14, 8.333333e-14, 6.666667e-13
  };

  /** The standard's extra O term below 97 km: q (m⁻³), u (m), w (m⁻³). */
  private static final double FLUX_Q_O_LOW = -3.416248e-12;

  private static final double FLUX_U_O_LOW = 97_000;
  private static final double FLUX_W_O_LOW = 5.008765e-13;

  /** Above this altitude N2 and the mixture use their own molecular weights, not M0 (m). */
  private static final double Z_MIXED_M = 100_000.0;

  /** Eddy diffusion ends here (m). */
  private static final double Z_EDDY_TOP_M = 115_000.0;

  private static final double Z_H_BASE_M = 150_000.0;
  private static final double Z_H_REF_M = 500_000.0;
  private static final double N_H_500 = 8.0e10;
  private static final double H_FLUX_PHI = 7.2e11;

  private UpperAtmosphere1976() {}

  /** Density and speed of sound sampled on a regular altitude grid starting at 86 km. */
  record Table(double stepM, double[] logDensity, double[] soundSpeedSquared) {}

  /**
   * Kinetic temperature of the standard above 86 km (K): isothermal to 91 km, elliptical to 110 km,
   * linear to 120 km, then exponential towards 1000 K (continued analytically above 1000 km).
   *
   * @param z geometric altitude (m), at least 86 km
   */
  static double temperatureK(double z) {
    if (z < Z8) {
      return T7;
    }
    if (z < Z9) {
      double b = (z - Z8) / ELLIPSE_SMALL_A_M;
      return TC + ELLIPSE_A_K * Math.sqrt(1 - b * b);
    }
    if (z < Z10) {
      return T9 + LAPSE_9_K_M * (z - Z9);
    }
    double xi = (z - Z10) * (R0 + Z10) / (R0 + z);
    return T_INF - (T_INF - T10) * Math.exp(-LAMBDA_PER_M * xi);
  }

  private static double temperatureGradientKPerM(double z) {
    if (z < Z8) {
      return 0;
    }
    if (z < Z9) {
      double b = (z - Z8) / ELLIPSE_SMALL_A_M;
      return -ELLIPSE_A_K * b / (ELLIPSE_SMALL_A_M * Math.sqrt(1 - b * b));
    }
    if (z < Z10) {
      return LAPSE_9_K_M;
    }
    double ratio = (R0 + Z10) / (R0 + z);
    double xi = (z - Z10) * ratio;
    return LAMBDA_PER_M * ratio * ratio * (T_INF - T10) * Math.exp(-LAMBDA_PER_M * xi);
  }

  private static double gravity(double z) {
    double ratio = R0 / (R0 + z);
    return G0 * ratio * ratio;
  }

  private static double eddyDiffusionM2S(double z) {
    if (z < 95_000) {
      return 120.0;
    }
    if (z < Z_EDDY_TOP_M) {
      double d = z - 95_000;
      return 120.0 * Math.exp(1 - 4.0e8 / (4.0e8 - d * d));
    }
    return 0;
  }

  /**
   * The integrand f_i = −d(ln(n_i T))/dz (m⁻¹) of species N2..He at one altitude.
   *
   * @param n current number densities; those the species diffuses through must already be at z
   * @param mixed whether the step lies above 100 km, where the standard stops using M0
   */
  private static double integrand(
      int species, double z, double t, double dTdz, double g, double[] n, boolean mixed) {
    if (species == N2) {
      return (mixed ? MOLAR_MASS[N2] : M0) * g / (R_STAR * t);
    }
    double thermal = ALPHA[species] * R_STAR * dTdz / g;
    double f;
    if (z < Z_EDDY_TOP_M) {
      // In the standard O and O2 diffuse through N2, Ar and He through N2 + O + O2.
      int last = species <= O2 ? N2 : O2;
      double sum = 0;
      double massSum = 0;
      for (int j = N2; j <= last; j++) {
        sum += n[j];
        massSum += n[j] * MOLAR_MASS[j];
      }
      double m = mixed ? massSum / sum : M0;
      double d = DIFF_A[species] * Math.pow(t / 273.15, DIFF_B[species]) / sum;
      double k = eddyDiffusionM2S(z);
      f = d * (MOLAR_MASS[species] + m * k / d + thermal) / (d + k);
    } else {
      f = MOLAR_MASS[species] + thermal;
    }
    double a = z - FLUX_U[species];
    double flux = FLUX_Q[species] * a * a * Math.exp(-FLUX_W[species] * a * a * a);
    if (species == O && z < FLUX_U_O_LOW) {
      double b = FLUX_U_O_LOW - z;
      flux += FLUX_Q_O_LOW * b * b * Math.exp(-FLUX_W_O_LOW * b * b * b);
    }
    return g * f / (R_STAR * t) + flux;
  }

  /**
   * Integrates the standard and samples it.
   *
   * @param stepM sampling step of the returned table (m); a multiple of {@code integrationStepM}
   * @param integrationStepM trapezoidal integration step (m)
   * @return ln(density in kg/m³) and the squared speed of sound (m²/s²) at 86 km + i·stepM
   */
  static Table integrate(double stepM, double integrationStepM) {
    int perSample = (int) Math.round(stepM / integrationStepM);
    int steps = (int) Math.round((TOP_ALTITUDE_M - BASE_ALTITUDE_M) / integrationStepM);
    double h = (TOP_ALTITUDE_M - BASE_ALTITUDE_M) / steps;
    double[] heavyCount = new double[steps + 1];
    double[] heavyMass = new double[steps + 1];

    double[] n = new double[HEAVY];
    double[] integral = new double[HEAVY];
    double[] fPrevious = new double[HEAVY];
    System.arraycopy(N_86, 0, n, 0, HEAVY);
    boolean mixed = false;
    evaluateAll(BASE_ALTITUDE_M, n, mixed, fPrevious);
    store(0, n, heavyCount, heavyMass);
    for (int k = 1; k <= steps; k++) {
      double z = BASE_ALTITUDE_M + k * h;
      double zPrevious = z - h;
      boolean stepMixed = zPrevious + h / 2 > Z_MIXED_M;
      if (stepMixed != mixed) {
        // The standard switches molecular weights at 100 km: both ends of a step use one regime.
        mixed = stepMixed;
        evaluateAll(zPrevious, n, mixed, fPrevious);
      }
      double t = temperatureK(z);
      double dTdz = temperatureGradientKPerM(z);
      double g = gravity(z);
      for (int i = N2; i < HEAVY; i++) {
        double f = integrand(i, z, t, dTdz, g, n, mixed);
        integral[i] += 0.5 * h * (fPrevious[i] + f);
        fPrevious[i] = f;
        n[i] = N_86[i] * T7 / t * Math.exp(-integral[i]);
      }
      store(k, n, heavyCount, heavyMass);
    }

    double[] hydrogen = hydrogen(h, steps, heavyCount);
    int samples = steps / perSample + 1;
    double[] logDensity = new double[samples];
    double[] soundSpeedSquared = new double[samples];
    for (int s = 0; s < samples; s++) {
      int k = s * perSample;
      double z = BASE_ALTITUDE_M + k * h;
      double count = heavyCount[k] + hydrogen[k];
      double density = (heavyMass[k] + hydrogen[k] * MOLAR_MASS[H]) / AVOGADRO;
      double pressure = count * BOLTZMANN * temperatureK(z);
      logDensity[s] = Math.log(density);
      soundSpeedSquared[s] = GAMMA * pressure / density;
    }
    return new Table(perSample * h, logDensity, soundSpeedSquared);
  }

  private static void evaluateAll(double z, double[] n, boolean mixed, double[] fOut) {
    double t = temperatureK(z);
    double dTdz = temperatureGradientKPerM(z);
    double g = gravity(z);
    for (int i = N2; i < HEAVY; i++) {
      fOut[i] = integrand(i, z, t, dTdz, g, n, mixed);
    }
  }

  private static void store(int k, double[] n, double[] heavyCount, double[] heavyMass) {
    double count = 0;
    double mass = 0;
    for (int i = N2; i < HEAVY; i++) {
      count += n[i];
      mass += n[i] * MOLAR_MASS[i];
    }
    heavyCount[k] = count;
    heavyMass[k] = mass;
  }

  /**
   * Atomic hydrogen as the standard defines it: zero below 150 km; between 150 and 500 km the flux
   * solution n(z) = [n₅₀₀ + ∫_z^500 (φ/D)(T/T₅₀₀)^(1+α) e^τ dz] (T₅₀₀/T)^(1+α) e^(−τ), with τ(z) =
   * ∫_500^z g·M_H/(R*·T) dz; above 500 km the same expression without the integral.
   */
  private static double[] hydrogen(double h, int steps, double[] heavyCount) {
    double[] nH = new double[steps + 1];
    int k150 = (int) Math.round((Z_H_BASE_M - BASE_ALTITUDE_M) / h);
    int k500 = (int) Math.round((Z_H_REF_M - BASE_ALTITUDE_M) / h);
    double t500 = temperatureK(Z_H_REF_M);
    double exponent = 1 + ALPHA[H];
    double[] tau = new double[steps + 1];
    for (int k = k500 + 1; k <= steps; k++) {
      tau[k] = tau[k - 1] + 0.5 * h * (tauIntegrand(k - 1, h) + tauIntegrand(k, h));
    }
    for (int k = k500 - 1; k >= k150; k--) {
      tau[k] = tau[k + 1] - 0.5 * h * (tauIntegrand(k + 1, h) + tauIntegrand(k, h));
    }
    double fluxIntegral = 0;
    double previous = fluxIntegrand(k500, h, heavyCount, t500, exponent, tau[k500]);
    for (int k = k500; k >= k150; k--) {
      if (k < k500) {
        double current = fluxIntegrand(k, h, heavyCount, t500, exponent, tau[k]);
        fluxIntegral += 0.5 * h * (previous + current);
        previous = current;
      }
      nH[k] = hydrogenDensity(k, h, N_H_500 + fluxIntegral, t500, exponent, tau[k]);
    }
    for (int k = k500 + 1; k <= steps; k++) {
      nH[k] = hydrogenDensity(k, h, N_H_500, t500, exponent, tau[k]);
    }
    return nH;
  }

  private static double tauIntegrand(int k, double h) {
    double z = BASE_ALTITUDE_M + k * h;
    return gravity(z) * MOLAR_MASS[H] / (R_STAR * temperatureK(z));
  }

  private static double fluxIntegrand(
      int k, double h, double[] heavyCount, double t500, double exponent, double tau) {
    double t = temperatureK(BASE_ALTITUDE_M + k * h);
    double diffusion = DIFF_A[H] * Math.pow(t / 273.15, DIFF_B[H]) / heavyCount[k];
    return H_FLUX_PHI / diffusion * Math.pow(t / t500, exponent) * Math.exp(tau);
  }

  private static double hydrogenDensity(
      int k, double h, double amplitude, double t500, double exponent, double tau) {
    double t = temperatureK(BASE_ALTITUDE_M + k * h);
    return amplitude * Math.pow(t500 / t, exponent) * Math.exp(-tau);
  }
}
