package shield.track;

import java.util.random.RandomGenerator;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import shield.earth.Aer;
import shield.earth.Geodetic;
import shield.earth.Topocentric;
import shield.sense.Measurement;

/**
 * A test radar: Gaussian noise on the true range, azimuth and elevation of a state, reported when
 * the target is above the horizon. Independent of the sense package's radar model on purpose.
 *
 * @param id sensor id
 * @param site the radar's frame
 * @param rangeSigmaM range noise (m)
 * @param angleSigmaRad noise of each angle (rad)
 */
record TestRadar(String id, Topocentric site, double rangeSigmaM, double angleSigmaRad) {

  static TestRadar at(String id, Geodetic place, double rangeSigmaM, double angleSigmaRad) {
    return new TestRadar(id, new Topocentric(place), rangeSigmaM, angleSigmaRad);
  }

  /**
   * A noisy measurement of a true state, or null below the horizon.
   *
   * @param timeS measurement time (s)
   * @param pvTruth the true state (m, m/s, ECEF)
   * @param random the noise source
   * @param truthIndex which object it is, for scoring
   */
  Measurement observe(double timeS, double[] pvTruth, RandomGenerator random, int truthIndex) {
    Aer aer = site.look(new Vector3D(pvTruth[0], pvTruth[1], pvTruth[2]));
    if (aer.elevationRad() < 0) {
      return null;
    }
    double az = aer.azimuthRad() + angleSigmaRad * random.nextGaussian();
    az = az % (2 * Math.PI);
    if (az < 0) {
      az += 2 * Math.PI;
    }
    return new Measurement(
        timeS,
        id,
        site,
        aer.rangeM() + rangeSigmaM * random.nextGaussian(),
        az,
        aer.elevationRad() + angleSigmaRad * random.nextGaussian(),
        rangeSigmaM,
        angleSigmaRad,
        100,
        truthIndex);
  }
}
