package shield.earth;

import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * The local East-North-Up frame at a place on or above the WGS84 ellipsoid, with "up" along the
 * ellipsoid normal.
 *
 * <p>At a pole east and north follow the longitude given in the origin, as in Orekit's {@code
 * TopocentricFrame}.
 */
public final class Topocentric {

  private static final double TWO_PI = 2 * Math.PI;

  private final Geodetic origin;
  private final Vector3D originEcef;
  private final Vector3D east;
  private final Vector3D north;
  private final Vector3D up;
  private final double ox;
  private final double oy;
  private final double oz;
  // Rows of the ECEF → ENU rotation, kept as primitives for the per-point methods.
  private final double ex;
  private final double ey;
  private final double nx;
  private final double ny;
  private final double nz;
  private final double ux;
  private final double uy;
  private final double uz;

  /**
   * Makes the frame at a place.
   *
   * @param origin the place; its height puts the origin above (or below) the ellipsoid
   */
  public Topocentric(Geodetic origin) {
    this.origin = origin;
    this.originEcef = Wgs84.toEcef(origin);
    double sinLat = Math.sin(origin.latitudeRad());
    double cosLat = Math.cos(origin.latitudeRad());
    double sinLon = Math.sin(origin.longitudeRad());
    double cosLon = Math.cos(origin.longitudeRad());
    ox = originEcef.getX();
    oy = originEcef.getY();
    oz = originEcef.getZ();
    ex = -sinLon;
    ey = cosLon;
    nx = -sinLat * cosLon;
    ny = -sinLat * sinLon;
    nz = cosLat;
    ux = cosLat * cosLon;
    uy = cosLat * sinLon;
    uz = sinLat;
    east = new Vector3D(ex, ey, 0);
    north = new Vector3D(nx, ny, nz);
    up = new Vector3D(ux, uy, uz);
  }

  /** Returns the place at the origin of this frame. */
  public Geodetic origin() {
    return origin;
  }

  /** Returns the origin in ECEF (m). */
  public Vector3D originEcef() {
    return originEcef;
  }

  /** Returns the unit east vector, in ECEF. */
  public Vector3D east() {
    return east;
  }

  /** Returns the unit north vector, in ECEF. */
  public Vector3D north() {
    return north;
  }

  /** Returns the unit up vector (the ellipsoid normal), in ECEF. */
  public Vector3D up() {
    return up;
  }

  /**
   * Returns the position of a point relative to the origin, in ENU.
   *
   * @param pointEcef the point, ECEF (m)
   * @return east, north, up components (m)
   */
  public Vector3D toEnu(Vector3D pointEcef) {
    double dx = pointEcef.getX() - ox;
    double dy = pointEcef.getY() - oy;
    double dz = pointEcef.getZ() - oz;
    return new Vector3D(
        ex * dx + ey * dy, nx * dx + ny * dy + nz * dz, ux * dx + uy * dy + uz * dz);
  }

  /**
   * Rotates a vector from ENU into ECEF, without translating it (for directions and velocities).
   *
   * @param enu east, north, up components (any unit)
   * @return the same vector in ECEF axes (same unit)
   */
  public Vector3D enuToEcefDirection(Vector3D enu) {
    double e = enu.getX();
    double n = enu.getY();
    double u = enu.getZ();
    return new Vector3D(ex * e + nx * n + ux * u, ey * e + ny * n + uy * u, nz * n + uz * u);
  }

  /**
   * Returns the azimuth, elevation and slant range of a point seen from the origin.
   *
   * @param pointEcef the point, ECEF (m)
   * @return the look angles; a point at the origin itself has azimuth 0 and elevation 0
   */
  public Aer look(Vector3D pointEcef) {
    double dx = pointEcef.getX() - ox;
    double dy = pointEcef.getY() - oy;
    double dz = pointEcef.getZ() - oz;
    double e = ex * dx + ey * dy;
    double n = nx * dx + ny * dy + nz * dz;
    double u = ux * dx + uy * dy + uz * dz;
    double horizontal = Math.sqrt(e * e + n * n);
    double azimuth = Math.atan2(e, n);
    if (azimuth < 0) {
      azimuth += TWO_PI;
      // −tiny + 2π rounds to 2π, which is outside [0, 2π).
      if (azimuth >= TWO_PI) {
        azimuth = 0;
      }
    }
    return new Aer(azimuth, Math.atan2(u, horizontal), Math.sqrt(horizontal * horizontal + u * u));
  }

  /**
   * Returns the unit vector that points from the origin at a given azimuth and elevation.
   *
   * @param azimuthRad azimuth clockwise from north (rad)
   * @param elevationRad elevation above the local horizontal plane (rad)
   * @return the unit direction, in ECEF
   */
  public Vector3D direction(double azimuthRad, double elevationRad) {
    double cosEl = Math.cos(elevationRad);
    return enuToEcefDirection(
        new Vector3D(
            cosEl * Math.sin(azimuthRad), cosEl * Math.cos(azimuthRad), Math.sin(elevationRad)));
  }
}
