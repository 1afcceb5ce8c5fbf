package shield.earth;

/**
 * The U.S. Standard Atmosphere 1976 (NOAA-S/T 76-1562): density, pressure, temperature and speed of
 * sound as functions of geometric altitude above the ellipsoid, from −5 to 1000 km.
 *
 * <p>Below 86 km the standard's seven geopotential layers are evaluated in closed form
 * (geopotential altitude H = r0·z/(r0 + z) with r0 = 6,356,766 m; M0 = 28.9644 kg/kmol, R* =
 * 8314.32 J/(kmol·K), g0 = 9.80665 m/s²; layer 0 is extended down to −5 km as the standard's tables
 * are). From 86 to 1000 km the standard's species equations are integrated once when the class
 * loads (see {@code UpperAtmosphere1976}) and sampled every 100 m; ln(density) and the squared
 * speed of sound are interpolated linearly between samples (interpolation error below 3e-5
 * relative), and pressure is ρc²/γ, which is exact at the samples. The result matches the
 * standard's printed tables to 0.03% in density and 0.006% in pressure (see the tests and
 * docs/validation.md).
 *
 * <p>Speed of sound above 86 km is √(γR*T/M) with γ = 1.4 and the mean molecular weight M that the
 * standard's composition gives. Up there the air is a rarefied, largely monatomic gas (γ nearer
 * 5/3) and "speed of sound" has little physical meaning; it only feeds drag Mach numbers where the
 * density, and so the drag, is negligible.
 *
 * <p>Out-of-range input, chosen so that an integrator stepping slightly out of range keeps going:
 * below −5 km every quantity is clamped to its −5 km value; above 1000 km density and pressure are
 * 0 (the standard stops there and the drag is negligible), the temperature follows the standard's
 * analytic profile (tending to 1000 K) and the speed of sound keeps its 1000 km value. NaN input
 * gives NaN results. Nothing here throws.
 */
public final class StandardAtmosphere {

  /** Lowest altitude of the model (m); lower input is clamped here. */
  public static final double MIN_ALTITUDE_M = -5_000.0;

  /** Highest altitude of the model (m); above it density and pressure are 0. */
  public static final double MAX_ALTITUDE_M = UpperAtmosphere1976.TOP_ALTITUDE_M;

  // The standard's constants (its Table of fundamental constants).
  private static final double G0 = 9.80665;
  private static final double R_STAR = 8314.32;
  private static final double M0 = 28.9644;
  private static final double R0 = 6_356_766.0;
  private static final double GAMMA = UpperAtmosphere1976.GAMMA;
  private static final double T0 = 288.15;
  private static final double P0 = 101_325.0;

  /** Base geopotential altitudes of the seven layers (m'). */
  private static final double[] BASE_H = {0, 11_000, 20_000, 32_000, 47_000, 51_000, 71_000};

  /** Molecular-scale temperature gradients of the layers (K/m'). */
  private static final double[] LAPSE = {-6.5e-3, 0, 1.0e-3, 2.8e-3, 0, -2.8e-3, -2.0e-3};

  private static final double[] BASE_T = new double[7];
  private static final double[] BASE_P = new double[7];

  /** g0·M0/R* (K/m'), the hydrostatic constant of the layers. */
  private static final double HYDROSTATIC = G0 * M0 / R_STAR;

  /** Per layer: −g0M0/(R*L) for gradient layers, g0M0/(R*T_b) for isothermal ones. */
  private static final double[] PRESSURE_EXPONENT = new double[7];

  /**
   * M/M0 from 80 to 86 km every 500 m, the standard's ratio of molecular weights that turns
   * molecular-scale temperature into kinetic temperature (1 below 80 km).
   */
  private static final double[] MOLECULAR_WEIGHT_RATIO = {
    1.000000, 0.999996, 0.999989, 0.999971, 0.999941, 0.999909, 0.999870, 0.999829, 0.999786,
    0.999741, 0.999694, 0.999641, 0.999579
  };

  private static final double UPPER_BASE_M = UpperAtmosphere1976.BASE_ALTITUDE_M;
  private static final double UPPER_STEP_M = 100.0;
  private static final double UPPER_INV_STEP = 1 / UPPER_STEP_M;
  private static final double[] UPPER_LOG_DENSITY;
  private static final double[] UPPER_SOUND_SPEED_SQUARED;
  private static final int UPPER_LAST;
  private static final double SOUND_SPEED_AT_TOP;

