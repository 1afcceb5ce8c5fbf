/**
 * Missile flight: the types (stages, reentry vehicle), 3-DOF powered flight on the rotating WGS84
 * Earth with staging, coast and reentry with drag, the resulting {@link shield.flight.Trajectory},
 * targeting on the rotating Earth, and the closed-form two-body tools (Kepler, Lambert, the
 * textbook free flight of Bate, Mueller &amp; White).
 *
 * <p>Powered flight and its coast are integrated in the Earth-fixed frame (ECEF) with the Coriolis
 * and centrifugal terms, so the atmosphere co-rotates and positions are those of the map.
 */
package shield.flight;
