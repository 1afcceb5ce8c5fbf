package shield.flight;

import java.util.List;

/**
 * A ballistic missile type: its stages in firing order, the reentry vehicle it carries, the drag of
 * the boosting stack, and the fixed part of its pitch programme.
 *
 * <p>The pitch programme is a vertical rise, then a pitch-over that tilts the thrust linearly from
 * the vertical to a kick angle (chosen by targeting), then a gravity turn with the thrust along the
 * velocity relative to the air. Targeting sets the kick angle and, for shapes that need less energy
 * than the missile has, where thrust is terminated.
 *
 * @param id catalog identifier, e.g. {@code mrbm-solid}
 * @param name a readable name of the class
 * @param stages the stages in firing order, at least one
 * @param reentryVehicle the payload
 * @param bodyDrag drag coefficient of the boosting stack on the lowest stage's cross-section
 * @param verticalRiseS duration of the vertical rise from the pad (s)
 * @param pitchOverS duration of the pitch-over to the kick angle (s)
 */
public record MissileType(
    String id,
    String name,
    List<Stage> stages,
    ReentryVehicle reentryVehicle,
    DragCurve bodyDrag,
    double verticalRiseS,
    double pitchOverS) {

  public MissileType {
    stages = List.copyOf(stages);
    if (stages.isEmpty()) {
      throw new IllegalArgumentException("missile " + id + " needs at least one stage");
    }
    Stage.requirePositive(verticalRiseS, "vertical rise duration (s)");
    Stage.requirePositive(pitchOverS, "pitch-over duration (s)");
    if (verticalRiseS + pitchOverS >= stages.get(0).burnTimeS()) {
      throw new IllegalArgumentException(
          "missile "
              + id
              + ": vertical rise and pitch-over must end during the first stage's burn");
    }
  }

  /** Total burn time of all stages (s), the end of powered flight at full burn. */
  public double totalBurnTimeS() {
    double sum = 0;
    for (Stage s : stages) {
      sum += s.burnTimeS();
    }
    return sum;
  }

  /** Mass on the pad: all stages plus the reentry vehicle (kg). */
  public double launchMassKg() {
    double sum = reentryVehicle.massKg();
    for (Stage s : stages) {
      sum += s.grossMassKg();
    }
    return sum;
  }
}
