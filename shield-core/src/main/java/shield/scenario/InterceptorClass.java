package shield.scenario;

import java.util.Objects;
import shield.engage.InterceptorType;

/**
 * A catalog interceptor type with the note that says which of its figures are public, which are
 * notional, and what is disputed.
 *
 * @param type the figures the flyout and engagement models use, with their source
 * @param note how the figures were chosen, in words; may be empty
 */
public record InterceptorClass(InterceptorType type, String note) {

  public InterceptorClass {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(note, "note");
  }

  /** The catalog identifier, e.g. {@code sm3-iia}. */
  public String id() {
    return type.id();
  }

  /** The readable name of the type. */
  public String name() {
    return type.name();
  }
}
