package shield.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A command network: the sensors that report to one node, each over a link with its latency.
 *
 * <p>"NATO only" and "NATO with Russian data" are two networks over the same sensors, the second
 * with more links; a sensor may report to any number of networks.
 *
 * @param id the network's id, e.g. {@code nato}
 * @param node where the node stands, if the scenario says
 * @param links one per sensor reporting to the node
 */
public record Network(String id, Optional<Place> node, List<Link> links) {

  public Network {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(node, "node");
    links = List.copyOf(links);
  }

  /**
   * A sensor's report link to a node.
   *
   * @param sensorId the sensor's id in the scenario
   * @param latencyS time from a measurement to its arrival at the node (s)
   */
  public record Link(String sensorId, double latencyS) {
    public Link {
      Objects.requireNonNull(sensorId, "sensorId");
      if (!(latencyS >= 0)) {
        throw new IllegalArgumentException("latency must be zero or more seconds, got " + latencyS);
      }
    }
  }

  /** The link of a sensor, if it reports to this network. */
  public Optional<Link> link(String sensorId) {
    return links.stream().filter(l -> l.sensorId().equals(sensorId)).findFirst();
  }
}
