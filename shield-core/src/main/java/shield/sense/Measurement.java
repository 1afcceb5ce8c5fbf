package shield.sense;

import java.util.Objects;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import shield.earth.Topocentric;

/**
 * One radar report of one object: range, azimuth and elevation from the radar's site with their
 * standard deviations.
 *
 * <p>Angles are geometric (refraction is assumed corrected by the radar). The truth index names the
 * threat that caused the report; a tracker must not use it, only scoring does.
 *
 * @param timeS time of the measurement (s from the scenario epoch)
 * @param sensorId the id of the radar that measured
 * @param site the radar's local frame (position of the antenna)
 * @param rangeM measured slant range (m)
 * @param azimuthRad measured azimuth, clockwise from north (rad, [0, 2π))
 * @param elevationRad measured elevation above the local horizontal (rad)
 * @param rangeSigmaM standard deviation of the range noise (m)
 * @param angleSigmaRad standard deviation of the noise of each angle (rad)
 * @param snr signal-to-noise ratio of the detection (linear, not dB)
 * @param truthIndex index of the threat that was measured, for scoring only
 */
public record Measurement(
    double timeS,
    String sensorId,
    Topocentric site,
    double rangeM,
    double azimuthRad,
    double elevationRad,
    double rangeSigmaM,
    double angleSigmaRad,
    double snr,
    int truthIndex) {

  public Measurement {
    Objects.requireNonNull(sensorId, "sensorId");
    Objects.requireNonNull(site, "site");
    if (!(rangeM > 0 && rangeSigmaM > 0 && angleSigmaRad > 0)) {
      throw new IllegalArgumentException(
          "range and noise must be positive: range "
              + rangeM
              + " m, sigma "
              + rangeSigmaM
              + " m, "
              + angleSigmaRad
              + " rad");
    }
  }

  /** The measured point (m, ECEF). */
  public Vector3D positionEcef() {
    return site.originEcef().add(rangeM, site.direction(azimuthRad, elevationRad));
  }
}
