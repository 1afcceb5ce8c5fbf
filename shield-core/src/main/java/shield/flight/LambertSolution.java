package shield.flight;

import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * The two velocities of a Lambert transfer: leaving the first position and arriving at the second.
 *
 * @param v1Mps velocity at the first position, in the frame of the positions (m/s)
 * @param v2Mps velocity at the second position, same frame (m/s)
 */
public record LambertSolution(Vector3D v1Mps, Vector3D v2Mps) {}
