package shield.scenario;

import java.util.Objects;
import shield.flight.FlightEvent;
import shield.flight.Trajectory;
import shield.flight.TrajectoryShape;

/**
 * One missile of a scenario's raid, with the flight it flies.
 *
 * @param id the missile's id, unique in the scenario (a raid of n gives {@code raid-1 … raid-n})
 * @param missile the missile class
 * @param from the launch place
 * @param to the aim point (the impact is on the ellipsoid beneath it)
 * @param shape how the flight was chosen (minimum energy, lofted or flattened to an apogee,
 *     depressed)
 * @param trajectory the flight, launched at its start time (s from the scenario epoch)
 */
public record Threat(
    String id,
    MissileClass missile,
    Place from,
    Place to,
    TrajectoryShape shape,
    Trajectory trajectory) {

  public Threat {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(missile, "missile");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(trajectory, "trajectory");
  }

  /** Launch time (s from the scenario epoch). */
  public double launchTimeS() {
    return trajectory.startTimeS();
  }

  /** Impact time (s from the scenario epoch). */
  public double impactTimeS() {
    return trajectory.event(FlightEvent.Kind.IMPACT).orElseThrow().timeS();
  }
}
