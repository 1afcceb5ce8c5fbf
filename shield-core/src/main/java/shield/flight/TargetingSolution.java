package shield.flight;

import shield.earth.Geodetic;

/**
 * A flight that targeting found for an aim point.
 *
 * @param shape the shape asked for
 * @param guidance azimuth, kick angle and cutoff that fly it
 * @param trajectory the flight
 * @param aimPoint where it was aimed
 * @param impactPoint where it came down
 * @param missM geodesic distance between impact and aim point (m)
 */
public record TargetingSolution(
    TrajectoryShape shape,
    Guidance guidance,
    Trajectory trajectory,
    Geodetic aimPoint,
    Geodetic impactPoint,
    double missM) {}
