package shield.sense;

import java.util.Objects;

/**
 * What an early-warning constellation saw of one boosting missile: the frames in which the plume
 * was in sight, when the launch was declared, and the report it sent.
 *
 * @param firstSightingS time of the first frame that saw the plume (s from the scenario epoch)
 * @param lastSightingS time of the last frame that saw the plume (s from the scenario epoch)
 * @param altitudeAtFirstSightingM height of the missile above the ellipsoid at the first sighting
 *     (m)
 * @param declaredS time of the frame that completed the persistence the type asks for (s from the
 *     scenario epoch)
 * @param report the launch report that follows the declaration
 */
public record Observation(
    double firstSightingS,
    double lastSightingS,
    double altitudeAtFirstSightingM,
    double declaredS,
    LaunchReport report) {

  public Observation {
    Objects.requireNonNull(report, "report");
    if (!(firstSightingS <= declaredS && declaredS <= lastSightingS)) {
      throw new IllegalArgumentException(
          "sightings must bracket the declaration: first "
              + firstSightingS
              + " s, declared "
              + declaredS
              + " s, last "
              + lastSightingS
              + " s");
    }
  }
}
