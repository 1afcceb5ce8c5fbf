package shield.engage;

/** STAND-IN (replaced by the engage work). */
public record Reach(double timeOfFlightS, double speedMps, double flightPathAngleRad) {}
