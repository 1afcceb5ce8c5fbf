package shield.sim;

import java.util.List;
import java.util.Objects;
import shield.scenario.Scenario;

/**
 * The detection and tracking timeline of a scenario: per threat, who saw it when and how much
 * warning each network had.
 *
 * @param scenario the scenario that ran
 * @param seed the seed of the run's random streams
 * @param threats one entry per threat, in scenario order
 */
public record SenseReport(Scenario scenario, long seed, List<ThreatSensing> threats) {

  public SenseReport {
    Objects.requireNonNull(scenario, "scenario");
    threats = List.copyOf(threats);
  }
}
