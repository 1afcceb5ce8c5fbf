package shield.analysis;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The warning a network had of one missile aimed at one cell of a warning map from one launch area.
 *
 * <p>A warning is present only when the network knew of the missile at its node strictly before
 * impact; a missile never detected, or whose first report reached the node at or after impact,
 * gives none (empty, never zero or negative).
 *
 * @param flight whether the missile could be aimed at the cell, and so whether the rest means
 *     anything
 * @param flightTimeS launch to impact (s), NaN unless flown
 * @param fromDetectionS impact time minus the node time of the first report from any linked sensor
 *     (s), positive, if the network knew of the missile before impact
 * @param fromFirmTrackS impact time minus the node time of the first firm track (s), positive, if
 *     the network held one before impact
 * @param firstSensorId the sensor whose report reached the node first, if any reached it before
 *     impact
 */
public record AimWarning(
    Flight flight,
    double flightTimeS,
    OptionalDouble fromDetectionS,
    OptionalDouble fromFirmTrackS,
    Optional<String> firstSensorId) {

  /** Whether a missile could be flown to the cell. */
  public enum Flight {
    /** Flown on its minimum-energy trajectory. */
    FLOWN,
    /** The cell lies beyond the missile's reach from the launch area. */
    OUT_OF_RANGE,
    /** The cell lies closer to the launch area than the missile can be aimed. */
    TOO_CLOSE
  }

  /** Checks that only a flown missile has a flight time and warnings, and warnings are positive. */
  public AimWarning {
    Objects.requireNonNull(flight, "flight");
    Objects.requireNonNull(fromDetectionS, "fromDetectionS");
    Objects.requireNonNull(fromFirmTrackS, "fromFirmTrackS");
    Objects.requireNonNull(firstSensorId, "firstSensorId");
    if (flight != Flight.FLOWN
        && (!Double.isNaN(flightTimeS)
            || fromDetectionS.isPresent()
            || fromFirmTrackS.isPresent()
            || firstSensorId.isPresent())) {
      throw new IllegalArgumentException("a missile that was not flown has no flight or warning");
    }
    if (fromDetectionS.isPresent() && !(fromDetectionS.getAsDouble() > 0)
        || fromFirmTrackS.isPresent() && !(fromFirmTrackS.getAsDouble() > 0)) {
      throw new IllegalArgumentException(
          "a warning is a positive time, got " + fromDetectionS + " and " + fromFirmTrackS);
    }
  }

  /** A cell the missile could not be aimed at. */
  public static AimWarning notFlown(Flight why) {
    if (why == Flight.FLOWN) {
      throw new IllegalArgumentException("a flown missile has a flight time");
    }
    return new AimWarning(
        why, Double.NaN, OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty());
  }

  /** Whether the missile was flown to the cell. */
  public boolean flown() {
    return flight == Flight.FLOWN;
  }

  /**
   * The warning that a report reaching the node at a time gives of an impact: impact minus that
   * time when it is before impact, otherwise none. This is the one place where warnings are
   * clamped: knowing of a missile once it has landed is no warning at all.
   *
   * @param impactS impact time (s from the epoch)
   * @param knownS node time of the report (s from the epoch), if there was one
   * @return the warning (s), positive, or empty
   */
  public static OptionalDouble warningS(double impactS, OptionalDouble knownS) {
    return knownS.isPresent() && knownS.getAsDouble() < impactS
        ? OptionalDouble.of(impactS - knownS.getAsDouble())
        : OptionalDouble.empty();
  }
}
