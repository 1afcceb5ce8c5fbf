package shield.engage;

/**
 * The flight of one interceptor from launch to intercept, for pictures.
 *
 * @param timesS sample times (s from the scenario epoch), increasing
 * @param positionsEcefM the interceptor's position at each sample (m, ECEF at that time), three
 *     numbers each
 */
public record InterceptorPath(double[] timesS, double[][] positionsEcefM) {}
