package shield.sense;

/**
 * One face of a phased-array radar: the sector of azimuth and elevation its beams can reach.
 *
 * @param boresightAzimuthRad azimuth of the face's normal, clockwise from north (rad)
 * @param halfWidthRad half of the azimuth sector the face covers, each side of boresight (rad, in
 *     (0, π])
 * @param minElevationRad lowest elevation the face scans (rad)
 * @param maxElevationRad highest elevation the face scans (rad)
 */
public record Face(
    double boresightAzimuthRad,
    double halfWidthRad,
    double minElevationRad,
    double maxElevationRad) {

  public Face {
    if (!(halfWidthRad > 0 && halfWidthRad <= Math.PI)) {
      throw new IllegalArgumentException(
          "a face's azimuth half-width must lie in (0, 180] degrees, got "
              + Math.toDegrees(halfWidthRad));
    }
    if (!(minElevationRad >= -Math.PI / 2
        && minElevationRad < maxElevationRad
        && maxElevationRad <= Math.PI / 2)) {
      throw new IllegalArgumentException(
          "a face's elevation limits must satisfy -90 <= min < max <= 90 degrees, got "
              + Math.toDegrees(minElevationRad)
              + " and "
              + Math.toDegrees(maxElevationRad));
    }
  }

  /**
   * Whether a direction lies within the face.
   *
   * @param azimuthRad azimuth clockwise from north (rad, any turn)
   * @param elevationRad elevation (rad)
   */
  public boolean covers(double azimuthRad, double elevationRad) {
    double off = Math.IEEEremainder(azimuthRad - boresightAzimuthRad, 2 * Math.PI);
    return Math.abs(off) <= halfWidthRad
        && elevationRad >= minElevationRad
        && elevationRad <= maxElevationRad;
  }
}
