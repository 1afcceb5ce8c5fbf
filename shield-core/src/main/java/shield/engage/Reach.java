package shield.engage;

/**
 * How an interceptor reaches a point: its time of flight and its state on arrival, in the
 * launcher-centred frame that does not rotate.
 *
 * @param timeOfFlightS from launch to the point (s)
 * @param speedMps speed on arrival, relative to the non-rotating frame (m/s)
 * @param flightPathAngleRad angle of the velocity above the local horizontal on arrival (rad),
 *     negative when descending
 */
public record Reach(double timeOfFlightS, double speedMps, double flightPathAngleRad) {}
