package shield.scenario;

/**
 * A user error in a scenario file; its message lists every mistake found, one per line, each with
 * the file, line and key path and what would be valid.
 */
public final class ScenarioException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the error; the message is shown to the user as it is. */
  public ScenarioException(String message) {
    super(message);
  }
}
