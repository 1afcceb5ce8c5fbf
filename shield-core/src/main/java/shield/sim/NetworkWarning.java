package shield.sim;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What one network knew of one threat, and when, at its node.
 *
 * <p>Times are node times: a detection counts when its report has crossed the link to the node.
 * Warning is impact time minus the node time of the first detection, or of the first firm track.
 *
 * @param networkId the network's id
 * @param firstDetectionS node time of the first report of the threat from any linked sensor (s from
 *     the epoch), if any
 * @param firstSensorId the sensor whose report came first, if any
 * @param firmTrackS node time at which a firm track of the threat first existed, if ever
 * @param firmTrackPositionErrorM distance from that track's position estimate to the truth at the
 *     estimate's time (m), if a firm track existed
 * @param firmTrackPositionSigmaM the track's own largest 1σ position axis then (m), if it existed
 * @param impactS the threat's impact time (s from the epoch)
 */
public record NetworkWarning(
    String networkId,
    OptionalDouble firstDetectionS,
    Optional<String> firstSensorId,
    OptionalDouble firmTrackS,
    OptionalDouble firmTrackPositionErrorM,
    OptionalDouble firmTrackPositionSigmaM,
    double impactS) {

  public NetworkWarning {
    Objects.requireNonNull(networkId, "networkId");
    Objects.requireNonNull(firstDetectionS, "firstDetectionS");
    Objects.requireNonNull(firstSensorId, "firstSensorId");
    Objects.requireNonNull(firmTrackS, "firmTrackS");
    Objects.requireNonNull(firmTrackPositionErrorM, "firmTrackPositionErrorM");
    Objects.requireNonNull(firmTrackPositionSigmaM, "firmTrackPositionSigmaM");
  }

  /** Impact time minus the first detection at the node (s), if the network saw the threat. */
  public OptionalDouble warningFromDetectionS() {
    return firstDetectionS.isPresent()
        ? OptionalDouble.of(impactS - firstDetectionS.getAsDouble())
        : OptionalDouble.empty();
  }

  /** Impact time minus the first firm track at the node (s), if there was one. */
  public OptionalDouble warningFromFirmTrackS() {
    return firmTrackS.isPresent()
        ? OptionalDouble.of(impactS - firmTrackS.getAsDouble())
        : OptionalDouble.empty();
  }
}
