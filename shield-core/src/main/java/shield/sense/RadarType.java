package shield.sense;

import java.util.Objects;

/**
 * A kind of radar, described by the parameters of the radar equation and of its scheduler.
 *
 * <p>Signal-to-noise in track (a dwell aimed at the object) follows the power-aperture form of the
 * radar equation, SNR = P_avg t_dwell A_e² σ / (4π λ² R⁴ k T_s L); in search, the same energy is
 * spread over a search solid angle Ω in a frame time T_f, SNR = P_avg T_f A_e σ / (4π Ω R⁴ k T_s L)
 * (Skolnik, <i>Radar Handbook</i>, 3rd ed., ch. 1). The aperture enters squared in track because it
 * both transmits (gain G = 4πA_e/λ²) and receives; a bistatic radar such as the Daryal, with a
 * transmit aperture A_t and a receive aperture A_r, is described exactly by A_e = √(A_t·A_r).
 *
 * @param id catalog identifier, e.g. {@code an-tpy2-fbm}
 * @param name readable name
 * @param frequencyHz carrier frequency (Hz)
 * @param averagePowerW average transmitted power (W)
 * @param apertureAreaM2 effective receiving aperture A_e of one face (m²)
 * @param systemNoiseTemperatureK system noise temperature T_s (K)
 * @param lossesDb total system losses L (dB, ≥ 0)
 * @param falseAlarmProbability probability of false alarm per detection cell, in (0, 1)
 * @param searchFrameS time to scan the search volume once, T_f (s)
 * @param searchSolidAngleSr search solid angle Ω of one face (sr)
 * @param trackDwellS dwell time of one track look (s)
 * @param trackRevisitS interval between track looks at one object (s)
 * @param instrumentedRangeM longest range the radar processes (m)
 * @param trackCapacity most objects the radar tracks at once
 * @param faceHalfWidthRad azimuth half-width of each face (rad)
 * @param minElevationRad lowest elevation of each face (rad)
 * @param maxElevationRad highest elevation of each face (rad)
 * @param rangeResolutionM range resolution c/(2B) of the waveform (m)
 */
