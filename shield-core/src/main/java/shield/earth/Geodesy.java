package shield.earth;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicMask;

/**
 * Geodesics (shortest paths) on the WGS84 ellipsoid, solved with GeographicLib (Karney 2013,
 * "Algorithms for geodesics", J. Geod. 87, 43–55), accurate to about 15 nm for any pair of points,
 * antipodal ones included.
 */
public final class Geodesy {

  // Built from Shield's own constants so that geodesics and Wgs84 can never disagree.
  private static final Geodesic ELLIPSOID =
      new Geodesic(Wgs84.EQUATORIAL_RADIUS_M, Wgs84.FLATTENING);

  private Geodesy() {}

  /**
   * Solves the inverse problem: the geodesic from one place to another. Heights are ignored.
   *
   * @param from start place
   * @param to end place
   * @return distance (m) and azimuths (rad, in [0, 2π)); for coincident points the distance is 0
   */
  public static GeodesicLeg inverse(Geodetic from, Geodetic to) {
    GeodesicData d =
        ELLIPSOID.Inverse(
            from.latitudeDeg(),
            from.longitudeDeg(),
            to.latitudeDeg(),
            to.longitudeDeg(),
            GeodesicMask.DISTANCE | GeodesicMask.AZIMUTH);
    return new GeodesicLeg(d.s12, azimuthRad(d.azi1), azimuthRad(d.azi2));
  }

  /**
   * Solves the direct problem: where a geodesic of given start azimuth and length ends.
   *
   * @param from start place (its height is ignored)
   * @param azimuthRad start azimuth, clockwise from north (rad)
   * @param distanceM length along the ellipsoid surface (m); negative goes backwards
   * @return the end place, at height 0
   */
  public static Geodetic direct(Geodetic from, double azimuthRad, double distanceM) {
    GeodesicData d =
        ELLIPSOID.Direct(
            from.latitudeDeg(),
            from.longitudeDeg(),
            Math.toDegrees(azimuthRad),
            distanceM,
            GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
    return Geodetic.ofDegrees(d.lat2, d.lon2, 0);
  }

  private static double azimuthRad(double azimuthDeg) {
    // GeographicLib returns [−180, 180]; reduce in degrees so that exact values stay exact.
    double deg = azimuthDeg < 0 ? azimuthDeg + 360 : azimuthDeg;
    return deg >= 360 ? 0 : Math.toRadians(deg);
  }
}
