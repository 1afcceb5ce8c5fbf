package shield.engage;

/**
 * An interceptor's flight from launch to intercept, sampled for pictures.
 *
 * @param timesS sample times (s from the epoch), increasing
 * @param positionsEcefM positions at those times, Earth-fixed, each {x, y, z} (m)
 */
public record InterceptorPath(double[] timesS, double[][] positionsEcefM) {}