public record RadarType(
    String id,
    String name,
    double frequencyHz,
    double averagePowerW,
    double apertureAreaM2,
    double systemNoiseTemperatureK,
    double lossesDb,
    double falseAlarmProbability,
    double searchFrameS,
    double searchSolidAngleSr,
    double trackDwellS,
    double trackRevisitS,
    double instrumentedRangeM,
    int trackCapacity,
    double faceHalfWidthRad,
    double minElevationRad,
    double maxElevationRad,
    double rangeResolutionM) {

  public RadarType {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    positive(frequencyHz, "frequency");
    positive(averagePowerW, "average power");
    positive(apertureAreaM2, "aperture area");
    positive(systemNoiseTemperatureK, "system noise temperature");
    if (!(lossesDb >= 0)) {
      throw new IllegalArgumentException("losses must be zero or more dB, got " + lossesDb);
    }
    if (!(falseAlarmProbability > 0 && falseAlarmProbability < 1)) {
      throw new IllegalArgumentException(
          "false-alarm probability must lie in (0, 1), got " + falseAlarmProbability);
    }
    positive(searchFrameS, "search frame time");
    positive(searchSolidAngleSr, "search solid angle");
    positive(trackDwellS, "track dwell");
    positive(trackRevisitS, "track revisit interval");
    positive(instrumentedRangeM, "instrumented range");
    if (trackCapacity < 1) {
      throw new IllegalArgumentException("track capacity must be 1 or more, got " + trackCapacity);
    }
    positive(rangeResolutionM, "range resolution");
    // Checks the face limits the same way a site's faces are checked.
    new Face(0, faceHalfWidthRad, minElevationRad, maxElevationRad);
  }

  /** Boltzmann's constant k (J/K), exact in the SI since 2019. */
  public static final double BOLTZMANN_J_PER_K = 1.380649e-23;

  /** Speed of light in vacuum c (m/s), exact in the SI. */
  public static final double SPEED_OF_LIGHT_M_S = 299_792_458.0;

  /** Carrier wavelength λ = c/f (m). */
  public double wavelengthM() {
    return SPEED_OF_LIGHT_M_S / frequencyHz;
  }

  /** Total system losses as a linear factor L = 10^(L_dB/10) (≥ 1). */
  public double lossesFactor() {
    return Math.pow(10, lossesDb / 10);
  }

  /**
   * Returns the 3 dB beamwidth at broadside, θ ≈ λ/D with D = √A_e the side of a square aperture of
   * the effective area: uniform illumination gives 0.886 λ/D, the low-sidelobe tapers of real
   * arrays about λ/D (Skolnik, <i>Introduction to Radar Systems</i>, 3rd ed., antenna beamwidth;
   * Mailloux, <i>Phased Array Antenna Handbook</i>). Scanning off broadside widens it; that is
   * neglected.
   *
   * @return θ_3dB (rad)
   */
  public double beamwidthRad() {
    return wavelengthM() / Math.sqrt(apertureAreaM2);
  }

  /**
   * Returns the signal-to-noise ratio of one track dwell on an object, SNR = P_avg t_dwell A_e² σ /
   * (4π λ² R⁴ k T_s L).
   *
   * @param rangeM slant range (m, > 0)
   * @param rcsM2 radar cross-section σ (m²)
   * @return the mean SNR (linear)
   */
  public double trackSnr(double rangeM, double rcsM2) {
    double r2 = rangeM * rangeM;
    double lambda = wavelengthM();
    return averagePowerW
        * trackDwellS
        * apertureAreaM2
        * apertureAreaM2
        * rcsM2
        / (4 * Math.PI * lambda * lambda * r2 * r2 * noisePowerDensity());
  }

  /**
   * Returns the signal-to-noise ratio of an object in the search raster, SNR = P_avg T_f A_e σ /
   * (4π Ω R⁴ k T_s L): the search energy of one frame spread evenly over the search solid angle.
   *
   * @param rangeM slant range (m, > 0)
   * @param rcsM2 radar cross-section σ (m²)
   * @return the mean SNR (linear)
   */
  public double searchSnr(double rangeM, double rcsM2) {
    double r2 = rangeM * rangeM;
    return averagePowerW
        * searchFrameS
        * apertureAreaM2
        * rcsM2
        / (4 * Math.PI * searchSolidAngleSr * r2 * r2 * noisePowerDensity());
  }

  /**
   * Returns the signal-to-noise ratio of a look in a mode.
   *
   * @param mode search or track
   * @param rangeM slant range (m, > 0)
   * @param rcsM2 radar cross-section (m²)
   * @return the mean SNR (linear)
   */
  public double snr(RadarMode mode, double rangeM, double rcsM2) {
    return mode == RadarMode.TRACK ? trackSnr(rangeM, rcsM2) : searchSnr(rangeM, rcsM2);
  }

  /**
   * Returns the range at which one look in a mode detects an object with a given probability: the
   * radar equation solved for R, R = (SNR(1 m)/SNR_req)^(1/4), with SNR_req the Swerling I
   * requirement at this type's false-alarm probability. It ignores the instrumented range and the
   * horizon.
   *
   * @param mode search or track
   * @param rcsM2 radar cross-section (m², > 0)
   * @param probabilityOfDetection single-look P_d, in (P_fa, 1)
   * @return the detection range (m)
   */
  public double detectionRangeM(RadarMode mode, double rcsM2, double probabilityOfDetection) {
    double required = Detection.snrForPd(probabilityOfDetection, falseAlarmProbability);
    return Math.sqrt(Math.sqrt(snr(mode, 1, rcsM2) / required));
  }

  /** k T_s L (W/Hz): the noise power density with the losses folded in. */
  private double noisePowerDensity() {
    return BOLTZMANN_J_PER_K * systemNoiseTemperatureK * lossesFactor();
  }

  /**
   * The same type as a site runs it: with the site's own instrumented range, track revisit interval
   * and track capacity.
   *
   * @param siteInstrumentedRangeM the site's instrumented range (m)
   * @param siteTrackRevisitS the site's interval between track looks (s)
   * @param siteTrackCapacity the site's track capacity
   */
  public RadarType withSite(
      double siteInstrumentedRangeM, double siteTrackRevisitS, int siteTrackCapacity) {
    return new RadarType(
        id,
        name,
        frequencyHz,
        averagePowerW,
        apertureAreaM2,
        systemNoiseTemperatureK,
        lossesDb,
        falseAlarmProbability,
        searchFrameS,
        searchSolidAngleSr,
        trackDwellS,
        siteTrackRevisitS,
        siteInstrumentedRangeM,
        siteTrackCapacity,
        faceHalfWidthRad,
        minElevationRad,
        maxElevationRad,
        rangeResolutionM);
  }

  private static void positive(double value, String what) {
    if (!(value > 0 && Double.isFinite(value))) {
      throw new IllegalArgumentException(what + " must be a positive number, got " + value);
    }
  }
}
