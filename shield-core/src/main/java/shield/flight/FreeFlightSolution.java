package shield.flight;

/**
 * One textbook free-flight path on a non-rotating sphere: the burnout state and what it leads to.
 *
 * <p>The range angle, range and flight time are those of the flight from burnout to the point the
 * solution was asked for: back to the burnout radius for {@link SphericalFreeFlight#fromBurnout}
 * and {@link SphericalFreeFlight#minimumEnergy}, down to the sphere's surface for {@link
 * SphericalFreeFlight#anglesToReach}; with a burnout on the surface the two coincide (the textbook
 * convention of Bate, Mueller &amp; White 1971, ch. 6).
 *
 * @param burnoutSpeedMps inertial speed at burnout (m/s)
 * @param burnoutAltitudeM burnout altitude above the sphere (m)
 * @param flightPathAngleRad flight-path angle at burnout, above the local horizontal (rad)
 * @param rangeAngleRad free-flight range angle Ψ, the angle at the sphere's centre from burnout to
 *     the end point (rad)
 * @param rangeM Ψ × R, the length of the ground track on the sphere (m)
 * @param apogeeAltitudeM altitude of the highest point actually flown above the sphere (m): the
 *     burnout altitude when the path never climbs (it starts downward, or level at its apogee)
 * @param flightTimeS time from burnout to the end point (s)
 */
public record FreeFlightSolution(
    double burnoutSpeedMps,
    double burnoutAltitudeM,
    double flightPathAngleRad,
    double rangeAngleRad,
    double rangeM,
    double apogeeAltitudeM,
    double flightTimeS) {}
