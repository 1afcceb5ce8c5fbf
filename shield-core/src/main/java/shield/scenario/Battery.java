package shield.scenario;

import java.util.Objects;
import java.util.Optional;
import shield.command.Doctrine;
import shield.engage.InterceptorType;

/**
 * An interceptor battery: a launch site ashore or a ship's position, its interceptors, and how it
 * is told what to shoot at.
 *
 * @param id the battery's id
 * @param site where its launchers stand (or where the ship is)
 * @param type its interceptor type
 * @param inventory interceptors it holds at the start (≥ 0)
 * @param launchers interceptors it can launch within one second (≥ 1)
 * @param fireChannels interceptors it can guide in flight at once (≥ 1)
 * @param networkId the network whose tracks it receives
 * @param fireControl whose tracks it may launch on and guide with
 * @param radarId its own radar, one of the scenario's radars; required unless it engages on remote
 * @param doctrine how it fires
 */
public record Battery(
    String id,
    Place site,
    InterceptorType type,
    int inventory,
    int launchers,
    int fireChannels,
    String networkId,
    FireControl fireControl,
    Optional<String> radarId,
    Doctrine doctrine) {

  public Battery {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(networkId, "networkId");
    Objects.requireNonNull(fireControl, "fireControl");
    Objects.requireNonNull(radarId, "radarId");
    Objects.requireNonNull(doctrine, "doctrine");
    if (inventory < 0 || launchers < 1 || fireChannels < 1) {
      throw new IllegalArgumentException(
          "battery " + id + ": inventory ≥ 0, launchers ≥ 1 and fire channels ≥ 1 are required");
    }
    if (fireControl != FireControl.ENGAGE_ON_REMOTE && radarId.isEmpty()) {
      throw new IllegalArgumentException(
          "battery " + id + ": " + fireControl + " needs the battery's own radar");
    }
  }
}