  static {
    BASE_T[0] = T0;
    BASE_P[0] = P0;
    for (int b = 0; b < 7; b++) {
      if (b > 0) {
        BASE_T[b] = molecularTemperatureK(BASE_H[b], b - 1);
        BASE_P[b] = lowerPressurePa(BASE_H[b], b - 1, BASE_T[b]);
      }
      PRESSURE_EXPONENT[b] = LAPSE[b] == 0 ? HYDROSTATIC / BASE_T[b] : -HYDROSTATIC / LAPSE[b];
    }
    UpperAtmosphere1976.Table table = UpperAtmosphere1976.integrate(UPPER_STEP_M, 20.0);
    UPPER_LOG_DENSITY = table.logDensity();
    // The standard's 86 km number densities are rounded, which leaves the upper solution 8e-6
    // (relative) denser than the layers at 86 km; shifting it by that much keeps density continuous
    // and monotone without moving any value by more than the standard's own precision.
    double h86 = geopotentialM(UPPER_BASE_M);
    int b86 = layer(h86);
    double tm86 = molecularTemperatureK(h86, b86);
    double logDensity86 = Math.log(lowerPressurePa(h86, b86, tm86) * (M0 / R_STAR) / tm86);
    double shift = logDensity86 - UPPER_LOG_DENSITY[0];
    for (int i = 0; i < UPPER_LOG_DENSITY.length; i++) {
      UPPER_LOG_DENSITY[i] += shift;
    }
    UPPER_SOUND_SPEED_SQUARED = table.soundSpeedSquared();
    UPPER_LAST = UPPER_LOG_DENSITY.length - 1;
    SOUND_SPEED_AT_TOP = Math.sqrt(UPPER_SOUND_SPEED_SQUARED[UPPER_LAST]);
  }

  private StandardAtmosphere() {}

  /**
   * The piece of the model that holds an altitude: 0 to 6 for the seven layers below 86 km, 7 up to
   * 1,000 km, 8 above. Density and the speed of sound are smooth inside a piece and only continuous
   * across the boundaries between the lower layers (the standard's temperature profile has corners
   * there); integrators stop at those boundaries. Above 86 km the 100 m table's own corners are
   * left in one piece: the density there is below 7e-6 kg/m³.
   *
   * @param altitudeM geometric altitude above the ellipsoid (m)
   */
  public static int piece(double altitudeM) {
    double z = clamp(altitudeM);
    if (z <= UPPER_BASE_M) {
      return layer(geopotentialM(z));
    }
    return z <= MAX_ALTITUDE_M ? 7 : 8;
  }

  /**
   * Fills density, pressure and speed of sound at an altitude, without allocating.
   *
   * @param altitudeM geometric altitude above the ellipsoid (m)
   * @param out receives density (kg/m³) in 0, pressure (Pa) in 1, speed of sound (m/s) in 2
   */
  public static void properties(double altitudeM, double[] out) {
    double z = clamp(altitudeM);
    if (z <= UPPER_BASE_M) {
      double h = geopotentialM(z);
      int b = layer(h);
      double tm = molecularTemperatureK(h, b);
      double p = lowerPressurePa(h, b, tm);
      out[0] = p * (M0 / R_STAR) / tm;
      out[1] = p;
      out[2] = Math.sqrt(GAMMA * R_STAR / M0 * tm);
    } else if (z <= MAX_ALTITUDE_M) {
      double s = (z - UPPER_BASE_M) * UPPER_INV_STEP;
      int i = Math.min((int) s, UPPER_LAST - 1);
      double w = s - i;
      double rho = Math.exp(interpolate(UPPER_LOG_DENSITY, i, w));
      double c2 = interpolate(UPPER_SOUND_SPEED_SQUARED, i, w);
      out[0] = rho;
      out[1] = rho * c2 / GAMMA;
      out[2] = Math.sqrt(c2);
    } else if (z > MAX_ALTITUDE_M) {
      out[0] = 0;
      out[1] = 0;
      out[2] = SOUND_SPEED_AT_TOP;
    } else {
      out[0] = Double.NaN;
      out[1] = Double.NaN;
      out[2] = Double.NaN;
    }
  }

  /**
   * Returns the density, without allocating.
   *
   * @param altitudeM geometric altitude above the ellipsoid (m)
   * @return mass density (kg/m³)
   */
  public static double densityKgM3(double altitudeM) {
    double z = clamp(altitudeM);
    if (z <= UPPER_BASE_M) {
      double h = geopotentialM(z);
      int b = layer(h);
      double tm = molecularTemperatureK(h, b);
      return lowerPressurePa(h, b, tm) * (M0 / R_STAR) / tm;
    }
    if (z <= MAX_ALTITUDE_M) {
      double s = (z - UPPER_BASE_M) * UPPER_INV_STEP;
      int i = Math.min((int) s, UPPER_LAST - 1);
      return Math.exp(interpolate(UPPER_LOG_DENSITY, i, s - i));
    }
    return z > MAX_ALTITUDE_M ? 0 : Double.NaN;
  }

