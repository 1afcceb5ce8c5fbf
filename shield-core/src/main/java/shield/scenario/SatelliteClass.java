package shield.scenario;

import java.util.List;
import java.util.Objects;
import shield.sense.EarlyWarningConstellation;
import shield.sense.EarlyWarningType;

/**
 * A catalog early-warning satellite class: the type that the sensing model uses, where its numbers
 * come from, and the geostationary slots its constellation takes unless a scenario says otherwise.
 *
 * @param type the plume, frame, persistence, latency and error parameters
 * @param source the publications behind the numbers
 * @param notional whether the numbers describe a class of satellite rather than a real one
 * @param defaultGeoLongitudesRad longitudes of the constellation's geostationary satellites (rad);
 *     at least one
 */
public record SatelliteClass(
    EarlyWarningType type, String source, boolean notional, List<Double> defaultGeoLongitudesRad) {

  public SatelliteClass {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(source, "source");
    defaultGeoLongitudesRad = List.copyOf(defaultGeoLongitudesRad);
    if (defaultGeoLongitudesRad.isEmpty()) {
      throw new IllegalArgumentException("a satellite class needs at least one longitude");
    }
  }

  /** The catalog identifier, e.g. {@code sbirs-geo}. */
  public String id() {
    return type.id();
  }

  /** The readable name of the class. */
  public String name() {
    return type.name();
  }

  /**
   * The constellation of this class at its default slots.
   *
   * @param sensorId the sensor's id in the scenario
   */
  public EarlyWarningConstellation constellation(String sensorId) {
    return new EarlyWarningConstellation(sensorId, type, defaultGeoLongitudesRad);
  }
}
