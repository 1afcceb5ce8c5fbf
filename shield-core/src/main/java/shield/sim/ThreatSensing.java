package shield.sim;

import java.util.List;
import java.util.Objects;
import shield.scenario.Threat;

/**
 * Who saw one threat, and what each network knew of it.
 *
 * @param threat the threat
 * @param sensors one entry per sensor of the scenario, in scenario order
 * @param networks one entry per network of the scenario, in scenario order
 */
public record ThreatSensing(
    Threat threat, List<SensorSighting> sensors, List<NetworkWarning> networks) {

  public ThreatSensing {
    Objects.requireNonNull(threat, "threat");
    sensors = List.copyOf(sensors);
    networks = List.copyOf(networks);
  }
}
