package shield.scenario;

import java.util.List;
import java.util.Objects;
import shield.sense.EarlyWarningConstellation;

/**
 * An early-warning constellation in a scenario, with the radars its launch reports cue.
 *
 * @param constellation the satellites
 * @param cuedRadarIds the ids of the radars that receive its launch reports
 */
public record SatelliteSensor(EarlyWarningConstellation constellation, List<String> cuedRadarIds) {

  public SatelliteSensor {
    Objects.requireNonNull(constellation, "constellation");
    cuedRadarIds = List.copyOf(cuedRadarIds);
  }
}
