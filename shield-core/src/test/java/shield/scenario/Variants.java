package shield.scenario;

import java.util.List;
import java.util.function.UnaryOperator;
import shield.command.Doctrine;
import shield.engage.InterceptorType;

/**
 * Copies of a scenario or a battery with one part changed, for tests that run an architecture
 * beside a variant of it.
 */
public final class Variants {

  private Variants() {}

  /** The scenario with these batteries instead of its own. */
  public static Scenario withBatteries(Scenario s, List<Battery> batteries) {
    return new Scenario(
        s.name(),
        s.description(),
        s.epoch(),
        s.threats(),
        s.radars(),
        s.satellites(),
        s.networks(),
        s.assets(),
        batteries);
  }

  /** The scenario with each of its batteries changed. */
  public static Scenario withBatteries(Scenario s, UnaryOperator<Battery> change) {
    return withBatteries(s, s.batteries().stream().map(change).toList());
  }

  /** The battery with another interceptor type, inventory and doctrine. */
  public static Battery with(Battery b, InterceptorType type, int inventory, Doctrine doctrine) {
    return new Battery(
        b.id(),
        b.site(),
        type,
        inventory,
        b.launchers(),
        b.fireChannels(),
        b.networkId(),
        b.fireControl(),
        b.radarId(),
        doctrine);
  }
}
