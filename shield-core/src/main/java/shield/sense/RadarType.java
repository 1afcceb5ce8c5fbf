package shield.sense;

import java.util.Objects;

/**
 * A kind of radar, described by the parameters of the radar equation and of its scheduler.
 *
 * <p>Signal-to-noise in track (a dwell aimed at the object) follows the power-aperture form of the
 * radar equation, SNR = P_avg t_dwell A_e² σ / (4π λ² R⁴ k T_s L); in search, the same energy is
 * spread over a search solid angle Ω in a frame time T_f, SNR = P_avg T_f A_e σ / (4π Ω R⁴ k T_s L)
 * (Skolnik, <i>Radar Handbook</i>, 3rd ed., ch. 1).
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

  private static void positive(double value, String what) {
    if (!(value > 0 && Double.isFinite(value))) {
      throw new IllegalArgumentException(what + " must be a positive number, got " + value);
    }
  }
}