  /**
   * Returns the pressure, without allocating.
   *
   * @param altitudeM geometric altitude above the ellipsoid (m)
   * @return pressure (Pa)
   */
  public static double pressurePa(double altitudeM) {
    double z = clamp(altitudeM);
    if (z <= UPPER_BASE_M) {
      double h = geopotentialM(z);
      int b = layer(h);
      return lowerPressurePa(h, b, molecularTemperatureK(h, b));
    }
    if (z <= MAX_ALTITUDE_M) {
      double s = (z - UPPER_BASE_M) * UPPER_INV_STEP;
      int i = Math.min((int) s, UPPER_LAST - 1);
      double w = s - i;
      return Math.exp(interpolate(UPPER_LOG_DENSITY, i, w))
          * interpolate(UPPER_SOUND_SPEED_SQUARED, i, w)
          / GAMMA;
    }
    return z > MAX_ALTITUDE_M ? 0 : Double.NaN;
  }

  /**
   * Returns the speed of sound, without allocating.
   *
   * @param altitudeM geometric altitude above the ellipsoid (m)
   * @return speed of sound (m/s)
   */
  public static double speedOfSoundMps(double altitudeM) {
    double z = clamp(altitudeM);
    if (z <= UPPER_BASE_M) {
      return Math.sqrt(GAMMA * R_STAR / M0 * molecularTemperatureK(geopotentialM(z)));
    }
    if (z <= MAX_ALTITUDE_M) {
      double s = (z - UPPER_BASE_M) * UPPER_INV_STEP;
      int i = Math.min((int) s, UPPER_LAST - 1);
      return Math.sqrt(interpolate(UPPER_SOUND_SPEED_SQUARED, i, s - i));
    }
    return z > MAX_ALTITUDE_M ? SOUND_SPEED_AT_TOP : Double.NaN;
  }

  /**
   * Returns the kinetic temperature, without allocating. Below 80 km it equals the molecular-scale
   * temperature of the layers; from 80 to 86 km it is scaled by the standard's M/M0; above 86 km it
   * is the standard's analytic profile.
   *
   * @param altitudeM geometric altitude above the ellipsoid (m)
   * @return kinetic temperature (K)
   */
  public static double temperatureK(double altitudeM) {
    double z = clamp(altitudeM);
    if (z <= UPPER_BASE_M) {
      return molecularTemperatureK(geopotentialM(z)) * molecularWeightRatio(z);
    }
    return z > UPPER_BASE_M ? UpperAtmosphere1976.temperatureK(z) : Double.NaN;
  }

  private static double clamp(double altitudeM) {
    return altitudeM < MIN_ALTITUDE_M ? MIN_ALTITUDE_M : altitudeM;
  }

  /** Geopotential altitude H (m') of a geometric altitude z (m). */
  private static double geopotentialM(double z) {
    return R0 * z / (R0 + z);
  }

  private static double molecularTemperatureK(double h) {
    return molecularTemperatureK(h, layer(h));
  }

  private static double molecularTemperatureK(double h, int b) {
    return BASE_T[b] + LAPSE[b] * (h - BASE_H[b]);
  }

  private static double lowerPressurePa(double h, int b, double tm) {
    return LAPSE[b] == 0
        ? BASE_P[b] * Math.exp(-PRESSURE_EXPONENT[b] * (h - BASE_H[b]))
        : BASE_P[b] * Math.pow(tm / BASE_T[b], PRESSURE_EXPONENT[b]);
  }

  private static double interpolate(double[] table, int i, double w) {
    return table[i] + w * (table[i + 1] - table[i]);
  }

  private static double molecularWeightRatio(double z) {
    if (z <= 80_000) {
      return 1;
    }
    double s = (z - 80_000) / 500.0;
    int i = Math.min((int) s, MOLECULAR_WEIGHT_RATIO.length - 2);
    double w = s - i;
    return MOLECULAR_WEIGHT_RATIO[i]
        + w * (MOLECULAR_WEIGHT_RATIO[i + 1] - MOLECULAR_WEIGHT_RATIO[i]);
  }

  private static int layer(double h) {
    int b = 6;
    while (b > 0 && h < BASE_H[b]) {
      b--;
    }
    return b;
  }
}
