package shield.sim;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What one sensor saw of one threat.
 *
 * @param sensorId the sensor's id in the scenario
 * @param kind radar or early-warning satellites
 * @param detections radar detections, or satellite frames in which the plume was seen
 * @param firstDetectionS time of the first detection (s from the epoch), if any
 * @param lastDetectionS time of the last detection (s from the epoch), if any
 * @param altitudeAtFirstDetectionM the threat's true height above the ellipsoid at the first
 *     detection (m), if any
 * @param reportS for satellites, when the launch report reached the ground (s from the epoch), if
 *     the launch was declared; empty for radars
 */
public record SensorSighting(
    String sensorId,
    Kind kind,
    int detections,
    OptionalDouble firstDetectionS,
    OptionalDouble lastDetectionS,
    OptionalDouble altitudeAtFirstDetectionM,
    OptionalDouble reportS) {

  /** The kinds of sensor. */
  public enum Kind {
    /** A radar: reports range and angles. */
    RADAR,
    /** Infrared early-warning satellites: report a launch. */
    SATELLITE
  }

  public SensorSighting {
    Objects.requireNonNull(sensorId, "sensorId");
    Objects.requireNonNull(kind, "kind");
  }

  /** Whether the sensor saw the threat at all. */
  public boolean saw() {
    return detections > 0;
  }
}
