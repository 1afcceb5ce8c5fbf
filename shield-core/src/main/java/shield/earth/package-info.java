/**
 * The Earth as Shield sees it: the WGS84 ellipsoid and conversions between geodetic, Earth-fixed
 * (ECEF) and local East-North-Up coordinates, geodesics, Earth rotation, μ + J2 gravity, the U.S.
 * Standard Atmosphere 1976, and line of sight (radar horizon, effective-Earth refraction).
 *
 * <p>Everything here is in SI units (m, s, rad, kg) and depends on nothing else in Shield; values
 * are immutable records, and the kernels called inside integration loops take primitives or fill a
 * caller's {@code double[]} so that they do not allocate.
 */
package shield.earth;
