package shield.earth;

/**
 * The shortest path between two places on the WGS84 ellipsoid: its length and its azimuths.
 *
 * @param distanceM length of the geodesic on the ellipsoid surface (m)
 * @param initialAzimuthRad azimuth at the start, clockwise from north (rad), in [0, 2π)
 * @param finalAzimuthRad forward azimuth on arrival at the end, clockwise from north (rad), in [0,
 *     2π)
 */
public record GeodesicLeg(double distanceM, double initialAzimuthRad, double finalAzimuthRad) {}
