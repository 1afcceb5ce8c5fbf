package shield.scenario;

import java.util.Objects;
import shield.flight.MissileType;
import shield.sense.TargetSignature;

/**
 * A catalog missile class: the type that the flight model flies, where its numbers come from, and
 * the published boost time and reach that the type's numbers were chosen to reproduce.
 *
 * @param type the stages, reentry vehicle, drag and pitch programme
 * @param signature radar cross-sections of the boosting missile and of its reentry vehicle
 * @param source the publications behind the numbers
 * @param notional whether the numbers describe a class of missile rather than a real one
 * @param publishedBoostTimeS boost time quoted in the sources (s)
 * @param publishedReachM maximum range quoted in the sources (m)
 * @param publishedNote how the published values are quoted (ranges, caveats); may be empty
 */
public record MissileClass(
    MissileType type,
    TargetSignature signature,
    String source,
    boolean notional,
    double publishedBoostTimeS,
    double publishedReachM,
    String publishedNote) {

  public MissileClass {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(signature, "signature");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(publishedNote, "publishedNote");
  }

  /** The catalog identifier, e.g. {@code mrbm-solid}. */
  public String id() {
    return type.id();
  }

  /** The readable name of the class. */
  public String name() {
    return type.name();
  }
}
