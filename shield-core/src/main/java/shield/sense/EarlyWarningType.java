package shield.sense;

import java.util.Objects;

/**
 * A kind of infrared early-warning satellite, described by what decides when it reports a launch
 * and how well: where the plume becomes visible, how often the sensor looks, how many looks it
 * needs, how long the report takes and how wrong it is.
 *
 * <p>The plume is seen only above the absorbing layer of the lower atmosphere: early-warning
 * sensors look in bands where water vapour and carbon dioxide absorb (around 2.7 and 4.3 µm), so
 * the ground and low clouds are dark and a plume shows once it climbs above them. The same layer
 * hides a plume whose line of sight to the satellite grazes the Earth too low, so the line of sight
 * must clear the ellipsoid by a grazing height.
 *
 * @param id catalog identifier, e.g. {@code sbirs-geo}
 * @param name readable name
 * @param minPlumeAltitudeM lowest height above the ellipsoid at which the plume is seen (m), the
 *     cloud tops
 * @param limbGrazingHeightM least height above the ellipsoid that a line of sight from the
 *     satellite to the plume must keep everywhere between them (m), in [0, minPlumeAltitudeM]
 * @param frameS revisit interval of the sensor, the time between two looks at one place (s)
 * @param detectionsToDeclare looks in a row that must see the plume before a launch is declared
 * @param reportLatencyS time from declaration to the report's arrival at its users (s): ground
 *     processing and relay
 * @param launchPointSigmaM standard deviation of the reported launch point's error along each of
 *     east and north (m)
 * @param launchTimeSigmaS standard deviation of the reported launch time's error (s)
 * @param headingSigmaRad standard deviation of the reported heading's error (rad)
 */
public record EarlyWarningType(
    String id,
    String name,
    double minPlumeAltitudeM,
    double limbGrazingHeightM,
    double frameS,
    int detectionsToDeclare,
    double reportLatencyS,
    double launchPointSigmaM,
    double launchTimeSigmaS,
    double headingSigmaRad) {

  public EarlyWarningType {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    notNegative(minPlumeAltitudeM, "minimum plume altitude");
    if (!(limbGrazingHeightM >= 0 && limbGrazingHeightM <= minPlumeAltitudeM)) {
      throw new IllegalArgumentException(
          "the limb grazing height must lie between 0 and the minimum plume altitude ("
              + minPlumeAltitudeM
              + " m), got "
              + limbGrazingHeightM
              + " m");
    }
    if (!(frameS > 0 && Double.isFinite(frameS))) {
      throw new IllegalArgumentException("the frame time must be a positive number, got " + frameS);
    }
    if (detectionsToDeclare < 1) {
      throw new IllegalArgumentException(
          "detections to declare must be 1 or more, got " + detectionsToDeclare);
    }
    notNegative(reportLatencyS, "report latency");
    notNegative(launchPointSigmaM, "launch point sigma");
    notNegative(launchTimeSigmaS, "launch time sigma");
    notNegative(headingSigmaRad, "heading sigma");
  }

  private static void notNegative(double value, String what) {
    if (!(value >= 0 && Double.isFinite(value))) {
      throw new IllegalArgumentException(what + " must be a number >= 0, got " + value);
    }
  }
}
