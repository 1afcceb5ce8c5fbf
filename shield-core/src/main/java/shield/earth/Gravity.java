package shield.earth;

import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * Gravitational acceleration of the Earth as a point mass plus the J2 oblateness term, in any
 * Earth-centred frame whose z axis is the rotation axis (ECEF or Shield's ECI alike: the J2 field
 * is symmetric about z, so it does not care how the frame is turned about it).
 *
 * <p>With r = |r| and R = {@link Wgs84#EQUATORIAL_RADIUS_M}:
 *
 * <pre>
 *   a_x = −μx/r³ · [1 + (3/2) J2 (R/r)² (1 − 5z²/r²)]
 *   a_y = −μy/r³ · [1 + (3/2) J2 (R/r)² (1 − 5z²/r²)]
 *   a_z = −μz/r³ · [1 + (3/2) J2 (R/r)² (3 − 5z²/r²)]
 * </pre>
 *
 * using {@link Wgs84#MU_M3_S2} and {@link Wgs84#J2}. This is gravitation only: in a rotating frame
 * the caller adds the centrifugal and Coriolis terms. At the centre (r = 0) the result is not
 * finite.
 */
public final class Gravity {

  private static final double MU = Wgs84.MU_M3_S2;
  private static final double J2_R2 =
      1.5 * Wgs84.J2 * Wgs84.EQUATORIAL_RADIUS_M * Wgs84.EQUATORIAL_RADIUS_M;

  private Gravity() {}

  /**
   * Computes the μ + J2 acceleration without allocating.
   *
   * @param x position x (m)
   * @param y position y (m)
   * @param z position z (m), along the rotation axis
   * @param accelerationOut receives the acceleration (m/s²) in elements 0..2, same frame as the
   *     position
   */
  public static void accelerationJ2(double x, double y, double z, double[] accelerationOut) {
    double r2 = x * x + y * y + z * z;
    double invR2 = 1 / r2;
    double muOverR3 = MU * invR2 / Math.sqrt(r2);
    double j2Term = J2_R2 * invR2;
    double z2OverR2 = 5 * z * z * invR2;
    double radial = -muOverR3 * (1 + j2Term * (1 - z2OverR2));
    accelerationOut[0] = radial * x;
    accelerationOut[1] = radial * y;
    accelerationOut[2] = -muOverR3 * (1 + j2Term * (3 - z2OverR2)) * z;
  }

  /**
   * Computes the μ + J2 acceleration.
   *
   * @param position position (m), z along the rotation axis
   * @return the acceleration (m/s²), same frame
   */
  public static Vector3D accelerationJ2(Vector3D position) {
    double[] a = new double[3];
    accelerationJ2(position.getX(), position.getY(), position.getZ(), a);
    return new Vector3D(a[0], a[1], a[2]);
  }
}
