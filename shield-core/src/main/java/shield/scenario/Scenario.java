package shield.scenario;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import shield.sense.Radar;

/**
 * A whole scenario, loaded and checked: its threats with their flights, its sensors, the networks
 * that link them, and the assets the defence protects. Times are seconds from the epoch.
 *
 * @param name the scenario's name, e.g. {@code europe-2011}
 * @param description what the scenario shows, in words; may be empty
 * @param epoch the UTC instant of simulation time zero
 * @param threats every missile, raids expanded, in file order
 * @param radars the radars
 * @param satellites the early-warning constellations, with the radars each cues
 * @param networks the command networks
 * @param assets the defended assets
 * @param batteries the interceptor batteries
 */
public record Scenario(
    String name,
    String description,
    Instant epoch,
    List<Threat> threats,
    List<Radar> radars,
    List<SatelliteSensor> satellites,
    List<Network> networks,
    List<DefendedAsset> assets,
    List<Battery> batteries) {

  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(epoch, "epoch");
    threats = List.copyOf(threats);
    radars = List.copyOf(radars);
    satellites = List.copyOf(satellites);
    networks = List.copyOf(networks);
    assets = List.copyOf(assets);
    batteries = List.copyOf(batteries);
  }

  /** The network with an id, if the scenario has one. */
  public Optional<Network> network(String id) {
    return networks.stream().filter(n -> n.id().equals(id)).findFirst();
  }

  /**
   * The network whose tracks a battery fires on: a battery on its own radar has a private network
   * of that one radar (no latency, its node at the battery), so that its firm track is its radar's;
   * any other battery fires on its network's.
   *
   * @param battery one of this scenario's batteries
   */
  public Network firingNetwork(Battery battery) {
    return battery.fireControl() == FireControl.OWN_RADAR
        ? new Network(
            battery.id() + ":own-radar",
            Optional.of(battery.site()),
            List.of(new Network.Link(battery.radarId().orElseThrow(), 0)))
        : network(battery.networkId()).orElseThrow();
  }

  /**
   * The networks the batteries fire on ({@link #firingNetwork}), each once, in the order of the
   * first battery on each.
   */
  public List<Network> firingNetworks() {
    return batteries.stream().map(this::firingNetwork).distinct().toList();
  }
}
