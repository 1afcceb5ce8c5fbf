package shield.earth;

/**
 * A place given by geodetic latitude, longitude and height above the WGS84 ellipsoid.
 *
 * <p>The constructor rejects NaN or infinite components and latitudes outside [−π/2, π/2], and
 * brings the longitude into [−π, π) so that equal places compare equal (a longitude of +180° is
 * stored as −180°).
 *
 * @param latitudeRad geodetic latitude (rad), in [−π/2, π/2]
 * @param longitudeRad longitude east of Greenwich (rad), normalised to [−π, π)
 * @param heightM height above the ellipsoid along its normal (m)
 */
public record Geodetic(double latitudeRad, double longitudeRad, double heightM) {

  private static final double TWO_PI = 2 * Math.PI;

  /** Checks the components and normalises the longitude. */
  public Geodetic {
    if (!Double.isFinite(latitudeRad) || Math.abs(latitudeRad) > Math.PI / 2) {
      throw new IllegalArgumentException(
          "latitude must be a finite number of radians in [-pi/2, pi/2] ([-90, 90] degrees), got "
              + latitudeRad
              + " rad");
    }
    if (!Double.isFinite(longitudeRad)) {
      throw new IllegalArgumentException(
          "longitude must be a finite number of radians, got " + longitudeRad);
    }
    if (!Double.isFinite(heightM)) {
      throw new IllegalArgumentException(
          "height must be a finite number of metres, got " + heightM);
    }
    longitudeRad = normaliseLongitude(longitudeRad);
  }

  /**
   * Makes a place from degrees, as users write it.
   *
   * @param latitudeDeg geodetic latitude (deg), in [−90, 90]
   * @param longitudeDeg longitude east of Greenwich (deg), any value
   * @param heightM height above the ellipsoid (m)
   * @return the place
   */
  public static Geodetic ofDegrees(double latitudeDeg, double longitudeDeg, double heightM) {
    return new Geodetic(Math.toRadians(latitudeDeg), Math.toRadians(longitudeDeg), heightM);
  }

  /** Returns the geodetic latitude (deg). */
  public double latitudeDeg() {
    return Math.toDegrees(latitudeRad);
  }

  /** Returns the longitude (deg), in [−180, 180). */
  public double longitudeDeg() {
    return Math.toDegrees(longitudeRad);
  }

  /**
   * Returns the same latitude and longitude at another height.
   *
   * @param newHeightM height above the ellipsoid (m)
   * @return the new place
   */
  public Geodetic withHeightM(double newHeightM) {
    return new Geodetic(latitudeRad, longitudeRad, newHeightM);
  }

  private static double normaliseLongitude(double longitudeRad) {
    if (longitudeRad >= -Math.PI && longitudeRad < Math.PI) {
      return longitudeRad;
    }
    double wrapped = longitudeRad - TWO_PI * Math.floor((longitudeRad + Math.PI) / TWO_PI);
    // Rounding can land exactly on +π (or a hair outside) for inputs just below an odd multiple of
    // π.
    if (wrapped >= Math.PI) {
      wrapped -= TWO_PI;
    }
    return wrapped < -Math.PI ? -Math.PI : wrapped;
  }
}
