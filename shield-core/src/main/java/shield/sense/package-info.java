/**
 * Sensors: radars (faces, line of sight with refraction, the radar equation, Swerling I detection,
 * measurement noise, search and track modes, revisit) and infrared early-warning satellites, and
 * the {@link shield.sense.Measurement} they report.
 *
 * <p>Sensors observe a {@link shield.flight.Trajectory} at a time; they never see the truth
 * otherwise. Randomness comes in as an argument, so the caller decides how streams are seeded.
 */
package shield.sense;
