package shield.flight;

/** Thrown when targeting cannot find a flight of the asked shape to an aim point. */
public class TargetingException extends Exception {
  private static final long serialVersionUID = 1L;

  public TargetingException(String message) {
    super(message);
  }
}
