package shield.earth;

/**
 * Where a point appears from a site: azimuth, elevation and slant range.
 *
 * @param azimuthRad azimuth clockwise from north in the local horizontal plane (rad), in [0, 2π)
 * @param elevationRad elevation above the local horizontal plane, the plane normal to the ellipsoid
 *     normal (rad), in [−π/2, π/2]
 * @param rangeM straight-line distance from the site to the point (m)
 */
public record Aer(double azimuthRad, double elevationRad, double rangeM) {}
